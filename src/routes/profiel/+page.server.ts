import { fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from '$lib/forms/adapters';
import { profileSchema } from '$lib/forms/profile';
import { getProfile, listMyMemberships, saveProfile } from '$lib/data/profiles';
import { rememberLanguage } from '$lib/server/locale-cookie';
import { getLocale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { user } = await locals.safeGetSession();
	if (!user) redirect(303, '/login?redirectTo=/profiel');
	const [profile, memberships] = await Promise.all([
		getProfile(locals.supabase, user.id),
		listMyMemberships(locals.supabase, user.id)
	]);
	const form = await superValidate(
		{
			displayName: profile?.displayName || (user.user_metadata?.display_name as string | undefined) || '',
			preferredLanguage: profile?.preferredLanguage ?? (getLocale() === 'en' ? 'en' : 'nl')
		},
		zod4(profileSchema),
		{ errors: false }
	);
	if (url.searchParams.has('opgeslagen')) {
		return {
			form: { ...form, message: { kind: 'success' as const, text: m.profile_saved() } },
			email: user.email,
			memberships
		};
	}
	return { form, email: user.email, memberships };
};

export const actions: Actions = {
	default: async ({ request, locals, cookies }) => {
		const { user } = await locals.safeGetSession();
		if (!user) redirect(303, '/login?redirectTo=/profiel');
		const form = await superValidate(request, zod4(profileSchema));
		if (!form.valid) return fail(400, { form });
		try {
			await saveProfile(locals.supabase, user.id, form.data);
		} catch {
			return message(form, { kind: 'error', text: m.profile_error_save() }, { status: 500 });
		}
		rememberLanguage(cookies, form.data.preferredLanguage);
		// A full page load so every part of the page switches to the chosen language.
		redirect(303, '/profiel?opgeslagen');
	}
};
