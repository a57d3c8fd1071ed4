import { isCalendarDate } from './periods';
import { NULMETING, isQuarterEnd, quarterEnd, quarterOfIso } from './banenafspraak';

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

/**
 * The peildata an address may ask for on `today` (yyyy-mm-dd): from the nulmeting (31-12-2012, where every stand
 * starts at 0) up to the end of today's running quarter. Earlier has no stand; later has not come.
 */
export function peildatumRange(today: string): { first: string; last: string } {
	return { first: NULMETING, last: quarterEnd(quarterOfIso(today)) };
}

/** A peildatum: the last day of a quarter, yyyy-mm-dd, within peildatumRange(today). */
export function isPeildatum(value: string, today: string): boolean {
	const { first, last } = peildatumRange(today);
	return isCalendarDate(value) && isQuarterEnd(value) && value >= first && value <= last;
}
