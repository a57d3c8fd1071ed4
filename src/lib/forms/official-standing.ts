import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { LIMITS, type RangeLimit } from '$lib/domain/limits';
import { hasAtMostDecimals, parseDutchNumber } from '$lib/domain/numbers';
import { hasEnded, isQuarterEnd, quarterEnd, quarterOfIso } from '$lib/domain/banenafspraak';
import { isCalendarDate } from '$lib/domain/periods';
import { textField } from './fields';
import { isoDateOf } from './placement-csv';
import { validateCsv, type CsvSpec } from './csv-import';

const OFFICIAL = LIMITS.official_standings;

/** UWV's jobs: may be negative (fewer jobs than at the nulmeting), one decimal (numeric(8,1)). */
const jobsText = (limit: RangeLimit) =>
	z
		.string({ error: () => m.official_error_jobs() })
		.trim()
		.refine(
			(text) => {
				const value = parseDutchNumber(text);
				return (
					Number.isFinite(value) &&
					value >= limit.min &&
					value <= (limit.max ?? Infinity) &&
					hasAtMostDecimals(value, 1)
				);
			},
			{ error: () => m.official_error_jobs() }
		);

const personsText = (limit: RangeLimit) =>
	z
		.string()
		.trim()
		.refine(
			(text) =>
				text === '' ||
				(/^\d+$/.test(text.replace(/\./g, '')) && Number(text.replace(/\./g, '')) <= (limit.max ?? Infinity)),
			{
				error: () => m.official_error_persons()
			}
		)
		.default('');

/**
 * UWV's official stand on one peildatum (regionale trendrapportage banenafspraak): extra jobs against the
 * nulmeting, regulier per sector and the inleenverband unsplit, with where it comes from. A peildatum is the last
 * day of a quarter that has passed; `today` decides which have.
 */
export const officialStandingSchemaFor = (today: string) =>
	z.object({
		peildatum: z
			.string()
			.trim()
			.refine((date) => isCalendarDate(date) && isQuarterEnd(date) && date >= OFFICIAL.peildatum.min, {
				error: () => m.official_error_peildatum()
			})
			.refine((date) => !isQuarterEnd(date) || hasEnded(quarterOfIso(date), today), {
				error: () => m.official_error_peildatum_future()
			}),
		regulierMarkt: jobsText(OFFICIAL.regulier_markt),
		regulierOverheid: jobsText(OFFICIAL.regulier_overheid),
		inleenverband: jobsText(OFFICIAL.inleenverband),
		doelgroepregisterPersons: personsText(OFFICIAL.doelgroepregister_persons),
		workingPersons: personsText(OFFICIAL.working_persons),
		source: textField(OFFICIAL.source, () => m.official_error_source())
	});

export type OfficialStandingInput = z.infer<ReturnType<typeof officialStandingSchemaFor>>;

const whole = (text: string) => (text === '' ? null : Number(text.replace(/\./g, '')));

export function toOfficialStandingValues(input: OfficialStandingInput) {
	return {
		peildatum: input.peildatum,
		regulierMarkt: parseDutchNumber(input.regulierMarkt),
		regulierOverheid: parseDutchNumber(input.regulierOverheid),
		inleenverband: parseDutchNumber(input.inleenverband),
		doelgroepregisterPersons: whole(input.doelgroepregisterPersons),
		workingPersons: whole(input.workingPersons),
		source: input.source
	};
}

export const OFFICIAL_CSV_COLUMNS = [
	'peildatum',
	'regulier_markt',
	'regulier_overheid',
	'inleenverband',
	'doelgroepregister',
	'werkende_personen',
	'bron'
] as const;

const FIELD_TO_COLUMN: Record<string, string> = {
	peildatum: 'peildatum',
	regulierMarkt: 'regulier_markt',
	regulierOverheid: 'regulier_overheid',
	inleenverband: 'inleenverband',
	doelgroepregisterPersons: 'doelgroepregister',
	workingPersons: 'werkende_personen',
	source: 'bron'
};

const officialCsv = (today: string): CsvSpec<ReturnType<typeof officialStandingSchemaFor>> => ({
	columns: OFFICIAL_CSV_COLUMNS,
	schema: officialStandingSchemaFor(today),
	toInput: (record) => ({
		peildatum: isoDateOf(record.peildatum ?? ''),
		regulierMarkt: record.regulier_markt ?? '',
		regulierOverheid: record.regulier_overheid ?? '',
		inleenverband: record.inleenverband ?? '',
		doelgroepregisterPersons: record.doelgroepregister ?? '',
		workingPersons: record.werkende_personen ?? '',
		source: record.bron ?? ''
	}),
	columnOf: (field) => FIELD_TO_COLUMN[field] ?? field
});

/** A whole CSV file of UWV stands: every row valid, and no peildatum twice, or nothing is imported. */
export function validateOfficialCsv(text: string, today: string) {
	const result = validateCsv(text, officialCsv(today));
	if (!result.ok) return result;
	const seen = new Map<string, number>();
	const rowErrors = result.rows.flatMap((row, index) => {
		const first = seen.get(row.peildatum);
		seen.set(row.peildatum, first ?? index + 2);
		return first === undefined
			? []
			: [{ line: index + 2, column: 'peildatum', message: m.official_error_twice({ line: first }) }];
	});
	return rowErrors.length ? { ok: false as const, fileError: null, rowErrors } : result;
}

/** The template: the header and the example of the domain brief (fictitious). */
export const OFFICIAL_CSV_EXAMPLE = [
	['2026-09-30', '3781,7', '692,4', '420,0', '', '', 'UWV Regionale trendrapportage banenafspraak K3 2026']
] as const;

/** The peildatum a new UWV stand is most likely for: the last quarter that has ended. */
export const defaultOfficialPeildatum = (today: string) => {
	const { year, quarter } = quarterOfIso(today);
	return quarter === 1 ? `${year - 1}-12-31` : quarterEnd({ year, quarter: (quarter - 1) as 1 | 2 | 3 });
};
