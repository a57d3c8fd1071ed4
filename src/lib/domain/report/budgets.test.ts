import { describe, expect, it } from 'vitest';
import { budgetSnapshot } from './budgets';
import { keyFiguresOf, risksOf, sheetsOf } from './registry';
import { GEMEENTE, OTHER, commitment, partners, banenafspraak, report } from './test-fixtures';

describe('budget snapshot', () => {
	const programmes = [
		{ id: 'p1', name: 'Werkgeversservicepunt' },
		{ id: 'p2', name: 'Jobcoachpool' }
	];
	const commitments = [
		commitment({ year: 2024, committedAmount: 1000, realisedAmount: 950 }),
		commitment({ year: 2025, committedAmount: 1100, realisedAmount: 1000 }),
		commitment({ year: 2025, organisationId: OTHER, committedAmount: 900 }),
		commitment({ programmeId: 'p2', year: 2024, organisationId: OTHER, committedAmount: 1000 }),
		commitment({
			programmeId: 'p2',
			year: 2025,
			organisationId: OTHER,
			committedAmount: 500,
			realisedAmount: 300
		}),
		// A later year does not count in a report on 2025.
		commitment({ year: 2026, committedAmount: 99999 })
	];

	it('totals the year, compares with the previous year, and gives the gemeente’s share', () => {
		const snapshot = budgetSnapshot(programmes, commitments, 2025, partners, GEMEENTE);
		expect(snapshot.region).toMatchObject({ committed: 2500, previousCommitted: 2000, realised: 1300 });
		expect(snapshot.gemeente).toMatchObject({ committed: 1100, previousCommitted: 1000, share: 0.44 });
		expect(snapshot.years.map((y) => y.year)).toEqual([2024, 2025]);
		const jobcoach = snapshot.programmes.find((p) => p.name === 'Jobcoachpool')!;
		expect(jobcoach).toMatchObject({ committed: 500, change: -0.5, flagged: true, verdict: 'unstable' });
	});

	it('lists a dropped programme and a low realisation as open risks', () => {
		const snapshot = report({ budgetten: budgetSnapshot(programmes, commitments, 2025, partners, null) });
		expect(risksOf(snapshot)).toEqual([
			{ section: 'budgetten', kind: 'programme_drop', subject: 'Jobcoachpool', value: 0.5 },
			{ section: 'budgetten', kind: 'low_realisation', subject: 'Jobcoachpool', value: 0.6 }
		]);
	});

	it('exports sheets whose total rows equal the key figures', () => {
		const snapshot = report({
			budgetten: budgetSnapshot(programmes, commitments, 2025, partners, null),
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
