import { describe, expect, it } from 'vitest';
import { hasAtMostDecimals, parseDutchNumber } from './numbers';

describe('parseDutchNumber', () => {
	it.each([
		['12,5', 12.5],
		['1.234,50', 1234.5],
		['1234.5', 1234.5],
		['1 234', 1234],
		['0', 0],
		['-3', -3],
		[' 7 ', 7]
	])('reads %j as %s', (input, expected) => {
		expect(parseDutchNumber(input)).toBe(expected);
	});
	it.each([[''], ['abc'], ['1,2,3'], ['12e3'], ['1.2.3,4,5'], ['€ 5']])('refuses %j', (input) => {
		expect(parseDutchNumber(input)).toBeNaN();
	});
});

describe('hasAtMostDecimals', () => {
	it('accepts cents and refuses fractions of cents', () => {
		expect(hasAtMostDecimals(12.34, 2)).toBe(true);
		expect(hasAtMostDecimals(0.1 + 0.2, 2)).toBe(true);
		expect(hasAtMostDecimals(12.345, 2)).toBe(false);
		expect(hasAtMostDecimals(Number.NaN, 2)).toBe(false);
	});
});
