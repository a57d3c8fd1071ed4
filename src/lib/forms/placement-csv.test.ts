import { describe, expect, it } from 'vitest';
import {
	PLACEMENT_CSV_COLUMNS,
	PLACEMENT_CSV_EXAMPLE,
	isoDateOf,
	validatePlacementCsv
} from './placement-csv';
import { toCsv, MAX_CSV_ROWS } from './csv-import';
import { toPlacementValues } from './placement';

const header = PLACEMENT_CSV_COLUMNS.join(';');
const GEMEENTEN = [
	{ code: 'GM0935', name: 'Maastricht' },
	{ code: 'GM0917', name: 'Heerlen' },
	{ code: 'GM0951', name: 'Nuth' }
];
const TODAY = new Date(2026, 11, 5);
const validate = (text: string) => validatePlacementCsv(text, GEMEENTEN, TODAY);
const line = (values: Partial<Record<(typeof PLACEMENT_CSV_COLUMNS)[number], string>>) =>
	PLACEMENT_CSV_COLUMNS.map((column) =>
		column in values
			? values[column]
			: {
					kandidaatnummer: 'ZL-000001',
					klantgroep: 'gemeente',
					woongemeente: 'GM0935',
					doelgroepregister: 'ja',
					werkgever: 'Bakkerij Heuvelland',
					kvk_nummer: '',
					dienstverband: 'regulier',
					sector: 'markt',
					startdatum: '2026-08-03',
					einddatum: '',
					uren_per_week: '24',
					uren_gecontroleerd: 'nee',
					instrument: '',
					toelichting: ''
				}[column]
	).join(';');

describe('validatePlacementCsv: one row per plaatsing', () => {
	it('accepts the template it offers for download', () => {
		const result = validate(toCsv(PLACEMENT_CSV_COLUMNS, PLACEMENT_CSV_EXAMPLE));
		expect(result.ok).toBe(true);
		if (result.ok) {
			expect(result.rows.map(toPlacementValues)).toEqual([
				{
					personKey: 'ZL-000123',
					klantgroep: 'gemeente',
					woongemeente: 'GM0935',
					inDoelgroepregister: true,
					employerName: 'Voorbeeld B.V.',
					employerKvk: null,
					dienstverband: 'regulier',
					sector: 'markt',
					startDate: '2026-08-03',
					endDate: null,
					hoursPerWeek: 24,
					hoursChecked: false,
					mediatedBy: null,
					instrument: 'jobcoaching',
					note: null
				}
			]);
		}
	});

	it('reads names of gemeenten, Dutch dates, ja/nee and an unknown sector for a detachering', () => {
		const result = validate(
			[
				header,
				line({
					woongemeente: 'Gemeente Heerlen',
					startdatum: '3-8-2026',
					einddatum: '31-10-2026',
					doelgroepregister: 'Nee',
					dienstverband: 'detachering',
					sector: 'onbekend',
					uren_per_week: '12,5',
					kandidaatnummer: 'zl 000002'
				})
			].join('\n')
		);
		expect(result.ok && toPlacementValues(result.rows[0])).toMatchObject({
			personKey: 'ZL000002',
			woongemeente: 'GM0917',
			inDoelgroepregister: false,
			dienstverband: 'detachering',
			sector: null,
			startDate: '2026-08-03',
			endDate: '2026-10-31',
			hoursPerWeek: 12.5
		});
	});

	it('lists every implausible row with line, column and a Dutch message, and imports nothing', () => {
		const result = validate(
			[
				header,
				line({}),
				line({ uren_per_week: '0' }),
				line({ uren_per_week: '48,1' }),
				line({ uren_per_week: '41' }),
				line({ kandidaatnummer: '123456782' }),
				line({ woongemeente: 'GM9999' }),
				line({ doelgroepregister: '' }),
				line({ startdatum: '2027-01-04' }),
				line({ einddatum: '2026-07-01' }),
				line({ sector: 'onbekend' }),
				line({ kvk_nummer: '1234' })
			].join('\n')
		);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.rowErrors.map((e) => `${e.line}:${e.column}`)).toEqual([
				'3:uren_per_week',
				'4:uren_per_week',
				'5:uren_gecontroleerd',
				'6:kandidaatnummer',
				'7:woongemeente',
				'8:doelgroepregister',
				'9:startdatum',
				'10:einddatum',
				'11:sector',
				'12:kvk_nummer'
			]);
			expect(result.rowErrors[0].message).toContain('meer dan 0 en hoogstens 48');
			expect(result.rowErrors[3].message).toContain('BSN');
		}
	});

	it('accepts 48 hours, and 41 when the hours were checked', () => {
		expect(validate([header, line({ uren_per_week: '48' })].join('\n')).ok).toBe(false);
		expect(validate([header, line({ uren_per_week: '48', uren_gecontroleerd: 'ja' })].join('\n')).ok).toBe(
			true
		);
		expect(validate([header, line({ uren_per_week: '41', uren_gecontroleerd: 'ja' })].join('\n')).ok).toBe(
			true
		);
		expect(validate([header, line({ uren_per_week: '40' })].join('\n')).ok).toBe(true);
	});

	it.each([
		['', 'Het bestand is leeg of bevat alleen een kopregel.'],
		[header, 'Het bestand is leeg of bevat alleen een kopregel.'],
		['naam;waarde\nx;1', 'De kolommen kloppen niet.'],
		['\u0000\u0001binary', 'Dit is geen CSV-bestand']
	])('refuses the whole file %#', (text, message) => {
		const result = validate(text);
		expect(!result.ok && result.fileError).toContain(message);
	});

	it('refuses more rows than the limit', () => {
		const rows = Array.from({ length: MAX_CSV_ROWS + 1 }, () => line({}));
		const result = validate([header, ...rows].join('\n'));
		expect(!result.ok && result.fileError).toContain('meer dan 2000 regels');
	});

	it('reads Dutch and ISO dates', () => {
		expect(isoDateOf('3-8-2026')).toBe('2026-08-03');
		expect(isoDateOf('03/08/2026')).toBe('2026-08-03');
		expect(isoDateOf('2026-08-03')).toBe('2026-08-03');
		expect(isoDateOf(' ')).toBe('');
	});
});
