import { describe, expect, it } from 'vitest';
import {
	chosenYear,
	compareQuarters,
	isEnterableQuarter,
	isPlanningYear,
	quarterLabel,
	quarterOf,
	selectableYears,
	uptoQuarter,
	yearFraction
} from './periods';

const today = new Date(2026, 10, 23);

describe('periods', () => {
	it('finds the quarter of a date', () => {
		expect(quarterOf(today)).toEqual({ year: 2026, quarter: 4 });
		expect(quarterOf(new Date(2026, 2, 31))).toEqual({ year: 2026, quarter: 1 });
	});
	it('orders quarters', () => {
		expect(compareQuarters({ year: 2025, quarter: 4 }, { year: 2026, quarter: 1 })).toBeLessThan(0);
		expect(compareQuarters({ year: 2026, quarter: 2 }, { year: 2026, quarter: 2 })).toBe(0);
	});
	it.each([
		[2015, 1, true],
		[2014, 4, false],
		[2026, 4, true],
		[2027, 1, false],
		[2026, 5, false],
		[2026.5, 1, false]
	])('year %s quarter %s enterable: %s', (year, quarter, expected) => {
		expect(isEnterableQuarter({ year, quarter } as never, today)).toBe(expected);
	});
	it('allows planning up to next year', () => {
		expect(isPlanningYear(2027, today)).toBe(true);
		expect(isPlanningYear(2028, today)).toBe(false);
		expect(isPlanningYear(2014, today)).toBe(false);
	});
	it('labels a quarter the Dutch way', () => {
		expect(quarterLabel({ year: 2026, quarter: 3 })).toBe('2026 K3');
	});
});

describe('yearFraction', () => {
	it('is 0 before, 1 after and proportional within the year', () => {
		expect(yearFraction(2026, new Date(2025, 11, 31))).toBe(0);
		expect(yearFraction(2025, new Date(2026, 0, 2))).toBe(1);
		expect(yearFraction(2026, new Date(2026, 6, 2, 12))).toBeCloseTo(0.5, 2);
	});
});

describe('choosing a year', () => {
	it('offers the running year and every year with figures, newest first, once each', () => {
		expect(selectableYears(2026, [2024, 2026, 2025, 2024])).toEqual([2026, 2025, 2024]);
		expect(selectableYears(2026, [])).toEqual([2026]);
	});

	it('takes the requested year only when it is offered, else the running year', () => {
		const years = [2026, 2025];
		expect(chosenYear(2025, years, 2026)).toBe(2025);
		expect(chosenYear(2019, years, 2026)).toBe(2026);
		expect(chosenYear(null, years, 2026)).toBe(2026);
	});

	it('counts the running year up to the running quarter, and other years whole', () => {
		const today = new Date(2026, 4, 15);
		expect(uptoQuarter(2026, today)).toBe(2);
		expect(uptoQuarter(2025, today)).toBe(4);
	});
});
