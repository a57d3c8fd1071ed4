import { describe, expect, it } from 'vitest';
import { budgetOverview, type Programme } from './budgets';
import type { CommitmentFigure } from '$lib/domain/budget';

const programme = (id: string, name: string, active = true): Programme => ({
	id,
	name,
	description: null,
	active,
	updatedAt: '2026-01-01T00:00:00Z'
});
const WSP = programme('p1', 'Werkgeversservicepunt');
const POOL = programme('p2', 'Regionale jobcoachpool');
const NEW = programme('p3', 'Nieuw programma');

const line = (overrides: Partial<CommitmentFigure>): CommitmentFigure => ({
	programmeId: WSP.id,
	organisationId: 'heerlen',
	year: 2025,
	committedAmount: 1000,
	realisedAmount: null,
	committedStaffHours: null,
	realisedStaffHours: null,
	...overrides
});

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
