import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { isBudgetYear, lastBudgetYear } from '$lib/domain/budget';
import { parseDutchNumber } from '$lib/domain/numbers';
import { LIMITS } from '$lib/domain/limits';
import { idField, numberText, optionalNumberText, textField, versionField } from './fields';

const COMMITMENT = LIMITS.budget_commitments;
const PROGRAMME = LIMITS.programmes;

/** Reads an amount the way people type euros: "1.234,56", "1234.56", "€ 1.234". NaN for anything else. */
export function parseAmount(text: string): number {
	return parseDutchNumber(text.replace(/^\s*€\s*/, ''));
}

/**
 * One budget commitment: a partner's amount (and optionally staff hours) for one programme in one year, and
 * later what was realised. The same rules for the entry form and for every CSV row; `today` decides which
 * years can be entered (from 2015 up to ten years ahead, for multi-year agreements). `through` ("toegezegd
 * t/m") is optional: the last year of the agreement the amount belongs to; the database checks that it lies
 * within ten years of the start (budget_agreement_period).
 */
export const commitmentSchemaFor = (today: Date) =>
	z.object({
		programmeId: z.uuid({ error: () => m.budget_error_programme() }),
		year: z
			.number({ error: () => m.budget_error_year({ last: lastBudgetYear(today) }) })
			.refine((year) => isBudgetYear(year, today), {
				error: () => m.budget_error_year({ last: lastBudgetYear(today) })
			}),
		through: z
			.string()
			.refine((text) => text === '' || (/^\d{4}$/.test(text) && isBudgetYear(Number(text), today)), {
				error: () => m.budget_error_through({ last: lastBudgetYear(today) })
			})
			.default(''),
		committedAmount: numberText(
			COMMITMENT.committed_amount,
			() => m.budget_error_committed_amount(),
			parseAmount
		),
		committedStaffHours: optionalNumberText(
			COMMITMENT.committed_staff_hours,
			() => m.budget_error_hours(),
			parseAmount
		),
		realisedAmount: optionalNumberText(
			COMMITMENT.realised_amount,
			() => m.budget_error_realised_amount(),
			parseAmount
		),
		realisedStaffHours: optionalNumberText(
			COMMITMENT.realised_staff_hours,
			() => m.budget_error_hours(),
			parseAmount
		),
		note: textField(COMMITMENT.note, () => m.budget_error_note()).default('')
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
		note: input.note || null,
		through: input.through ? Number(input.through) : null
	};
}
export type CommitmentValues = ReturnType<typeof toCommitmentValues>;

/** The edit form also carries which commitment and which version of it the editor started from. */
export const commitmentEditSchemaFor = (today: Date) =>
	commitmentSchemaFor(today).extend({ id: idField(), version: versionField() });

/** Delete: which commitment, and the version the editor saw (a changed line is not removed unseen). */
export const commitmentDeleteSchema = z.object({ id: idField(), version: versionField() });

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
	name: textField(PROGRAMME.name, () => m.budget_error_programme_name()),
	description: textField(PROGRAMME.description, () => m.budget_error_programme_description()).default('')
};

export const programmeSchema = z.object(programmeFields);

/** Renaming (and describing) an existing programme, from the version the coordinator saw. */
export const programmeEditSchema = z.object({
	...programmeFields,
	id: idField(),
	version: versionField()
});

/** Switching a programme on or off. */
export const programmeActiveSchema = z.object({
	id: idField(),
	version: versionField(),
	active: z.enum(['true', 'false']).transform((value) => value === 'true')
});
