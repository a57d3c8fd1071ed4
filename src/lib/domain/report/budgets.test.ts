import { describe, expect, it } from 'vitest';
import type { BudgetSnapshot } from './budgets';
import { keyFiguresOf, risksOf, sheetsOf } from './registry';
import { GEMEENTE, OTHER, banenafspraak, report } from './test-fixtures';

describe('budget section', () => {
	// As the database builds it from budget_overview(region, 2025): WSP 1000 → 2000 in 2025, the jobcoachpool of
	// the other partner 1000 → 500 (lost half, zwak), 300 realised of 500.
	const snapshot: BudgetSnapshot = {
		year: 2025,
		region: {
			committed: 2500,
			realised: 1300,
			committedWithRealisation: 1600,
			rate: 0.8125,
			previousCommitted: 2000
		},
		years: [
			{ year: 2024, committed: 2000, realised: 950 },
			{ year: 2025, committed: 2500, realised: 1300 }
		],
		programmes: [
			{
				name: 'Werkgeversservicepunt',
				committed: 2000,
				realised: 1000,
				rate: 1000 / 1100,
				change: 1,
				flagged: false,
				verdict: 'stable',
				windowVerdict: 'stabiel',
				worstLoss: 0
			},
			{
				name: 'Jobcoachpool',
				committed: 500,
				realised: 300,
				rate: 0.6,
				change: -0.5,
				flagged: true,
				verdict: 'unstable',
				windowVerdict: 'zwak',
				worstLoss: 0.5
			}
		],
		partners: [
			{ organisationId: OTHER, name: 'Ander', committed: 1400, realised: 300 },
			{ organisationId: GEMEENTE, name: 'Gemeente', committed: 1100, realised: 1000 }
		],
		gemeente: null
	};

	it('gives the region’s commitment against the previous year, and the gemeente’s share for a gemeente', () => {
		expect(keyFiguresOf(report({ budgetten: snapshot })).map((f) => [f.id, f.value, f.previous])).toEqual([
			['bu_committed', 2500, 2000],
			['bu_realised', 1300, null]
		]);
		const gemeente = {
			...snapshot,
			gemeente: {
				organisationId: GEMEENTE,
				name: 'Gemeente',
				committed: 1100,
				realised: 1000,
				previousCommitted: 1000,
				share: 0.44,
				committedThrough: 2026
			}
		};
		expect(keyFiguresOf(report({ budgetten: gemeente })).map((f) => [f.id, f.value])).toEqual([
			['bu_gemeente_committed', 1100],
			['bu_gemeente_share', 0.44],
			['bu_committed', 2500],
			['bu_realised', 1300]
		]);
	});

	it('lists a dropped programme and a low realisation as open risks', () => {
		expect(risksOf(report({ budgetten: snapshot }))).toEqual([
			{ section: 'budgetten', kind: 'programme_drop', subject: 'Jobcoachpool', value: 0.5 },
			{ section: 'budgetten', kind: 'low_realisation', subject: 'Jobcoachpool', value: 0.6 }
		]);
	});

	it('exports sheets whose total rows equal the key figures', () => {
		const sheets = sheetsOf(report({ budgetten: snapshot, baanafspraken: banenafspraak() }));
		// One sheet per section, its tables one under the other, each with its own header.
		expect(sheets.map((s) => s.name)).toEqual(['Baanafspraken', 'Budgetafspraken']);
		expect(sheets[0].columns[0]).toBe('peildatum');
		expect(sheets[0].rows).toContainEqual(['Banenafspraak per kwartaal']);
		const totalsOf = (name: string) =>
			sheets.find((s) => s.name === name)!.rows.filter((row) => row[0] === 'Totaal regio');
		const figures = new Map(
			keyFiguresOf(report({ budgetten: snapshot, baanafspraken: banenafspraak() })).map((f) => [
				f.id,
				f.value
			])
		);
		// The stand of the total in the sheet is the key figure.
		expect(sheets[0].rows.find((row) => row[1] === 'totaal')?.[2]).toBe(figures.get('ba_standing_totaal'));
		expect(totalsOf('Budgetafspraken').map((row) => row[1])).toEqual([
			figures.get('bu_committed'),
			figures.get('bu_committed')
		]);
	});
});
