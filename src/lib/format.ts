import { getLocale } from '$lib/paraglide/runtime';

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

/** Jobs (banen) always with one decimal, rounded half away from zero as the counting rules do: "336,9". */
export function formatJobs(value: number): string {
	return numberFormat({
		minimumFractionDigits: 1,
		maximumFractionDigits: 1,
		roundingMode: 'halfExpand',
		signDisplay: 'negative'
	}).format(value);
}

/** A share (0.195) as a percentage with one decimal and a space: "19,5 %". */
export function formatPercent(share: number, decimals = 1): string {
	const number = numberFormat({
		minimumFractionDigits: decimals,
		maximumFractionDigits: decimals
	}).format(share * 100);
	return `${number} %`;
}
