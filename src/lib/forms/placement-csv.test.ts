import { describe, expect, it } from 'vitest';
import { PLACEMENT_CSV_COLUMNS, PLACEMENT_CSV_EXAMPLE, validatePlacementCsv } from './placement-csv';
import { toCsv, MAX_CSV_ROWS } from './csv-import';
import { toPlacementValues } from './placement';

const header = PLACEMENT_CSV_COLUMNS.join(';');

describe('validatePlacementCsv', () => {
	it('accepts the template it offers for download', () => {
		const result = validatePlacementCsv(toCsv(PLACEMENT_CSV_COLUMNS, PLACEMENT_CSV_EXAMPLE));
		expect(result.ok).toBe(true);
		if (result.ok) {
			expect(result.rows.map(toPlacementValues)).toEqual([
				{
					year: 2026,
					quarter: 3,
					sector: 'markt',
					persons: 2,
					hoursPerWeek: 40.5,
					employerName: 'Voorbeeld B.V.',
					instrument: 'jobcoaching',
					note: null
				}
			]);
		}
	});

	it('reads commas, Excel headers in capitals and instrument spelling variants', () => {
		const result = validatePlacementCsv(
			`JAAR,Kwartaal,sector,personen,uren_per_week,werkgever,instrument,toelichting\n2025,1,Overheid,1,"12,75",,No Risk Polis,`
		);
		expect(result.ok && result.rows[0]).toMatchObject({
			sector: 'overheid',
			instrument: 'no_risk_polis',
			hoursPerWeek: '12,75'
		});
	});

	it('lists every bad row with line, column and a Dutch message, and imports nothing', () => {
		const result = validatePlacementCsv(
			[
				header,
				'2025;1;markt;2;40;;;',
				'2025;5;markt;-1;40;;;',
				'2014;1;zorg;1;2001;;foo;',
				'2099;1;markt;1;10;;;'
			].join('\n')
		);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.fileError).toBeNull();
			expect(result.rowErrors.map((e) => `${e.line}:${e.column}`)).toEqual([
				'3:kwartaal',
				'3:personen',
				'4:jaar',
				'4:sector',
				'4:uren_per_week',
				'4:instrument',
				'5:jaar'
			]);
			expect(result.rowErrors[1].message).toBe(
				'Vul een heel aantal personen in, 0 of meer (maximaal 10.000).'
			);
		}
	});

	it('refuses a quarter that has not begun, and accepts the running one', () => {
		const today = new Date(2026, 4, 15);
		const future = validatePlacementCsv(`${header}\n2026;3;markt;1;10;;;`, today);
		expect(!future.ok && future.rowErrors).toEqual([
			{ line: 2, column: 'kwartaal', message: expect.stringContaining('nog niet begonnen') }
		]);
		expect(validatePlacementCsv(`${header}\n2026;2;markt;1;10;;;`, today).ok).toBe(true);
	});

	it.each([
		['', 'Het bestand is leeg of bevat alleen een kopregel.'],
		[header, 'Het bestand is leeg of bevat alleen een kopregel.'],
		['naam;waarde\nx;1', 'De kolommen kloppen niet.'],
		['\u0000\u0001binary', 'Dit is geen CSV-bestand']
	])('refuses the whole file %#', (text, message) => {
		const result = validatePlacementCsv(text);
		expect(!result.ok && result.fileError).toContain(message);
	});

	it('refuses more rows than the limit', () => {
		const rows = Array.from({ length: MAX_CSV_ROWS + 1 }, () => '2025;1;markt;1;10;;;');
		const result = validatePlacementCsv([header, ...rows].join('\n'));
		expect(!result.ok && result.fileError).toContain('meer dan 2000 regels');
	});
});
