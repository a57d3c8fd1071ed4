// Row-level security of budget commitments (what each partner commits to a shared programme per year),
// exercised with real sessions of the demo accounts through supabase-js. Region members read them; a
// partner's editors write that partner's commitments; the coordinator (and admin) of the lead organisation
// writes every partner's commitments. The region follows the partner and must be the programme's region.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
	ORG,
	REGION,
	demoActors,
	expectError,
	expectRowKept,
	service,
	serviceDelete,
	serviceInsert,
	serviceRow,
	updateById,
	who
} from './rls-fixtures';
import {
	FigureRows,
	PROGRAMME,
	TEST_YEAR,
	commitment,
	countRows,
	middenBrabantProgramme,
	newMarker,
	seededRowOf,
	type CommitmentInput
} from './rls-figures-fixtures';
import { ALLOWED, IN_MIDDEN_BRABANT, partnerFigureCases, type OrgName } from './rls-partner-figures';

const actors = demoActors();
const marker = newMarker('budgets');
const rows = new FigureRows(marker);
/** A programme of Midden-Brabant for the whole file (its description is not the sweep marker). */
let middenBrabantProgrammeId: string;

beforeAll(async () => {
	const programme = await serviceInsert('programmes', {
		...middenBrabantProgramme(marker),
		description: `${marker} (vast)`
	});
	middenBrabantProgrammeId = programme.id as string;
});
afterAll(async () => {
	if (middenBrabantProgrammeId) await serviceDelete('programmes', middenBrabantProgrammeId);
});
afterEach(() => rows.run());

/** A commitment of a partner to a programme of its own region. */
function pledgeOf(organisation: OrgName, values: Partial<CommitmentInput> = {}): CommitmentInput {
	const programme = IN_MIDDEN_BRABANT.includes(organisation)
		? middenBrabantProgrammeId
		: PROGRAMME.werkgeversservicepunt;
	return commitment(ORG[organisation], marker, { programme_id: programme, ...values });
}

function throwawayCommitment(organisation: OrgName, values: Partial<CommitmentInput> = {}) {
	return rows.insert('budget_commitments', pledgeOf(organisation, values));
}

const shared = partnerFigureCases({
	table: 'budget_commitments',
	noun: 'commitment',
	actors,
	rows,
	values: (organisation) => pledgeOf(organisation),
	overwrite: (actor) => ({ committed_amount: 1, note: `Overschreven door ${actor}` }),
	seededInRegion: 100,
	regionReader: 'viewer'
});

const CODE_OTHER_REGION = 'programme_outside_region';

describe('budget_commitments: select', () => {
	shared.reads();
});

describe('budget_commitments: insert', () => {
	for (const { actor, organisation, why } of ALLOWED)
		it(`the ${who(actor)} commits budget for ${organisation} (${why})`, async () => {
			const values = pledgeOf(organisation, { committed_amount: 30000.5, realised_amount: 1250.25 });
			const { data, error } = await actors[actor].from('budget_commitments').insert(values).select().single();
			expect(error).toBeNull();
			const row = data as { id: string };
			rows.removeAfterTest('budget_commitments', row.id);
			const region = IN_MIDDEN_BRABANT.includes(organisation) ? REGION.middenBrabant : REGION.zuidLimburg;
			expect(row).toMatchObject({ ...values, region_id: region });
			expect(await serviceRow('budget_commitments', row.id)).toMatchObject({ ...values, region_id: region });
		});

	shared.refusesInserts();

	it('one commitment per programme, partner and year (23505)', async () => {
		await throwawayCommitment('maastricht');
		const result = await actors.editor.from('budget_commitments').insert(pledgeOf('maastricht')).select();
		expectError(result, '23505', /budget_commitments_programme_id_organisation_id_year_key/);
		expect(await countRows('budget_commitments', { note: marker })).toBe(1);
	});
});

describe('budget_commitments: update', () => {
	for (const { actor, organisation, why } of ALLOWED)
		it(`the ${who(actor)} records realisation for ${organisation} (${why})`, async () => {
			const row = await throwawayCommitment(organisation);
			const changes = { realised_amount: 11999.99, realised_staff_hours: 38.5 };
			const { data, error } = await updateById(
				actors[actor],
				'budget_commitments',
				row.id,
				changes,
				'id, realised_amount, realised_staff_hours'
			);
			expect(error).toBeNull();
			expect(data).toEqual([{ id: row.id, ...changes }]);
			expect(await serviceRow('budget_commitments', row.id)).toMatchObject(changes);
		});

	it('the editor of Maastricht corrects a seeded commitment of Maastricht (restored afterwards)', async () => {
		const seeded = await seededRowOf('budget_commitments', ORG.maastricht);
		await rows.restoreAfterTest('budget_commitments', seeded.id);
		const { data, error } = await updateById(
			actors.editor,
			'budget_commitments',
			seeded.id,
			{ realised_amount: 1 },
			'realised_amount'
		);
		expect(error).toBeNull();
		expect(data).toEqual([{ realised_amount: 1 }]);
		expect((await serviceRow('budget_commitments', seeded.id))?.realised_amount).toBe(1);
	});

	shared.refusesUpdates();

	it('the editor of Maastricht cannot hand its commitment to Kerkrade (the new row fails the policy)', async () => {
		const row = await throwawayCommitment('maastricht');
		const result = await updateById(actors.editor, 'budget_commitments', row.id, {
			organisation_id: ORG.kerkrade
		});
		await expectRowKept(result, 'budget_commitments', row.id, row, 'policy');
	});

	for (const column of ['id', 'created_at'])
		it(`the editor of Maastricht cannot rewrite ${column} of its commitment (42501)`, async () => {
			const row = await throwawayCommitment('maastricht');
			const value = column === 'id' ? 'e0000000-0000-4000-8000-0000000000bb' : '2001-01-01T00:00:00+00:00';
			const result = await updateById(actors.editor, 'budget_commitments', row.id, { [column]: value });
			expect(result.error?.code).toBe('42501');
			expect(result.data).toBeNull();
			expect(await serviceRow('budget_commitments', row.id)).toEqual(row);
		});
});

describe('budget_commitments: delete', () => {
	shared.deletesByPolicy();
});

describe('budget_commitments: region follows partner and programme', () => {
	shared.regionFollowsPartner();

	for (const actor of ['editor', 'coordinator'] as const)
		it(`the ${who(actor)} cannot commit Maastricht to a programme of Midden-Brabant (23514)`, async () => {
			const result = await actors[actor]
				.from('budget_commitments')
				.insert(pledgeOf('maastricht', { programme_id: middenBrabantProgrammeId }))
				.select();
			expectError(result, '23514', CODE_OTHER_REGION);
			expect(await countRows('budget_commitments', { programme_id: middenBrabantProgrammeId })).toBe(0);
		});

	it('the Tilburg editor cannot commit Tilburg to a programme of Zuid-Limburg (23514)', async () => {
		const result = await actors.tilburg
			.from('budget_commitments')
			.insert(pledgeOf('tilburg', { programme_id: PROGRAMME.loonwaardebepaling }))
			.select();
		expectError(result, '23514', CODE_OTHER_REGION);
		expect(await countRows('budget_commitments', { organisation_id: ORG.tilburg })).toBe(0);
	});

	it('even the service role cannot link a partner to another region’s programme', async () => {
		const { data, error } = await service
			.from('budget_commitments')
			.insert(pledgeOf('kerkrade', { programme_id: middenBrabantProgrammeId }))
			.select();
		expectError({ data, error }, '23514', CODE_OTHER_REGION);
	});

	it('the editor of Maastricht cannot move its commitment to a programme of Midden-Brabant', async () => {
		const row = await throwawayCommitment('maastricht');
		const result = await updateById(actors.editor, 'budget_commitments', row.id, {
			programme_id: middenBrabantProgrammeId
		});
		expectError(result, '23514', CODE_OTHER_REGION);
		expect(await serviceRow('budget_commitments', row.id)).toEqual(row);
	});

	it('the editor of Maastricht moves its commitment to another programme of Zuid-Limburg', async () => {
		const row = await throwawayCommitment('maastricht');
		const { data, error } = await updateById(
			actors.editor,
			'budget_commitments',
			row.id,
			{ programme_id: PROGRAMME.jobcoachpool },
			'programme_id, region_id'
		);
		expect(error).toBeNull();
		expect(data).toEqual([{ programme_id: PROGRAMME.jobcoachpool, region_id: REGION.zuidLimburg }]);
	});
});

describe('budget_commitments: check constraints and rounding', () => {
	for (const { values, code, message } of [
		{
			values: { committed_amount: -0.01 },
			code: '23514',
			message: /budget_commitments_committed_amount_check/
		},
		{ values: { realised_amount: -5 }, code: '23514', message: /budget_commitments_realised_amount_check/ },
		{
			values: { committed_staff_hours: -1 },
			code: '23514',
			message: /budget_commitments_committed_staff_hours_check/
		},
		{
			values: { realised_staff_hours: 1_000_000.01 },
			code: '23514',
			message: /budget_commitments_realised_staff_hours_check/
		},
		// The year's agreement (made by a trigger) refuses it first, with the same range.
		{
			values: { year: 2012 },
			code: '23514',
			message: /budget_(commitments_year|agreements_(start|end)_year)_check/
		},
		{ values: { note: 'x'.repeat(501) }, code: '23514', message: /budget_commitments_note_check/ },
		// A trillion does not fit numeric(14,2): the cast fails before the check constraint is reached.
		{ values: { committed_amount: 1e12 }, code: '22003', message: 'numeric field overflow' }
	])
		it(`refuses ${JSON.stringify(values).slice(0, 60)} (${code})`, async () => {
			const before = await countRows('budget_commitments', { organisation_id: ORG.maastricht });
			const result = await actors.editor
				.from('budget_commitments')
				.insert(pledgeOf('maastricht', values))
				.select();
			expectError(result, code, message);
			expect(await countRows('budget_commitments', { organisation_id: ORG.maastricht })).toBe(before);
		});

	it('accepts the largest amount that fits, 999 999 999 999.99', async () => {
		const { data, error } = await actors.editor
			.from('budget_commitments')
			.insert(pledgeOf('maastricht', { committed_amount: 999_999_999_999.99 }))
			.select('id, committed_amount')
			.single();
		expect(error).toBeNull();
		rows.removeAfterTest('budget_commitments', (data as { id: string }).id);
		expect((data as { committed_amount: number }).committed_amount).toBe(999_999_999_999.99);
	});

	it('rounds amounts with three decimals to cents, half away from zero (numeric(14,2))', async () => {
		const { data, error } = await actors.editor
			.from('budget_commitments')
			.insert([
				pledgeOf('maastricht', { committed_amount: 1234.565, realised_amount: 1234.564 }),
				pledgeOf('maastricht', { year: TEST_YEAR - 1, committed_amount: 0.005, committed_staff_hours: 7.125 })
			])
			.select('committed_amount, realised_amount, committed_staff_hours');
		expect(error).toBeNull();
		expect(data).toEqual([
			{ committed_amount: 1234.57, realised_amount: 1234.56, committed_staff_hours: 40 },
			{ committed_amount: 0.01, realised_amount: null, committed_staff_hours: 7.13 }
		]);
		const stored = await service
			.from('budget_commitments')
			.select('committed_amount')
			.eq('note', marker)
			.order('committed_amount');
		expect(stored.data).toEqual([{ committed_amount: 0.01 }, { committed_amount: 1234.57 }]);
	});
});
