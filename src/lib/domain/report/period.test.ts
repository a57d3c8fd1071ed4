import { describe, expect, it } from 'vitest';
import {
	isReportablePeriod,
	lastCompleteQuarter,
	parsePeriod,
	periodKey,
	periodStart,
	previousPeriod,
	referenceDate,
	reportablePeriods
} from './period';

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

	it('dates a period from its first day', () => {
		expect(periodStart({ year: 2026, quarter: 3 })).toBe('2026-07-01');
		expect(periodStart({ year: 2026, quarter: null })).toBe('2026-01-01');
	});

	it('offers each year whole and its quarters that have begun, newest first', () => {
		const keys = reportablePeriods([2026, 2025], { year: 2026, quarter: 2 }).map(periodKey);
		expect(keys).toEqual(['2026', '2026-K2', '2026-K1', '2025', '2025-K4', '2025-K3', '2025-K2', '2025-K1']);
	});

	it('proposes the last complete quarter, across the turn of the year', () => {
		expect(lastCompleteQuarter({ year: 2026, quarter: 3 })).toEqual({ year: 2026, quarter: 2 });
		expect(lastCompleteQuarter({ year: 2026, quarter: 1 })).toEqual({ year: 2025, quarter: 4 });
	});
});
