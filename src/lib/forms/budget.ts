import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { isPlanningYear } from '$lib/domain/periods';
import { hasAtMostDecimals, parseDutchNumber } from '$lib/domain/numbers';

/** The database keeps amounts below 1e12 (numeric(14,2)) and staff hours up to a million (numeric(10,2)). */
export const MAX_AMOUNT = 999_999_999_999.99;
export const MAX_STAFF_HOURS = 1_000_000;
export const MAX_NOTE = 500;
export const PROGRAMME_NAME_MIN = 2;
export const PROGRAMME_NAME_MAX = 150;
export const PROGRAMME_DESCRIPTION_MAX = 1000;

/** Reads an amount the way people type euros: "1.234,56", "1234.56", "€ 1.234". NaN for anything else. */
export function parseAmount(text: string): number {
	return parseDutchNumber(text.replace(/^\s*€\s*/, ''));
}

const isAmount = (value: number, max: number) => value >= 0 && value <= max && hasAtMostDecimals(value, 2);

// Numbers are typed as text so "1.234,56" is read the Dutch way instead of silently failing as a number input.
const requiredNumberText = (max: number, message: () => string) =>
	z
		.string({ error: message })
		.trim()
		.refine((text) => isAmount(parseAmount(text), max), { error: message });

const optionalNumberText = (max: number, message: () => string) =>
	z
		.string({ error: message })
		.trim()
		.refine((text) => text === '' || isAmount(parseAmount(text), max), { error: message })
		.default('');

/**
 * One budget commitment: a partner's amount (and optionally staff hours) for one programme in one year, and
 * later what was realised. The same rules for the entry form and for every CSV row; `today` decides which
 * years can be planned (from 2015 up to next year).
 */
export const commitmentSchemaFor = (today: Date) =>
	z.object({
		programmeId: z.uuid({ error: () => m.budget_error_programme() }),
		year: z
			.number({ error: () => m.budget_error_year({ last: today.getFullYear() + 1 }) })
			.refine((year) => isPlanningYear(year, today), {
				error: () => m.budget_error_year({ last: today.getFullYear() + 1 })
			}),
		committedAmount: requiredNumberText(MAX_AMOUNT, () => m.budget_error_committed_amount()),
		committedStaffHours: optionalNumberText(MAX_STAFF_HOURS, () => m.budget_error_hours()),
		realisedAmount: optionalNumberText(MAX_AMOUNT, () => m.budget_error_realised_amount()),
		realisedStaffHours: optionalNumberText(MAX_STAFF_HOURS, () => m.budget_error_hours()),
		note: z
			.string()
			.trim()
			.max(MAX_NOTE, { error: () => m.budget_error_note() })
			.default('')
	});

export type CommitmentInput = z.infer<ReturnType<typeof commitmentSchemaFor>>;

const optionalNumber = (text: string) => (text === '' ? null : parseAmount(text));

/** The validated form values as the database stores them. */
export function toCommitmentValues(input: CommitmentInput) {
	return {
		programmeId: input.programmeId,
		year: input.year,
		committedAmount: parseAmount(input.committedAmount),
		committedStaffHours: optionalNumber(input.committedStaffHours),
		realisedAmount: optionalNumber(input.realisedAmount),
		realisedStaffHours: optionalNumber(input.realisedStaffHours),
		note: input.note || null
	};
}
export type CommitmentValues = ReturnType<typeof toCommitmentValues>;

/** The edit form also carries which commitment and which version of it the editor started from. */
export const commitmentEditSchemaFor = (today: Date) =>
	commitmentSchemaFor(today).extend({ id: z.uuid(), version: z.string().min(1).max(64) });

/** Delete: which commitment, and the version the editor saw (a changed line is not removed unseen). */
export const commitmentDeleteSchema = z.object({ id: z.uuid(), version: z.string().min(1).max(64) });

/** Amounts as an editor sees them in the form again: "1234,5" → "1234,50" stays readable and re-parseable. */
export function amountText(value: number | null): string {
	if (value === null) return '';
	return value.toFixed(2).replace('.', ',');
}

/** Hours as text for the form: whole hours without decimals, otherwise with a decimal comma. */
export function hoursText(value: number | null): string {
	if (value === null) return '';
	return Number.isInteger(value) ? String(value) : String(value).replace('.', ',');
}

// ---------------------------------------------------------------------------------------------------
// Programmes (coordinator only)

const programmeFields = {
	name: z
		.string({ error: () => m.budget_error_programme_name() })
		.trim()
		.min(PROGRAMME_NAME_MIN, { error: () => m.budget_error_programme_name() })
		.max(PROGRAMME_NAME_MAX, { error: () => m.budget_error_programme_name() }),
	description: z
		.string()
		.trim()
		.max(PROGRAMME_DESCRIPTION_MAX, { error: () => m.budget_error_programme_description() })
		.default('')
};

export const programmeSchema = z.object(programmeFields);

/** Renaming (and describing) an existing programme, from the version the coordinator saw. */
export const programmeEditSchema = z.object({
	...programmeFields,
	id: z.uuid(),
	version: z.string().min(1).max(64)
});

/** Switching a programme on or off. */
export const programmeActiveSchema = z.object({
	id: z.uuid(),
	version: z.string().min(1).max(64),
	active: z.enum(['true', 'false']).transform((value) => value === 'true')
});
