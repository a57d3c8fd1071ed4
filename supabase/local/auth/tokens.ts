import { randomInt } from 'node:crypto';
import { SignJWT, errors as joseErrors, type JWTPayload } from 'jose';
import type pg from 'pg';
import type { SessionLifetime } from '../config.ts';
import type { StackContext } from '../context.ts';
import { verifyJwt } from '../keys.ts';
import { inTransaction, type Queryable } from './db.ts';
import { badRequest, forbidden } from './errors.ts';
import {
	AUDIENCE,
	findUserById,
	goTrueUser,
	isBanned,
	updateUser,
	userRole,
	type GoTrueUser,
	type UserRow
} from './users.ts';

/** GoTrue's default GOTRUE_SECURITY_REFRESH_TOKEN_REUSE_INTERVAL. */
export const REFRESH_TOKEN_REUSE_INTERVAL_SECONDS = 10;

export type AuthMethod = 'password' | 'invite' | 'otp' | 'email_change';

export interface SessionResponse {
	access_token: string;
	token_type: 'bearer';
	expires_in: number;
	expires_at: number;
	refresh_token: string;
	user: GoTrueUser;
}

/** The claims of an access token this server issued (or of an API key, which has no `sub`). */
export interface AccessTokenClaims extends JWTPayload {
	role?: string;
	email?: string;
	session_id?: string;
}

const REFRESH_TOKEN_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Twelve lowercase letters and digits, the format of GoTrue's refresh tokens. */
function newRefreshTokenString(): string {
	let token = '';
	for (let i = 0; i < 12; i++) token += REFRESH_TOKEN_ALPHABET[randomInt(REFRESH_TOKEN_ALPHABET.length)];
	return token;
}

/** Starts a session for a user who just authenticated; call inside a transaction. */
export async function startSession(
	context: StackContext,
	db: Queryable,
	user: UserRow,
	method: AuthMethod
): Promise<SessionResponse> {
	const signedIn = await updateUser(db, user.id, { last_sign_in_at: new Date() });
	const { rows } = await db.query<{ id: string }>(
		'insert into auth.sessions (user_id) values ($1) returning id',
		[user.id]
	);
	const sessionId = rows[0].id;
	await db.query('insert into auth.mfa_amr_claims (session_id, authentication_method) values ($1, $2)', [
		sessionId,
		method
	]);
	const refreshToken = await insertRefreshToken(db, user.id, sessionId, null);
	return sessionResponse(context, db, signedIn, sessionId, refreshToken);
}

async function insertRefreshToken(
	db: Queryable,
	userId: string,
	sessionId: string,
	parent: string | null
): Promise<string> {
	const token = newRefreshTokenString();
	await db.query(
		'insert into auth.refresh_tokens (token, user_id, session_id, parent) values ($1, $2, $3, $4)',
		[token, userId, sessionId, parent]
	);
	return token;
}

async function sessionResponse(
	context: StackContext,
	db: Queryable,
	user: UserRow,
	sessionId: string,
	refreshToken: string
): Promise<SessionResponse> {
	const { token, expiresAt } = await signAccessToken(context, db, user, sessionId);
	return {
		access_token: token,
		token_type: 'bearer',
		expires_in: context.jwtExpirySeconds,
		expires_at: expiresAt,
		refresh_token: refreshToken,
		user: await goTrueUser(db, user)
	};
}

async function authenticationMethods(db: Queryable, sessionId: string) {
	const { rows } = await db.query<{ method: string; timestamp: number }>(
		`select authentication_method as method, extract(epoch from updated_at)::int as timestamp
		from auth.mfa_amr_claims where session_id = $1 order by updated_at desc`,
		[sessionId]
	);
	return rows;
}

async function signAccessToken(
	context: StackContext,
	db: Queryable,
	user: UserRow,
	sessionId: string
): Promise<{ token: string; expiresAt: number }> {
	const issuedAt = Math.floor(Date.now() / 1000);
	const expiresAt = issuedAt + context.jwtExpirySeconds;
	const claims = {
		aud: user.aud ?? AUDIENCE,
		email: user.email ?? '',
		phone: user.phone ?? '',
		app_metadata: user.raw_app_meta_data ?? {},
		user_metadata: user.raw_user_meta_data ?? {},
		role: userRole(user),
		aal: 'aal1',
		amr: await authenticationMethods(db, sessionId),
		session_id: sessionId,
		is_anonymous: user.is_anonymous
	};
	const token = await new SignJWT(claims)
		.setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
		.setIssuer(`${context.apiUrl}/auth/v1`)
		.setSubject(user.id)
		.setIssuedAt(issuedAt)
		.setExpirationTime(expiresAt)
		.sign(new TextEncoder().encode(context.jwtSecret));
	return { token, expiresAt };
}

/** Verifies signature and expiry, answering like GoTrue's parseJWTClaims (403 `bad_jwt`). */
export async function verifyAccessToken(context: StackContext, token: string): Promise<AccessTokenClaims> {
	try {
		return await verifyJwt(token, context.jwtSecret);
	} catch (error) {
		throw forbidden('bad_jwt', `invalid JWT: unable to parse or verify signature, ${jwtFailure(error)}`);
	}
}

function jwtFailure(error: unknown): string {
	if (error instanceof joseErrors.JWTExpired) return 'token has invalid claims: token is expired';
	if (error instanceof joseErrors.JWTClaimValidationFailed) {
		return `token has invalid claims: ${error.message}`;
	}
	if (error instanceof joseErrors.JWSSignatureVerificationFailed) {
		return 'token signature is invalid: signature is invalid';
	}
	if (error instanceof joseErrors.JOSEAlgNotAllowed) {
		return 'token signature is invalid: signing method is invalid';
	}
	return 'token is malformed: could not parse the token';
}

interface RefreshTokenRow {
	id: string;
	token: string;
	user_id: string;
	session_id: string | null;
	revoked: boolean;
	parent: string | null;
	updated_at: Date;
	session_exists: boolean;
	not_after: Date | null;
	session_created_at: Date | null;
	/** When the session was last refreshed (GoTrue's sessions.refreshed_at); set at sign-in and every refresh. */
	session_refreshed_at: Date | null;
}

async function findRefreshToken(db: Queryable, token: string): Promise<RefreshTokenRow | undefined> {
	const { rows } = await db.query<RefreshTokenRow>(
		`select rt.id, rt.token, rt.user_id, rt.session_id, rt.revoked, rt.parent, rt.updated_at,
			s.id is not null as session_exists, s.not_after,
			s.created_at as session_created_at, s.updated_at as session_refreshed_at
		from auth.refresh_tokens rt left join auth.sessions s on s.id = rt.session_id
		where rt.token = $1`,
		[token]
	);
	return rows[0];
}

const refreshTokenNotFound = () =>
	badRequest('refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found');

/**
 * GoTrue's refresh_token grant with rotation: the presented token is revoked and a child issued. A revoked
 * token is still honoured when it is the parent of the session's active token (the client lost the answer,
 * or another tab refreshed first: the active token is returned) or when it was revoked less than the reuse
 * interval ago. Any other reuse revokes every token of the session.
 */
export async function refreshSession(context: StackContext, presented: string): Promise<SessionResponse> {
	if (!presented) throw badRequest('validation_failed', 'Refresh token is not valid');
	const found = await findRefreshToken(context.pool, presented);
	if (!found) throw refreshTokenNotFound();
	const sessionId = await refreshableSession(context, context.pool, found);
	const outcome = await inTransaction(context.pool, (client) =>
		rotate(context, client, presented, sessionId)
	);
	if (outcome === 'reused') {
		throw badRequest('refresh_token_already_used', 'Invalid Refresh Token: Already Used');
	}
	return outcome;
}

/** The checks GoTrue makes before locking anything; returns the token's session. */
async function refreshableSession(
	context: StackContext,
	db: Queryable,
	token: RefreshTokenRow
): Promise<string> {
	const user = await findUserById(db, token.user_id);
	if (!user) throw refreshTokenNotFound();
	if (isBanned(user)) throw badRequest('user_banned', 'Invalid Refresh Token: User Banned');
	if (!token.session_id || !token.session_exists) {
		await db.query('delete from auth.refresh_tokens where id = $1', [token.id]);
		throw badRequest('session_not_found', 'Invalid Refresh Token: No Valid Session Found');
	}
	const expiry = sessionExpiry(context.sessions, token, new Date());
	if (expiry === 'inactive') {
		throw badRequest('session_expired', 'Invalid Refresh Token: Session Expired (Inactivity)');
	}
	if (expiry) throw badRequest('session_expired', 'Invalid Refresh Token: Session Expired');
	return token.session_id;
}

/**
 * GoTrue's Session.CheckValidity: a session ends at its not_after, at the timebox after sign-in, and after the
 * inactivity timeout without a refresh. Its refresh tokens then fail with `session_expired`.
 */
function sessionExpiry(
	lifetime: SessionLifetime,
	token: RefreshTokenRow,
	now: Date
): 'not_after' | 'timebox' | 'inactive' | null {
	const after = (start: Date | null, seconds: number | null) =>
		start !== null && seconds !== null && now.getTime() > start.getTime() + seconds * 1000;
	if (token.not_after && now > token.not_after) return 'not_after';
	if (after(token.session_created_at, lifetime.timeboxSeconds)) return 'timebox';
	const lastRefresh = token.session_refreshed_at ?? token.session_created_at;
	if (after(lastRefresh, lifetime.inactivityTimeoutSeconds)) return 'inactive';
	return null;
}

async function rotate(
	context: StackContext,
	client: pg.PoolClient,
	presented: string,
	sessionId: string
): Promise<SessionResponse | 'reused'> {
	// The session row lock serialises every rotation in the session; whoever waited reads the token anew.
	const locked = await client.query('select id from auth.sessions where id = $1 for update', [sessionId]);
	const token = await findRefreshToken(client, presented);
	if (locked.rows.length === 0 || token?.session_id !== sessionId) throw refreshTokenNotFound();
	const user = await findUserById(client, token.user_id);
	if (!user) throw refreshTokenNotFound();

	let issued: string | undefined;
	if (token.revoked) {
		const active = await activeRefreshToken(client, sessionId);
		if (active?.parent === token.token) {
			issued = active.token;
		} else if (!withinReuseInterval(token)) {
			// Reuse outside the interval is taken for theft. GoTrue's classic tokens revoke the family, but that
			// stamps every token's updated_at, so the newest one is "within the reuse interval" again for ten
			// seconds: whoever holds it keeps the session. Like GoTrue's refresh tokens v2 (LogoutSession), the
			// whole session ends instead: every refresh token and access token of it is refused from now on.
			await endSession(client, sessionId);
			return 'reused';
		}
	}
	if (!issued) {
		await client.query('update auth.refresh_tokens set revoked = true, updated_at = now() where id = $1', [
			token.id
		]);
		issued = await insertRefreshToken(client, user.id, sessionId, token.token);
	}
	await client.query('update auth.sessions set updated_at = now() where id = $1', [sessionId]);
	return sessionResponse(context, client, user, sessionId, issued);
}

function withinReuseInterval(token: RefreshTokenRow): boolean {
	return Date.now() <= token.updated_at.getTime() + REFRESH_TOKEN_REUSE_INTERVAL_SECONDS * 1000;
}

async function activeRefreshToken(db: Queryable, sessionId: string) {
	const { rows } = await db.query<{ token: string; parent: string | null }>(
		`select token, parent from auth.refresh_tokens
		where session_id = $1 and not revoked order by id desc limit 1`,
		[sessionId]
	);
	return rows[0];
}

/** Signing out deletes sessions, and with them their refresh tokens, as GoTrue does. */
export async function endAllSessions(db: Queryable, userId: string): Promise<void> {
	await db.query('delete from auth.sessions where user_id = $1', [userId]);
}

export async function endSession(db: Queryable, sessionId: string): Promise<void> {
	await db.query('delete from auth.sessions where id = $1', [sessionId]);
}

export async function endOtherSessions(db: Queryable, userId: string, keptSessionId: string): Promise<void> {
	await db.query('delete from auth.sessions where user_id = $1 and id <> $2', [userId, keptSessionId]);
}
