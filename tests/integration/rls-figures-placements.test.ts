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
	demoActors,
	deleteById,
	expectDeleted,
	expectError,
	expectNoRowsAffected,
	expectPermissionDenied,
	expectRlsViolation,
	expectRowKept,
	createMembership,
	createUser,
	deleteUser,
	serviceDelete,
	serviceInsert,
	serviceRow,
	uniqueName,
	updateById,
	who,
	type DemoName
} from './rls-fixtures';
import { FigureRows, countRows, newMarker, placement, seededRowOf } from './rls-figures-fixtures';

type OrgName = keyof typeof ORG;

const actors = demoActors();
const marker = newMarker('placements');
const rows = new FigureRows(marker);

afterEach(() => rows.run());

/** A placement of a partner made with the service key, removed after the test. */
function throwawayPlacement(organisation: OrgName, values: Record<string, unknown> = {}) {
	return rows.insert('placements', placement(ORG[organisation], marker, values));
}

/** Who may write the placements of which partner, straight from the policies. */
const WRITE_CASES: { actor: DemoName; organisation: OrgName; allowed: boolean; why: string }[] = [
	{
		actor: 'viewer',
		organisation: 'uwvZuidLimburg',
		allowed: false,
		why: 'a viewer, even of its own partner'
	},
	{ actor: 'viewer', organisation: 'maastricht', allowed: false, why: 'a viewer, for another partner' },
	{ actor: 'editor', organisation: 'maastricht', allowed: true, why: 'an editor, for its own partner' },
	{ actor: 'editor', organisation: 'kerkrade', allowed: false, why: 'an editor, for another partner' },
	{ actor: 'editor', organisation: 'heerlen', allowed: false, why: 'an editor, for the lead organisation' },
	{ actor: 'tilburg', organisation: 'tilburg', allowed: true, why: 'an editor, for its own partner' },
	{ actor: 'tilburg', organisation: 'maastricht', allowed: false, why: 'an editor of another region' },
	{ actor: 'coordinator', organisation: 'maastricht', allowed: true, why: 'the coordinator, for a partner' },
	{ actor: 'coordinator', organisation: 'kerkrade', allowed: true, why: 'the coordinator, for a partner' },
	{ actor: 'coordinator', organisation: 'heerlen', allowed: true, why: 'the coordinator, for its own' },
	{
		actor: 'coordinator',
		organisation: 'tilburg',
		allowed: false,
		why: 'the coordinator, in another region'
	},
	{ actor: 'admin', organisation: 'kerkrade', allowed: true, why: 'the admin of the lead organisation' },
	{ actor: 'admin', organisation: 'waalwijk', allowed: false, why: 'the admin, in another region' }
];
const ALLOWED = WRITE_CASES.filter((entry) => entry.allowed);
const REFUSED = WRITE_CASES.filter((entry) => !entry.allowed);

/** A refused write aims at a seeded row when the partner has one, else at a throwaway row. */
async function targetRow(organisation: OrgName) {
	const seeded = ['tilburg', 'waalwijk'].includes(organisation)
		? null
		: await seededRowOf('placements', ORG[organisation]);
	return seeded ?? (await throwawayPlacement(organisation));
}

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

	for (const { actor, organisation, why } of REFUSED)
		it(`the ${who(actor)} may not add a placement for ${organisation} (${why}): 42501, nothing stored`, async () => {
			const before = await countRows('placements', { organisation_id: ORG[organisation] });
			const result = await actors[actor]
				.from('placements')
				.insert(placement(ORG[organisation], marker))
				.select();
			expectRlsViolation(result, 'placements');
			expect(await countRows('placements', { organisation_id: ORG[organisation] })).toBe(before);
			expect(await countRows('placements', { note: marker })).toBe(0);
		});

	it('anon may not add a placement', async () => {
		const result = await actors.anon.from('placements').insert(placement(ORG.maastricht, marker)).select();
		expectPermissionDenied(result, 'placements');
		expect(await countRows('placements', { note: marker })).toBe(0);
	});
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

	for (const { actor, organisation, why } of REFUSED)
		it(`the ${who(actor)} cannot change a placement of ${organisation} (${why}): no row affected`, async () => {
			const target = await targetRow(organisation);
			const before = await serviceRow('placements', target.id);
			const changes = { hours_per_week: 9, note: `Overschreven door ${actor}` };
			const result = await updateById(actors[actor], 'placements', target.id, changes);
			await expectRowKept(result, 'placements', target.id, before);
		});

	it('anon cannot change a placement', async () => {
		const target = await seededRowOf('placements', ORG.maastricht);
		const result = await updateById(actors.anon, 'placements', target.id, { hours_per_week: 9 });
		await expectRowKept(result, 'placements', target.id, target, 'denied');
	});

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
	for (const { actor, organisation, why } of ALLOWED)
		it(`the ${who(actor)} removes a placement of ${organisation} (${why})`, async () => {
			const row = await throwawayPlacement(organisation);
			await expectDeleted(await deleteById(actors[actor], 'placements', row.id, 'id'), 'placements', row.id);
		});

	for (const { actor, organisation, why } of REFUSED)
		it(`the ${who(actor)} cannot remove a placement of ${organisation} (${why}): no row affected`, async () => {
			const target = await targetRow(organisation);
			const before = await serviceRow('placements', target.id);
			const result = await deleteById(actors[actor], 'placements', target.id);
			await expectRowKept(result, 'placements', target.id, before);
		});

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

	it('anon cannot remove a placement', async () => {
		const target = await seededRowOf('placements', ORG.maastricht);
		const result = await deleteById(actors.anon, 'placements', target.id);
		await expectRowKept(result, 'placements', target.id, target, 'denied');
	});
});

describe('placements: region_id cannot be faked', () => {
	it('a Maastricht placement claiming Midden-Brabant is stored in Zuid-Limburg', async () => {
		const values = placement(ORG.maastricht, marker, { region_id: REGION.middenBrabant });
		const { data, error } = await actors.editor.from('placements').insert(values).select().single();
		expect(error).toBeNull();
		const row = data as { id: string; region_id: string };
		rows.removeAfterTest('placements', row.id);
		expect(row.region_id).toBe(REGION.zuidLimburg);
		expect((await serviceRow('placements', row.id))?.region_id).toBe(REGION.zuidLimburg);
		// Midden-Brabant does not see it; Zuid-Limburg's coordinator does.
		expectNoRowsAffected(await actors.tilburg.from('placements').select('id').eq('id', row.id));
		const seen = await actors.coordinator.from('placements').select('id').eq('id', row.id);
		expect(seen.data).toEqual([{ id: row.id }]);
	});

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

	it('an update that sets region_id to another region leaves the placement in Zuid-Limburg', async () => {
		const row = await throwawayPlacement('maastricht');
		const { data, error } = await actors.editor
			.from('placements')
			.update({ region_id: REGION.middenBrabant, hours_per_week: 20 })
			.eq('id', row.id)
			.select('region_id, hours_per_week');
		expect(error).toBeNull();
		expect(data).toEqual([{ region_id: REGION.zuidLimburg, hours_per_week: 20 }]);
		expect((await serviceRow('placements', row.id))?.region_id).toBe(REGION.zuidLimburg);
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
