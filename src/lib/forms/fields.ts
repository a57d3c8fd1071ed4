// The zod fields the forms share: text within a column's limits, numbers typed the Dutch way and ISO dates.
// The bounds come from src/lib/domain/limits.ts, the same ones the database checks.
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { hasAtMostDecimals, parseDutchNumber } from '$lib/domain/numbers';
import type { LengthLimit, RangeLimit } from '$lib/domain/limits';
import { isCalendarDate } from '$lib/domain/periods';

type Message = () => string;

/** A finite number within the range, with at most two decimals (numeric(…, 2) in the database). */
export const isNumberWithin = (value: number, limit: RangeLimit) =>
	Number.isFinite(value) &&
	value >= limit.min &&
	(limit.max === null || value <= limit.max) &&
	hasAtMostDecimals(value, 2);

/**
 * Text within a column's length; `message` for both bounds or `{ min, max }`. Trimmed first, so a field of
 * spaces is empty.
 */
export function textField(limit: LengthLimit, message: Message | { min: Message; max: Message }) {
	const { min, max } = typeof message === 'function' ? { min: message, max: message } : message;
	const trimmed = z.string().trim();
	return (limit.min ? trimmed.min(limit.min, { error: min }) : trimmed).max(limit.max, { error: max });
}

/**
 * Text without control or invisible formatting characters (the same set as the check on profiles.display_name):
 * U+202E turns text around and zero-width characters hide a difference, so a name with them can pass for another.
 */
export function isPlainText(text: string): boolean {
	// eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
	return !/[\u0001-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/.test(text);
}

/**
 * A number typed as text, so "12,5" is read the Dutch way instead of failing as a number input; within the
 * column's range. `parse` reads it (the budget form also takes "€ 1.234"); `optional` also takes ''.
 */
export const numberText = (
	limit: RangeLimit,
	message: Message,
	parse: (text: string) => number = parseDutchNumber,
	{ optional = false } = {}
) =>
	z
		.string({ error: message })
		.trim()
		.refine((text) => (optional && text === '') || isNumberWithin(parse(text), limit), { error: message });

/** As numberText, or empty. */
export const optionalNumberText = (limit: RangeLimit, message: Message, parse?: (text: string) => number) =>
	numberText(limit, message, parse, { optional: true }).default('');

/**
 * The version a form started from: the row's updated_at as PostgREST gave it (ISO 8601 with offset). Anything
 * else is refused here, with a Dutch message, before it reaches the database as a timestamp it cannot read.
 */
export const versionField = () => z.iso.datetime({ offset: true, error: () => m.form_error_version() });

/** Whether a posted text is such a version (for actions that read their fields without a schema). */
export const isVersion = (text: string) => versionField().safeParse(text).success;

/** The id of a row the form acts on (a hidden field or a choice from a list): a uuid, or a Dutch message. */
export const idField = (message: Message = () => m.form_error_id()) => z.uuid({ error: message });

/** An ISO date typed in a date input, of a day that exists. */
export const dateText = (message: Message) => z.string().trim().refine(isCalendarDate, { error: message });

/**
 * The messages of a repeated field's row (`row`) or of the list itself (no row). Superforms keeps a row's
 * messages as `string[]` when the server checked the form and as `{ _errors: string[] }` when the browser did.
 */
export function rowMessages(errors: unknown, row?: number): string[] | undefined {
	const at = row === undefined ? errors : (errors as Record<number, unknown> | undefined)?.[row];
	if (Array.isArray(at)) return at.length > 0 ? (at as string[]) : undefined;
	const list = (at as { _errors?: string[] } | undefined)?._errors;
	return list?.length ? list : undefined;
}

/** A posted text field as text; missing, or a file where text was expected, is ''. */
export function formText(formData: FormData, name: string): string {
	const value = formData.get(name);
	return typeof value === 'string' ? value : '';
}
