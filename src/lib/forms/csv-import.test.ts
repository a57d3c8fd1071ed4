import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { escapeFormula, toCsv } from './csv-import';
import { sheetToDutchCsv } from './budget-export';

const cellsOf = (csv: string) =>
	Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data;

describe('CSV exports cannot carry formulas', () => {
	it.each(['=HYPERLINK("http://x.example","klik")', '+31 6 1234', '-2+3', '@SUM(A1)', '\tnaam', '\rnaam'])(
		'%j starts like a formula and is written as text',
		(text) => {
			expect(escapeFormula(text)).toBe(`'${text}`);
		}
	);

	it('ordinary text is left alone, also with a formula sign further on', () => {
		for (const text of ['Gemeente Heerlen', 'UWV = uitvoering', '', "'al tekst"]) {
			expect(escapeFormula(text)).toBe(text);
		}
	});

	it('every text cell and header of the CSV is escaped; numbers, also negative ones, are not', () => {
		const csv = toCsv(
			['partner', '=kolom'],
			[
				['=1+1', -5],
				['@partner', 12.5],
				[null, 0]
			]
		);
		expect(cellsOf(csv)).toEqual([
			['partner', "'=kolom"],
			["'=1+1", '-5'],
			["'@partner", '12.5'],
			['', '0']
		]);
	});

	it('the budget CSV (decimal commas) escapes a partner name but keeps its numbers numbers', () => {
		const csv = sheetToDutchCsv({
			name: 'Per partner 2026',
			columns: ['partner', 'toegezegd_bedrag', 'verandering_procent'],
			rows: [['-Gemeente X', 1234.5, -12.5]]
		});
		expect(cellsOf(csv)[1]).toEqual(["'-Gemeente X", '1234,5', '-12,5']);
	});
});
