import type { Session, SupabaseClient, User } from '@supabase/supabase-js';

export type SignInResult =
	{ ok: true } | { ok: false; reason: 'invalid_credentials' | 'rate_limited' | 'unavailable' | 'other' };

/** Auth refused a request as one too many for this client (429, `over_request_rate_limit`). */
export class AuthRateLimitedError extends Error {
	constructor() {
		super('Auth refused the request: too many requests from this client');
	}
}

export async function signInWithPassword(
	supabase: SupabaseClient,
	email: string,
	password: string
): Promise<SignInResult> {
	try {
		const { error } = await supabase.auth.signInWithPassword({ email, password });
		if (!error) return { ok: true };
		if (error.status === 429) return { ok: false, reason: 'rate_limited' };
		if (error.code === 'invalid_credentials' || error.status === 400) {
			return { ok: false, reason: 'invalid_credentials' };
		}
		if (!error.status || error.status >= 500) return { ok: false, reason: 'unavailable' };
		return { ok: false, reason: 'other' };
	} catch {
		return { ok: false, reason: 'unavailable' };
	}
}

export async function signOut(supabase: SupabaseClient): Promise<void> {
	// A failed server-side sign-out still clears the local session cookies.
	await supabase.auth.signOut().catch(() => undefined);
}

/**
 * The session in the cookies, refreshed first when it expired. Throws AuthRateLimitedError when Auth refused
 * that refresh as too many (supabase-js then drops the session).
 */
async function cookieSession(supabase: SupabaseClient): Promise<Session | null> {
	const {
		data: { session },
		error
	} = await supabase.auth.getSession();
	if (error?.status === 429) throw new AuthRateLimitedError();
	return session;
}

/**
 * The session from the cookie, but only if the auth server confirms its JWT is valid. Throws
 * AuthRateLimitedError when refreshing an expired session was refused as too many attempts.
 */
export async function verifiedSession(
	supabase: SupabaseClient
): Promise<{ session: Session | null; user: User | null }> {
	const session = await cookieSession(supabase);
	if (!session) return { session: null, user: null };
	const {
		data: { user },
		error
	} = await supabase.auth.getUser();
	if (error || !user) return { session: null, user: null };
	return { session, user };
}

/**
 * `safeGetSession` for one request: the layouts and the page of a request each ask, but the auth server
 * is asked once per access token (a sign-in or sign-out during the request changes the token, and is
 * asked again).
 */
export function sessionVerifier(
	supabase: SupabaseClient
): () => Promise<{ session: Session | null; user: User | null }> {
	let verified: { token: string; result: Promise<{ session: Session | null; user: User | null }> } | null =
		null;
	// A refused refresh also removed the session; the other layouts of the request get the same answer.
	let rateLimited = false;
	return async () => {
		if (rateLimited) throw new AuthRateLimitedError();
		const session = await cookieSession(supabase).catch((error: unknown) => {
			if (error instanceof AuthRateLimitedError) rateLimited = true;
			throw error;
		});
		if (!session) return { session: null, user: null };
		if (verified?.token !== session.access_token) {
			verified = { token: session.access_token, result: verifiedSession(supabase) };
		}
		return verified.result;
	};
}
