import type { Cookies } from '@sveltejs/kit';
import { cookieMaxAge, cookieName } from '$lib/paraglide/runtime';
import type { Language } from '$lib/data/profiles';

/** Makes the chosen language stick for this browser (Paraglide reads the cookie on every request). */
export function rememberLanguage(cookies: Cookies, language: Language): void {
	cookies.set(cookieName, language, {
		path: '/',
		maxAge: cookieMaxAge,
		httpOnly: false,
		sameSite: 'lax'
	});
}
