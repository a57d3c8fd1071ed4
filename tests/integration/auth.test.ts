import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it, type TestContext } from 'vitest';
import pg from 'pg';
import { SignJWT, decodeJwt, jwtVerify } from 'jose';
import type { Session } from '@supabase/supabase-js';
import { anonClient, createSignedInUser, serviceClient, stack } from './helpers';
import { authServer } from './auth-server';
import { loadAuthConfig } from '../../supabase/local/config';

const authUrl = `${stack.apiUrl}/auth/v1`;

let database: pg.Pool | undefined;
afterAll(async () => {
	await database?.end();
});

/** Direct database access, only where the test owns the stack. */
function localDatabase(context: TestContext): pg.Pool {
	if (!stack.local || !stack.dbUrl) context.skip('needs direct database access to the local stack');
	database ??= new pg.Pool({ connectionString: stack.dbUrl, max: 2 });
	return database;
}

function jwtSecret(context: TestContext): Uint8Array {
	if (!stack.jwtSecret) context.skip('needs the JWT secret (SUPABASE_JWT_SECRET for a hosted project)');
	return new TextEncoder().encode(stack.jwtSecret);
}

const uniqueEmail = (label: string) => `${label}-${randomUUID().slice(0, 8)}@test.example`;
const strongPassword = () => `Pw-${randomUUID()}`;

async function createConfirmedUser(label: string, extra: Record<string, unknown> = {}) {
	const email = uniqueEmail(label);
	const password = strongPassword();
	const { data, error } = await serviceClient().auth.admin.createUser({
		email,
		password,
		email_confirm: true,
		...extra
	});
	if (error || !data.user) throw new Error(`createUser failed: ${error?.message}`);
	return { user: data.user, email, password };
}

async function signedInSession(email: string, password: string): Promise<Session> {
	const { data, error } = await anonClient().auth.signInWithPassword({ email, password });
	if (error || !data.session) throw new Error(`sign-in failed: ${error?.message}`);
	return data.session;
}

/** A request the way a client without supabase-js would send it. */
function rawAuth(path: string, init: RequestInit & { bearer?: string } = {}): Promise<Response> {
	const headers = new Headers(init.headers);
	headers.set('apikey', stack.anonKey);
	if (init.bearer) headers.set('authorization', `Bearer ${init.bearer}`);
	if (init.body !== undefined && !headers.has('content-type')) {
		headers.set('content-type', 'application/json');
	}
	return fetch(`${authUrl}${path}`, { ...init, headers, redirect: 'manual' });
}

function refreshRaw(refreshToken: string): Promise<Response> {
	return rawAuth('/token?grant_type=refresh_token', {
		method: 'POST',
		body: JSON.stringify({ refresh_token: refreshToken })
	});
}

describe('admin API', () => {
	it('creates a confirmed user with an email identity and lowercases the address', async () => {
		const email = uniqueEmail('Admin-Create').replace('admin', 'ADMIN');
		const { data, error } = await serviceClient().auth.admin.createUser({
			email,
			password: strongPassword(),
			email_confirm: true,
			user_metadata: { full_name: 'Anna Admin' },
			app_metadata: { organisation: 'heerlen' }
		});
		expect(error).toBeNull();
		const user = data.user!;
		expect(user.email).toBe(email.toLowerCase());
		expect(user.aud).toBe('authenticated');
		expect(user.role).toBe('authenticated');
		expect(user.email_confirmed_at).toMatch(/^\d{4}-\d\d-\d\dT/);
		expect(user.user_metadata).toMatchObject({ full_name: 'Anna Admin', email_verified: true });
		expect(user.app_metadata).toEqual({ provider: 'email', providers: ['email'], organisation: 'heerlen' });
		expect(user.identities).toHaveLength(1);
		expect(user.identities![0]).toMatchObject({ provider: 'email', id: user.id, user_id: user.id });
		expect(user.identities![0].identity_data).toMatchObject({ sub: user.id, email: email.toLowerCase() });
	});

	it('refuses a second user with the same address (any case) with email_exists', async () => {
		const { email } = await createConfirmedUser('dup');
		const { data, error } = await serviceClient().auth.admin.createUser({
			email: email.toUpperCase(),
			password: strongPassword()
		});
		expect(data.user).toBeNull();
		expect(error?.status).toBe(422);
		expect(error?.code).toBe('email_exists');
	});

	it('lists users page by page with the pagination GoTrue announces in its headers', async () => {
		for (let i = 0; i < 3; i++) await createConfirmedUser('list');
		const listed = await serviceClient().auth.admin.listUsers({ page: 1, perPage: 2 });
		if (listed.error) throw listed.error;
		const { data } = listed;
		expect(data.users).toHaveLength(2);
		expect(data.aud).toBe('authenticated');
		expect(data.total).toBeGreaterThanOrEqual(3);
		expect(data.nextPage).toBe(2);

		const raw = await fetch(`${authUrl}/admin/users?page=1&per_page=2`, {
			headers: { apikey: stack.serviceRoleKey, authorization: `Bearer ${stack.serviceRoleKey}` }
		});
		const total = Number(raw.headers.get('x-total-count'));
		expect(total).toBe(data.total);
		const lastPage = Math.ceil(total / 2);
		expect(raw.headers.get('link')).toBe(
			`</admin/users?page=2&per_page=2>; rel="next", </admin/users?page=${lastPage}&per_page=2>; rel="last"`
		);
		const secondPage = await serviceClient().auth.admin.listUsers({ page: 2, perPage: 2 });
		const firstIds = data.users.map((user) => user.id);
		expect(secondPage.data.users.some((user) => firstIds.includes(user.id))).toBe(false);
	});

	it('gets, updates (merging metadata) and deletes a user by id', async () => {
		const { user } = await createConfirmedUser('crud', { user_metadata: { a: 1, b: 2 } });
		const admin = serviceClient().auth.admin;

		const fetched = await admin.getUserById(user.id);
		expect(fetched.data.user?.id).toBe(user.id);

		const updated = await admin.updateUserById(user.id, {
			user_metadata: { b: null, c: 3 },
			app_metadata: { role_in_region: 'coordinator' }
		});
		expect(updated.error).toBeNull();
		expect(updated.data.user?.user_metadata).toMatchObject({ a: 1, c: 3 });
		expect(updated.data.user?.user_metadata).not.toHaveProperty('b');
		expect(updated.data.user?.app_metadata).toMatchObject({
			provider: 'email',
			role_in_region: 'coordinator'
		});

		const deleted = await admin.deleteUser(user.id);
		expect(deleted.error).toBeNull();
		const gone = await admin.getUserById(user.id);
		expect(gone.data.user).toBeNull();
		expect(gone.error?.status).toBe(404);
		expect(gone.error?.code).toBe('user_not_found');
	});

	it('answers 403 not_admin to the anon key and to a signed-in user', async () => {
		const asAnon = await anonClient().auth.admin.createUser({ email: uniqueEmail('nope'), password: 'x' });
		expect(asAnon.error?.status).toBe(403);
		expect(asAnon.error?.code).toBe('not_admin');
		expect(asAnon.error?.message).toBe('User not allowed');

		const listed = await anonClient().auth.admin.listUsers();
		expect(listed.error?.status).toBe(403);

		const { client } = await createSignedInUser('not-admin');
		const { data } = await client.auth.getSession();
		const response = await rawAuth('/admin/users', { bearer: data.session!.access_token });
		expect(response.status).toBe(403);
		expect(await response.json()).toMatchObject({ code: 403, error_code: 'not_admin' });
	});
});

describe('password sign-in', () => {
	it('returns a GoTrue session whose JWT carries the claims PostgREST and RLS use', async (context) => {
		const { user, email, password } = await createConfirmedUser('signin');
		const before = Math.floor(Date.now() / 1000);
		const { data, error } = await anonClient().auth.signInWithPassword({
			email: email.toUpperCase(),
			password
		});
		expect(error).toBeNull();
		const session = data.session!;
		expect(session.token_type).toBe('bearer');
		expect(session.expires_in).toBe(3600);
		expect(session.expires_at).toBeGreaterThanOrEqual(before + 3600);
		expect(session.refresh_token.length).toBeGreaterThanOrEqual(12);
		expect(session.user.id).toBe(user.id);
		expect(session.user.last_sign_in_at).toBeDefined();

		const claims = decodeJwt(session.access_token);
		expect(claims).toMatchObject({
			sub: user.id,
			role: 'authenticated',
			aud: 'authenticated',
			email,
			phone: '',
			aal: 'aal1',
			is_anonymous: false,
			iss: `${stack.apiUrl}/auth/v1`,
			app_metadata: { provider: 'email', providers: ['email'] }
		});
		expect(claims.exp).toBe(session.expires_at);
		expect(claims.session_id).toMatch(/^[0-9a-f-]{36}$/);
		expect(claims.amr).toEqual([{ method: 'password', timestamp: expect.any(Number) }]);
		await expect(jwtVerify(session.access_token, jwtSecret(context))).resolves.toBeTruthy();
	});

	it('refuses a wrong password with invalid_credentials (400)', async () => {
		const { email } = await createConfirmedUser('wrongpw');
		const { data, error } = await anonClient().auth.signInWithPassword({ email, password: 'wrong-password' });
		expect(data.session).toBeNull();
		expect(error?.status).toBe(400);
		expect(error?.code).toBe('invalid_credentials');
		expect(error?.message).toBe('Invalid login credentials');
	});

	it('answers an unknown address exactly like a wrong password', async () => {
		const { error } = await anonClient().auth.signInWithPassword({
			email: uniqueEmail('nobody'),
			password: 'whatever'
		});
		expect(error?.status).toBe(400);
		expect(error?.code).toBe('invalid_credentials');
	});

	it('refuses an unconfirmed address with email_not_confirmed', async () => {
		const email = uniqueEmail('unconfirmed');
		const password = strongPassword();
		await serviceClient().auth.admin.createUser({ email, password, email_confirm: false });
		const { error } = await anonClient().auth.signInWithPassword({ email, password });
		expect(error?.status).toBe(400);
		expect(error?.code).toBe('email_not_confirmed');
	});

	it('refuses a banned user and accepts them again once the ban is lifted', async () => {
		const { user, email, password } = await createConfirmedUser('banned');
		await serviceClient().auth.admin.updateUserById(user.id, { ban_duration: '24h' });
		const banned = await anonClient().auth.signInWithPassword({ email, password });
		expect(banned.error?.code).toBe('user_banned');

		await serviceClient().auth.admin.updateUserById(user.id, { ban_duration: 'none' });
		const again = await anonClient().auth.signInWithPassword({ email, password });
		expect(again.error).toBeNull();
	});

	it('accepts a password hashed by pgcrypto (seed data)', async (context) => {
		const db = localDatabase(context);
		const { user, email } = await createConfirmedUser('pgcrypto');
		await db.query(
			`update auth.users set encrypted_password = extensions.crypt('seeded-password', extensions.gen_salt('bf'))
			where id = $1`,
			[user.id]
		);
		const { rows } = await db.query('select encrypted_password from auth.users where id = $1', [user.id]);
		expect(rows[0].encrypted_password).toMatch(/^\$2a\$/);
		const { error } = await anonClient().auth.signInWithPassword({ email, password: 'seeded-password' });
		expect(error).toBeNull();
	});

	it('reports missing fields as validation_failed', async () => {
		const response = await rawAuth('/token?grant_type=password', {
			method: 'POST',
			body: JSON.stringify({ password: 'x' })
		});
		expect(response.status).toBe(400);
		expect(await response.json()).toEqual({
			code: 400,
			error_code: 'validation_failed',
			msg: 'missing email or phone'
		});
	});
});

describe('refresh token rotation', () => {
	it('rotates the refresh token and issues a fresh access token for the same session', async () => {
		const { email, password } = await createConfirmedUser('rotate');
		const client = anonClient();
		const { data: signIn } = await client.auth.signInWithPassword({ email, password });
		const first = signIn.session!;

		const { data, error } = await client.auth.refreshSession();
		expect(error).toBeNull();
		const second = data.session!;
		expect(second.refresh_token).not.toBe(first.refresh_token);
		// Within the same second GoTrue signs the same claims, so only expiry may be compared.
		expect(second.expires_at).toBeGreaterThanOrEqual(first.expires_at!);
		expect(decodeJwt(second.access_token).session_id).toBe(decodeJwt(first.access_token).session_id);
		expect(decodeJwt(second.access_token).amr).toEqual(decodeJwt(first.access_token).amr);

		const user = await client.auth.getUser();
		expect(user.data.user?.email).toBe(email);
	});

	it('gives the parent of the active token the active token back (a tab that lost the answer)', async () => {
		const { email, password } = await createConfirmedUser('parent');
		const first = await signedInSession(email, password);
		const second = await (await refreshRaw(first.refresh_token)).json();
		const retried = await refreshRaw(first.refresh_token);
		expect(retried.status).toBe(200);
		expect((await retried.json()).refresh_token).toBe(second.refresh_token);
	});

	it('serves concurrent refreshes of one token with one new token', async () => {
		const { email, password } = await createConfirmedUser('concurrent');
		const first = await signedInSession(email, password);
		const answers = await Promise.all([1, 2, 3].map(() => refreshRaw(first.refresh_token)));
		expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
		const tokens = new Set(
			await Promise.all(answers.map(async (answer) => (await answer.json()).refresh_token))
		);
		expect(tokens.size).toBe(1);
	});

	it('refuses an older revoked token after the reuse interval and ends the whole session for good', async (context) => {
		const db = localDatabase(context);
		const { email, password } = await createConfirmedUser('reuse');
		const first = await signedInSession(email, password);
		const second = await (await refreshRaw(first.refresh_token)).json();
		const third = await (await refreshRaw(second.refresh_token)).json();
		expect(third.refresh_token).not.toBe(second.refresh_token);

		// Within the 10 s reuse interval the grandparent is still honoured ...
		const { session_id: sessionId } = decodeJwt(first.access_token);
		await db.query(
			`update auth.refresh_tokens set updated_at = now() - interval '11 seconds' where session_id = $1`,
			[sessionId]
		);
		// ... after it, reuse is treated as theft.
		const reused = await refreshRaw(first.refresh_token);
		expect(reused.status).toBe(400);
		expect(await reused.json()).toEqual({
			code: 400,
			error_code: 'refresh_token_already_used',
			msg: 'Invalid Refresh Token: Already Used'
		});
		const { rows } = await db.query(
			'select count(*)::int as n from auth.refresh_tokens where session_id = $1',
			[sessionId]
		);
		expect(rows[0].n).toBe(0);

		// Attack finding 15: revoking the family stamped every token, so the newest one refreshed again within
		// the reuse interval and undid the detection. The session itself ends now (GoTrue's refresh tokens v2):
		// its newest refresh token and its access token are refused, another session of the user is not.
		const newest = await refreshRaw(third.refresh_token);
		expect(newest.status).toBe(400);
		expect((await newest.json()).error_code).toBe('refresh_token_not_found');
		const user = await rawAuth('/user', { bearer: third.access_token });
		expect(user.status).toBe(403);
		expect((await user.json()).error_code).toBe('session_not_found');
		const other = await signedInSession(email, password);
		expect((await refreshRaw(other.refresh_token)).status).toBe(200);
	});

	it('ends a session eight hours after sign-in however active ([auth.sessions] timebox)', async (context) => {
		// Attack finding 15: the eight hours were only the cookie's Max-Age; a copied refresh token kept working.
		const db = localDatabase(context);
		const { email, password } = await createConfirmedUser('timebox');
		const session = await signedInSession(email, password);
		const { session_id: sessionId } = decodeJwt(session.access_token);
		// Seven hours and 59 minutes in, and just refreshed: still fine.
		await db.query(
			`update auth.sessions set created_at = now() - interval '7 hours 59 minutes' where id = $1`,
			[sessionId]
		);
		const fresh = await refreshRaw(session.refresh_token);
		expect(fresh.status).toBe(200);
		const rotated = (await fresh.json()).refresh_token;

		await db.query(
			`update auth.sessions set created_at = now() - interval '8 hours 1 minute' where id = $1`,
			[sessionId]
		);
		const late = await refreshRaw(rotated);
		expect(late.status).toBe(400);
		expect(await late.json()).toEqual({
			code: 400,
			error_code: 'session_expired',
			msg: 'Invalid Refresh Token: Session Expired'
		});
		// The refresh token a thief copied earlier is refused just the same.
		expect((await refreshRaw(session.refresh_token)).status).toBe(400);
	});

	it('ends a session after the inactivity timeout without a refresh, when config.toml sets one', async (context) => {
		const db = localDatabase(context);
		const config = {
			...loadAuthConfig(),
			sessions: { timeboxSeconds: null, inactivityTimeoutSeconds: 3600 }
		};
		const server = await authServer({ config });
		try {
			const refresh = (token: string) =>
				fetch(`${server.url}/token?grant_type=refresh_token`, {
					method: 'POST',
					headers: { apikey: stack.anonKey, 'content-type': 'application/json' },
					body: JSON.stringify({ refresh_token: token })
				});
			const { email, password } = await createConfirmedUser('inactive');
			const session = await signedInSession(email, password);
			const { session_id: sessionId } = decodeJwt(session.access_token);
			await db.query(`update auth.sessions set updated_at = now() - interval '59 minutes' where id = $1`, [
				sessionId
			]);
			const active = await refresh(session.refresh_token);
			expect(active.status).toBe(200);
			await db.query(`update auth.sessions set updated_at = now() - interval '61 minutes' where id = $1`, [
				sessionId
			]);
			const idle = await refresh((await active.json()).refresh_token);
			expect(idle.status).toBe(400);
			expect((await idle.json()).msg).toBe('Invalid Refresh Token: Session Expired (Inactivity)');
		} finally {
			await server.close();
		}
	});

	it('answers an unknown refresh token with refresh_token_not_found', async () => {
		const { data, error } = await anonClient().auth.refreshSession({ refresh_token: 'abcdefghijkl' });
		expect(data.session).toBeNull();
		expect(error?.status).toBe(400);
		expect(error?.code).toBe('refresh_token_not_found');
	});
});

describe('the current user', () => {
	it('returns the signed-in user', async () => {
		const { client, id, email } = await createSignedInUser('getuser');
		const { data, error } = await client.auth.getUser();
		expect(error).toBeNull();
		expect(data.user).toMatchObject({ id, email, aud: 'authenticated', role: 'authenticated' });
	});

	it('refuses an expired JWT with 403 bad_jwt and keeps serving', async (context) => {
		const secret = jwtSecret(context);
		const { id } = await createSignedInUser('expired');
		const past = Math.floor(Date.now() / 1000) - 7200;
		const expired = await new SignJWT({ role: 'authenticated', aud: 'authenticated' })
			.setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
			.setSubject(id)
			.setIssuedAt(past)
			.setExpirationTime(past + 3600)
			.sign(secret);
		const { data, error } = await anonClient().auth.getUser(expired);
		expect(data.user).toBeNull();
		expect(error?.status).toBe(403);
		expect(error?.code).toBe('bad_jwt');
		expect(error?.message).toContain('token is expired');

		const tampered = expired.slice(0, -4) + (expired.endsWith('AAAA') ? 'BBBB' : 'AAAA');
		const response = await rawAuth('/user', { bearer: tampered });
		expect(response.status).toBe(403);
		expect((await response.json()).error_code).toBe('bad_jwt');

		const health = await rawAuth('/settings');
		expect(health.status).toBe(200);
	});

	it('answers 403 user_not_found once the user is deleted', async () => {
		const { client, id } = await createSignedInUser('deleted');
		const { data } = await client.auth.getSession();
		await serviceClient().auth.admin.deleteUser(id);
		const response = await rawAuth('/user', { bearer: data.session!.access_token });
		expect(response.status).toBe(403);
		expect((await response.json()).error_code).toBe('user_not_found');
	});

	it('updates user metadata (merging) and the password', async () => {
		const { client, email, password } = await createSignedInUser('update');
		const first = await client.auth.updateUser({ data: { full_name: 'Bea', team: 'noord' } });
		expect(first.error).toBeNull();
		const second = await client.auth.updateUser({ data: { team: null } });
		expect(second.data.user?.user_metadata).toMatchObject({ full_name: 'Bea' });
		expect(second.data.user?.user_metadata).not.toHaveProperty('team');

		const same = await client.auth.updateUser({ password });
		expect(same.error?.code).toBe('same_password');
		const weak = await client.auth.updateUser({ password: '123' });
		expect(weak.error?.code).toBe('weak_password');

		const newPassword = strongPassword();
		const changed = await client.auth.updateUser({ password: newPassword });
		expect(changed.error).toBeNull();
		expect((await anonClient().auth.signInWithPassword({ email, password })).error?.code).toBe(
			'invalid_credentials'
		);
		expect((await anonClient().auth.signInWithPassword({ email, password: newPassword })).error).toBeNull();
		// The session that changed the password stays valid.
		expect((await client.auth.getUser()).error).toBeNull();
	});
});

describe('sign-out', () => {
	it('ends the session: its refresh token and access token are refused afterwards', async () => {
		const { client } = await createSignedInUser('signout');
		const { data } = await client.auth.getSession();
		const session = data.session!;
		expect((await client.auth.signOut()).error).toBeNull();

		const refresh = await anonClient().auth.refreshSession({ refresh_token: session.refresh_token });
		expect(refresh.error?.status).toBe(400);
		expect(refresh.error?.code).toBe('refresh_token_not_found');

		const response = await rawAuth('/user', { bearer: session.access_token });
		expect(response.status).toBe(403);
		expect(await response.json()).toEqual({
			code: 403,
			error_code: 'session_not_found',
			msg: 'Session from session_id claim in JWT does not exist'
		});
		const viaClient = await anonClient().auth.getUser(session.access_token);
		expect(viaClient.error?.name).toBe('AuthSessionMissingError');
	});

	it('with scope "others" keeps the current session and ends the other ones', async () => {
		const { email, password } = await createConfirmedUser('others');
		const laptop = anonClient();
		await laptop.auth.signInWithPassword({ email, password });
		const phone = await signedInSession(email, password);

		expect((await laptop.auth.signOut({ scope: 'others' })).error).toBeNull();
		expect((await refreshRaw(phone.refresh_token)).status).toBe(400);
		expect((await laptop.auth.refreshSession()).error).toBeNull();
	});

	it('with scope "local" ends only this session', async () => {
		const { email, password } = await createConfirmedUser('local');
		const laptop = await signedInSession(email, password);
		const phone = await signedInSession(email, password);
		const response = await rawAuth('/logout?scope=local', { method: 'POST', bearer: laptop.access_token });
		expect(response.status).toBe(204);
		expect((await refreshRaw(laptop.refresh_token)).status).toBe(400);
		expect((await refreshRaw(phone.refresh_token)).status).toBe(200);
	});
});

describe('signup', () => {
	it('is refused with signup_disabled when signups are off', async (context) => {
		const settings = await (await rawAuth('/settings')).json();
		if (!settings.disable_signup) context.skip('signups are enabled on this project');
		const { data, error } = await anonClient().auth.signUp({
			email: uniqueEmail('signup'),
			password: strongPassword()
		});
		expect(data.user).toBeNull();
		expect(error?.status).toBe(422);
		expect(error?.code).toBe('signup_disabled');
		expect(error?.message).toBe('Signups not allowed for this instance');
	});
});

describe('invitations', () => {
	it('creates an unconfirmed user with invited_at who cannot sign in yet', async () => {
		const email = uniqueEmail('invite');
		const { data, error } = await serviceClient().auth.admin.inviteUserByEmail(email, {
			data: { full_name: 'Ivo Invited' }
		});
		expect(error).toBeNull();
		expect(data.user?.email).toBe(email);
		expect(data.user?.invited_at).toMatch(/^\d{4}-/);
		expect(data.user?.email_confirmed_at).toBeUndefined();
		expect(data.user?.user_metadata).toMatchObject({ full_name: 'Ivo Invited' });

		const again = await serviceClient().auth.admin.inviteUserByEmail(email);
		expect(again.error).toBeNull();
		expect(again.data.user?.id).toBe(data.user?.id);

		const signIn = await anonClient().auth.signInWithPassword({ email, password: 'anything' });
		expect(signIn.error?.code).toBe('invalid_credentials');

		const notAdmin = await anonClient().auth.admin.inviteUserByEmail(uniqueEmail('invite'));
		expect(notAdmin.error?.code).toBe('not_admin');
	});

	it('prints the invite link, which signs the person in so they can choose a password', async (context) => {
		const db = localDatabase(context);
		const printed: string[] = [];
		const server = await authServer({ log: (message) => printed.push(message) });
		try {
			const email = uniqueEmail('link');
			const redirectTo = 'http://localhost:5173/welkom?stap=1';
			const invited = await fetch(`${server.url}/invite?redirect_to=${encodeURIComponent(redirectTo)}`, {
				method: 'POST',
				headers: { authorization: `Bearer ${stack.serviceRoleKey}`, 'content-type': 'application/json' },
				body: JSON.stringify({ email })
			});
			expect(invited.status).toBe(200);
			const line = printed.find((message) => message.includes(email));
			const link = new URL(/(http\S+)/.exec(line ?? '')![1]);
			expect(link.pathname).toBe('/auth/v1/verify');
			expect(link.searchParams.get('type')).toBe('invite');
			expect(link.searchParams.get('redirect_to')).toBe(redirectTo);
			const { rows } = await db.query('select confirmation_token from auth.users where email = $1', [email]);
			expect(link.searchParams.get('token')).toBe(rows[0].confirmation_token);

			const verified = await rawAuth(`/verify${link.search}`);
			expect(verified.status).toBe(303);
			const location = verified.headers.get('location')!;
			expect(location.startsWith(`${redirectTo}#`)).toBe(true);
			const fragment = new URLSearchParams(location.split('#')[1]);
			expect(fragment.get('type')).toBe('invite');
			expect(fragment.get('token_type')).toBe('bearer');
			expect(fragment.get('expires_in')).toBe('3600');
			expect(decodeJwt(fragment.get('access_token')!).amr).toEqual([
				{ method: 'invite', timestamp: expect.any(Number) }
			]);

			const client = anonClient();
			const set = await client.auth.setSession({
				access_token: fragment.get('access_token')!,
				refresh_token: fragment.get('refresh_token')!
			});
			expect(set.error).toBeNull();
			expect(set.data.user?.email_confirmed_at).toBeDefined();
			const password = strongPassword();
			expect((await client.auth.updateUser({ password })).error).toBeNull();
			expect((await anonClient().auth.signInWithPassword({ email, password })).error).toBeNull();

			const reused = await rawAuth(`/verify${link.search}`);
			const reusedFragment = new URLSearchParams(reused.headers.get('location')!.split('#')[1]);
			expect(reusedFragment.get('error_code')).toBe('otp_expired');
		} finally {
			await server.close();
		}
	});
});

describe('robustness', () => {
	it('answers malformed JSON with 400 bad_json', async () => {
		const response = await rawAuth('/token?grant_type=password', { method: 'POST', body: '{"email": ' });
		expect(response.status).toBe(400);
		expect(await response.json()).toMatchObject({ code: 400, error_code: 'bad_json' });
		expect(response.headers.get('x-supabase-api-version')).toBeNull();
	});

	it('answers wrongly typed fields and non-object bodies with bad_json', async () => {
		for (const body of ['[]', '"text"', JSON.stringify({ email: 42, password: 'x' })]) {
			const response = await rawAuth('/token?grant_type=password', { method: 'POST', body });
			expect(response.status).toBe(400);
			expect((await response.json()).error_code).toBe('bad_json');
		}
	});

	it('refuses bodies over 1 MB with 413', async (context) => {
		if (!stack.local) context.skip('the body limit is a property of the local server');
		const response = await rawAuth('/token?grant_type=password', {
			method: 'POST',
			body: JSON.stringify({ email: 'a@b.example', password: 'x'.repeat(2 * 1024 * 1024) })
		});
		expect(response.status).toBe(413);
	});

	it('answers unknown paths with 404 and wrong methods with 405', async () => {
		const unknown = await rawAuth('/does-not-exist');
		expect(unknown.status).toBe(404);
		const wrongMethod = await rawAuth('/token?grant_type=password', { method: 'GET' });
		expect(wrongMethod.status).toBe(405);
		expect(wrongMethod.headers.get('allow')).toBe('POST');
		const unsupportedGrant = await rawAuth('/token?grant_type=magic', { method: 'POST', body: '{}' });
		expect(await unsupportedGrant.json()).toMatchObject({ code: 400, msg: 'unsupported_grant_type' });
	});

	it('publishes GoTrue-style settings', async (context) => {
		if (!stack.local) context.skip('settings of a hosted project differ');
		const settings = await (await rawAuth('/settings')).json();
		expect(settings).toMatchObject({
			disable_signup: true,
			mailer_autoconfirm: true,
			external: { email: true, phone: false, google: false }
		});
	});
});
