import { getLocale } from '$lib/paraglide/runtime';
import { roundJobs } from '$lib/domain/banenafspraak';

const TIME_ZONE = 'Europe/Amsterdam';

function localeTag(): string {
	return getLocale() === 'en' ? 'en-GB' : 'nl-NL';
}

/**
 * One Intl formatter per locale and options, made once: constructing one costs far more than formatting with
 * it (a server render of the region overview formats a few hundred dates and numbers).
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function dateTimeFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const locale = localeTag();
	const key = `d|${locale}|${JSON.stringify(options)}`;
	let formatter = formatters.get(key) as Intl.DateTimeFormat | undefined;
	if (!formatter) {
		formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: TIME_ZONE });
		formatters.set(key, formatter);
	}
	return formatter;
}

function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const locale = localeTag();
	const key = `n|${locale}|${JSON.stringify(options)}`;
	let formatter = formatters.get(key) as Intl.NumberFormat | undefined;
	if (!formatter) {
		formatter = new Intl.NumberFormat(locale, options);
		formatters.set(key, formatter);
	}
	return formatter;
}

export function formatDate(iso: string): string {
	return dateTimeFormat({ dateStyle: 'medium' }).format(new Date(iso));
}

export function formatDateTime(iso: string): string {
	return dateTimeFormat({ dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatTime(iso: string): string {
	return dateTimeFormat({ timeStyle: 'short' }).format(new Date(iso));
}

export function formatNumber(value: number, maximumFractionDigits = 0): string {
	return numberFormat({ maximumFractionDigits }).format(value);
}

/** Short amounts for tiles: "2,03 mln" rather than "2.030.515"; small amounts stay exact. */
export function formatCompactNumber(value: number): string {
	return numberFormat({
		notation: 'compact',
		compactDisplay: 'short',
		maximumFractionDigits: Math.abs(value) >= 1_000_000 ? 2 : 0
	}).format(value);
}

/**
 * Counted jobs as every screen shows them: always one decimal ("4.894,1", "1,0"), rounded half away from zero
 * (roundJobs), so the same value reads the same on every page, tile and report.
 */
export function formatJobs(value: number): string {
	return numberFormat({ minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(roundJobs(value));
}

/**
 * A goal's value in its own unit: jobs ("banen") as every other jobs figure (formatJobs, one decimal), any other
 * unit with up to two decimals as the database stores it.
 */
export function formatGoalValue(value: number, unit: string): string {
	return /^\s*banen\s*$/i.test(unit) ? formatJobs(value) : formatNumber(value, 2);
}

/** A calendar date given as yyyy-mm-dd, in words: "30 september 2026" (no time zone shifts it). */
export function formatIsoDate(iso: string): string {
	return new Intl.DateTimeFormat(localeTag(), { dateStyle: 'long', timeZone: 'UTC' }).format(
		new Date(`${iso.slice(0, 10)}T00:00:00Z`)
	);
}

/** A share (0..1) as a percentage with one decimal and a space: "19,5 %". */
export function formatShare(fraction: number): string {
	const value = numberFormat({ minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(fraction * 100);
	return `${value} %`;
}

/** A quarter as the sector writes it: "K3 2026". */
export function formatQuarter(period: { year: number; quarter: number }): string {
	return `K${period.quarter} ${period.year}`;
}

/** A change in jobs with its sign: "+5,7", "−37,1", "0,0" (the sign of the rounded value). */
export function formatSignedJobs(value: number): string {
	const rounded = roundJobs(value);
	return rounded > 0 ? `+${formatJobs(rounded)}` : rounded < 0 ? `−${formatJobs(-rounded)}` : formatJobs(0);
}

/** A ratio of two shares, always with two decimals: "0,89", "1,00". */
export function formatRatio(value: number): string {
	return numberFormat({ minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

/** A calendar date given as yyyy-mm-dd, short for tables: "27 jan 2025". */
export function formatIsoDateShort(iso: string): string {
	return new Intl.DateTimeFormat(localeTag(), { dateStyle: 'medium', timeZone: 'UTC' }).format(
		new Date(`${iso.slice(0, 10)}T00:00:00Z`)
	);
}

/**
 * Text for the screen whose figures stay whole where it wraps: a no-break space after "€" and before "%"
 * ("€ 47.700", "38,3 %"). Only for display; exports and stored texts keep ordinary spaces.
 */
export function keepFiguresTogether(text: string): string {
	return text.replace(/€ (?=[−+-]?\d)/g, '€\u00a0').replace(/(\d) %/g, '$1\u00a0%');
}
