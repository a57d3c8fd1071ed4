import { describe, expect, it } from 'vitest';
import { formatJobs, formatPercent } from './format';

describe('numbers as the brief writes them', () => {
	it('jobs always with one decimal, half away from zero, never "-0,0"', () => {
		expect(formatJobs(336.98)).toBe('337,0');
		expect(formatJobs(4894.05)).toBe('4.894,1');
		expect(formatJobs(12)).toBe('12,0');
		expect(formatJobs(-23.45)).toBe('-23,5');
		expect(formatJobs(-0.04)).toBe('0,0');
	});

	it('percentages with one decimal and a space', () => {
		expect(formatPercent(0.195)).toBe('19,5 %');
		expect(formatPercent(0.38, 0)).toBe('38 %');
	});
});
