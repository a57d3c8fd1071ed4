import { describe, expect, it } from 'vitest';
import {
	AVAILABLE_SECTIONS,
	SECTION_REGISTRY,
	correctionsBetween,
	keyFigureNumber,
	keyFigureSheet,
	keyFiguresOf
} from './registry';
import { compare } from './section';
import { GEMEENTE, banenafspraak, report, standingRow } from './test-fixtures';

describe('section registry', () => {
	it('has every section, all of them available', () => {
		expect(AVAILABLE_SECTIONS).toEqual(['baanafspraken', 'budgetten', 'doelen', 'netwerk', 'overleggen']);
		expect(Object.values(SECTION_REGISTRY).every((definition) => definition.available)).toBe(true);
	});
});

describe('comparisons and corrections', () => {
	it('compares with a reference, without a ratio against zero', () => {
		expect(compare(12, 10)).toEqual({ difference: 2, ratio: expect.closeTo(0.2) });
		expect(compare(3, 0)).toEqual({ difference: 3, ratio: null });
		expect(compare(3, null)).toBeNull();
	});

	it('lists the key figures a newer version corrected, and nothing for the same figures', () => {
		const before = report({ baanafspraken: banenafspraak({ gemeente: GEMEENTE }) });
		const after = report({
			baanafspraken: banenafspraak({
				gemeente: GEMEENTE,
				standing: [
					standingRow({ sector: 'totaal', official: 200, target: 200, registered: 41 }),
					standingRow({ sector: 'markt' }),
					standingRow({ sector: 'overheid' })
				]
			})
		});
		expect(correctionsBetween(before, before)).toEqual([]);
		expect(correctionsBetween(before, after).map((c) => [c.id, c.before, c.after])).toEqual([
			['ba_registered', 40, 41]
		]);
	});
});

describe('the key-figure sheet of an export', () => {
	it('rounds as the report shows: jobs and scores to one decimal, shares as a percentage, the rest whole', () => {
		expect(keyFigureNumber(1626.4901960784314, 'jobs')).toBe(1626.5);
		expect(keyFigureNumber(0.25347, 'share')).toBe(25.3);
		expect(keyFigureNumber(3.456, 'score')).toBe(3.5);
		expect(keyFigureNumber(1234567.6, 'euro')).toBe(1234568);
		expect(keyFigureNumber(null, 'jobs')).toBeNull();
	});

	it('names every figure, section and unit in the reader’s words, never by internal id', () => {
		const snapshot = report({ baanafspraken: banenafspraak() });
		const sheet = keyFigureSheet(snapshot, {
			columns: ['Onderdeel', 'Kerncijfer', 'Waarde', 'Eenheid', 'Doel', 'Vorige periode'],
			section: (id) => `sectie ${id}`,
			figure: (figure) => `label ${figure.id}`,
			unit: (unit) => `eenheid ${unit}`
		});
		const figures = keyFiguresOf(snapshot);
		expect(sheet.rows).toHaveLength(figures.length);
		expect(sheet.rows[0]).toEqual([
			`sectie ${figures[0].section}`,
			`label ${figures[0].id}`,
			keyFigureNumber(figures[0].value, figures[0].unit),
			`eenheid ${figures[0].unit}`,
			keyFigureNumber(figures[0].target, figures[0].unit),
			keyFigureNumber(figures[0].previous, figures[0].unit)
		]);
	});
});
