import Papa from 'papaparse';
import type { z } from 'zod';
import { m } from '$lib/paraglide/messages';

export const MAX_CSV_BYTES = 1024 * 1024;
export const MAX_CSV_ROWS = 2000;

export interface CsvRowError {
	/** Line in the file, counting the header as line 1, as a spreadsheet shows it. */
	line: number;
	column: string;
	message: string;
}

export type CsvResult<T> =
	{ ok: true; rows: T[] } | { ok: false; fileError: string | null; rowErrors: CsvRowError[] };

export interface CsvSpec<Schema extends z.ZodType> {
	/** The file's columns in the template's order; the CSV header names. */
	columns: readonly string[];
	schema: Schema;
	/** Turns one CSV record (strings by header) into the schema's input. */
	toInput: (record: Record<string, string>) => unknown;
	/** Maps a schema field back to its CSV column for error messages. */
	columnOf: (field: string) => string;
}

/**
 * The bytes of an uploaded CSV as text: UTF-8 strictly (a byte sequence that is not UTF-8 refuses the file
 * instead of becoming replacement characters in the data), at most MAX_CSV_BYTES.
 */
export function decodeCsv(
	bytes: ArrayBuffer | Uint8Array
): { ok: true; text: string } | { ok: false; error: string } {
	if (bytes.byteLength > MAX_CSV_BYTES) return { ok: false, error: m.csv_error_too_large() };
	try {
		return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		return { ok: false, error: m.csv_error_not_utf8() };
	}
}

/**
 * A CSV file's text as records by header (separator ; , or tab guessed, a byte-order mark dropped, empty lines
 * skipped, each header passed through `header`), or the file's error when it is too large or not text.
 */
export function parseCsvText(
	text: string,
	header: (name: string) => string
): { ok: true; headers: string[]; records: Record<string, string>[] } | { ok: false; fileError: string } {
	if (text.length > MAX_CSV_BYTES) return { ok: false, fileError: m.csv_error_too_large() };
	if (text.includes('\u0000')) return { ok: false, fileError: m.csv_error_not_text() };
	const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
		header: true,
		skipEmptyLines: 'greedy',
		delimitersToGuess: [';', ',', '\t'],
		transformHeader: header
	});
	return { ok: true, headers: parsed.meta.fields ?? [], records: parsed.data };
}

/**
 * Validates a whole CSV file before anything is imported: either every row is valid, or the caller gets
 * every error with its line number and nothing is imported.
 */
export function validateCsv<Schema extends z.ZodType>(
	text: string,
	spec: CsvSpec<Schema>
): CsvResult<z.output<Schema>> {
	const fail = (fileError: string): CsvResult<z.output<Schema>> => ({ ok: false, fileError, rowErrors: [] });
	const parsed = parseCsvText(text, (header) => header.trim().toLowerCase());
	if (!parsed.ok) return fail(parsed.fileError);
	const { headers, records } = parsed;
	if (headers.length === 0) return fail(m.csv_error_empty());
	const missing = spec.columns.filter((column) => !headers.includes(column));
	if (missing.length > 0) return fail(m.csv_error_headers({ expected: spec.columns.join(';') }));
	if (records.length === 0) return fail(m.csv_error_empty());
	if (records.length > MAX_CSV_ROWS) return fail(m.csv_error_too_many({ max: MAX_CSV_ROWS }));

	const rows: z.output<Schema>[] = [];
	const rowErrors: CsvRowError[] = [];
	records.forEach((record, index) => {
		const line = index + 2;
		const result = spec.schema.safeParse(spec.toInput(record));
		if (result.success) rows.push(result.data);
		else {
			for (const issue of result.error.issues) {
				rowErrors.push({ line, column: spec.columnOf(String(issue.path[0] ?? '')), message: issue.message });
			}
		}
	});
	return rowErrors.length ? { ok: false, fileError: null, rowErrors } : { ok: true, rows };
}

/** A text cell that a spreadsheet would run as a formula (=, +, -, @, tab or carriage return first). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as a spreadsheet shows it as text: one starting like a formula gets a leading apostrophe
 * (CSV injection, OWASP). Numbers are not text cells and are never changed.
 */
export function escapeFormula(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A CSV that Dutch Excel opens correctly: semicolons, a byte-order mark, CRLF line ends, text cells that
 * cannot run as formulas. With `decimalComma`, numbers are written "94,7" (Dutch Excel reads a dot as a
 * thousands separator); the imports read that back.
 */
export function toCsv(
	columns: readonly string[],
	rows: readonly (readonly (string | number | null)[])[],
	{ decimalComma = false }: { decimalComma?: boolean } = {}
): string {
	const cell = (value: string | number | null) =>
		typeof value === 'number'
			? decimalComma
				? String(value).replace('.', ',')
				: value
			: value === null
				? null
				: escapeFormula(value);
	return (
		'\uFEFF' +
		Papa.unparse(
			{ fields: columns.map(escapeFormula), data: rows.map((row) => row.map(cell)) },
			{ delimiter: ';', newline: '\r\n' }
		)
	);
}
