import { fail, redirect } from '@sveltejs/kit';
import { superValidate, message, setError } from 'sveltekit-superforms';
import { zod4 } from '$lib/forms/adapters';
import { loginSchema } from '$lib/forms/login';
import { signInWithPassword } from '$lib/data/auth';
import { getProfile } from '$lib/data/profiles';
import { rememberLanguage } from '$lib/server/locale-cookie';
import { tooManyAttemptsMessage } from '$lib/server/auth-limits';
import { safeRedirectPath } from '$lib/domain/redirect';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const redirectTo = safeRedirectPath(url.searchParams.get('redirectTo'), '/regio');
	const { user } = await locals.safeGetSession();
	if (user) redirect(303, redirectTo);
	const form = await superValidate({ redirectTo }, zod4(loginSchema), { errors: false });
	return { form, signedOut: url.searchParams.has('uitgelogd') };
};

export const actions: Actions = {
	default: async ({ request, locals, cookies }) => {
		const form = await superValidate(request, zod4(loginSchema));
		if (!form.valid) return fail(400, { form });
		const result = await signInWithPassword(locals.supabase, form.data.email, form.data.password);
		form.data.password = '';
		if (!result.ok) {
			if (result.reason === 'invalid_credentials') {
				return setError(form, 'password', m.login_error_invalid_credentials());
			}
			if (result.reason === 'rate_limited') {
				const retryAfterSeconds = locals.authRateLimited?.retryAfterSeconds ?? null;
				return message(form, tooManyAttemptsMessage(retryAfterSeconds), { status: 429 });
			}
			return message(
				form,
				result.reason === 'unavailable' ? m.login_error_unavailable() : m.login_error_generic(),
				{ status: result.reason === 'unavailable' ? 503 : 400 }
			);
		}
		const { user } = await locals.safeGetSession();
		const profile = user ? await getProfile(locals.supabase, user.id).catch(() => null) : null;
		if (profile) rememberLanguage(cookies, profile.preferredLanguage);
		redirect(303, safeRedirectPath(form.data.redirectTo, '/regio'));
	}
};
