import { describe, expect, it } from 'vitest';
import {
	commitmentHorizon,
	isAgreementEnd,
	isBudgetYear,
	nextCouncilElections,
	budgetOverview,
	budgetTotals,
	committedByYear,
	realisationRate,
	stabilityOf,
	type CommitmentFigure
} from './budget';

const commitment = (overrides: Partial<CommitmentFigure>): CommitmentFigure => ({
	programmeId: 'p',
	organisationId: 'a',
	year: 2025,
	committedAmount: 1000,
	realisedAmount: null,
	committedStaffHours: null,
	realisedStaffHours: null,
	...overrides
});

describe('budgetTotals and realisationRate', () => {
	it('adds money exactly to the cent and counts partners', () => {
		const totals = budgetTotals([
			commitment({ committedAmount: 0.1, realisedAmount: 0.1 }),
			commitment({ organisationId: 'b', committedAmount: 0.2, realisedAmount: 0.1, committedStaffHours: 8 }),
			commitment({ organisationId: 'b', committedAmount: 5, committedStaffHours: 2, realisedStaffHours: 1 })
		]);
		expect(totals).toEqual({
			committed: 5.3,
			realised: 0.2,
			committedWithRealisation: 0.3,
			staffHoursCommitted: 10,
			staffHoursRealised: 1,
			partners: 2
		});
		expect(realisationRate(totals)).toBeCloseTo(2 / 3);
	});
	it('has no realisation rate before anything was realised', () => {
		expect(realisationRate(budgetTotals([commitment({})]))).toBeNull();
	});
});

describe('stabilityOf', () => {
	it('flags a drop larger than the threshold', () => {
		const stability = stabilityOf(
			new Map([
				[2024, 100],
				[2025, 105],
				[2026, 70]
			])
		);
		expect(stability.verdict).toBe('unstable');
		expect(stability.years.map((y) => y.flagged)).toEqual([false, false, true]);
		expect(stability.years[2].change).toBeCloseTo(-1 / 3);
		expect(stability.largestDrop).toBeCloseTo(1 / 3);
	});
	it('accepts small drops and rises as stable', () => {
		const stability = stabilityOf(
			new Map([
				[2024, 100],
				[2025, 95],
				[2026, 140]
			])
		);
		expect(stability.verdict).toBe('stable');
		expect(stability.largestDrop).toBeCloseTo(0.05);
	});
	it('treats a year without commitments in between as a full drop', () => {
		const stability = stabilityOf(
			new Map([
				[2024, 100],
				[2026, 100]
			])
		);
		expect(stability.years.map((y) => [y.year, y.committed, y.flagged])).toEqual([
			[2024, 100, false],
			[2025, 0, true],
			[2026, 100, false]
		]);
		expect(stability.years[2].change).toBeNull();
	});
	it('needs two years for a verdict', () => {
		expect(stabilityOf(new Map([[2026, 100]])).verdict).toBe('insufficient_data');
		expect(stabilityOf(new Map()).verdict).toBe('insufficient_data');
	});
	it('uses the given threshold', () => {
		expect(
			stabilityOf(
				new Map([
					[2025, 100],
					[2026, 94]
				]),
				0.05
			).verdict
		).toBe('unstable');
	});
});

describe('committedByYear', () => {
	it('totals per year', () => {
		expect(
			committedByYear([
				commitment({ year: 2025 }),
				commitment({ year: 2025, committedAmount: 500 }),
				commitment({ year: 2026 })
			])
		).toEqual(
			new Map([
				[2025, 1500],
				[2026, 1000]
			])
		);
	});
});

const programme = (id: string, name: string, active = true) => ({ id, name, active });
const WSP = programme('p1', 'Werkgeversservicepunt');
const POOL = programme('p2', 'Regionale jobcoachpool');
const NEW = programme('p3', 'Nieuw programma');

const line = (overrides: Partial<CommitmentFigure>): CommitmentFigure =>
	commitment({ programmeId: WSP.id, organisationId: 'heerlen', ...overrides });

// The seed's shape: the jobcoach pool goes from 15.000 to 9.000 per weight unit in 2026.
const commitments: CommitmentFigure[] = [
	line({ year: 2024, committedAmount: 42000, realisedAmount: 40000, committedStaffHours: 320 }),
	line({ year: 2025, committedAmount: 43000, realisedAmount: 44000, committedStaffHours: 320 }),
	line({ year: 2026, committedAmount: 44000, committedStaffHours: 320 }),
	line({ organisationId: 'maastricht', year: 2026, committedAmount: 44000, realisedAmount: 0 }),
	line({ programmeId: POOL.id, year: 2025, committedAmount: 15900, realisedAmount: 15000 }),
	line({ programmeId: POOL.id, year: 2026, committedAmount: 9810 })
];

describe('budgetOverview', () => {
	const overview = budgetOverview([WSP, POOL, NEW], commitments, 2026);

	it('lists committed against realised per programme and year, with the year-on-year change', () => {
		const wsp = overview.programmes[0];
		expect(overview.years).toEqual([2024, 2025, 2026]);
		expect(wsp.years.map((y) => [y.year, y.committed, y.realised])).toEqual([
			[2024, 42000, 40000],
			[2025, 43000, 44000],
			[2026, 88000, 0]
		]);
		expect(wsp.years[1].rate).toBeCloseTo(44000 / 43000);
		// In 2026 only Maastricht has realised something: the rate is over its commitment alone.
		expect(wsp.years[2].rate).toBe(0);
		expect(wsp.stability.verdict).toBe('stable');
	});

	it('flags the jobcoach pool’s drop of 38 % in 2026', () => {
		const pool = overview.programmes[1];
		expect(pool.stability.verdict).toBe('unstable');
		expect(pool.years.map((y) => [y.year, y.flagged])).toEqual([
			[2024, false],
			[2025, false],
			[2026, true]
		]);
		expect(pool.years[2].change).toBeCloseTo(9810 / 15900 - 1);
		expect(Math.round(pool.stability.largestDrop * 100)).toBe(38);
		// A year before the programme existed is no drop and has nothing realised.
		expect(pool.years[0]).toMatchObject({ committed: 0, realised: null, change: null });
	});

	it('keeps a programme without commitments, with too little data for a verdict', () => {
		expect(overview.programmes[2].stability.verdict).toBe('insufficient_data');
		expect(overview.programmes[2].years.every((y) => y.committed === 0 && y.realised === null)).toBe(true);
	});

	it('sums the chosen year per partner, largest commitment first', () => {
		expect(overview.partners.map((p) => [p.organisationId, p.totals.committed, p.hasRealisation])).toEqual([
			['heerlen', 53810, false],
			['maastricht', 44000, true]
		]);
		expect(overview.partners[0].rate).toBeNull();
		expect(overview.totals).toMatchObject({ committed: 97810, realised: 0, partners: 2 });
		expect(overview.hasRealisation).toBe(true);
	});

	it('a year without commitments has no partners and nothing realised', () => {
		const empty = budgetOverview([WSP], commitments, 2030);
		expect(empty.partners).toEqual([]);
		expect(empty.totals.committed).toBe(0);
		expect(empty.hasRealisation).toBe(false);
		expect(empty.rate).toBeNull();
	});
});

describe('how far ahead a partner is committed, against the council elections', () => {
	it('the next elections: March 2026 until it has passed, then 2030', () => {
		expect(nextCouncilElections(new Date(2026, 0, 10))).toBe(2026);
		expect(nextCouncilElections(new Date(2026, 2, 31))).toBe(2026);
		expect(nextCouncilElections(new Date(2026, 3, 1))).toBe(2030);
		expect(nextCouncilElections(new Date(2026, 11, 5))).toBe(2030);
		expect(nextCouncilElections(new Date(2029, 5, 1))).toBe(2030);
		expect(nextCouncilElections(new Date(2030, 6, 1))).toBe(2034);
	});

	it('past the elections of 2030 only when committed through 2031 (the new council’s first budget)', () => {
		expect(commitmentHorizon(2027, 2030)).toBe('before_elections');
		expect(commitmentHorizon(2030, 2030)).toBe('before_elections');
		expect(commitmentHorizon(2031, 2030)).toBe('past_elections');
		expect(commitmentHorizon(null, 2030)).toBe('none');
	});

	it('amounts up to ten years ahead; "toegezegd t/m" at most ten years after the start', () => {
		const today = new Date(2026, 11, 5);
		expect(isBudgetYear(2036, today)).toBe(true);
		expect(isBudgetYear(2037, today)).toBe(false);
		expect(isBudgetYear(2014, today)).toBe(false);
		expect(isAgreementEnd(2030, 2027)).toBe(true);
		expect(isAgreementEnd(2026, 2027)).toBe(false);
		expect(isAgreementEnd(2038, 2027)).toBe(false);
	});
});
