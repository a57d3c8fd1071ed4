/** What a form action reports back above the form. */
export interface FormMessage {
	kind: 'success' | 'error';
	text: string;
}

/**
 * What a form says above its fields: the server's answer, or `summary` (a message that asks to correct the
 * marked fields) when the browser checked the fields and some are wrong.
 */
export function formSummary(
	message: FormMessage | undefined,
	errors: readonly unknown[],
	summary: string
): FormMessage | undefined {
	return message ?? (errors.length > 0 ? { kind: 'error', text: summary } : undefined);
}
