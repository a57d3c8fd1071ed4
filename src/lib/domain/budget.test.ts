import { describe, expect, it } from 'vitest';
import { budgetTotals, committedByYear, realisationRate, stabilityOf, type CommitmentFigure } from './budget';

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
