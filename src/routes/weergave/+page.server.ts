import { redirect } from '@sveltejs/kit';
import { safeRedirectPath } from '$lib/domain/redirect';
import { formText } from '$lib/forms/fields';
import { LARGE_TEXT_COOKIE } from '$lib/server/display';
import type { Actions, PageServerLoad } from './$types';
import { readFormData } from '$lib/server/form-data';

export const load: PageServerLoad = () => redirect(303, '/');

/** Toggles large type for presenting on a projector; remembered per browser. */
export const actions: Actions = {
	default: async ({ cookies, request }) => {
		const form = await readFormData(request);
		const large = form.get('large') === '1';
		cookies.set(LARGE_TEXT_COOKIE, large ? '1' : '0', {
			path: '/',
			maxAge: 60 * 60 * 24 * 365,
			httpOnly: false,
			sameSite: 'lax'
		});
		redirect(303, safeRedirectPath(formText(form, 'back')));
	}
};
