import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import {
	formatCompactNumber,
	formatDate,
	formatDateTime,
	formatJobs,
	formatNumber,
	formatShare,
	formatTime
} from './format';

const zone = { timeZone: 'Europe/Amsterdam' } as const;

describe('format (Intl formatters reused per locale and options)', () => {
	const requestLocale = getLocale;
	afterEach(() => overwriteGetLocale(requestLocale));

	it('formats as a new formatter would, in Dutch and after switching to English', () => {
		const iso = '2026-03-29T01:30:00Z';
		for (const [locale, tag] of [
			['nl', 'nl-NL'],
			['en', 'en-GB'],
			['nl', 'nl-NL']
		] as const) {
			overwriteGetLocale(() => locale);
			expect(formatDate(iso)).toBe(
				new Intl.DateTimeFormat(tag, { dateStyle: 'medium', ...zone }).format(new Date(iso))
			);
			expect(formatDateTime(iso)).toBe(
				new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', ...zone }).format(
					new Date(iso)
				)
			);
			expect(formatTime(iso)).toBe(
				new Intl.DateTimeFormat(tag, { timeStyle: 'short', ...zone }).format(new Date(iso))
			);
			expect(formatNumber(1234.567)).toBe(
				new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }).format(1234.567)
			);
			expect(formatNumber(1234.567, 2)).toBe(
				new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }).format(1234.567)
			);
		}
	});

	it('keeps compact amounts exact below a million and two decimals above', () => {
		overwriteGetLocale(() => 'nl');
		expect(formatCompactNumber(2_030_515)).toMatch(/^2,03\s+mln\.$/);
		expect(formatCompactNumber(950)).toBe('950');
	});
});

describe('numbers as the brief writes them', () => {
	it('jobs always with one decimal, half away from zero, never "-0,0"', () => {
		expect(formatJobs(336.98)).toBe('337,0');
		expect(formatJobs(4894.05)).toBe('4.894,1');
		expect(formatJobs(12)).toBe('12,0');
		expect(formatJobs(-23.45)).toBe('-23,5');
		expect(formatJobs(-0.04)).toBe('0,0');
	});

	it('percentages with one decimal and a space', () => {
		expect(formatShare(0.195)).toBe('19,5 %');
		expect(formatShare(0.38)).toBe('38,0 %');
	});
});
