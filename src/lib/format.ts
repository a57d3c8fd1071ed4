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
