import { describe, expect, it } from 'vitest';
import { baanafsprakenSnapshot } from './baanafspraken';
import { AVAILABLE_SECTIONS, SECTION_REGISTRY, correctionsBetween } from './registry';
import { compare } from './section';
import { GEMEENTE, partners, placement, report } from './test-fixtures';

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
		const period = { year: 2025, quarter: 1 as const };
		const before = report({
			baanafspraken: baanafsprakenSnapshot([placement({ persons: 2 })], [], period, partners, GEMEENTE)
		});
		const after = report({
			baanafspraken: baanafsprakenSnapshot([placement({ persons: 5 })], [], period, partners, GEMEENTE)
		});
		expect(correctionsBetween(before, before)).toEqual([]);
		expect(correctionsBetween(before, after).map((c) => [c.id, c.before, c.after])).toEqual([
			['ba_gemeente_persons', 2, 5],
			['ba_region_persons', 2, 5]
		]);
	});
});
