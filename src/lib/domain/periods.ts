const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A yyyy-mm-dd date that exists in the calendar (2026-02-30 does not; JavaScript's Date would roll it over). */
export function isCalendarDate(value: string): boolean {
	const match = ISO_DATE.exec(value);
	if (!match) return false;
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (year < 1 || month < 1 || month > 12 || day < 1) return false;
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A calendar quarter. */
export interface Quarter {
	year: number;
	quarter: 1 | 2 | 3 | 4;
}

/** The first year the baanafspraken were counted from (Sociaal Akkoord 2013, counting from 2015 on). */
export const FIRST_FIGURES_YEAR = 2015;

export function quarterOf(date: Date): Quarter {
	return { year: date.getFullYear(), quarter: (Math.floor(date.getMonth() / 3) + 1) as Quarter['quarter'] };
}

export function compareQuarters(a: Quarter, b: Quarter): number {
	return a.year - b.year || a.quarter - b.quarter;
}

export function isQuarterNumber(value: number): value is Quarter['quarter'] {
	return Number.isInteger(value) && value >= 1 && value <= 4;
}

/**
 * Figures can be entered for quarters from FIRST_FIGURES_YEAR up to and including the running quarter:
 * not for a quarter that has not begun.
 */
export function isEnterableQuarter(period: Quarter, today: Date): boolean {
	if (!Number.isInteger(period.year) || !isQuarterNumber(period.quarter)) return false;
	if (period.year < FIRST_FIGURES_YEAR) return false;
	return compareQuarters(period, quarterOf(today)) <= 0;
}

/** Years that can be chosen for yearly figures (targets, budgets): from the first year to next year. */
export function isPlanningYear(year: number, today: Date): boolean {
	return Number.isInteger(year) && year >= FIRST_FIGURES_YEAR && year <= today.getFullYear() + 1;
}

export function quarterLabel(period: Quarter): string {
	return `${period.year} K${period.quarter}`;
}

/** How much of `year` has passed on `date`: 0 before it, 1 after it, in between by days. */
export function yearFraction(year: number, date: Date): number {
	const start = new Date(year, 0, 1).getTime();
	const end = new Date(year + 1, 0, 1).getTime();
	return Math.min(1, Math.max(0, (date.getTime() - start) / (end - start)));
}

/** The years a page offers to choose: the running year and every year with figures, newest first. */
export function selectableYears(currentYear: number, yearsWithFigures: readonly number[]): number[] {
	return [...new Set([currentYear, ...yearsWithFigures])].sort((a, b) => b - a);
}

/** The year asked for (a checked URL parameter) when it is one of the offered years, else the running year. */
export function chosenYear(requested: number | null, years: readonly number[], currentYear: number): number {
	return requested !== null && years.includes(requested) ? requested : currentYear;
}

/** The quarter a year's figures run up to on `today`: the running quarter in the running year, else the fourth. */
export function uptoQuarter(year: number, today: Date): Quarter['quarter'] {
	const current = quarterOf(today);
	return year === current.year ? current.quarter : 4;
}
