import { redirect } from '@sveltejs/kit';
import { signOut } from '$lib/data/auth';
import type { Actions, PageServerLoad } from './$types';

// Signing out changes state, so it is a POST; a plain visit shows a button instead of acting.
export const load: PageServerLoad = async ({ locals }) => {
	const { user } = await locals.safeGetSession();
	if (!user) redirect(303, '/login');
	return {};
};

export const actions: Actions = {
	default: async ({ locals }) => {
		await signOut(locals.supabase);
		redirect(303, '/login?uitgelogd');
	}
};
