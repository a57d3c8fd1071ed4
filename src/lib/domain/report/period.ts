// The period a report covers: a quarter or a whole year, its reference date (peildatum) and the period before.
import type { Quarter } from '$lib/domain/periods';

/** A quarter of a year, or (quarter null) the whole year. */
export interface ReportPeriod {
	year: number;
	quarter: Quarter['quarter'] | null;
}

const PERIOD_PATTERN = /^(\d{4})(?:-K([1-4]))?$/;

/** "2025" is the year 2025, "2025-K3" its third quarter; anything else is null. */
export function parsePeriod(text: string | null | undefined): ReportPeriod | null {
	const match = PERIOD_PATTERN.exec(text?.trim() ?? '');
	if (!match) return null;
	const year = Number(match[1]);
	if (year < 2013 || year > 2100) return null;
	return { year, quarter: match[2] ? (Number(match[2]) as Quarter['quarter']) : null };
}

export function periodKey(period: ReportPeriod): string {
	return period.quarter === null ? String(period.year) : `${period.year}-K${period.quarter}`;
}

/** The last quarter the period covers. */
export function lastQuarterOf(period: ReportPeriod): Quarter['quarter'] {
	return period.quarter ?? 4;
}

export function periodQuarters(period: ReportPeriod): Quarter[] {
	const quarters = period.quarter === null ? ([1, 2, 3, 4] as const) : [period.quarter];
	return quarters.map((quarter) => ({ year: period.year, quarter }));
}

/** The period just before: the previous quarter, or the previous year. */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
	if (period.quarter === null) return { year: period.year - 1, quarter: null };
	return period.quarter === 1
		? { year: period.year - 1, quarter: 4 }
		: { year: period.year, quarter: (period.quarter - 1) as Quarter['quarter'] };
}

/** The reference date (peildatum): the last day of the period, as YYYY-MM-DD. */
export function referenceDate(period: ReportPeriod): string {
	const month = lastQuarterOf(period) * 3;
	const lastDay = new Date(Date.UTC(period.year, month, 0)).getUTCDate();
	return `${period.year}-${String(month).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}

/** A period can be reported on once it has begun. */
export function isReportablePeriod(period: ReportPeriod, today: Date): boolean {
	const start = new Date(period.year, period.quarter === null ? 0 : (period.quarter - 1) * 3, 1);
	return start.getTime() <= today.getTime();
}
export function inPeriod(item: Quarter, period: ReportPeriod): boolean {
	return item.year === period.year && (period.quarter === null || item.quarter === period.quarter);
}

/** The first day of the period, as YYYY-MM-DD. */
export function periodStart(period: ReportPeriod): string {
	const month = period.quarter === null ? 1 : (period.quarter - 1) * 3 + 1;
	return `${period.year}-${String(month).padStart(2, '0')}-01`;
}

/**
 * The periods a report can be made on, newest first: per year the whole year and its quarters that have begun
 * (up to the running one).
 */
export function reportablePeriods(years: readonly number[], current: Quarter): ReportPeriod[] {
	return years.flatMap((year) => [
		{ year, quarter: null },
		...([4, 3, 2, 1] as const)
			.filter((quarter) => year < current.year || quarter <= current.quarter)
			.map((quarter) => ({ year, quarter }))
	]);
}

/** The last complete quarter: what a council usually gets next. */
export function lastCompleteQuarter(current: Quarter): ReportPeriod {
	return previousPeriod(current);
}
