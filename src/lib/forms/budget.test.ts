import { describe, expect, it } from 'vitest';
import {
	amountText,
	commitmentEditSchemaFor,
	commitmentSchemaFor,
	hoursText,
	parseAmount,
	programmeActiveSchema,
	programmeEditSchema,
	programmeSchema,
	toCommitmentValues
} from './budget';

const TODAY = new Date(2026, 4, 15);
const PROGRAMME = 'c0000000-0000-4000-8000-000000000001';
const schema = commitmentSchemaFor(TODAY);

const valid = {
	programmeId: PROGRAMME,
	year: 2026,
	committedAmount: '12.500,00',
	committedStaffHours: '',
	realisedAmount: '',
	realisedStaffHours: '',
	note: ''
};

const errorsOf = (input: Record<string, unknown>) => {
	const result = schema.safeParse({ ...valid, ...input });
	return result.success
		? {}
		: Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('commitmentSchemaFor', () => {
	it('accepts a commitment without realisation and stores it the way the database wants it', () => {
		const parsed = schema.parse({ ...valid, note: '  Bijdrage WSP  ' });
		expect(toCommitmentValues(parsed)).toEqual({
			programmeId: PROGRAMME,
			year: 2026,
			committedAmount: 12500,
			committedStaffHours: null,
			realisedAmount: null,
			realisedStaffHours: null,
			note: 'Bijdrage WSP',
			through: null
		});
	});

	it.each([
		['1.234,56', 1234.56],
		['1234,5', 1234.5],
		['1234.56', 1234.56],
		['€ 1.234', 1234],
		['€1.234.567,89', 1234567.89],
		['0', 0],
		['999.999.999.999,99', 999_999_999_999.99]
	])('reads the amount %j as %s', (text, amount) => {
		expect(toCommitmentValues(schema.parse({ ...valid, committedAmount: text })).committedAmount).toBe(
			amount
		);
	});

	it.each([['-1'], ['12,345'], ['1.000.000.000.000'], ['abc'], [''], ['1,2,3'], ['12e3']])(
		'refuses the amount %j with a Dutch message next to the field',
		(text) => {
			expect(errorsOf({ committedAmount: text })).toEqual({
				committedAmount: expect.stringContaining('Vul het toegezegde bedrag in euro’s in')
			});
		}
	);

	it('records the realisation: amount and staff hours, optional', () => {
		const parsed = schema.parse({
			...valid,
			committedStaffHours: '40',
			realisedAmount: '11.980,25',
			realisedStaffHours: '37,5'
		});
		expect(toCommitmentValues(parsed)).toMatchObject({
			committedStaffHours: 40,
			realisedAmount: 11980.25,
			realisedStaffHours: 37.5
		});
		expect(errorsOf({ realisedAmount: '-5' })).toEqual({
			realisedAmount: expect.stringContaining('laat het leeg zolang het nog niet bekend is')
		});
	});

	it('takes staff hours from 0 up to 1.000.000', () => {
		expect(errorsOf({ committedStaffHours: '0', realisedStaffHours: '1.000.000' })).toEqual({});
		expect(errorsOf({ committedStaffHours: '1.000.000,01', realisedStaffHours: '-1' })).toEqual({
			committedStaffHours: expect.stringContaining('van 0 tot en met 1.000.000'),
			realisedStaffHours: expect.stringContaining('van 0 tot en met 1.000.000')
		});
		expect(errorsOf({ committedStaffHours: '2,555' })).toHaveProperty('committedStaffHours');
	});

	it('takes years from 2015 up to ten years ahead (multi-year agreements)', () => {
		expect(errorsOf({ year: 2015 })).toEqual({});
		expect(errorsOf({ year: 2036 })).toEqual({});
		for (const year of [2014, 2037, 2025.5, Number.NaN]) {
			expect(errorsOf({ year })).toEqual({ year: 'Kies een jaar vanaf 2015 tot en met 2036.' });
		}
	});

	it('takes "toegezegd t/m" as an empty choice or a year up to ten years ahead', () => {
		expect(errorsOf({ through: '' })).toEqual({});
		expect(errorsOf({ through: '2030' })).toEqual({});
		expect(toCommitmentValues(schema.parse({ ...valid, through: '2030' })).through).toBe(2030);
		const message =
			'Kies bij ‘Toegezegd t/m’ een jaar tot en met 2036, of laat het leeg voor alleen dit jaar.';
		for (const through of ['2037', '30', 'abc']) expect(errorsOf({ through })).toEqual({ through: message });
	});

	it('wants a programme and limits the note to 500 characters', () => {
		expect(errorsOf({ programmeId: '' })).toEqual({ programmeId: 'Kies een programma uit de lijst.' });
		expect(errorsOf({ note: 'x'.repeat(500) })).toEqual({});
		expect(errorsOf({ note: 'x'.repeat(501) })).toEqual({
			note: 'Gebruik maximaal 500 tekens voor de toelichting.'
		});
	});

	it('the edit form also carries the commitment and the version the editor started from', () => {
		const edit = commitmentEditSchemaFor(TODAY);
		expect(edit.safeParse(valid).success).toBe(false);
		expect(
			edit.safeParse({
				...valid,
				id: 'd0000000-0000-4000-8000-000000000001',
				version: '2026-05-01T10:00:00Z'
			}).success
		).toBe(true);
	});
});

describe('amounts and hours back into the form', () => {
	it('writes them so they read back the same', () => {
		expect(amountText(1234.5)).toBe('1234,50');
		expect(amountText(null)).toBe('');
		expect(hoursText(40)).toBe('40');
		expect(hoursText(37.5)).toBe('37,5');
		expect(hoursText(null)).toBe('');
		for (const value of [0, 0.1, 1234.56, 999_999_999_999.99])
			expect(parseAmount(amountText(value))).toBe(value);
	});
});

describe('programme forms', () => {
	it('wants a name of 2 to 150 characters and a description of at most 1000', () => {
		expect(programmeSchema.safeParse({ name: ' Loonwaardebepaling ' }).data).toEqual({
			name: 'Loonwaardebepaling',
			description: ''
		});
		expect(programmeSchema.safeParse({ name: 'x' }).error?.issues[0].message).toBe(
			'Vul een naam in van 2 tot en met 150 tekens.'
		);
		expect(programmeSchema.safeParse({ name: 'x'.repeat(151) }).success).toBe(false);
		expect(programmeSchema.safeParse({ name: 'Jobcoaching', description: 'x'.repeat(1001) }).success).toBe(
			false
		);
	});

	it('renaming and switching need the programme and the version seen', () => {
		expect(programmeEditSchema.safeParse({ name: 'Nieuwe naam' }).success).toBe(false);
		const id = 'c0000000-0000-4000-8000-000000000003';
		const version = '2026-12-05T05:43:20.123456+00:00';
		expect(programmeActiveSchema.parse({ id, version, active: 'false' })).toEqual({
			id,
			version,
			active: false
		});
		expect(programmeActiveSchema.safeParse({ id, version, active: 'misschien' }).success).toBe(false);
		// The version is the updated_at seen, a timestamp: anything else never reaches the database.
		expect(programmeActiveSchema.safeParse({ id, version: 'v1', active: 'false' }).success).toBe(false);
	});
});
