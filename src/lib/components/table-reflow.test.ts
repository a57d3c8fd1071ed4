import { describe, expect, it } from 'vitest';
import { isFigure } from './table-reflow';

describe('isFigure: cells that hold one figure and must not wrap', () => {
	it.each([
		'€ 1.234.567',
		'€\u00a029.430',
		'4.560,0',
		'−38,3 %',
		'+5,7',
		'2027',
		'92 %',
		'1.626,5 banen',
		' 12 '
	])('%j is a figure', (text) => expect(isFigure(text)).toBe(true));
	it.each([
		'nog niet',
		'–',
		'',
		'Eijsden-Margraten',
		'2030 nog niet over de verkiezingen van maart 2030 heen',
		'Zwak Regionale jobcoachpool −38,3 %',
		'K3 2026',
		'1-1-2018'
	])('%j is text', (text) => expect(isFigure(text)).toBe(false));
});
