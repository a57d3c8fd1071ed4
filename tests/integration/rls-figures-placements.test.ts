// Row-level security of placements (baanafspraken per partner and quarter), exercised with real sessions
// of the demo accounts through supabase-js. A placement is person-level (AVG): the partner that registered it
// and the region's coordinators read it, no other member of the region (the summaries give every member the
// region's numbers: rls-banenafspraak.test.ts). A partner's editors write that partner's placements; the
// coordinator (and admin) of the lead organisation writes every partner's placements of the region. region_id
// is derived from the partner, never trusted, and who entered a figure is recorded by the database. Refused
// writes are checked against the service key.
import { afterEach, describe, expect, it } from 'vitest';
import {
	DEMO,
	ORG,
	REGION,
	createMembership,
	createUser,
	deleteUser,
	demoActors,
	expectError,
	expectNoRowsAffected,
	expectPermissionDenied,
	expectRowKept,
	serviceDelete,
	serviceInsert,
	serviceRow,
	uniqueName,
	updateById,
	who,
	type DemoName
} from './rls-fixtures';
import { FigureRows, countRows, newMarker, placement, seededRowOf } from './rls-figures-fixtures';
import { ALLOWED, partnerFigureCases, type OrgName } from './rls-partner-figures';

const actors = demoActors();
const marker = newMarker('placements');
const rows = new FigureRows(marker);

afterEach(() => rows.run());

/** A placement of a partner made with the service key, removed after the test. */
function throwawayPlacement(organisation: OrgName, values: Record<string, unknown> = {}) {
	return rows.insert('placements', placement(ORG[organisation], marker, values));
}

const shared = partnerFigureCases({
	table: 'placements',
	noun: 'placement',
	actors,
	rows,
	values: (organisation) => placement(ORG[organisation], marker),
	overwrite: (actor) => ({ hours_per_week: 9, note: `Overschreven door ${actor}` }),
	seededInRegion: 500,
	// Person-level rows: the coordinator reads them all, a viewer only its own partner's.
	regionReader: 'coordinator'
});

describe('placements: select (person-level: the registering partner and the coordinators)', () => {
	it('anon has no access at all', async () => {
		expectPermissionDenied(await actors.anon.from('placements').select('id'), 'placements');
	});

	for (const name of ['coordinator', 'admin'] as const)
		it(`the ${who(name)} reads every placement of Zuid-Limburg, other partners' included, and nothing else`, async () => {
			const other = await throwawayPlacement('tilburg');
			const { count, error } = await actors[name]
				.from('placements')
				.select('id', { count: 'exact', head: true });
			expect(error).toBeNull();
			const regionCount = await countRows('placements', { region_id: REGION.zuidLimburg });
			expect(regionCount).toBeGreaterThan(500);
			expect(count).toBe(regionCount);

			const kerkrade = await actors[name].from('placements').select('id').eq('organisation_id', ORG.kerkrade);
			expect(kerkrade.error).toBeNull();
			expect(kerkrade.data?.length).toBe(await countRows('placements', { organisation_id: ORG.kerkrade }));
			expect(kerkrade.data?.length).toBeGreaterThan(0);

			expectNoRowsAffected(await actors[name].from('placements').select('id').eq('id', other.id));
		});

	/** Attack finding E.13: a partner's people read its own plaatsingen, never another partner's. */
	const OWN_ROWS_ONLY: { actor: DemoName; own: OrgName; others: OrgName[] }[] = [
		{ actor: 'viewer', own: 'uwvZuidLimburg', others: ['maastricht', 'kerkrade', 'heerlen'] },
		{ actor: 'editor', own: 'maastricht', others: ['uwvZuidLimburg', 'kerkrade', 'heerlen'] },
		{ actor: 'tilburg', own: 'tilburg', others: ['waalwijk', 'maastricht'] }
	];
	for (const { actor, own, others } of OWN_ROWS_ONLY)
		it(`the ${who(actor)} reads the placements of ${own} and no other partner's`, async () => {
			await throwawayPlacement(own);
			for (const organisation of others) await throwawayPlacement(organisation);
			/** How many placements the actor reads; `except`: of partners other than that one. */
			const readable = async (except?: string) => {
				const all = actors[actor].from('placements').select('id', { count: 'exact', head: true });
				const { count, error } = await (except ? all.neq('organisation_id', except) : all);
				expect(error).toBeNull();
				return count;
			};
			const ownCount = await countRows('placements', { organisation_id: ORG[own] });
			expect(ownCount).toBeGreaterThan(0);
			expect(await readable()).toBe(ownCount);
			expect(await readable(ORG[own])).toBe(0);
			for (const organisation of others)
				expectNoRowsAffected(
					await actors[actor].from('placements').select('id').eq('organisation_id', ORG[organisation])
				);
		});

	it('a member of an employers’ organisation in the region reads no placement at all', async () => {
		await throwawayPlacement('maastricht');
		const organisation = await serviceInsert('organisations', {
			region_id: REGION.zuidLimburg,
			type: 'werkgeversorganisatie',
			name: uniqueName('Werkgeversvereniging')
		});
		const user = await createUser('employers');
		try {
			await createMembership(user.id, organisation.id as string, 'editor');
			// A member of the region: the summaries answer it…
			const stand = await user.client.rpc('banenafspraak_stand', {
				region: REGION.zuidLimburg,
				peildatum: '2026-09-30'
			});
			expect((stand.data as unknown[]).length).toBe(3);
			// …but no person-level row.
			const { data, error } = await user.client.from('placements').select('id, person_key');
			expect(error).toBeNull();
			expect(data).toEqual([]);
		} finally {
			await deleteUser(user);
			await serviceDelete('organisations', organisation.id as string);
		}
	});
});

describe('placements: insert', () => {
	for (const { actor, organisation, why } of ALLOWED)
		it(`the ${who(actor)} adds a placement for ${organisation} (${why})`, async () => {
			const values = placement(ORG[organisation], marker, { hours_per_week: 32 });
			const { data, error } = await actors[actor].from('placements').insert(values).select().single();
			expect(error).toBeNull();
			const row = data as { id: string; region_id: string };
			rows.removeAfterTest('placements', row.id);
			const region = organisation === 'tilburg' ? REGION.middenBrabant : REGION.zuidLimburg;
			expect(row).toMatchObject({ ...values, region_id: region, created_by: DEMO[actor].id });
			expect(await serviceRow('placements', row.id)).toMatchObject({ ...values, region_id: region });
		});

	shared.refusesInserts();
});

describe('placements: update', () => {
	for (const { actor, organisation, why } of ALLOWED)
		it(`the ${who(actor)} changes a placement of ${organisation} (${why})`, async () => {
			const row = await throwawayPlacement(organisation);
			const { data, error } = await actors[actor]
				.from('placements')
				.update({ hours_per_week: 17.5, employer_name: `Gewijzigd door ${actor}` })
				.eq('id', row.id)
				.select('id, hours_per_week, employer_name');
			expect(error).toBeNull();
			const changed = { hours_per_week: 17.5, employer_name: `Gewijzigd door ${actor}` };
			expect(data).toEqual([{ id: row.id, ...changed }]);
			expect(await serviceRow('placements', row.id)).toMatchObject(changed);
		});

	it('the editor of Maastricht corrects a seeded placement of Maastricht (restored afterwards)', async () => {
		const seeded = await seededRowOf('placements', ORG.maastricht);
		await rows.restoreAfterTest('placements', seeded.id);
		const note = `Gecorrigeerd ${marker}`;
		const { data, error } = await actors.editor
			.from('placements')
			.update({ note })
			.eq('id', seeded.id)
			.select('note');
		expect(error).toBeNull();
		expect(data).toEqual([{ note }]);
		expect((await serviceRow('placements', seeded.id))?.note).toBe(note);
	});

	shared.refusesUpdates();

	it('the editor of Maastricht cannot move its placement to Kerkrade (the new row fails the policy)', async () => {
		const row = await throwawayPlacement('maastricht');
		const result = await updateById(actors.editor, 'placements', row.id, { organisation_id: ORG.kerkrade });
		await expectRowKept(result, 'placements', row.id, row, 'policy');
	});

	it('the coordinator moves a placement between partners of Zuid-Limburg, but not to Tilburg', async () => {
		const row = await throwawayPlacement('maastricht');
		const moved = await actors.coordinator
			.from('placements')
			.update({ organisation_id: ORG.kerkrade })
			.eq('id', row.id)
			.select('organisation_id, region_id');
		expect(moved.error).toBeNull();
		expect(moved.data).toEqual([{ organisation_id: ORG.kerkrade, region_id: REGION.zuidLimburg }]);

		const before = await serviceRow('placements', row.id);
		const result = await updateById(actors.coordinator, 'placements', row.id, {
			organisation_id: ORG.tilburg
		});
		await expectRowKept(result, 'placements', row.id, before, 'policy');
	});
});

describe('placements: delete', () => {
	shared.deletesByPolicy();

	it('the editor of Maastricht deletes by a filter that spans partners: only the Maastricht rows go', async () => {
		const own = await throwawayPlacement('maastricht');
		const other = await throwawayPlacement('kerkrade');
		const kerkradeBefore = await countRows('placements', { organisation_id: ORG.kerkrade });
		const { data, error } = await actors.editor.from('placements').delete().eq('note', marker).select('id');
		expect(error).toBeNull();
		expect(data).toEqual([{ id: own.id }]);
		expect(await serviceRow('placements', other.id)).toEqual(other);
		expect(await countRows('placements', { organisation_id: ORG.kerkrade })).toBe(kerkradeBefore);
	});
});

describe('placements: region_id cannot be faked', () => {
	shared.regionFollowsPartner();

	it('a placement without region_id gets it from the partner', async () => {
		const { data, error } = await actors.tilburg
			.from('placements')
			.insert(placement(ORG.tilburg, marker))
			.select('id, region_id')
			.single();
		expect(error).toBeNull();
		rows.removeAfterTest('placements', (data as { id: string }).id);
		expect((data as { region_id: string }).region_id).toBe(REGION.middenBrabant);
	});

	it('the Tilburg editor cannot slip a placement into Zuid-Limburg by naming its region', async () => {
		const values = placement(ORG.tilburg, marker, { region_id: REGION.zuidLimburg });
		const { data, error } = await actors.tilburg.from('placements').insert(values).select().single();
		expect(error).toBeNull();
		rows.removeAfterTest('placements', (data as { id: string }).id);
		expect((data as { region_id: string }).region_id).toBe(REGION.middenBrabant);
		expectNoRowsAffected(
			await actors.viewer
				.from('placements')
				.select('id')
				.eq('id', (data as { id: string }).id)
		);
	});

	it('a placement for a partner that does not exist is refused (23503)', async () => {
		const result = await actors.coordinator
			.from('placements')
			.insert(placement('b0000000-0000-4000-8000-0000000009ff', marker))
			.select();
		expectError(result, '23503', 'unknown_partner');
		expect(await countRows('placements', { note: marker })).toBe(0);
	});
});

describe('placements: who and when a figure was entered is recorded, not claimed', () => {
	it('created_by is the signed-in user, whatever the client sends', async () => {
		const values = placement(ORG.maastricht, marker, { created_by: DEMO.coordinator.id });
		const { data, error } = await actors.editor.from('placements').insert(values).select().single();
		expect(error).toBeNull();
		const row = data as { id: string; created_by: string };
		rows.removeAfterTest('placements', row.id);
		expect(row.created_by).toBe(DEMO.editor.id);
		expect((await serviceRow('placements', row.id))?.created_by).toBe(DEMO.editor.id);
	});

	it('created_at is the time of entry, not a date the client sends', async () => {
		const values = placement(ORG.maastricht, marker, { created_at: '2001-01-01T00:00:00+00:00' });
		const { data, error } = await actors.editor.from('placements').insert(values).select().single();
		expect(error).toBeNull();
		const row = data as { id: string; created_at: string };
		rows.removeAfterTest('placements', row.id);
		expect(new Date(row.created_at).getUTCFullYear()).toBeGreaterThanOrEqual(2025);
	});

	for (const { column, value } of [
		{ column: 'created_by', value: DEMO.coordinator.id },
		{ column: 'created_at', value: '2001-01-01T00:00:00+00:00' },
		{ column: 'id', value: 'e0000000-0000-4000-8000-0000000000aa' }
	])
		it(`the editor of Maastricht cannot rewrite ${column} of its placement (42501)`, async () => {
			const row = await throwawayPlacement('maastricht', { created_by: DEMO.editor.id });
			const result = await actors.editor
				.from('placements')
				.update({ [column]: value })
				.eq('id', row.id)
				.select();
			expect(result.error?.code).toBe('42501');
			expect(result.data).toBeNull();
			expect(await serviceRow('placements', row.id)).toEqual(row);
			expect(await serviceRow('placements', 'e0000000-0000-4000-8000-0000000000aa')).toBeNull();
		});

	it('the service role still sets created_by (seeds and imports on the server side)', async () => {
		const row = await throwawayPlacement('kerkrade', { created_by: DEMO.coordinator.id });
		expect(row.created_by).toBe(DEMO.coordinator.id);
	});
});
