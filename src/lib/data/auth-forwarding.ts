/**
 * The app signs in, refreshes and signs out on the server, so every user would reach Auth from this server's
 * address and share one rate-limit bucket: one person's wrong passwords would lock everyone out. With
 * AUTH_FORWARDING_SECRET set (server-only), every auth call names the browser's address in X-Forwarded-For and
 * proves with the secret that the app server says so; Auth then counts each browser apart (GoTrue's
 * GOTRUE_RATE_LIMIT_HEADER behind a trusted proxy). Without the secret, calls go out as before.
 */

/** The header with the proof; supabase/local/http.ts reads the same name (a unit test keeps them equal). */
export const FORWARDING_SECRET_HEADER = 'x-auth-forwarding-secret';

/** The browser's address and the secret that lets the app server name it. */
export interface ClientForwarding {
	clientAddress: string;
	secret: string;
}

/**
 * A fetch for the server's Supabase client: calls under `<supabaseUrl>/auth/v1/` carry the forwarded address
 * and the proof (other calls, e.g. to PostgREST, never see the secret), and a 429 from Auth is reported with
 * the seconds of its Retry-After (null when it sent none).
 */
export function authForwardingFetch(
	fetch: typeof globalThis.fetch,
	supabaseUrl: string,
	forwarding: ClientForwarding | null,
	onRateLimited: (retryAfterSeconds: number | null) => void
): typeof globalThis.fetch {
	const authPrefix = `${supabaseUrl.replace(/\/+$/, '')}/auth/v1/`;
	return async (input, init) => {
		const url = input instanceof Request ? input.url : String(input);
		if (!url.startsWith(authPrefix)) return fetch(input, init);
		let request: Request | string | URL = input;
		let requestInit = init;
		if (forwarding) {
			const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
			headers.set('x-forwarded-for', forwarding.clientAddress);
			headers.set(FORWARDING_SECRET_HEADER, forwarding.secret);
			if (input instanceof Request) request = new Request(input, { ...init, headers });
			requestInit = input instanceof Request ? undefined : { ...init, headers };
		}
		const response = await fetch(request, requestInit);
		if (response.status === 429) onRateLimited(retryAfterSeconds(response.headers.get('retry-after')));
		return response;
	};
}

/** Retry-After as whole seconds from now (delta-seconds or an HTTP date); null when absent or unreadable. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | null {
	if (!header) return null;
	const trimmed = header.trim();
	if (/^\d+$/.test(trimmed)) return Math.max(1, Number(trimmed));
	const date = Date.parse(trimmed);
	if (Number.isNaN(date)) return null;
	return Math.max(1, Math.ceil((date - now) / 1000));
}
