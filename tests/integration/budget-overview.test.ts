// Multi-year budget agreements and the one budget summary (issue 14, item 4 and 8; domain brief §4), with real
// sessions of the demo accounts through PostgREST:
// - budget_agreements: members read, the partner's editors and the coordinator write, nobody else; periods of one
//   partner and programme never overlap; at most ten years; an agreement is not shortened past its amounts;
// - add_budget_commitments: lines of one partner stored all or nothing, each lengthening or starting the
//   agreement of its year ("toegezegd t/m"), under the caller's RLS;
// - budget_overview: the seed's verdicts (the jobcoachpool's −38,3 %, Simpelveld pulling out of the
//   Loonwaardebepaling while the programme loses 3,7 %), nothing for a non-member, and exact totals over more
//   than 1,000 commitments (hosted PostgREST returns at most 1,000 rows per request);
// - programme_realisations: sums per programme and year, under RLS.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	ORG,
	REGION,
	cleanupAfterEach,
	createMembership,
	createRegion,
	createUser,
	deleteById,
	deleteRegion,
	deleteUser,
	expectError,
	expectRlsViolation,
	service,
	serviceRow,
	demoActors,
	itDeniesAnon,
	updateById,
	who,
	type DemoName,
	type ThrowawayRegion
} from './rls-fixtures';
import { PROGRAMME, newMarker } from './rls-figures-fixtures';
import type { TestUser } from './helpers';
import { loadBudgetOverview, type BudgetOverviewFacts } from '../../src/lib/data/budgets';

const actors = demoActors();
const marker = newMarker('budget-overview');
const cleanup = cleanupAfterEach();

const SIMPELVELD = 'b0000000-0000-4000-8000-000000000018';
const BRUNSSUM = 'b0000000-0000-4000-8000-000000000012';

/** An agreement row written with the service key, removed after the test (its amounts go with it). */
async function serviceAgreement(values: Record<string, unknown>) {
	const { data, error } = await service
		.from('budget_agreements')
		.insert({ region_id: REGION.zuidLimburg, note: marker, ...values })
		.select()
		.single();
	if (error) throw new Error(`inserting an agreement: ${error.message}`);
	cleanup.add(() => removeAgreement(data.id as string));
	return data as { id: string } & Record<string, unknown>;
}

/** An agreement of Maastricht on loonwaardebepaling from `start_year` to `end_year`. */
const maastrichtLoonwaarde = (start_year: number, end_year: number) => ({
	programme_id: PROGRAMME.loonwaardebepaling,
	organisation_id: ORG.maastricht,
	start_year,
	end_year
});

async function removeAgreement(id: string) {
	await service.from('budget_commitments').delete().eq('agreement_id', id);
	await service.from('budget_agreements').delete().eq('id', id);
}

async function agreementsOf(organisation: string, programme: string, fromYear: number) {
	const { data, error } = await service
		.from('budget_agreements')
		.select('id, start_year, end_year, status, implicit')
		.eq('organisation_id', organisation)
		.eq('programme_id', programme)
		.gte('start_year', fromYear)
		.order('start_year');
	if (error) throw new Error(error.message);
	return data;
}

// ---------------------------------------------------------------------------------------------------

describe('budget_agreements: who reads and writes', () => {
	itDeniesAnon(actors, 'budget_agreements');

	for (const name of ['viewer', 'editor', 'coordinator', 'admin'] as const)
		it(`the ${who(name)} reads every agreement of Zuid-Limburg`, async () => {
			const { count: all } = await service
				.from('budget_agreements')
				.select('id', { count: 'exact', head: true })
				.eq('region_id', REGION.zuidLimburg);
			const { count, error } = await actors[name]
				.from('budget_agreements')
				.select('id', { count: 'exact', head: true });
			expect(error).toBeNull();
			expect(all).toBeGreaterThan(50);
			expect(count).toBe(all);
		});

	it('the Tilburg editor reads none of Zuid-Limburg’s agreements', async () => {
		const { data, error } = await actors.tilburg
			.from('budget_agreements')
			.select('id')
			.eq('region_id', REGION.zuidLimburg);
		expect(error).toBeNull();
		expect(data).toEqual([]);
	});

	const CASES: { actor: DemoName; organisation: string; allowed: boolean; why: string }[] = [
		{ actor: 'editor', organisation: ORG.maastricht, allowed: true, why: 'its own partner' },
		{ actor: 'coordinator', organisation: ORG.kerkrade, allowed: true, why: 'the coordinator, a partner' },
		{ actor: 'admin', organisation: ORG.uwvZuidLimburg, allowed: true, why: 'the lead’s admin' },
		{ actor: 'editor', organisation: ORG.kerkrade, allowed: false, why: 'another partner' },
		{ actor: 'viewer', organisation: ORG.uwvZuidLimburg, allowed: false, why: 'a viewer of its own partner' },
		{ actor: 'tilburg', organisation: ORG.maastricht, allowed: false, why: 'another region' }
	];
	for (const { actor, organisation, allowed, why } of CASES)
		it(`the ${who(actor)} ${allowed ? 'agrees' : 'may not agree'} 2090 t/m 2093 (${why})`, async () => {
			const values = {
				programme_id: PROGRAMME.werkgeversservicepunt,
				organisation_id: organisation,
				region_id: REGION.zuidLimburg,
				start_year: 2090,
				end_year: 2093,
				decision_level: 'bestuurlijk',
				decision_reference: 'Collegebesluit 2026/318',
				note: marker
			};
			const result = await actors[actor].from('budget_agreements').insert(values).select().single();
			if (allowed) {
				expect(result.error).toBeNull();
				const id = (result.data as { id: string }).id;
				cleanup.add(() => removeAgreement(id));
				expect(await serviceRow('budget_agreements', id)).toMatchObject({ ...values, status: 'toegezegd' });
				// The same writer changes and removes it.
				const changed = await updateById(
					actors[actor],
					'budget_agreements',
					id,
					{ end_year: 2095 },
					'end_year'
				);
				expect(changed.data).toEqual([{ end_year: 2095 }]);
				const removed = await deleteById(actors[actor], 'budget_agreements', id, 'id');
				expect(removed.data).toEqual([{ id }]);
			} else {
				expectRlsViolation(result, 'budget_agreements');
				expect(await agreementsOf(organisation, PROGRAMME.werkgeversservicepunt, 2090)).toEqual([]);
			}
		});

	it('the Maastricht editor can neither change nor remove Kerkrade’s agreement', async () => {
		const row = await serviceAgreement({
			programme_id: PROGRAMME.werkgeversservicepunt,
			organisation_id: ORG.kerkrade,
			start_year: 2090,
			end_year: 2091
		});
		const changed = await updateById(actors.editor, 'budget_agreements', row.id, { end_year: 2099 });
		expect(changed.data).toEqual([]);
		const removed = await deleteById(actors.editor, 'budget_agreements', row.id);
		expect(removed.data).toEqual([]);
		expect(await serviceRow('budget_agreements', row.id)).toMatchObject({ end_year: 2091 });
	});
});

describe('budget_agreements: rules', () => {
	it('two agreements of one partner and programme never overlap (23P01 budget_agreement_overlap)', async () => {
		await serviceAgreement(maastrichtLoonwaarde(2090, 2092));
		const result = await actors.editor
			.from('budget_agreements')
			.insert({ ...maastrichtLoonwaarde(2092, 2094), region_id: REGION.zuidLimburg })
			.select();
		expectError(result, '23P01', 'budget_agreement_overlap');
		expect(await agreementsOf(ORG.maastricht, PROGRAMME.loonwaardebepaling, 2090)).toHaveLength(1);
	});

	for (const [start, end] of [
		[2090, 2089],
		[2080, 2091]
	])
		it(`refuses ${start} t/m ${end} (23514 budget_agreement_period)`, async () => {
			const result = await actors.editor
				.from('budget_agreements')
				.insert({ ...maastrichtLoonwaarde(start, end), region_id: REGION.zuidLimburg })
				.select();
			expectError(result, '23514', 'budget_agreement_period');
			expect(await agreementsOf(ORG.maastricht, PROGRAMME.loonwaardebepaling, 2080)).toEqual([]);
		});

	it('an agreement is not shortened past its amounts (23514 budget_agreement_amounts_outside)', async () => {
		const agreement = await serviceAgreement(maastrichtLoonwaarde(2090, 2092));
		const line = await actors.editor
			.from('budget_commitments')
			.insert({
				programme_id: PROGRAMME.loonwaardebepaling,
				organisation_id: ORG.maastricht,
				region_id: REGION.zuidLimburg,
				year: 2092,
				committed_amount: 1000,
				note: marker
			})
			.select('agreement_id')
			.single();
		expect(line.error).toBeNull();
		expect(line.data).toEqual({ agreement_id: agreement.id });
		const result = await updateById(actors.editor, 'budget_agreements', agreement.id, { end_year: 2091 });
		expectError(result, '23514', 'budget_agreement_amounts_outside');
		expect(await serviceRow('budget_agreements', agreement.id)).toMatchObject({ end_year: 2092 });
	});

	it('an amount outside any agreement gets one of its own year, which goes with the amount', async () => {
		const { data, error } = await actors.editor
			.from('budget_commitments')
			.insert({
				programme_id: PROGRAMME.loonwaardebepaling,
				organisation_id: ORG.maastricht,
				region_id: REGION.zuidLimburg,
				year: 2088,
				committed_amount: 500,
				note: marker
			})
			.select('id, agreement_id')
			.single();
		expect(error).toBeNull();
		cleanup.add(() => removeAgreement(data!.agreement_id as string));
		expect(await serviceRow('budget_agreements', data!.agreement_id as string)).toMatchObject({
			start_year: 2088,
			end_year: 2088,
			implicit: true
		});
		await actors.editor.from('budget_commitments').delete().eq('id', data!.id);
		expect(await serviceRow('budget_agreements', data!.agreement_id as string)).toBeNull();
	});
});

// ---------------------------------------------------------------------------------------------------

describe('add_budget_commitments: lines with "toegezegd t/m", all or nothing', () => {
	const line = (year: number, values: Record<string, unknown> = {}) => ({
		programme_id: PROGRAMME.jobcoachpool,
		year,
		committed_amount: 20000,
		note: marker,
		...values
	});

	it('the Maastricht editor stores 2090 with "t/m 2093": one agreement 2090–2093, then 2091 inside it', async () => {
		const first = await actors.editor.rpc('add_budget_commitments', {
			organisation: ORG.maastricht,
			lines: [
				line(2090, { through: 2093, decision_level: 'politiek', decision_reference: 'Raadsbesluit 12' })
			]
		});
		expect(first.error).toBeNull();
		const [agreement] = await agreementsOf(ORG.maastricht, PROGRAMME.jobcoachpool, 2090);
		cleanup.add(() => removeAgreement(agreement.id));
		expect(agreement).toMatchObject({
			start_year: 2090,
			end_year: 2093,
			status: 'toegezegd',
			implicit: false
		});
		const second = await actors.editor.rpc('add_budget_commitments', {
			organisation: ORG.maastricht,
			lines: [line(2091)]
		});
		expect(second.error).toBeNull();
		expect(await agreementsOf(ORG.maastricht, PROGRAMME.jobcoachpool, 2090)).toHaveLength(1);
		const { data } = await service.from('budget_commitments').select('year').eq('agreement_id', agreement.id);
		expect(data?.map((row) => row.year).sort()).toEqual([2090, 2091]);
	});

	it('a bad line refuses the whole file: nothing stored, no agreement left', async () => {
		const result = await actors.editor.rpc('add_budget_commitments', {
			organisation: ORG.maastricht,
			lines: [line(2090, { through: 2092 }), line(2091, { committed_amount: -1 })]
		});
		expect(result.error?.code).toBe('23514');
		expect(await agreementsOf(ORG.maastricht, PROGRAMME.jobcoachpool, 2090)).toEqual([]);
	});

	it('lines that are not a list are refused (22023 budget_lines_invalid)', async () => {
		const result = await actors.editor.rpc('add_budget_commitments', {
			organisation: ORG.maastricht,
			lines: { year: 2090 }
		});
		expectError(result, '22023', 'budget_lines_invalid');
	});

	for (const [actor, organisation] of [
		['editor', ORG.kerkrade],
		['viewer', ORG.uwvZuidLimburg],
		['tilburg', ORG.maastricht]
	] as const)
		it(`the ${who(actor)} may not store lines for ${organisation}: 42501, nothing stored`, async () => {
			const result = await actors[actor].rpc('add_budget_commitments', {
				organisation,
				lines: [line(2090, { through: 2091 })]
			});
			expect(result.error?.code).toBe('42501');
			expect(await agreementsOf(organisation, PROGRAMME.jobcoachpool, 2090)).toEqual([]);
		});

	it('anon may not call it', async () => {
		const result = await actors.anon.rpc('add_budget_commitments', {
			organisation: ORG.maastricht,
			lines: [line(2090)]
		});
		expect(result.error?.code).toBe('42501');
		expect(await agreementsOf(ORG.maastricht, PROGRAMME.jobcoachpool, 2090)).toEqual([]);
	});
});

// ---------------------------------------------------------------------------------------------------

describe('budget_overview on the seed (2026, window 2024–2027)', () => {
	let facts: BudgetOverviewFacts;
	beforeAll(async () => {
		facts = await loadBudgetOverview(actors.viewer, REGION.zuidLimburg, 2026);
	});
	const programme = (id: string) => facts.programmes.find((p) => p.programme_id === id)!;
	const partner = (id: string) => facts.partners.find((p) => p.organisation_id === id)!;

	it('the jobcoachpool is zwak: every one of its 17 partners cut 38,3 % from 2025 to 2026', () => {
		const pool = programme(PROGRAMME.jobcoachpool);
		expect(pool.verdict).toBe('zwak');
		expect(pool.worst_loss).toBe(0.383);
		expect(pool.drops).toHaveLength(17);
		expect(pool.drops.find((d) => d.organisation_id === ORG.maastricht)).toMatchObject({
			from_year: 2025,
			to_year: 2026,
			from_amount: 47700,
			to_amount: 29430,
			drop: 0.383,
			withdrawn: false
		});
		// 2027 is not agreed yet: horizon, not a drop.
		expect(pool.open).toEqual([{ year: 2027, kind: 'not_yet', partners: 17 }]);
	});

	it('Simpelveld pulls out of the Loonwaardebepaling (−100 %) while the programme loses 3,7 %: named anyway', () => {
		const lwb = programme(PROGRAMME.loonwaardebepaling);
		expect(lwb.verdict).toBe('stabiel');
		expect(lwb.worst_loss).toBe(0.037);
		expect(lwb.drops).toEqual([
			expect.objectContaining({ organisation_id: SIMPELVELD, to_year: 2027, drop: 1, withdrawn: true })
		]);
		expect(partner(SIMPELVELD).verdict).toBe('zwak');
	});

	it('the Werkgeversservicepunt is stabiel; Heerlen is committed through 2030, Brunssum through 2027', () => {
		expect(programme(PROGRAMME.werkgeversservicepunt).verdict).toBe('stabiel');
		expect(partner(ORG.heerlen).committed_through).toBe(2030);
		expect(partner(BRUNSSUM).committed_through).toBe(2027);
		expect(partner(ORG.heerlen).agreements).toContainEqual({
			programme_id: PROGRAMME.werkgeversservicepunt,
			start_year: 2027,
			end_year: 2030,
			status: 'toegezegd'
		});
	});

	it('the totals are the sums of the rows (checked against the table with the service key)', async () => {
		const { data } = await service
			.from('budget_commitments')
			.select('committed_amount, organisation_id')
			.eq('region_id', REGION.zuidLimburg)
			.eq('year', 2026);
		const cents = data!.reduce((sum, row) => sum + Math.round(Number(row.committed_amount) * 100), 0);
		expect(Math.round(facts.totals.committed * 100)).toBe(cents);
		expect(facts.totals.partners).toBe(new Set(data!.map((row) => row.organisation_id)).size);
		expect(facts.health).toEqual({
			programmes_assessed: 3,
			programmes_without_weak: 2,
			programmes_stable: 2
		});
	});

	it('for a gemeente: its own figures and share of the year', async () => {
		const report = await loadBudgetOverview(actors.viewer, REGION.zuidLimburg, 2026, ORG.maastricht);
		expect(report.gemeente).toMatchObject({ organisation_id: ORG.maastricht, committed_through: 2030 });
		expect(report.gemeente!.share).toBe(
			Math.round((report.gemeente!.committed! / report.totals.committed) * 10000) / 10000
		);
	});

	it('the Tilburg editor gets an empty overview of Zuid-Limburg; anon may not call it', async () => {
		const other = await loadBudgetOverview(actors.tilburg, REGION.zuidLimburg, 2026);
		expect(other.programmes).toEqual([]);
		expect(other.partners).toEqual([]);
		expect(other.totals.committed).toBe(0);
		const anon = await actors.anon.rpc('budget_overview', { region: REGION.zuidLimburg, budget_year: 2026 });
		expect(anon.error?.code).toBe('42501');
		expect(anon.data).toBeNull();
	});

	it('programme_realisations: sums per year for a member, nothing for Tilburg', async () => {
		const { data, error } = await actors.viewer.rpc('programme_realisations', {
			region: REGION.zuidLimburg,
			programmes: [PROGRAMME.jobcoachpool]
		});
		expect(error).toBeNull();
		expect(data!.map((row: { year: number }) => row.year)).toEqual([2023, 2024, 2025]);
		const other = await actors.tilburg.rpc('programme_realisations', {
			region: REGION.zuidLimburg,
			programmes: [PROGRAMME.jobcoachpool]
		});
		expect(other.data).toEqual([]);
	});
});

// ---------------------------------------------------------------------------------------------------

describe('budget_overview over more than 1,000 commitments', () => {
	const PARTNERS = 60;
	const YEARS = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
	let region: ThrowawayRegion;
	let member: TestUser;
	let programmes: string[];
	let partners: string[];
	const lines: {
		programme_id: string;
		organisation_id: string;
		year: number;
		committed_amount: number;
		realised_amount: number | null;
	}[] = [];

	beforeAll(async () => {
		region = await createRegion();
		const { data: orgs, error: orgError } = await service
			.from('organisations')
			.insert(
				Array.from({ length: PARTNERS - 2 }, (_, i) => ({
					region_id: region.id,
					type: 'overig',
					name: `Partner ${i} ${marker}`
				}))
			)
			.select('id');
		if (orgError) throw new Error(orgError.message);
		partners = [region.leadId, region.otherId, ...orgs.map((o) => o.id as string)];
		const { data: progs, error: progError } = await service
			.from('programmes')
			.insert([
				{ region_id: region.id, name: `A ${marker}` },
				{ region_id: region.id, name: `B ${marker}` }
			])
			.select('id');
		if (progError) throw new Error(progError.message);
		programmes = progs.map((p) => p.id as string);
		for (const [p, programme] of programmes.entries())
			for (const [i, organisation] of partners.entries())
				for (const year of YEARS) {
					// Partner 0 halves its 2025 contribution to programme B in 2026; everyone else grows 1 % a year.
					const base = 1000 + 37.25 * i + 500 * p;
					const amount =
						p === 1 && i === 0 && year === 2026
							? Math.round(base * 1.08 * 50) / 100
							: Math.round(base * (1 + 0.01 * (year - 2017)) * 100) / 100;
					lines.push({
						programme_id: programme,
						organisation_id: organisation,
						year,
						committed_amount: amount,
						realised_amount: year < 2026 ? Math.round(amount * 90) / 100 : null
					});
				}
		for (let from = 0; from < lines.length; from += 500) {
			const { error } = await service
				.from('budget_commitments')
				.insert(lines.slice(from, from + 500).map((l) => ({ ...l, region_id: region.id })));
			if (error) throw new Error(error.message);
		}
		member = await createUser('budget-1000');
		await createMembership(member.id, region.leadId, 'viewer');
	}, 60_000);
	afterAll(async () => {
		if (member) await deleteUser(member);
		if (region) await deleteRegion(region);
	});

	const cents = (values: number[]) => values.reduce((sum, v) => sum + Math.round(v * 100), 0);

	it('the table holds more than 1,000 of the region’s commitments', async () => {
		const { count } = await service
			.from('budget_commitments')
			.select('id', { count: 'exact', head: true })
			.eq('region_id', region.id);
		expect(count).toBe(1200);
	});

	it('a member gets the exact totals per year, programme and partner in one answer', async () => {
		const facts = await loadBudgetOverview(member.client, region.id, 2025);
		const of2025 = lines.filter((l) => l.year === 2025);
		expect(Math.round(facts.totals.committed * 100)).toBe(cents(of2025.map((l) => l.committed_amount)));
		expect(Math.round(facts.totals.realised! * 100)).toBe(cents(of2025.map((l) => l.realised_amount!)));
		expect(facts.totals.partners).toBe(PARTNERS);
		for (const year of YEARS) {
			const row = facts.years.find((y) => y.year === year)!;
			expect(Math.round(row.committed * 100), String(year)).toBe(
				cents(lines.filter((l) => l.year === year).map((l) => l.committed_amount))
			);
		}
		expect(facts.partners).toHaveLength(PARTNERS);
		for (const [p, id] of programmes.entries()) {
			const years = facts.programmes.find((x) => x.programme_id === id)!.years;
			expect(years).toHaveLength(YEARS.length);
			expect(Math.round(years[0].committed * 100)).toBe(
				cents(
					lines
						.filter((l) => l.programme_id === programmes[p] && l.year === 2017)
						.map((l) => l.committed_amount)
				)
			);
		}
	});

	it('in 2026 programme B loses only partner 0’s half (under 1 %), and partner 0 is named as zwak', async () => {
		const facts = await loadBudgetOverview(member.client, region.id, 2026);
		const b = facts.programmes.find((x) => x.programme_id === programmes[1])!;
		const before = lines.filter((l) => l.programme_id === programmes[1] && l.year === 2025);
		const lost =
			lines.find(
				(l) => l.programme_id === programmes[1] && l.organisation_id === partners[0] && l.year === 2025
			)!.committed_amount -
			lines.find(
				(l) => l.programme_id === programmes[1] && l.organisation_id === partners[0] && l.year === 2026
			)!.committed_amount;
		expect(b.worst_loss).toBe(
			Math.round((lost / (cents(before.map((l) => l.committed_amount)) / 100)) * 1000) / 1000
		);
		expect(b.verdict).toBe('stabiel');
		expect(b.drops).toEqual([expect.objectContaining({ organisation_id: partners[0], drop: 0.5 })]);
		expect(facts.partners.find((x) => x.organisation_id === partners[0])!.verdict).toBe('zwak');
	});

	it('programme_realisations sums every realised line per programme and year', async () => {
		const { data, error } = await member.client.rpc('programme_realisations', {
			region: region.id,
			programmes
		});
		expect(error).toBeNull();
		expect(data).toHaveLength(programmes.length * 9);
		const first = data!.find(
			(r: { programme_id: string; year: number }) => r.programme_id === programmes[0] && r.year === 2020
		);
		expect(Math.round(Number(first.realised) * 100)).toBe(
			cents(
				lines
					.filter((l) => l.programme_id === programmes[0] && l.year === 2020)
					.map((l) => l.realised_amount!)
			)
		);
	});

	it('the Zuid-Limburg coordinator learns nothing about this region', async () => {
		const facts = await loadBudgetOverview(actors.coordinator, region.id, 2025);
		expect(facts.totals.committed).toBe(0);
		expect(facts.partners).toEqual([]);
	});
});
