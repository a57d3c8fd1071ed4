import { LARGE_TEXT_COOKIE } from '$lib/server/display';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, cookies }) => {
	const { session, user } = await locals.safeGetSession();
	// Only the expiry goes to the page: the browser client reads the session itself from the cookies.
	return {
		user,
		sessionExpiresAt: session?.expires_at ?? null,
		cookies: cookies.getAll(),
		largeText: cookies.get(LARGE_TEXT_COOKIE) === '1'
	};
};
