// The uploaded CSV of an import form (placements, budgets, UWV's stand, context figures): read the same way by
// every import action, and refused the same way, so CsvImport shows the file's or the rows' errors.
import { fail } from '@sveltejs/kit';
import { MAX_CSV_BYTES, decodeCsv, type CsvRowError } from '$lib/forms/csv-import';
import { m } from '$lib/paraglide/messages';

/** An import refused as a whole (400): the file's error and/or the rows' errors; nothing was stored. */
export function refuseImport(fileError: string | null, rowErrors: CsvRowError[] = []) {
	return fail(400, { importResult: { ok: false as const, fileError, rowErrors } });
}

/** The form's `file` as text (UTF-8, at most MAX_CSV_BYTES) with its name, or why it cannot be read. */
export async function readCsvUpload(
	formData: FormData
): Promise<{ ok: true; text: string; fileName: string } | { ok: false; error: string }> {
	const file = formData.get('file');
	if (!(file instanceof File) || file.size === 0) return { ok: false, error: m.csv_error_missing() };
	if (file.size > MAX_CSV_BYTES) return { ok: false, error: m.csv_error_too_large() };
	const decoded = decodeCsv(await file.arrayBuffer());
	return decoded.ok ? { ok: true, text: decoded.text, fileName: file.name } : decoded;
}
