import type http from 'node:http';
import type { StackContext } from '../context.ts';
import { UUID_PATTERN } from './db.ts';
import { badRequest, forbidden, MESSAGES } from './errors.ts';
import { bearerToken } from './request.ts';
import { verifyAccessToken, type AccessTokenClaims } from './tokens.ts';
import { findUserById, type UserRow } from './users.ts';

/** Roles GoTrue treats as administrators (GOTRUE_JWT_ADMIN_ROLES). */
const ADMIN_ROLES = new Set(['service_role', 'supabase_admin']);

export interface Authenticated {
	claims: AccessTokenClaims;
	user: UserRow;
	/** Absent for tokens minted without a session, e.g. by hand with the JWT secret. */
	sessionId?: string;
}

/** GoTrue's requireAuthentication: a valid JWT whose user and session still exist. */
export async function authenticate(
	context: StackContext,
	req: http.IncomingMessage,
	url: URL
): Promise<Authenticated> {
	const claims = await verifyAccessToken(context, bearerToken(req, url));
	if (!claims.sub) throw forbidden('bad_jwt', 'invalid claim: missing sub claim');
	if (!UUID_PATTERN.test(claims.sub)) throw badRequest('bad_jwt', 'invalid claim: sub claim must be a UUID');
	const user = await findUserById(context.pool, claims.sub);
	if (!user) throw forbidden('user_not_found', 'User from sub claim in JWT does not exist');
	const sessionId = await existingSession(context, claims.session_id);
	return { claims, user, sessionId };
}

async function existingSession(context: StackContext, sessionId: unknown): Promise<string | undefined> {
	if (sessionId === undefined || sessionId === '' || sessionId === '00000000-0000-0000-0000-000000000000') {
		return undefined;
	}
	if (typeof sessionId !== 'string' || !UUID_PATTERN.test(sessionId)) {
		throw forbidden('bad_jwt', 'invalid claim: session_id claim must be a UUID');
	}
	const { rows } = await context.pool.query('select 1 from auth.sessions where id = $1', [sessionId]);
	if (rows.length === 0) {
		throw forbidden('session_not_found', 'Session from session_id claim in JWT does not exist');
	}
	return sessionId;
}

/** GoTrue's requireAdminCredentials: a valid JWT with an admin role, e.g. the service_role key. */
export async function requireAdmin(
	context: StackContext,
	req: http.IncomingMessage,
	url: URL
): Promise<AccessTokenClaims> {
	const claims = await verifyAccessToken(context, bearerToken(req, url));
	if (!claims.role || !ADMIN_ROLES.has(claims.role)) throw forbidden('not_admin', MESSAGES.notAdmin);
	return claims;
}
