import { describe, expect, it } from 'vitest';
import type { PlacementFigure, RegionalTarget } from './baanafspraken';
import type { CommitmentFigure } from './budget';
import {
	AVAILABLE_SECTIONS,
	SECTION_REGISTRY,
	baanafsprakenSnapshot,
	budgetSnapshot,
	compare,
	correctionsBetween,
	isReportablePeriod,
	keyFiguresOf,
	parsePeriod,
	periodKey,
	previousPeriod,
	referenceDate,
	risksOf,
	sheetsOf,
	type ReportSnapshot
} from './report';

const GEMEENTE = 'g1';
const OTHER = 'g2';
const partners = [
	{ id: GEMEENTE, name: 'Gemeente Maastricht' },
	{ id: OTHER, name: 'Gemeente Heerlen' }
];

function placement(values: Partial<PlacementFigure>): PlacementFigure {
	return {
		organisationId: GEMEENTE,
		year: 2025,
		quarter: 1,
		sector: 'markt',
		persons: 1,
		hoursPerWeek: 25.5,
		...values
	};
}

function commitment(values: Partial<CommitmentFigure>): CommitmentFigure {
	return {
		programmeId: 'p1',
		organisationId: GEMEENTE,
		year: 2025,
		committedAmount: 1000,
		realisedAmount: null,
		committedStaffHours: null,
		realisedStaffHours: null,
		...values
	};
}

describe('periods', () => {
	it('reads a year and a quarter, and refuses anything else', () => {
		expect(parsePeriod('2025')).toEqual({ year: 2025, quarter: null });
		expect(parsePeriod('2025-K3')).toEqual({ year: 2025, quarter: 3 });
		for (const bad of ['', '2025-K5', '25', '2025K1', '1999', null]) expect(parsePeriod(bad)).toBeNull();
		expect(periodKey({ year: 2025, quarter: 2 })).toBe('2025-K2');
	});

	it('goes back a quarter across the year, and a year for a year', () => {
		expect(previousPeriod({ year: 2025, quarter: 1 })).toEqual({ year: 2024, quarter: 4 });
		expect(previousPeriod({ year: 2025, quarter: 3 })).toEqual({ year: 2025, quarter: 2 });
		expect(previousPeriod({ year: 2025, quarter: null })).toEqual({ year: 2024, quarter: null });
	});

	it('dates a report at the last day of its period', () => {
		expect(referenceDate({ year: 2025, quarter: 1 })).toBe('2025-03-31');
		expect(referenceDate({ year: 2024, quarter: 2 })).toBe('2024-06-30');
		expect(referenceDate({ year: 2025, quarter: null })).toBe('2025-12-31');
	});

	it('reports only on periods that have begun', () => {
		const today = new Date(2026, 10, 30);
		expect(isReportablePeriod({ year: 2026, quarter: 4 }, today)).toBe(true);
		expect(isReportablePeriod({ year: 2027, quarter: null }, today)).toBe(false);
		expect(isReportablePeriod({ year: 2027, quarter: 1 }, today)).toBe(false);
	});
});

describe('section registry', () => {
	it('has every section, with goals, network and meetings not yet available', () => {
		expect(AVAILABLE_SECTIONS).toEqual(['baanafspraken', 'budgetten']);
		expect(SECTION_REGISTRY.doelen.available).toBe(false);
		expect(SECTION_REGISTRY.netwerk.available).toBe(false);
		expect(SECTION_REGISTRY.overleggen.available).toBe(false);
	});
});

describe('baanafspraken snapshot', () => {
	const targets: RegionalTarget[] = [{ year: 2025, sector: 'markt', baselineJobs: 10, targetJobs: 18 }];
	const placements = [
		placement({ quarter: 1, persons: 2, hoursPerWeek: 51 }),
		placement({ quarter: 2, persons: 1, hoursPerWeek: 25.5 }),
		placement({ quarter: 2, organisationId: OTHER, persons: 3, hoursPerWeek: 76.5 }),
		// After the reference date: left out of a report on the second quarter.
		placement({ quarter: 3, persons: 9, hoursPerWeek: 229.5 })
	];

	it('counts the period, the previous period and the gemeente’s share of the region', () => {
		const snapshot = baanafsprakenSnapshot(
			placements,
			targets,
			{ year: 2025, quarter: 2 },
			partners,
			GEMEENTE
		);
		expect(snapshot.region.current).toEqual({ persons: 4, countedJobs: 4 });
		expect(snapshot.region.previous).toEqual({ persons: 2, countedJobs: 2 });
		expect(snapshot.gemeente).toMatchObject({
			name: 'Gemeente Maastricht',
			current: { persons: 1, countedJobs: 1 },
			previous: { persons: 2, countedJobs: 2 },
			share: 0.25,
			previousShare: 1,
			rank: 2,
			contributors: 2
		});
		expect(snapshot.partners.map((p) => [p.name, p.countedJobs])).toEqual([
			['Gemeente Heerlen', 3],
			['Gemeente Maastricht', 1]
		]);
	});

	it('stands against the trajectory at the reference date, without later quarters', () => {
		const snapshot = baanafsprakenSnapshot(placements, targets, { year: 2025, quarter: 2 }, partners, null);
		const markt = snapshot.sectors.find((s) => s.sector === 'markt')!;
		// 10 + 2 + 1 + 3 = 16 against 10 + 8 * 2/4 = 14.
		expect(markt).toMatchObject({ actualJobs: 16, expectedJobs: 14, status: 'on_track', differenceJobs: 2 });
		expect(markt.quarters[2].cumulativeJobs).toBeNull();
		expect(snapshot.gemeente).toBeNull();
	});

	it('flags a sector behind its trajectory as an open risk', () => {
		const behind: RegionalTarget[] = [{ year: 2025, sector: 'markt', baselineJobs: 10, targetJobs: 50 }];
		const snapshot = report({
			baanafspraken: baanafsprakenSnapshot(placements, behind, { year: 2025, quarter: 2 }, partners, null)
		});
		// 16 against 10 + 40 / 2 = 30: 14 behind.
		expect(risksOf(snapshot)).toEqual([
			{ section: 'baanafspraken', kind: 'sector_behind', subject: 'markt', value: 14 }
		]);
	});
});

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
			baanafspraken: baanafsprakenSnapshot(
				[placement({ persons: 2, hoursPerWeek: 30 })],
				[],
				{ year: 2025, quarter: 1 },
				partners,
				null
			)
		});
		const sheets = sheetsOf(snapshot);
		// One sheet per section, its tables one under the other, each with its own header.
		expect(sheets.map((s) => s.name)).toEqual(['Baanafspraken', 'Budgetafspraken']);
		expect(sheets[0].columns).toEqual(['partner', 'personen', 'getelde_banen', 'aandeel']);
		expect(sheets[0].rows).toContainEqual(['Baanafspraken per kwartaal']);
		const totalsOf = (name: string) =>
			sheets.find((s) => s.name === name)!.rows.filter((row) => row[0] === 'Totaal regio');
		const figures = new Map(keyFiguresOf(snapshot).map((f) => [f.id, f.value]));
		expect(totalsOf('Baanafspraken')[0][2]).toBe(figures.get('ba_region_jobs'));
		expect(totalsOf('Budgetafspraken').map((row) => row[1])).toEqual([
			figures.get('bu_committed'),
			figures.get('bu_committed')
		]);
	});
});

describe('comparisons and corrections', () => {
	it('compares with a reference, without a ratio against zero', () => {
		expect(compare(12, 10)).toEqual({ difference: 2, ratio: expect.closeTo(0.2) });
		expect(compare(3, 0)).toEqual({ difference: 3, ratio: null });
		expect(compare(3, null)).toBeNull();
	});

	it('lists the key figures a newer version corrected, and nothing for the same figures', () => {
		const period = { year: 2025, quarter: 1 as const };
		const before = report({
			baanafspraken: baanafsprakenSnapshot([placement({ persons: 2 })], [], period, partners, GEMEENTE)
		});
		const after = report({
			baanafspraken: baanafsprakenSnapshot([placement({ persons: 5 })], [], period, partners, GEMEENTE)
		});
		expect(correctionsBetween(before, before)).toEqual([]);
		expect(correctionsBetween(before, after).map((c) => [c.id, c.before, c.after])).toEqual([
			['ba_gemeente_persons', 2, 5],
			['ba_region_persons', 2, 5]
		]);
	});
});

function report(sections: ReportSnapshot['sections']): ReportSnapshot {
	return {
		schemaVersion: 1,
		region: { id: 'r', name: 'Zuid-Limburg' },
		scope: { kind: 'region' },
		period: { year: 2025, quarter: 2 },
		referenceDate: '2025-06-30',
		collectedAt: '2025-07-15T10:00:00Z',
		sections
	};
}
