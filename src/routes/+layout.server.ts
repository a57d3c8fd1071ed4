import { LARGE_TEXT_COOKIE } from '$lib/server/display';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async ({ locals, cookies }) => {
	const { session, user } = await locals.safeGetSession();
	// Only the expiry goes to the page, never the session cookies (they hold the access and refresh tokens and
	// would be written into every HTML page): the browser client reads the session itself from document.cookie.
	return {
		user,
		sessionExpiresAt: session?.expires_at ?? null,
		largeText: cookies.get(LARGE_TEXT_COOKIE) === '1'
	};
};
