// A CBS StatLine export of the bijstand per gemeente, read the way the domain brief (§2.2) describes StatLine's
// downloads: separator ; , or tab, a byte-order mark, quoted cells, region keys padded to 10 characters
// ("GM0917    ") or region names, period keys (2023MM12, 2023KW04, 2023JJ00) or labels ("2023 december",
// "2023 4e kwartaal", "2023"), with * for voorlopig and ** for nader voorlopig; "." and "x" mean no figure, "-"
// means nil. All or nothing: any error refuses the whole file, with every error and its line.
import { m } from '$lib/paraglide/messages';
import { MAX_CSV_ROWS, parseCsvText, type CsvRowError } from './csv-import';

export interface ContextRow {
	gemeente: string;
	periodLabel: string;
	periodStart: string;
	periodEnd: string;
	value: number;
	status: 'definitief' | 'voorlopig' | 'nader voorlopig';
	/** Line in the file, counting the header as line 1. */
	line: number;
}

export type ContextCsvResult =
	| {
			ok: true;
			rows: ContextRow[];
			/** Lines of regions that are not gemeenten (Nederland, provinces, …). */
			skippedNotGemeente: number;
			/** Lines of gemeenten outside the region. */
			skippedOutsideRegion: number;
			/** Lines without a figure at CBS ("." or "x"). */
			skippedNoFigure: number;
	  }
	| { ok: false; fileError: string | null; rowErrors: CsvRowError[] };

const MONTHS = [
	'januari',
	'februari',
	'maart',
	'april',
	'mei',
	'juni',
	'juli',
	'augustus',
	'september',
	'oktober',
	'november',
	'december'
];

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

interface Period {
	label: string;
	start: string;
	end: string;
}

function yearPeriod(year: number): Period {
	return { label: String(year), start: `${year}-01-01`, end: `${year}-12-31` };
}
function quarterPeriod(year: number, quarter: number): Period {
	const last = quarter * 3;
	return {
		label: `${year} ${quarter}e kwartaal`,
		start: `${year}-${pad(last - 2)}-01`,
		end: `${year}-${pad(last)}-${pad(lastDay(year, last))}`
	};
}
function monthPeriod(year: number, month: number): Period {
	return {
		label: `${year} ${MONTHS[month - 1]}`,
		start: `${year}-${pad(month)}-01`,
		end: `${year}-${pad(month)}-${pad(lastDay(year, month))}`
	};
}

/** A StatLine period key or label, with its status from trailing stars; null when it is neither. */
export function parseCbsPeriod(text: string): { period: Period; status: ContextRow['status'] } | null {
	const trimmed = text.trim();
	const stars = /(\*{1,2})$/.exec(trimmed)?.[1] ?? '';
	const status = stars === '**' ? 'nader voorlopig' : stars === '*' ? 'voorlopig' : 'definitief';
	const body = trimmed
		.slice(0, trimmed.length - stars.length)
		.trim()
		.toLowerCase();
	let match: RegExpExecArray | null;
	let period: Period | null = null;
	if ((match = /^(\d{4})jj00$/.exec(body)) || (match = /^(\d{4})$/.exec(body))) {
		period = yearPeriod(Number(match[1]));
	} else if (
		(match = /^(\d{4})kw0([1-4])$/.exec(body)) ||
		(match = /^(\d{4}) ([1-4])e kwartaal$/.exec(body))
	) {
		period = quarterPeriod(Number(match[1]), Number(match[2]));
	} else if ((match = /^(\d{4})mm(0[1-9]|1[0-2])$/.exec(body))) {
		period = monthPeriod(Number(match[1]), Number(match[2]));
	} else if ((match = /^(\d{4}) ([a-z]+)$/.exec(body)) && MONTHS.includes(match[2])) {
		period = monthPeriod(Number(match[1]), MONTHS.indexOf(match[2]) + 1);
	}
	if (!period || Number(period.start.slice(0, 4)) < 2000 || Number(period.start.slice(0, 4)) > 2100)
		return null;
	return { period, status };
}

/** A number of persons as CBS writes it: 3640 or 3.640; "-" is nil; "." and "x" are no figure (null). */
export function parseCbsCount(text: string): number | null | 'invalid' {
	const value = text.trim();
	if (value === '' || value === '.' || value.toLowerCase() === 'x') return null;
	if (value === '-') return 0;
	if (/^\d+$/.test(value)) return Number(value);
	if (/^\d{1,3}(\.\d{3})+$/.test(value)) return Number(value.replace(/\./g, ''));
	return 'invalid';
}

const NOT_GEMEENTE = /^(NL|PV|LD|CR|AM|RE|CO|WK|BU|GG|JZ|PO|RT|VR|ZW|ST|LG)\d/;

function headerOf(headers: string[], pattern: RegExp, taken: string[] = []) {
	return headers.find((h) => pattern.test(h) && !taken.includes(h));
}

/**
 * Reads a StatLine export. `gemeenten`: every gemeente the app knows (code and name); `regionCodes`: the codes of
 * the region's own gemeenten (the others are skipped and counted).
 */
export function validateContextCsv(
	text: string,
	gemeenten: readonly { code: string; name: string }[],
	regionCodes: readonly string[]
): ContextCsvResult {
	const fail = (fileError: string): ContextCsvResult => ({ ok: false, fileError, rowErrors: [] });
	const parsed = parseCsvText(text, (header) => header.trim());
	if (!parsed.ok) return fail(parsed.fileError);
	const { headers, records } = parsed;
	const region = headerOf(headers, /regio|gemeente|codering/i);
	const period = headerOf(headers, /periode/i);
	const value =
		headerOf(headers, /bijstand|aantal|personen/i, [region ?? '', period ?? '']) ??
		headers.find((h) => h !== region && h !== period && !/^id$/i.test(h));
	if (!region || !period || !value) return fail(m.context_error_headers());
	if (records.length === 0) return fail(m.csv_error_empty());
	if (records.length > MAX_CSV_ROWS) return fail(m.csv_error_too_many({ max: MAX_CSV_ROWS }));

	const byCode = new Map(gemeenten.map((g) => [g.code, g]));
	const byName = new Map(gemeenten.map((g) => [g.name.toLowerCase(), g]));
	const rows: ContextRow[] = [];
	const rowErrors: CsvRowError[] = [];
	const seen = new Map<string, number>();
	let skippedNotGemeente = 0;
	let skippedOutsideRegion = 0;
	let skippedNoFigure = 0;
	records.forEach((record, index) => {
		const line = index + 2;
		const regionText = (record[region] ?? '').trim();
		const key = regionText.toUpperCase();
		if (NOT_GEMEENTE.test(key)) {
			skippedNotGemeente++;
			return;
		}
		const gemeente = /^GM\d{4}$/.test(key)
			? byCode.get(key)
			: byName.get(regionText.toLowerCase().replace(/^gemeente\s+/, ''));
		if (!gemeente) {
			rowErrors.push({
				line,
				column: region,
				message: /^GM\d{4}$/.test(key)
					? m.context_error_unknown_code({ code: key })
					: m.context_error_unknown_name({ name: regionText })
			});
			return;
		}
		if (!regionCodes.includes(gemeente.code)) {
			skippedOutsideRegion++;
			return;
		}
		const parsedPeriod = parseCbsPeriod(record[period] ?? '');
		if (!parsedPeriod) {
			rowErrors.push({
				line,
				column: period,
				message: m.context_error_period({ period: record[period] ?? '' })
			});
			return;
		}
		const count = parseCbsCount(record[value] ?? '');
		if (count === 'invalid') {
			rowErrors.push({ line, column: value, message: m.context_error_value({ value: record[value] ?? '' }) });
			return;
		}
		if (count === null) {
			skippedNoFigure++;
			return;
		}
		const unique = `${gemeente.code}|${parsedPeriod.period.label}`;
		const first = seen.get(unique);
		if (first !== undefined) {
			rowErrors.push({ line, column: period, message: m.context_error_twice({ line: first }) });
			return;
		}
		seen.set(unique, line);
		rows.push({
			gemeente: gemeente.code,
			periodLabel: parsedPeriod.period.label,
			periodStart: parsedPeriod.period.start,
			periodEnd: parsedPeriod.period.end,
			value: count,
			status: parsedPeriod.status,
			line
		});
	});
	if (rowErrors.length) return { ok: false, fileError: null, rowErrors };
	if (rows.length === 0) return fail(m.context_error_no_rows());
	return { ok: true, rows, skippedNotGemeente, skippedOutsideRegion, skippedNoFigure };
}
