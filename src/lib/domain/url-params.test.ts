import { describe, expect, it } from 'vitest';
import { isCalendarDate, isPeildatum, isUuid, parseQuarter, parseYear, peildatumRange } from './url-params';

describe('isCalendarDate', () => {
	it('accepts dates that exist, leap days included', () => {
		for (const date of ['2026-01-01', '2026-12-31', '2024-02-29', '2000-02-29'])
			expect(isCalendarDate(date)).toBe(true);
	});
	it('refuses dates that do not exist and anything that is not yyyy-mm-dd', () => {
		for (const date of [
			'2026-02-30',
			'2025-02-29',
			'1900-02-29',
			'2026-13-01',
			'2026-00-10',
			'2026-04-31',
			'2026-1-1',
			'20260101',
			'2026-01-01T00:00',
			'x',
			'',
			'0000-01-01'
		])
			expect(isCalendarDate(date), date).toBe(false);
	});
});

describe('isUuid', () => {
	it('accepts a uuid in either case and refuses anything else', () => {
		expect(isUuid('b0000000-0000-4000-8000-000000000001')).toBe(true);
		expect(isUuid('B0000000-0000-4000-8000-00000000000A')).toBe(true);
		for (const value of [
			'',
			'b0000000',
			"b0000000-0000-4000-8000-000000000001' or 1=1",
			'g0000000-0000-4000-8000-000000000001'
		])
			expect(isUuid(value), value).toBe(false);
	});
});

describe('parseYear and parseQuarter', () => {
	it('take the years the database accepts and quarters 1 to 4', () => {
		expect(parseYear('2026')).toBe(2026);
		expect(parseYear('2013')).toBe(2013);
		expect(parseYear('2100')).toBe(2100);
		for (const value of ['2012', '2101', '20x6', '2026.5', '-2026', '1e3', ' 2026', ''])
			expect(parseYear(value), value).toBeNull();
		expect(parseQuarter('3')).toBe(3);
		for (const value of ['0', '5', '1.0', 'K1', '']) expect(parseQuarter(value), value).toBeNull();
	});
});

describe('isPeildatum', () => {
	const today = '2026-12-05';
	it('accepts a quarter end from the nulmeting up to the end of the running quarter', () => {
		expect(peildatumRange(today)).toEqual({ first: '2012-12-31', last: '2026-12-31' });
		for (const date of ['2012-12-31', '2013-03-31', '2024-06-30', '2025-09-30', '2026-09-30', '2026-12-31'])
			expect(isPeildatum(date, today), date).toBe(true);
		expect(isPeildatum('2027-03-31', '2027-01-01')).toBe(true);
	});
	it('refuses a date before the nulmeting, after the running quarter, or not a quarter end', () => {
		for (const date of [
			'1900-03-31',
			'1900-12-31',
			'2012-09-30',
			'2011-12-31',
			'2027-03-31',
			'2100-12-31',
			'2025-05-15',
			'2025-06-31',
			'2026-12-30',
			'abc',
			''
		])
			expect(isPeildatum(date, today), date).toBe(false);
	});
});
