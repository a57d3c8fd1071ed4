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
	serviceRow
} from './rls-fixtures';
import {
	FigureRows,
	TEST_YEAR,
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

describe('placements: check constraints', () => {
	for (const { values, code, message } of [
		{ values: { persons: -1 }, code: '23514', message: /placements_persons_check/ },
		{ values: { persons: 10_001 }, code: '23514', message: /placements_persons_check/ },
		{ values: { hours_per_week: -0.5 }, code: '23514', message: /placements_hours_per_week_check/ },
		{ values: { hours_per_week: 2000.01 }, code: '23514', message: /placements_hours_per_week_check/ },
		{ values: { hours_per_week: 2500 }, code: '23514', message: /placements_hours_per_week_check/ },
		{ values: { quarter: 5 }, code: '23514', message: /placements_quarter_check/ },
		{ values: { quarter: 0 }, code: '23514', message: /placements_quarter_check/ },
		{ values: { year: 2012 }, code: '23514', message: /placements_year_check/ },
		{ values: { year: 2101 }, code: '23514', message: /placements_year_check/ },
		{ values: { note: 'x'.repeat(501) }, code: '23514', message: /placements_note_check/ },
		{ values: { employer_name: 'x'.repeat(151) }, code: '23514', message: /placements_employer_name_check/ },
		{ values: { sector: 'zorg' }, code: '22P02', message: /invalid input value for enum job_sector/ },
		{
			values: { instrument: 'subsidie' },
			code: '22P02',
			message: /invalid input value for enum placement_instrument/
		},
		{ values: { persons: 2.5 }, code: '22P02', message: /invalid input syntax for type integer/ },
		{ values: { quarter: null }, code: '23502', message: /"quarter".*violates not-null constraint/ }
	])
		it(`refuses ${JSON.stringify(values).slice(0, 50)} (${code}) and stores nothing`, async () => {
			const before = await countRows('placements', { organisation_id: ORG.maastricht });
			const result = await actors.editor
				.from('placements')
				.insert(placement(ORG.maastricht, marker, values as Partial<PlacementInput>))
				.select();
			expectError(result, code, message);
			expect(await countRows('placements', { organisation_id: ORG.maastricht })).toBe(before);
		});

	it('accepts the boundaries: 0 persons, 2000 hours, quarter 4, years 2013 and 2100', async () => {
		const { data, error } = await actors.editor
			.from('placements')
			.insert([
				placement(ORG.maastricht, marker, { persons: 0, hours_per_week: 0, year: 2013, quarter: 1 }),
				placement(ORG.maastricht, marker, { persons: 10_000, hours_per_week: 2000, year: 2100, quarter: 4 })
			])
			.select('persons, hours_per_week, year, quarter');
		expect(error).toBeNull();
		expect(data).toEqual([
			{ persons: 0, hours_per_week: 0, year: 2013, quarter: 1 },
			{ persons: 10_000, hours_per_week: 2000, year: 2100, quarter: 4 }
		]);
	});

	it('rounds hours with three decimals to two (numeric(9,2)), half away from zero', async () => {
		const { data, error } = await actors.editor
			.from('placements')
			.insert(placement(ORG.maastricht, marker, { hours_per_week: 25.505 }))
			.select('id, hours_per_week')
			.single();
		expect(error).toBeNull();
		expect((data as { hours_per_week: number }).hours_per_week).toBe(25.51);
		expect((await serviceRow('placements', (data as { id: string }).id))?.hours_per_week).toBe(25.51);
	});

	it('an update to an impossible value is refused and the stored figure stays', async () => {
		const row = await rows.insert('placements', placement(ORG.maastricht, marker));
		const result = await actors.editor
			.from('placements')
			.update({ quarter: 5, persons: 3 })
			.eq('id', row.id)
			.select();
		expectError(result, '23514', /placements_quarter_check/);
		expect(await serviceRow('placements', row.id)).toEqual(row);
	});
});

/** What the app's CSV import sends: one row per line of the file, all for one partner unless mixed. */
function importRows(organisation: string, lines: number): PlacementInput[] {
	return Array.from({ length: lines }, (_, line) =>
		placement(organisation, marker, {
			year: TEST_YEAR - (line % 3),
			quarter: 1 + (line % 4),
			sector: line % 2 ? 'overheid' : 'markt',
			persons: 1 + (line % 5),
			hours_per_week: 12.75 + line,
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

	for (const { problem, bad, code, message } of [
		{ problem: 'quarter 5', bad: { quarter: 5 }, code: '23514', message: /placements_quarter_check/ },
		{ problem: 'negative persons', bad: { persons: -2 }, code: '23514', message: /placements_persons_check/ },
		{
			problem: 'hours over 2000',
			bad: { hours_per_week: 2040 },
			code: '23514',
			message: /placements_hours_per_week_check/
		},
		{ problem: 'an unknown sector', bad: { sector: 'zorg' }, code: '22P02', message: /job_sector/ },
		{
			problem: 'an unknown partner',
			bad: { organisation_id: 'b0000000-0000-4000-8000-0000000009ff' },
			code: '23503',
			message: 'unknown_partner'
		}
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

/** Reads a row's version as the app's edit form does. */
async function readVersion(client: SupabaseClient, table: 'placements' | 'budget_commitments', id: string) {
	const { data, error } = await client.from(table).select('id, updated_at').eq('id', id).single();
	if (error) throw new Error(`reading ${table} ${id}: ${error.message}`);
	return data;
}

describe('optimistic concurrency: an update only lands on the version it was made from', () => {
	it('placements: the second writer with a stale version affects 0 rows; the first writer’s value stays', async () => {
		const row = await rows.insert('placements', placement(ORG.maastricht, marker, { persons: 2 }));
		// Both open the edit form on the same version.
		const editorSaw = await readVersion(actors.editor, 'placements', row.id);
		const coordinatorSaw = await readVersion(actors.coordinator, 'placements', row.id);
		expect(coordinatorSaw.updated_at).toBe(editorSaw.updated_at);

		const first = await actors.editor
			.from('placements')
			.update({ persons: 5 })
			.eq('id', row.id)
			.eq('updated_at', editorSaw.updated_at)
			.select('persons, updated_at');
		expect(first.error).toBeNull();
		expect(first.data).toHaveLength(1);
		const newVersion = (first.data as { updated_at: string }[])[0].updated_at;
		expect(newVersion).not.toBe(editorSaw.updated_at);

		const second = await actors.coordinator
			.from('placements')
			.update({ persons: 9 })
			.eq('id', row.id)
			.eq('updated_at', coordinatorSaw.updated_at)
			.select('persons, updated_at');
		expectNoRowsAffected(second);
		expect(await serviceRow('placements', row.id)).toMatchObject({ persons: 5, updated_at: newVersion });

		// After reloading, the second writer's change lands.
		const reloaded = await readVersion(actors.coordinator, 'placements', row.id);
		expect(reloaded.updated_at).toBe(newVersion);
		const retry = await actors.coordinator
			.from('placements')
			.update({ persons: 9 })
			.eq('id', row.id)
			.eq('updated_at', reloaded.updated_at)
			.select('persons');
		expect(retry.error).toBeNull();
		expect(retry.data).toEqual([{ persons: 9 }]);
	});

	it('placements: a delete made from a stale version removes nothing', async () => {
		const row = await rows.insert('placements', placement(ORG.maastricht, marker));
		const stale = await readVersion(actors.editor, 'placements', row.id);
		const { error } = await actors.coordinator.from('placements').update({ persons: 4 }).eq('id', row.id);
		expect(error).toBeNull();
		expectNoRowsAffected(
			await actors.editor
				.from('placements')
				.delete()
				.eq('id', row.id)
				.eq('updated_at', stale.updated_at)
				.select()
		);
		expect(await serviceRow('placements', row.id)).toMatchObject({ persons: 4 });
	});

	it('placements: a client cannot pin updated_at to keep its old version valid', async () => {
		const row = await rows.insert('placements', placement(ORG.maastricht, marker));
		const saw = await readVersion(actors.editor, 'placements', row.id);
		const first = await actors.editor
			.from('placements')
			.update({ persons: 6, updated_at: saw.updated_at })
			.eq('id', row.id)
			.eq('updated_at', saw.updated_at)
			.select('updated_at');
		expect(first.error).toBeNull();
		expect((first.data as { updated_at: string }[])[0].updated_at).not.toBe(saw.updated_at);
		expectNoRowsAffected(
			await actors.coordinator
				.from('placements')
				.update({ persons: 8 })
				.eq('id', row.id)
				.eq('updated_at', saw.updated_at)
				.select()
		);
		expect((await serviceRow('placements', row.id))?.persons).toBe(6);
	});

	it('budget_commitments: the second writer with a stale version affects 0 rows', async () => {
		const row = await rows.insert('budget_commitments', commitment(ORG.maastricht, marker));
		const editorSaw = await readVersion(actors.editor, 'budget_commitments', row.id);
		const adminSaw = await readVersion(actors.admin, 'budget_commitments', row.id);

		const first = await actors.admin
			.from('budget_commitments')
			.update({ realised_amount: 9000 })
			.eq('id', row.id)
			.eq('updated_at', adminSaw.updated_at)
			.select('realised_amount');
		expect(first.error).toBeNull();
		expect(first.data).toEqual([{ realised_amount: 9000 }]);

		expectNoRowsAffected(
			await actors.editor
				.from('budget_commitments')
				.update({ realised_amount: 100 })
				.eq('id', row.id)
				.eq('updated_at', editorSaw.updated_at)
				.select()
		);
		expect((await serviceRow('budget_commitments', row.id))?.realised_amount).toBe(9000);
	});
});
