// The budget commitments' data functions (src/lib/data/budgets.ts) as the entry page uses them, with the real
// session of the Maastricht editor: the CSV import is one all-or-nothing insert, an update from a stale version
// is a conflict that returns the other person's value, and the overview tile's summary.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { SupabaseClient } from '@supabase/supabase-js';
import {
	deleteCommitment,
	addCommitments,
	listPartnerCommitments,
	listProgrammes,
	loadBudgetSummary,
	updateCommitment,
	type CommitmentLine
} from '$lib/data/budgets';
import type { CommitmentValues } from '$lib/forms/budget';
import type { Supabase } from '$lib/data/types';
import { serviceClient, signInAs } from './helpers';

const ZUID_LIMBURG = 'a0000000-0000-4000-8000-000000000001';
const MIDDEN_BRABANT = 'a0000000-0000-4000-8000-000000000002';
const MAASTRICHT = 'b0000000-0000-4000-8000-000000000002';
const KERKRADE = 'b0000000-0000-4000-8000-000000000015';
const PROGRAMME = {
	werkgeversservicepunt: 'c0000000-0000-4000-8000-000000000001',
	loonwaardebepaling: 'c0000000-0000-4000-8000-000000000002',
	jobcoachpool: 'c0000000-0000-4000-8000-000000000003'
} as const;
/** Years the seed does not use, so the test's commitments never collide with the demo figures. */
const YEARS = [2097, 2098, 2099];

const service = serviceClient();
const marker = `budget-import-${randomUUID().slice(0, 8)}`;
let editor: Supabase;
let coordinator: Supabase;

const asApp = (client: SupabaseClient) => client as unknown as Supabase;

/** What the entry page's import sends for one validated CSV row. */
function row(values: Partial<CommitmentValues> = {}): CommitmentValues {
	return {
		programmeId: PROGRAMME.werkgeversservicepunt,
		year: YEARS[0],
		committedAmount: 12500.5,
		committedStaffHours: 40,
		realisedAmount: null,
		realisedStaffHours: null,
		note: marker,
		through: null,
		...values
	};
}

/** A file of nine lines: every programme in each of the three test years. */
const goodFile = (): CommitmentValues[] =>
	YEARS.flatMap((year, y) =>
		Object.values(PROGRAMME).map((programmeId, p) =>
			row({ programmeId, year, committedAmount: 1000 * (y + 1) + p + 0.25, realisedAmount: p ? null : 900 })
		)
	);

async function markedCount(organisationId?: string): Promise<number> {
	let query = service
		.from('budget_commitments')
		.select('id', { count: 'exact', head: true })
		.eq('note', marker);
	if (organisationId) query = query.eq('organisation_id', organisationId);
	const { count, error } = await query;
	if (error) throw new Error(error.message);
	return count ?? 0;
}

async function regionCount(): Promise<number> {
	const { count, error } = await service
		.from('budget_commitments')
		.select('id', { count: 'exact', head: true })
		.eq('region_id', ZUID_LIMBURG);
	if (error) throw new Error(error.message);
	return count ?? 0;
}

beforeAll(async () => {
	// One after another: the local stack's socket multiplexer can mix up concurrent sign-ins.
	editor = asApp(await signInAs('editor@maastricht.example'));
	coordinator = asApp(await signInAs('coordinator@heerlen.example'));
});

afterEach(async () => {
	const { error } = await service.from('budget_commitments').delete().eq('note', marker);
	if (error) throw new Error(error.message);
});

afterAll(async () => {
	await service.from('programmes').delete().like('name', `${marker}%`);
	await editor?.auth.signOut();
	await coordinator?.auth.signOut();
});

describe('addCommitments (the CSV import): the whole file or nothing', () => {
	it('the editor imports a good file of nine lines in one insert, for Maastricht in Zuid-Limburg', async () => {
		const before = await regionCount();
		expect(await addCommitments(editor, MAASTRICHT, goodFile())).toEqual({
			ok: true,
			value: undefined
		});
		expect(await markedCount(MAASTRICHT)).toBe(9);
		expect(await regionCount()).toBe(before + 9);

		const stored = await listPartnerCommitments(editor, MAASTRICHT, YEARS[1]);
		const mine = stored.filter((line) => line.note === marker);
		expect(mine.map((line) => [line.programmeId, line.committedAmount, line.realisedAmount])).toEqual(
			expect.arrayContaining([
				[PROGRAMME.werkgeversservicepunt, 2000.25, 900],
				[PROGRAMME.loonwaardebepaling, 2001.25, null],
				[PROGRAMME.jobcoachpool, 2002.25, null]
			])
		);
		expect(mine).toHaveLength(3);
	});

	it.each([
		['a negative amount', { committedAmount: -1 }, 'invalid'],
		['staff hours over a million', { committedStaffHours: 1_000_001 }, 'invalid'],
		['a note of 501 characters', { note: 'x'.repeat(501) }, 'invalid'],
		['an unknown programme', { programmeId: 'c0000000-0000-4000-8000-0000000009ff' }, 'invalid'],
		[
			'the same programme and year twice',
			{ programmeId: PROGRAMME.jobcoachpool, year: YEARS[2] },
			'duplicate'
		]
	] as const)('one line with %s among nine refuses the file: nothing is stored', async (_, bad, status) => {
		const lines = goodFile();
		// The fifth line (Loonwaardebepaling in the middle year) becomes the bad one; the last line is the
		// jobcoach pool in the last year, which the duplicate case repeats.
		lines[4] = { ...lines[4], ...bad };
		const before = await regionCount();
		expect(await addCommitments(editor, MAASTRICHT, lines)).toMatchObject({
			ok: false,
			error: { kind: status }
		});
		expect(await markedCount()).toBe(0);
		expect(await regionCount()).toBe(before);
	});

	it('a line for a programme of another region refuses the file', async () => {
		const { data: programme, error } = await service
			.from('programmes')
			.insert({ region_id: MIDDEN_BRABANT, name: `${marker} Midden-Brabant` })
			.select('id')
			.single();
		if (error) throw new Error(error.message);
		const lines = goodFile();
		lines[7] = { ...lines[7], programmeId: programme.id, year: 2096 };
		expect(await addCommitments(editor, MAASTRICHT, lines)).toMatchObject({
			ok: false,
			error: { kind: 'invalid', code: 'programme_outside_region' }
		});
		expect(await markedCount()).toBe(0);
	});

	it('a line that already exists for the partner refuses the whole file', async () => {
		expect(await addCommitments(editor, MAASTRICHT, [row({ year: YEARS[1] })])).toEqual({
			ok: true,
			value: undefined
		});
		const before = await regionCount();
		expect(await addCommitments(editor, MAASTRICHT, goodFile())).toMatchObject({
			ok: false,
			error: { kind: 'duplicate', code: null }
		});
		expect(await markedCount()).toBe(1);
		expect(await regionCount()).toBe(before);
	});

	it('the Maastricht editor cannot import for Kerkrade: refused by RLS, nothing stored', async () => {
		const before = await regionCount();
		expect(await addCommitments(editor, KERKRADE, goodFile())).toMatchObject({
			ok: false,
			error: { kind: 'forbidden', code: null }
		});
		expect(await markedCount()).toBe(0);
		expect(await regionCount()).toBe(before);
	});

	it('the coordinator may import for Kerkrade', async () => {
		expect(await addCommitments(coordinator, KERKRADE, goodFile())).toEqual({
			ok: true,
			value: undefined
		});
		expect(await markedCount(KERKRADE)).toBe(9);
	});
});

describe('optimistic concurrency on a commitment', () => {
	async function oneLine(): Promise<CommitmentLine> {
		await addCommitments(editor, MAASTRICHT, [row({ year: YEARS[2] })]);
		const lines = await listPartnerCommitments(editor, MAASTRICHT, YEARS[2]);
		return lines.find((line) => line.note === marker)!;
	}

	it('a save from a stale version is a conflict that returns the other person’s value', async () => {
		const seen = await oneLine();
		const first = await updateCommitment(coordinator, seen.id, seen.updatedAt, MAASTRICHT, ZUID_LIMBURG, {
			...row({ year: YEARS[2] }),
			realisedAmount: 11000
		});
		expect(first).toMatchObject({ ok: true, value: { realisedAmount: 11000 } });

		const second = await updateCommitment(editor, seen.id, seen.updatedAt, MAASTRICHT, ZUID_LIMBURG, {
			...row({ year: YEARS[2] }),
			realisedAmount: 500
		});
		expect(second).toMatchObject({
			ok: false,
			error: { kind: 'conflict' },
			current: { id: seen.id, realisedAmount: 11000 }
		});

		// A delete from the stale version removes nothing either.
		expect(await deleteCommitment(editor, seen.id, seen.updatedAt, MAASTRICHT)).toMatchObject({
			ok: false,
			error: { kind: 'conflict' }
		});
		expect(await markedCount()).toBe(1);

		// From the new version, the editor's change lands.
		if (second.ok || !second.current) throw new Error('expected the current line');
		const retry = await updateCommitment(
			editor,
			seen.id,
			second.current.updatedAt,
			MAASTRICHT,
			ZUID_LIMBURG,
			{
				...row({ year: YEARS[2] }),
				realisedAmount: 500
			}
		);
		expect(retry).toMatchObject({ ok: true, value: { realisedAmount: 500 } });
	});
});

describe('loadBudgetSummary', () => {
	it('gives the overview tile the year’s totals and the programme whose funding drops', async () => {
		const programmes = await listProgrammes(editor, ZUID_LIMBURG);
		const summary = await loadBudgetSummary(editor, ZUID_LIMBURG, 2026);
		expect(summary.programmes).toBe(programmes.length);
		expect(summary.programmes).toBeGreaterThanOrEqual(3);
		// The seed's jobcoach pool drops 38 % in 2026; the other two grow 3 % a year.
		expect(summary.unstableProgrammes).toBe(1);
		expect(summary.committed).toBeGreaterThan(0);
		// 2026 has no realisations in the seed.
		expect(summary.realised).toBe(0);
		const earlier = await loadBudgetSummary(editor, ZUID_LIMBURG, 2025);
		expect(earlier.realised).toBeGreaterThan(0);
	});
});
