import { createBrowserClient, createServerClient, isBrowser, type CookieOptions } from '@supabase/ssr';
import type { Cookies } from '@sveltejs/kit';
import { parse, serialize } from 'cookie';
import { authForwardingFetch, type ClientForwarding } from './auth-forwarding';
import { supabaseConfig } from './config';
import type { Database, Supabase } from './types';

/**
 * How long the session cookies live without activity: a working day. They are written again at every token
 * refresh (the access token lives an hour), so an active user stays signed in and an abandoned browser is signed
 * out after eight idle hours. @supabase/ssr always writes 400 days, whatever its cookieOptions say, so every
 * cookie it sets passes through sessionCookie().
 */
export const SESSION_COOKIE_MAX_AGE_SECONDS = 8 * 60 * 60;

/** The options of a session cookie as this app writes it; removals (max-age 0) stay removals. */
export function sessionCookie(options: CookieOptions, secure: boolean): CookieOptions {
	return {
		...options,
		path: '/',
		sameSite: 'lax',
		secure,
		maxAge: options.maxAge === 0 ? 0 : SESSION_COOKIE_MAX_AGE_SECONDS
	};
}

/**
 * The per-request server client: the session lives in cookies that @supabase/ssr reads and refreshes. Its auth
 * calls name the browser's address when `forwarding` is given (see auth-forwarding.ts), and a refusal as too
 * many attempts is reported to `onRateLimited`.
 */
export function createRequestClient(
	cookies: Cookies,
	fetch: typeof globalThis.fetch,
	secure: boolean,
	auth: {
		forwarding: ClientForwarding | null;
		onRateLimited: (retryAfterSeconds: number | null) => void;
	}
): Supabase {
	const { url, anonKey } = supabaseConfig();
	return createServerClient<Database>(url, anonKey, {
		global: { fetch: authForwardingFetch(fetch, url, auth.forwarding, auth.onRateLimited) },
		cookies: {
			getAll: () => cookies.getAll(),
			setAll: (cookiesToSet) => {
				for (const { name, value, options } of cookiesToSet) {
					cookies.set(name, value, { ...sessionCookie(options, secure), path: '/' });
				}
			}
		}
	});
}

/**
 * The client used in universal load functions: in the browser one shared client that holds the session (read
 * from the cookies) and the realtime connection. During server rendering no page code queries through it (data
 * comes from the server loads, with the request's client), so it gets no session: the session cookies are never
 * handed to the page's data, which SvelteKit would serialise into the HTML.
 */
export function createPageClient(fetch: typeof globalThis.fetch): Supabase {
	const { url, anonKey } = supabaseConfig();
	if (isBrowser()) {
		const secure = location.protocol === 'https:';
		return createBrowserClient<Database>(url, anonKey, {
			global: { fetch },
			cookies: {
				getAll: () =>
					Object.entries(parse(document.cookie)).map(([name, value]) => ({ name, value: value ?? '' })),
				setAll: (cookiesToSet) => {
					for (const { name, value, options } of cookiesToSet) {
						document.cookie = serialize(name, value, sessionCookie(options, secure));
					}
				}
			}
		});
	}
	return createServerClient<Database>(url, anonKey, {
		global: { fetch },
		cookies: { getAll: () => [] }
	});
}
