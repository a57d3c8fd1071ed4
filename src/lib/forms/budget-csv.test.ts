import { describe, expect, it } from 'vitest';
import {
	BUDGET_CSV_COLUMNS,
	budgetCsvExample,
	commitmentKey,
	programmeKey,
	validateBudgetCsv,
	type ProgrammeRef
} from './budget-csv';
import { toCommitmentValues } from './budget';
import { MAX_CSV_ROWS, toCsv } from './csv-import';

const TODAY = new Date(2026, 4, 15);
const WSP = 'c0000000-0000-4000-8000-000000000001';
const LWB = 'c0000000-0000-4000-8000-000000000002';
const OLD = 'c0000000-0000-4000-8000-000000000009';
const PROGRAMMES: ProgrammeRef[] = [
	{ id: WSP, name: 'Werkgeversservicepunt Zuid-Limburg', active: true },
	{ id: LWB, name: 'Loonwaardebepaling', active: true },
	{ id: OLD, name: 'Oud project', active: false }
];
const header = BUDGET_CSV_COLUMNS.join(';');
const validate = (text: string, existing?: Set<string>) =>
	validateBudgetCsv(text, PROGRAMMES, { today: TODAY, existing });

describe('validateBudgetCsv', () => {
	it('accepts the template it offers for download', () => {
		const result = validate(toCsv(BUDGET_CSV_COLUMNS, budgetCsvExample(PROGRAMMES, 2026)));
		expect(result.ok).toBe(true);
		if (result.ok) {
			expect(result.rows.map(toCommitmentValues)).toEqual([
				{
					programmeId: WSP,
					year: 2026,
					committedAmount: 12500,
					committedStaffHours: 40,
					realisedAmount: null,
					realisedStaffHours: null,
					note: null,
					through: null
				}
			]);
		}
	});

	it('matches programme names regardless of capitals and spaces, and reads Dutch numbers', () => {
		const result = validate(
			[
				header.toUpperCase(),
				'  loonwaardebepaling ;2025;"1.234,56";;"1.100,10";12,5;Realisatie na jaarrekening',
				'werkgeversservicepunt   zuid-limburg;2026;€ 42.000;320;;;'
			].join('\n')
		);
		expect(result.ok).toBe(true);
		if (result.ok) {
			expect(result.rows.map(toCommitmentValues)).toEqual([
				{
					programmeId: LWB,
					year: 2025,
					committedAmount: 1234.56,
					committedStaffHours: null,
					realisedAmount: 1100.1,
					realisedStaffHours: 12.5,
					note: 'Realisatie na jaarrekening',
					through: null
				},
				{
					programmeId: WSP,
					year: 2026,
					committedAmount: 42000,
					committedStaffHours: 320,
					realisedAmount: null,
					realisedStaffHours: null,
					note: null,
					through: null
				}
			]);
		}
	});

	it('lists every bad row with line, column and a Dutch message, and imports nothing', () => {
		const result = validate(
			[
				header,
				'Loonwaardebepaling;2025;1000;;;;',
				'Jobcoachpool;2025;1000;;;;',
				'Oud project;2014;-5;2.000.000;12,345;;',
				';2026;100;;;;' + 'x'.repeat(501),
				'Loonwaardebepaling;2037;abc;;;-1;'
			].join('\n')
		);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.fileError).toBeNull();
			expect(result.rowErrors.map((e) => `${e.line}:${e.column}`)).toEqual([
				'3:programma',
				'4:programma',
				'4:jaar',
				'4:toegezegd_bedrag',
				'4:toegezegde_uren',
				'4:gerealiseerd_bedrag',
				'5:programma',
				'5:toelichting',
				'6:jaar',
				'6:toegezegd_bedrag',
				'6:gerealiseerde_uren'
			]);
			const messages = result.rowErrors.map((e) => e.message);
			expect(messages[0]).toBe(
				'Het programma “Jobcoachpool” bestaat niet in deze regio. Gebruik een van: Werkgeversservicepunt Zuid-Limburg, Loonwaardebepaling.'
			);
			expect(messages[1]).toContain('“Oud project” is niet meer actief');
			expect(messages[2]).toBe('Kies een jaar vanaf 2015 tot en met 2036.');
			expect(messages[6]).toContain('Vul de naam van het programma in.');
		}
	});

	it('refuses a programme and year twice in the file, pointing at the first line', () => {
		const result = validate(
			[header, 'Loonwaardebepaling;2025;1000;;;;', 'LOONWAARDEBEPALING;2025;2000;;;;'].join('\n')
		);
		expect(!result.ok && result.rowErrors).toEqual([
			{
				line: 3,
				column: 'programma',
				message:
					'Loonwaardebepaling 2025 staat al op regel 2; per programma en jaar kan één afspraak worden ingevoerd.'
			}
		]);
	});

	it('reports a repeated programme and year together with the other rows’ errors', () => {
		const result = validate(
			[
				header,
				'Loonwaardebepaling;2025;1000;;;;',
				'Loonwaardebepaling;2025;-1;;;;',
				'loonwaardebepaling;2025;5;;;;'
			].join('\n')
		);
		expect(
			!result.ok && result.rowErrors.map((e) => `${e.line}:${e.column}:${e.message.slice(0, 30)}`)
		).toEqual([
			'3:toegezegd_bedrag:Vul het toegezegde bedrag in e',
			'4:programma:Loonwaardebepaling 2025 staat '
		]);
	});

	it('refuses a commitment the partner already has, so the import never half-lands', () => {
		const existing = new Set([commitmentKey(WSP, 2026)]);
		const result = validate(
			[header, 'Loonwaardebepaling;2026;1000;;;;', 'Werkgeversservicepunt Zuid-Limburg;2026;5000;;;;'].join(
				'\n'
			),
			existing
		);
		expect(!result.ok && result.rowErrors).toEqual([
			{
				line: 3,
				column: 'programma',
				message: expect.stringContaining(
					'Deze partner heeft al een afspraak voor Werkgeversservicepunt Zuid-Limburg in 2026.'
				)
			}
		]);
		expect(validate([header, 'Loonwaardebepaling;2026;1000;;;;'].join('\n'), existing).ok).toBe(true);
	});

	it.each([
		['', 'Het bestand is leeg of bevat alleen een kopregel.'],
		[header, 'Het bestand is leeg of bevat alleen een kopregel.'],
		['programma;jaar;bedrag\nLoonwaardebepaling;2025;100', 'De kolommen kloppen niet.'],
		['\u0000\u0001binary', 'Dit is geen CSV-bestand']
	])('refuses the whole file %#', (text, message) => {
		const result = validate(text);
		expect(!result.ok && result.fileError).toContain(message);
	});

	it('refuses more rows than the limit', () => {
		const rows = Array.from({ length: MAX_CSV_ROWS + 1 }, () => 'Loonwaardebepaling;2025;10;;;;');
		const result = validate([header, ...rows].join('\n'));
		expect(!result.ok && result.fileError).toContain('meer dan 2000 regels');
	});
});

describe('programmeKey', () => {
	it('ignores capitals and extra spaces', () => {
		expect(programmeKey('  Werkgeversservicepunt   Zuid-Limburg ')).toBe(
			'werkgeversservicepunt zuid-limburg'
		);
	});
});

describe('budgetCsvExample', () => {
	it('uses the first active programme, or a generic name when there is none', () => {
		expect(budgetCsvExample([PROGRAMMES[2], PROGRAMMES[1]], 2027)[0].slice(0, 2)).toEqual([
			'Loonwaardebepaling',
			2027
		]);
		expect(budgetCsvExample([], 2027)[0][0]).toBe('Werkgeversservicepunt');
	});
});
