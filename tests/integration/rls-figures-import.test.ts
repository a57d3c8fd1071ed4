// Placements as the app writes them: check constraints that refuse impossible figures, the CSV import
// as one all-or-nothing bulk insert (one `insert([...])` call, one statement), and optimistic concurrency
// (`update ... where id = x and updated_at = version`), all with real sessions of the demo accounts.
import { afterEach, describe, expect, it } from 'vitest';
import type { SupabaseClient } from '@supabase/supabase-js';
import {
	DEMO,
	ORG,
	REGION,
	demoActors,
	expectError,
	expectNoRowsAffected,
	expectRlsViolation,
	serviceRow,
	updateById,
	type Row
} from './rls-fixtures';
import {
	FigureRows,
	commitment,
	countRows,
	newMarker,
	placement,
	type PlacementInput
} from './rls-figures-fixtures';

const actors = demoActors();
const marker = newMarker('import');
const rows = new FigureRows(marker);

afterEach(() => rows.run());

/** SQLSTATE of a failed check constraint or a check raised by a trigger. */
const CHECK_VIOLATION = '23514';

/** A date n days from today (UTC), as the database compares start dates with current_date. */
function daysFromToday(days: number): string {
	return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A line the database refuses: what is wrong with it, the values that make it so, and the error it answers. */
function refusal(problem: string, values: Row, message: string | RegExp, code = CHECK_VIOLATION) {
	return { problem, values, code, message };
}

describe('placements: implausible lines are refused with a stable code, and nothing is stored', () => {
	for (const { problem, values, code, message } of [
		refusal('0 hours', { hours_per_week: 0 }, 'placement_hours_range'),
		refusal(
			'more hours than a job can have (48.5)',
			{ hours_per_week: 48.5, hours_checked: true },
			'placement_hours_range'
		),
		refusal('over 40 hours without a check', { hours_per_week: 44 }, 'placement_hours_unchecked'),
		refusal('a person key that looks like a BSN', { person_key: '123456782' }, 'placement_person_key_bsn'),
		refusal('a person key of one character', { person_key: 'X' }, 'placement_person_key_format'),
		refusal(
			'no doelgroepregister answer',
			{ in_doelgroepregister: null },
			'placement_doelgroepregister_required'
		),
		refusal('no woongemeente', { woongemeente: null }, 'placement_woongemeente_required'),
		refusal(
			'a gemeente that did not exist on the start date (Nuth in 2020)',
			{ woongemeente: 'GM0951', start_date: '2020-02-03' },
			'placement_woongemeente_invalid'
		),
		refusal('a start before the nulmeting', { start_date: '2012-12-31' }, 'placement_start_invalid'),
		refusal('a start in the future', { start_date: daysFromToday(2) }, 'placement_start_future'),
		refusal('an end before the start', { end_date: '2013-12-31' }, 'placement_end_before_start'),
		refusal('a KvK number of 3 digits', { employer_kvk: '123' }, 'placement_kvk_format'),
		refusal('a regular job without sector', { sector: null }, 'placement_sector_required'),
		refusal(
			'a mediator of another region',
			{ mediated_by_organisation_id: ORG.tilburg },
			'placement_mediator_outside_region'
		),
		refusal('a note of 501 characters', { note: 'x'.repeat(501) }, /placements_note_check/),
		refusal('an unknown sector', { sector: 'zorg' }, /invalid input value for enum job_sector/, '22P02'),
		refusal(
			'an unknown instrument',
			{ instrument: 'subsidie' },
			/invalid input value for enum placement_instrument/,
			'22P02'
		)
	])
		it(`refuses ${problem} (${code}) and stores nothing`, async () => {
			const before = await countRows('placements', { organisation_id: ORG.maastricht });
			const result = await actors.editor
				.from('placements')
				.insert(placement(ORG.maastricht, marker, values as Partial<PlacementInput>))
				.select();
			expectError(result, code, message);
			expect(await countRows('placements', { organisation_id: ORG.maastricht })).toBe(before);
		});

	it('accepts the boundaries: 0.1 hours, 48 hours when checked, an uitzendbaan without sector, today', async () => {
		const { data, error } = await actors.editor
			.from('placements')
			.insert([
				placement(ORG.maastricht, marker, { hours_per_week: 0.1, start_date: '2013-01-01' }),
				placement(ORG.maastricht, marker, { hours_per_week: 48, hours_checked: true }),
				placement(ORG.maastricht, marker, { sector: null, dienstverband: 'uitzend' }),
				placement(ORG.maastricht, marker, { start_date: daysFromToday(0), end_date: daysFromToday(0) })
			])
			.select('hours_per_week, sector');
		expect(error).toBeNull();
		expect(data).toEqual([
			{ hours_per_week: 0.1, sector: 'markt' },
			{ hours_per_week: 48, sector: 'markt' },
			{ hours_per_week: 25.5, sector: null },
			{ hours_per_week: 25.5, sector: 'markt' }
		]);
	});

	it('rounds hours to one decimal (numeric(4,1)), half away from zero', async () => {
		const { data, error } = await actors.editor
			.from('placements')
			.insert(placement(ORG.maastricht, marker, { hours_per_week: 25.55 }))
			.select('id, hours_per_week')
			.single();
		expect(error).toBeNull();
		expect((data as { hours_per_week: number }).hours_per_week).toBe(25.6);
		expect((await serviceRow('placements', (data as { id: string }).id))?.hours_per_week).toBe(25.6);
	});

	it('an update to an implausible value is refused and the stored figure stays', async () => {
		const row = await rows.insert('placements', placement(ORG.maastricht, marker));
		const result = await updateById(actors.editor, 'placements', row.id, { hours_per_week: 60 });
		expectError(result, '23514', 'placement_hours_range');
		expect(await serviceRow('placements', row.id)).toEqual(row);
	});
});

/** `client` adds a plaatsing of `organisation` for the person with kandidaatnummer `person`, as typed. */
function addPlacementOf(
	client: SupabaseClient,
	organisation: string,
	person: string,
	values: Partial<PlacementInput>,
	columns = '*'
) {
	return client
		.from('placements')
		.insert(placement(organisation, marker, { person_key: person, ...values }))
		.select(columns);
}

describe('placements: one plaatsing is counted once, and the credit is derived, never chosen', () => {
	it('the same person at the same employer in an overlapping period is refused for every partner (23505)', async () => {
		const first = await rows.insert(
			'placements',
			placement(ORG.maastricht, marker, { employer_kvk: '12345678', end_date: '2016-12-31' })
		);
		const person = first.person_key as string;
		for (const [actor, organisation] of [
			['editor', ORG.maastricht],
			['coordinator', ORG.kerkrade],
			['coordinator', ORG.uwvZuidLimburg]
		] as const) {
			const result = await addPlacementOf(actors[actor], organisation, person.toLowerCase(), {
				employer_kvk: '12345678',
				employer_name: 'Een andere schrijfwijze BV',
				start_date: '2016-06-01'
			});
			expect(result.error?.code).toBe('23505');
			expect(result.error?.message).toBe('placement_duplicate');
			expect(JSON.parse(result.error?.details ?? '{}')).toMatchObject({ partner: 'Gemeente Maastricht' });
		}
		expect(await countRows('placements', { person_key: person })).toBe(1);
		// After the job ended, a new plaatsing at the same employer is a plaatsing of its own.
		const again = await addPlacementOf(
			actors.coordinator,
			ORG.kerkrade,
			person,
			{ employer_kvk: '12345678', start_date: '2017-01-02' },
			'id'
		);
		expect(again.error).toBeNull();
		expect(await countRows('placements', { person_key: person })).toBe(2);
	});

	it('the same employer by name (case and spaces aside) is the same employer', async () => {
		const first = await rows.insert(
			'placements',
			placement(ORG.maastricht, marker, { employer_name: 'Bakkerij  De Mol' })
		);
		const result = await addPlacementOf(actors.editor, ORG.maastricht, first.person_key as string, {
			employer_name: 'bakkerij de mol'
		});
		expectError(result, '23505', 'placement_duplicate');
	});

	it('one person cannot work more than 48 hours a week over overlapping plaatsingen', async () => {
		const first = await rows.insert(
			'placements',
			placement(ORG.maastricht, marker, { hours_per_week: 30, employer_name: 'Werkgever Een' })
		);
		const result = await addPlacementOf(actors.editor, ORG.maastricht, first.person_key as string, {
			hours_per_week: 20,
			employer_name: 'Werkgever Twee'
		});
		expectError(result, '23514', 'placement_person_hours');
		const fits = await addPlacementOf(
			actors.editor,
			ORG.maastricht,
			first.person_key as string,
			{ hours_per_week: 18, employer_name: 'Werkgever Twee' },
			'id'
		);
		expect(fits.error).toBeNull();
	});

	it('the credit goes to the woongemeente (gemeente-klant) or to UWV (uwv-klant), whatever the client sends', async () => {
		const { data, error } = await actors.editor
			.from('placements')
			.insert([
				placement(ORG.maastricht, marker, {
					woongemeente: 'GM0928',
					credited_organisation_id: ORG.maastricht
				}),
				placement(ORG.maastricht, marker, { klantgroep: 'uwv', woongemeente: 'GM0935' }),
				placement(ORG.maastricht, marker, { woongemeente: 'GM0855' })
			])
			.select('credited_organisation_id');
		expect(error).toBeNull();
		expect(data).toEqual([
			{ credited_organisation_id: ORG.kerkrade },
			{ credited_organisation_id: ORG.uwvZuidLimburg },
			{ credited_organisation_id: null }
		]);
	});
});

/** What the app's CSV import sends: one row per line of the file, all for one partner unless mixed. */
function importRows(organisation: string, lines: number): PlacementInput[] {
	return Array.from({ length: lines }, (_, line) =>
		placement(organisation, marker, {
			start_date: `${2014 + (line % 10)}-0${1 + (line % 9)}-1${line % 10}`,
			sector: line % 2 ? 'overheid' : 'markt',
			hours_per_week: 12 + (line % 28),
			employer_name: `Werkgever ${line + 1}`
		})
	);
}

describe('placements: the CSV import is all or nothing', () => {
	const LINES = 60;

	it('a valid file of 60 lines is inserted whole in one call, attributed to the importer', async () => {
		const before = await countRows('placements', { region_id: REGION.zuidLimburg });
		const { data, error } = await actors.editor
			.from('placements')
			.insert(importRows(ORG.maastricht, LINES))
			.select('id, organisation_id, region_id, created_by, employer_name');
		expect(error).toBeNull();
		expect(data).toHaveLength(LINES);
		expect(new Set((data ?? []).map((row) => row.region_id))).toEqual(new Set([REGION.zuidLimburg]));
		expect(new Set((data ?? []).map((row) => row.created_by))).toEqual(new Set([DEMO.editor.id]));
		expect((data ?? []).map((row) => row.employer_name)).toEqual(
			importRows(ORG.maastricht, LINES).map((line) => line.employer_name)
		);
		expect(await countRows('placements', { note: marker })).toBe(LINES);
		expect(await countRows('placements', { region_id: REGION.zuidLimburg })).toBe(before + LINES);
	});

	for (const { problem, values: bad, code, message } of [
		refusal('an end before its start', { end_date: '2013-02-01' }, 'placement_end_before_start'),
		refusal(
			'no doelgroepregister answer',
			{ in_doelgroepregister: null },
			'placement_doelgroepregister_required'
		),
		refusal('hours over 48', { hours_per_week: 60 }, 'placement_hours_range'),
		refusal('an unknown sector', { sector: 'zorg' }, /job_sector/, '22P02'),
		refusal(
			'an unknown partner',
			{ organisation_id: 'b0000000-0000-4000-8000-0000000009ff' },
			'unknown_partner',
			'23503'
		)
	])
		it(`one line with ${problem} among 60 refuses the whole file: nothing is inserted`, async () => {
			const lines: Record<string, unknown>[] = importRows(ORG.maastricht, LINES);
			lines[LINES - 13] = { ...lines[LINES - 13], ...bad };
			const before = await countRows('placements', { region_id: REGION.zuidLimburg });
			const result = await actors.editor.from('placements').insert(lines).select('id');
			expectError(result, code, message);
			expect(await countRows('placements', { note: marker })).toBe(0);
			expect(await countRows('placements', { region_id: REGION.zuidLimburg })).toBe(before);
		});

	it('a file of the Maastricht editor with one Kerkrade line is refused whole (42501)', async () => {
		const lines = importRows(ORG.maastricht, LINES);
		lines[41] = { ...lines[41], organisation_id: ORG.kerkrade };
		const maastrichtBefore = await countRows('placements', { organisation_id: ORG.maastricht });
		const kerkradeBefore = await countRows('placements', { organisation_id: ORG.kerkrade });
		const result = await actors.editor.from('placements').insert(lines).select('id');
		expectRlsViolation(result, 'placements');
		expect(await countRows('placements', { note: marker })).toBe(0);
		expect(await countRows('placements', { organisation_id: ORG.maastricht })).toBe(maastrichtBefore);
		expect(await countRows('placements', { organisation_id: ORG.kerkrade })).toBe(kerkradeBefore);
	});

	it('the coordinator imports one file for several partners of the region', async () => {
		const lines = [
			...importRows(ORG.maastricht, 10),
			...importRows(ORG.kerkrade, 10),
			...importRows(ORG.heerlen, 10)
		];
		const { data, error } = await actors.coordinator.from('placements').insert(lines).select('id');
		expect(error).toBeNull();
		expect(data).toHaveLength(30);
		expect(await countRows('placements', { note: marker, organisation_id: ORG.kerkrade })).toBe(10);
		expect(await countRows('placements', { note: marker })).toBe(30);
	});

	it('the Tilburg editor’s file with one Maastricht line is refused whole', async () => {
		const lines = importRows(ORG.tilburg, 20);
		lines[7] = { ...lines[7], organisation_id: ORG.maastricht };
		const result = await actors.tilburg.from('placements').insert(lines).select('id');
		expectRlsViolation(result, 'placements');
		expect(await countRows('placements', { note: marker })).toBe(0);
		expect(await countRows('placements', { organisation_id: ORG.tilburg })).toBe(0);
	});
});

type VersionedTable = 'placements' | 'budget_commitments';

/** A row's version as the app's edit form reads it. */
async function readVersion(client: SupabaseClient, table: VersionedTable, id: string) {
	const { data, error } = await client.from(table).select('id, updated_at').eq('id', id).single();
	if (error) throw new Error(`reading ${table} ${id}: ${error.message}`);
	return { table, ...data };
}

type Seen = Awaited<ReturnType<typeof readVersion>>;

/** An update as the app's edit form sends it: it lands only on the version the writer saw. */
async function saveFrom(client: SupabaseClient, seen: Seen, values: Row, columns = '*') {
	const { data, error } = await client
		.from(seen.table)
		.update(values)
		.eq('id', seen.id)
		.eq('updated_at', seen.updated_at)
		.select(columns);
	// The columns are a variable here, so supabase-js cannot type the rows.
	return { data: data as unknown as Row[] | null, error };
}

/** A delete as the app's list sends it: it removes the row only at the version the writer saw. */
function deleteFrom(client: SupabaseClient, seen: Seen) {
	return client.from(seen.table).delete().eq('id', seen.id).eq('updated_at', seen.updated_at).select();
}

describe('optimistic concurrency: an update only lands on the version it was made from', () => {
	it('placements: the second writer with a stale version affects 0 rows; the first writer’s value stays', async () => {
		const row = await rows.insert('placements', placement(ORG.maastricht, marker, { hours_per_week: 12 }));
		// Both open the edit form on the same version.
		const editorSaw = await readVersion(actors.editor, 'placements', row.id);
		const coordinatorSaw = await readVersion(actors.coordinator, 'placements', row.id);
		expect(coordinatorSaw.updated_at).toBe(editorSaw.updated_at);

		const first = await saveFrom(
			actors.editor,
			editorSaw,
			{ hours_per_week: 15 },
			'hours_per_week, updated_at'
		);
		expect(first.error).toBeNull();
		expect(first.data).toHaveLength(1);
		const newVersion = (first.data as { updated_at: string }[])[0].updated_at;
		expect(newVersion).not.toBe(editorSaw.updated_at);

		const second = await saveFrom(
			actors.coordinator,
			coordinatorSaw,
			{ hours_per_week: 19 },
			'hours_per_week, updated_at'
		);
		expectNoRowsAffected(second);
		expect(await serviceRow('placements', row.id)).toMatchObject({
			hours_per_week: 15,
			updated_at: newVersion
		});

		// After reloading, the second writer's change lands.
		const reloaded = await readVersion(actors.coordinator, 'placements', row.id);
		expect(reloaded.updated_at).toBe(newVersion);
		const retry = await saveFrom(actors.coordinator, reloaded, { hours_per_week: 19 }, 'hours_per_week');
		expect(retry.error).toBeNull();
		expect(retry.data).toEqual([{ hours_per_week: 19 }]);
	});

	it('placements: a delete made from a stale version removes nothing', async () => {
		const row = await rows.insert('placements', placement(ORG.maastricht, marker));
		const stale = await readVersion(actors.editor, 'placements', row.id);
		const { error } = await actors.coordinator
			.from('placements')
			.update({ hours_per_week: 14 })
			.eq('id', row.id);
		expect(error).toBeNull();
		expectNoRowsAffected(await deleteFrom(actors.editor, stale));
		expect(await serviceRow('placements', row.id)).toMatchObject({ hours_per_week: 14 });
	});

	it('placements: a client cannot pin updated_at to keep its old version valid', async () => {
		const row = await rows.insert('placements', placement(ORG.maastricht, marker));
		const saw = await readVersion(actors.editor, 'placements', row.id);
		const first = await saveFrom(
			actors.editor,
			saw,
			{ hours_per_week: 16, updated_at: saw.updated_at },
			'updated_at'
		);
		expect(first.error).toBeNull();
		expect((first.data as { updated_at: string }[])[0].updated_at).not.toBe(saw.updated_at);
		expectNoRowsAffected(await saveFrom(actors.coordinator, saw, { hours_per_week: 18 }));
		expect((await serviceRow('placements', row.id))?.hours_per_week).toBe(16);
	});

	it('budget_commitments: the second writer with a stale version affects 0 rows', async () => {
		const row = await rows.insert('budget_commitments', commitment(ORG.maastricht, marker));
		const editorSaw = await readVersion(actors.editor, 'budget_commitments', row.id);
		const adminSaw = await readVersion(actors.admin, 'budget_commitments', row.id);

		const first = await saveFrom(actors.admin, adminSaw, { realised_amount: 9000 }, 'realised_amount');
		expect(first.error).toBeNull();
		expect(first.data).toEqual([{ realised_amount: 9000 }]);

		expectNoRowsAffected(await saveFrom(actors.editor, editorSaw, { realised_amount: 100 }));
		expect((await serviceRow('budget_commitments', row.id))?.realised_amount).toBe(9000);
	});
});
