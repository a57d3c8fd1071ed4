import { describe, expect, it } from 'vitest';
import { budgetSnapshot } from './budgets';
import { keyFiguresOf, risksOf, sheetsOf } from './registry';
import type { BudgetOverviewFacts } from '$lib/domain/budget';
import { GEMEENTE, OTHER, banenafspraak, report } from './test-fixtures';

describe('budget snapshot', () => {
	const year = (y: number, committed: number, realised: number | null, committedRealised = 0) => ({
		year: y,
		committed,
		realised,
		committed_realised: committedRealised,
		hours_committed: 0,
		hours_realised: 0,
		partners: 1
	});
	const partner = (id: string, name: string, committed: number | null, realised: number | null) => ({
		organisation_id: id,
		name,
		type: 'gemeente',
		active: true,
		committed,
		realised,
		committed_realised: null,
		hours_committed: null,
		hours_realised: null,
		previous_committed: 1000,
		committed_through: 2026,
		provisional_through: 2026,
		agreements: [],
		verdict: 'stabiel' as const,
		worst_drop: null
	});
	const programme = (id: string, name: string, years: ReturnType<typeof year>[], worst: number | null) => ({
		programme_id: id,
		name,
		description: null,
		active: true,
		verdict:
			worst === null ? ('geen_gegevens' as const) : worst > 0.25 ? ('zwak' as const) : ('stabiel' as const),
		worst_loss: worst,
		years,
		steps: [],
		drops: [],
		open: [],
		committed_through: 2026
	});
	// What budget_overview(region, 2025, gemeente) answers for: WSP 1000 → 1100 (gemeente) + 900 (other) in
	// 2025; the jobcoachpool of the other partner 1000 → 500 (lost half), 300 realised; 2026 committed later.
	const facts: BudgetOverviewFacts = {
		region_id: 'r',
		year: 2025,
		window: { from: 2023, to: 2026 },
		thresholds: { attention: 0.1, weak: 0.25 },
		totals: {
			committed: 2500,
			realised: 1300,
			committed_realised: 1600,
			hours_committed: 0,
			hours_realised: 0,
			partners: 2,
			previous_committed: 2000
		},
		years: [
			{ year: 2024, committed: 2000, realised: 950 },
			{ year: 2025, committed: 2500, realised: 1300 },
			{ year: 2026, committed: 99999, realised: null }
		],
		programmes: [
			programme(
				'p1',
				'Werkgeversservicepunt',
				[year(2024, 1000, 950, 1000), year(2025, 2000, 1000, 1100)],
				0
			),
			programme('p2', 'Jobcoachpool', [year(2024, 1000, null), year(2025, 500, 300, 500)], 0.5)
		],
		partners: [partner(GEMEENTE, 'Gemeente', 1100, 1000), partner(OTHER, 'Ander', 1400, 300)],
		health: { programmes_assessed: 2, programmes_without_weak: 1, programmes_stable: 1 },
		gemeente: null
	};
	const withGemeente: BudgetOverviewFacts = {
		...facts,
		gemeente: { ...partner(GEMEENTE, 'Gemeente', 1100, 1000), share: 0.44 }
	};

	it('totals the year, compares with the previous year, and gives the gemeente’s share', () => {
		const snapshot = budgetSnapshot(withGemeente);
		expect(snapshot.region).toMatchObject({ committed: 2500, previousCommitted: 2000, realised: 1300 });
		expect(snapshot.gemeente).toMatchObject({ committed: 1100, previousCommitted: 1000, share: 0.44 });
		expect(snapshot.years.map((y) => y.year)).toEqual([2024, 2025]);
		const jobcoach = snapshot.programmes.find((p) => p.name === 'Jobcoachpool')!;
		expect(jobcoach).toMatchObject({ committed: 500, change: -0.5, flagged: true, verdict: 'unstable' });
		expect(snapshot.gemeente).toMatchObject({ committedThrough: 2026 });
	});

	it('lists a dropped programme and a low realisation as open risks', () => {
		const snapshot = report({ budgetten: budgetSnapshot(facts) });
		expect(risksOf(snapshot)).toEqual([
			{ section: 'budgetten', kind: 'programme_drop', subject: 'Jobcoachpool', value: 0.5 },
			{ section: 'budgetten', kind: 'low_realisation', subject: 'Jobcoachpool', value: 0.6 }
		]);
	});

	it('exports sheets whose total rows equal the key figures', () => {
		const snapshot = report({
			budgetten: budgetSnapshot(facts),
			baanafspraken: banenafspraak()
		});
		const sheets = sheetsOf(snapshot);
		// One sheet per section, its tables one under the other, each with its own header.
		expect(sheets.map((s) => s.name)).toEqual(['Baanafspraken', 'Budgetafspraken']);
		expect(sheets[0].columns[0]).toBe('peildatum');
		expect(sheets[0].rows).toContainEqual(['Banenafspraak per kwartaal']);
		const totalsOf = (name: string) =>
			sheets.find((s) => s.name === name)!.rows.filter((row) => row[0] === 'Totaal regio');
		const figures = new Map(keyFiguresOf(snapshot).map((f) => [f.id, f.value]));
		// The stand of the total in the sheet is the key figure.
		expect(sheets[0].rows.find((row) => row[1] === 'totaal')?.[2]).toBe(figures.get('ba_standing_totaal'));
		expect(totalsOf('Budgetafspraken').map((row) => row[1])).toEqual([
			figures.get('bu_committed'),
			figures.get('bu_committed')
		]);
	});
});
