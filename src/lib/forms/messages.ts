/** What a form action reports back above the form. */
export interface FormMessage {
	kind: 'success' | 'error';
	text: string;
}
