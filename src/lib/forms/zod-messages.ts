// The message of a zod check that names none of its own. The form schemas give each field a Dutch message
// (src/lib/forms/fields.ts and the schemas); a value the page never sends (a tampered choice, a field missing
// from the body) would otherwise get zod's English default ("Invalid option: expected one of …"). Both hooks
// install this once, so every schema, on the server and in the browser, falls back to it.
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';

/** A choice outside the list (an enum, a literal, a union of those) or any other refused value. */
export const fallbackMessage: z.core.$ZodErrorMap = (issue) =>
	issue.code === 'invalid_value' || issue.code === 'invalid_union'
		? m.form_error_choice()
		: m.form_error_invalid();

/** Makes fallbackMessage zod's message for every check without one. */
export function useFallbackMessages() {
	z.config({ customError: fallbackMessage });
}
