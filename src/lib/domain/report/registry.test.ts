import { describe, expect, it } from 'vitest';
import { AVAILABLE_SECTIONS, SECTION_REGISTRY, correctionsBetween } from './registry';
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
