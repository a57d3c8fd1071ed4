// Reading a posted form in an action. A body that is not a form (a broken multipart body, JSON under a form's
// content type) makes `request.formData()` throw a TypeError, which SvelteKit answers with a 500; it is a bad
// request, refused with a Dutch message before anything is written. Superforms' superValidate(request) reads
// the body itself and treats an unreadable one as an empty form; every other action reads it here.
import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';

/** The posted form, or a 400 with a Dutch message when the body cannot be read as one. */
export async function readFormData(request: Request): Promise<FormData> {
	try {
		// eslint-disable-next-line no-restricted-syntax -- the one place that reads a form body bare
		return await request.formData();
	} catch {
		error(400, m.form_error_unreadable());
	}
}
