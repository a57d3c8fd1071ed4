import type { Session, SupabaseClient, User } from '@supabase/supabase-js';

export type SignInResult =
	{ ok: true } | { ok: false; reason: 'invalid_credentials' | 'unavailable' | 'other' };

export async function signInWithPassword(
	supabase: SupabaseClient,
	email: string,
	password: string
): Promise<SignInResult> {
	try {
		const { error } = await supabase.auth.signInWithPassword({ email, password });
		if (!error) return { ok: true };
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

/** The session from the cookie, but only if the auth server confirms its JWT is valid. */
export async function verifiedSession(
	supabase: SupabaseClient
): Promise<{ session: Session | null; user: User | null }> {
	const {
		data: { session }
	} = await supabase.auth.getSession();
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
	return async () => {
		const {
			data: { session }
		} = await supabase.auth.getSession();
		if (!session) return { session: null, user: null };
		if (verified?.token !== session.access_token) {
			verified = { token: session.access_token, result: verifiedSession(supabase) };
		}
		return verified.result;
	};
}
