import { createBrowserClient, createServerClient, isBrowser } from '@supabase/ssr';
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Cookies } from '@sveltejs/kit';
import { supabaseConfig } from './config';

/** The per-request server client: the session lives in cookies that @supabase/ssr reads and refreshes. */
export function createRequestClient(cookies: Cookies, fetch: typeof globalThis.fetch): SupabaseClient {
	const { url, anonKey } = supabaseConfig();
	return createServerClient(url, anonKey, {
		global: { fetch },
		cookies: {
			getAll: () => cookies.getAll(),
			setAll: (cookiesToSet) => {
				for (const { name, value, options } of cookiesToSet) {
					cookies.set(name, value, { ...options, path: '/' });
				}
			}
		}
	});
}

/**
 * The client used in universal load functions: in the browser one shared client that holds the session
 * and the realtime connection; during server rendering a throwaway one fed with the layout's cookies.
 */
export function createPageClient(
	fetch: typeof globalThis.fetch,
	serverCookies: { name: string; value: string }[]
): SupabaseClient {
	const { url, anonKey } = supabaseConfig();
	if (isBrowser()) {
		return createBrowserClient(url, anonKey, { global: { fetch } });
	}
	return createServerClient(url, anonKey, {
		global: { fetch },
		cookies: { getAll: () => serverCookies }
	});
}
