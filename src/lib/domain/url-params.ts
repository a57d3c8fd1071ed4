import { isCalendarDate } from './periods';

export { isCalendarDate };

// What a value in a page's address (a query parameter) may be. Pure checks; src/lib/server/params.ts turns a
// value that fails them into a 400 with a Dutch message, so a bad address never reaches the database.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const WHOLE_NUMBER = /^\d{1,4}$/;

/** The years the database accepts for figures (check constraints: 2013–2100). */
export const YEAR_RANGE = { min: 2013, max: 2100 } as const;

export function isUuid(value: string): boolean {
	return UUID.test(value);
}

/** A year as the figures use it, or null. */
export function parseYear(value: string): number | null {
	if (!WHOLE_NUMBER.test(value)) return null;
	const year = Number(value);
	return year >= YEAR_RANGE.min && year <= YEAR_RANGE.max ? year : null;
}

/** A quarter 1–4, or null. */
export function parseQuarter(value: string): 1 | 2 | 3 | 4 | null {
	return /^[1-4]$/.test(value) ? (Number(value) as 1 | 2 | 3 | 4) : null;
}
