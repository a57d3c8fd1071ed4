import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import {
	formatCompactNumber,
	formatDate,
	formatDateTime,
	formatGoalValue,
	formatJobs,
	formatNumber,
	formatShare,
	formatTime,
	keepFiguresTogether
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

// Issue 16 item 7: "336,98 banen" on a goal next to "4.894,1 banen" on the tile; "1 regels geïmporteerd".
describe('one way to show jobs, and Dutch plurals', () => {
	it('a goal counted in banen reads as every jobs figure, one decimal; other units keep two', () => {
		expect(formatGoalValue(336.98, 'banen')).toBe('337,0');
		expect(formatGoalValue(336.98, 'banen')).toBe(formatJobs(336.98));
		expect(formatGoalValue(12, ' Banen ')).toBe('12,0');
		expect(formatGoalValue(336.98, 'personen')).toBe('336,98');
		expect(formatGoalValue(40, '%')).toBe('40');
	});
	it('counts take the singular for one and the plural otherwise', () => {
		expect(m.budget_import_done({ count: 1, partner: 'Gemeente Beek' })).toBe(
			'1 afspraak geïmporteerd voor Gemeente Beek.'
		);
		expect(m.budget_import_done({ count: 2, partner: 'Gemeente Beek' })).toBe(
			'2 afspraken geïmporteerd voor Gemeente Beek.'
		);
		expect(m.official_imported({ count: 1 })).toBe('1 UWV-stand geïmporteerd.');
		expect(m.official_imported({ count: 0 })).toBe('0 UWV-standen geïmporteerd.');
		expect(m.goals_tile_open({ count: 1 })).toBe('1 wacht op instemming');
		expect(m.goals_tile_open({ count: 3 })).toBe('3 wachten op instemming');
		expect(m.region_facts_partners({ count: 1 })).toBe('1 actieve partner');
		expect(m.region_facts_gemeenten({ count: 16 })).toBe('waarvan 16 gemeenten');
		expect(m.network_health_value_toezichthouders({ count: 1, names: 'UWV' })).toBe('1 toezichthouder: UWV');
		expect(m.network_survey_respondents({ count: 1 })).toBe('1 partner heeft geantwoord.');
		expect(m.network_survey_respondents({ count: 3 })).toBe('3 partners hebben geantwoord.');
		expect(m.network_survey_own_answered({ count: 1, partner: 'Gemeente Beek' })).toBe(
			'Gemeente Beek heeft geantwoord (1 partner beoordeeld).'
		);
	});
});

describe('figures that stay whole where text wraps', () => {
	it('joins "€" and "%" to their figure with a no-break space, and leaves other spaces alone', () => {
		expect(keepFiguresTogether('Heerlen −38,3 % (2025 → 2026: € 47.700 → € 29.430)')).toBe(
			'Heerlen −38,3\u00a0% (2025 → 2026: €\u00a047.700 → €\u00a029.430)'
		);
		expect(keepFiguresTogether('€ −1.200 en 5 % en € nog niet')).toBe(
			'€\u00a0−1.200 en 5\u00a0% en € nog niet'
		);
	});
});
