import { describe, expect, it } from 'vitest';
import type { SupabaseClient } from '@supabase/supabase-js';
import { sessionVerifier } from './auth';

/** Just the two auth calls sessionVerifier makes, counting how often the auth server is asked. */
function fakeAuth(initialToken: string | null) {
	const state = { token: initialToken, getUserCalls: 0 };
	const client = {
		auth: {
			getSession: () =>
				Promise.resolve({ data: { session: state.token ? { access_token: state.token } : null } }),
			getUser: () => {
				state.getUserCalls++;
				return Promise.resolve({ data: { user: { id: `user-of-${state.token}` } }, error: null });
			}
		}
	} as unknown as SupabaseClient;
	return { client, state };
}

describe('sessionVerifier', () => {
	it('asks the auth server once for all the layouts and the page of one request', async () => {
		const { client, state } = fakeAuth('token-1');
		const safeGetSession = sessionVerifier(client);
		const results = await Promise.all([safeGetSession(), safeGetSession(), safeGetSession()]);
		expect(state.getUserCalls).toBe(1);
		expect(results.map((result) => result.user?.id)).toEqual([
			'user-of-token-1',
			'user-of-token-1',
			'user-of-token-1'
		]);
	});

	it('asks again after a sign-in changed the token, and reports no user after a sign-out', async () => {
		const { client, state } = fakeAuth(null);
		const safeGetSession = sessionVerifier(client);
		expect(await safeGetSession()).toEqual({ session: null, user: null });
		expect(state.getUserCalls).toBe(0);
		state.token = 'token-2';
		expect((await safeGetSession()).user?.id).toBe('user-of-token-2');
		state.token = null;
		expect(await safeGetSession()).toEqual({ session: null, user: null });
		expect(state.getUserCalls).toBe(1);
	});
});
