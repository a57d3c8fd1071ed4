import { getLocale } from '$lib/paraglide/runtime';

const TIME_ZONE = 'Europe/Amsterdam';

function localeTag(): string {
	return getLocale() === 'en' ? 'en-GB' : 'nl-NL';
}

export function formatDate(iso: string): string {
	return new Intl.DateTimeFormat(localeTag(), { dateStyle: 'medium', timeZone: TIME_ZONE }).format(
		new Date(iso)
	);
}

export function formatDateTime(iso: string): string {
	return new Intl.DateTimeFormat(localeTag(), {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone: TIME_ZONE
	}).format(new Date(iso));
}

export function formatTime(iso: string): string {
	return new Intl.DateTimeFormat(localeTag(), { timeStyle: 'short', timeZone: TIME_ZONE }).format(
		new Date(iso)
	);
}

export function formatNumber(value: number, maximumFractionDigits = 0): string {
	return new Intl.NumberFormat(localeTag(), { maximumFractionDigits }).format(value);
}

/** Short amounts for tiles: "2,03 mln" rather than "2.030.515"; small amounts stay exact. */
export function formatCompactNumber(value: number): string {
	return new Intl.NumberFormat(localeTag(), {
		notation: 'compact',
		compactDisplay: 'short',
		maximumFractionDigits: Math.abs(value) >= 1_000_000 ? 2 : 0
	}).format(value);
}

/** Jobs (banen) always with one decimal, rounded half away from zero as the counting rules do: "336,9". */
export function formatJobs(value: number): string {
	return new Intl.NumberFormat(localeTag(), {
		minimumFractionDigits: 1,
		maximumFractionDigits: 1,
		roundingMode: 'halfExpand',
		signDisplay: 'negative'
	} as Intl.NumberFormatOptions).format(value);
}

/** A share (0.195) as a percentage with one decimal and a space: "19,5 %". */
export function formatPercent(share: number, decimals = 1): string {
	const number = new Intl.NumberFormat(localeTag(), {
		minimumFractionDigits: decimals,
		maximumFractionDigits: decimals
	}).format(share * 100);
	return `${number} %`;
}
