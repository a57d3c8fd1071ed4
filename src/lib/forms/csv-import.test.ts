import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { decodeCsv, escapeFormula, MAX_CSV_BYTES, toCsv } from './csv-import';
import { sheetToDutchCsv } from './budget-export';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('decodeCsv', () => {
	it('decodes UTF-8 with accents, and drops the byte-order mark Excel writes', () => {
		const text = 'werkgever;uren\r\nCafé Ühlenbeck;25,5\r\n';
		expect(decodeCsv(new TextEncoder().encode(text))).toEqual({ ok: true, text });
		expect(decodeCsv(new TextEncoder().encode(`\uFEFF${text}`))).toEqual({ ok: true, text });
	});

	it('refuses bytes that are not UTF-8 with a Dutch message instead of replacement characters', () => {
		// "Werkgever " followed by Latin-1 é (0xE9), a lone continuation byte and a truncated sequence.
		const latin1 = bytes(...new TextEncoder().encode('Werkgever '), 0xe9, 0x28, 0x80, 0xe2, 0x82);
		const result = decodeCsv(latin1);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.error).toMatch(/geen geldige UTF-8/);
		expect(decodeCsv(bytes(0xc3, 0x28)).ok).toBe(false);
		expect(decodeCsv(bytes(0xed, 0xa0, 0x80)).ok).toBe(false);
	});

	it('refuses more than the promised 1 MB', () => {
		expect(decodeCsv(new Uint8Array(MAX_CSV_BYTES)).ok).toBe(true);
		const result = decodeCsv(new Uint8Array(MAX_CSV_BYTES + 1));
		expect(!result.ok && result.error).toMatch(/groter dan 1 MB/);
	});
});

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
