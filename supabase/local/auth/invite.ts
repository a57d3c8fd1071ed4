import { sendJson } from '../http.ts';
import type { StackContext } from '../context.ts';
import { inTransaction, type Queryable } from './db.ts';
import { AuthError, badRequest, forbidden, MESSAGES, unprocessable } from './errors.ts';
import { requireAdmin } from './guards.ts';
import { isLinkFresh, newLinkToken, verifyLink } from './links.ts';
import { objectField, readJsonObject, sendRedirect, stringField, type AuthRequest } from './request.ts';
import { startSession, type AuthMethod, type SessionResponse } from './tokens.ts';
import {
	changeEmail,
	confirmEmail,
	DEFAULT_ROLE,
	findUserByColumn,
	findUserByEmail,
	goTrueUser,
	insertUser,
	isBanned,
	isEmailTaken,
	updateUser,
	type UserRow
} from './users.ts';
import { validateEmail } from './validation.ts';

/**
 * POST /invite (service role): creates an unconfirmed, invited user, or re-invites one who never
 * confirmed. There is no mailer, so the link that would be emailed is printed to the log.
 */
export async function invite(context: StackContext, { req, res, url }: AuthRequest): Promise<void> {
	await requireAdmin(context, req, url);
	const body = await readJsonObject(req);
	const email = validateEmail(stringField(body, 'email'));
	const userMetadata = objectField(body, 'data') ?? {};
	const token = newLinkToken();
	const user = await inTransaction(context.pool, async (client) => {
		const existing = await findUserByEmail(client, email);
		if (existing?.email_confirmed_at) throw unprocessable('email_exists', MESSAGES.duplicateEmail);
		if (existing) {
			const now = new Date();
			return updateUser(client, existing.id, {
				invited_at: now,
				confirmation_token: token,
				confirmation_sent_at: now
			});
		}
		return insertUser(client, {
			email,
			passwordHash: '',
			userMetadata,
			appMetadata: {},
			role: DEFAULT_ROLE,
			confirmed: false,
			invited: { confirmationToken: token }
		});
	});
	const link = verifyLink(context, token, 'invite', url.searchParams.get('redirect_to'));
	context.log(`auth: uitnodigingslink voor ${email}: ${link}`);
	sendJson(res, 200, await goTrueUser(context.pool, user));
}

/** GET /verify?token=&type=&redirect_to= : the link from an email; answers with a redirect. */
export async function verifyLinkGet(context: StackContext, { res, url }: AuthRequest): Promise<void> {
	const token = url.searchParams.get('token') ?? '';
	const type = url.searchParams.get('type') ?? '';
	requireTokenAndType(token, type);
	const redirectTo = context.redirects.target(url.searchParams.get('redirect_to'));
	try {
		const session = await redeemLink(context, type, token);
		sendRedirect(res, `${redirectTo}#${sessionFragment(session, type)}`);
	} catch (error) {
		if (!(error instanceof AuthError)) throw error;
		sendRedirect(res, errorRedirect(redirectTo, error));
	}
}

/** POST /verify { type, token_hash }: what auth-js verifyOtp sends for links handled by the app itself. */
export async function verifyLinkPost(context: StackContext, { req, res }: AuthRequest): Promise<void> {
	const body = await readJsonObject(req);
	const type = stringField(body, 'type') ?? '';
	const tokenHash = stringField(body, 'token_hash') ?? '';
	if (!tokenHash && stringField(body, 'token')) {
		// One-time codes are only ever emailed, and the local stack sends no email.
		throw forbidden('otp_expired', 'Token has expired or is invalid');
	}
	requireTokenAndType(tokenHash, type);
	sendJson(res, 200, await redeemLink(context, type, tokenHash));
}

function requireTokenAndType(token: string, type: string): void {
	if (!token) throw badRequest('validation_failed', 'Verify requires a token or a token hash');
	if (!type) throw badRequest('validation_failed', 'Verify requires a verification type');
}

const linkExpired = () => forbidden('otp_expired', MESSAGES.linkInvalid);

async function redeemLink(context: StackContext, type: string, token: string): Promise<SessionResponse> {
	if (type === 'invite' || type === 'signup') {
		const method: AuthMethod = type === 'invite' ? 'invite' : 'otp';
		return redeem(context, 'confirmation_token', token, async (client, user) => {
			if (!isLinkFresh(user.confirmation_sent_at)) throw linkExpired();
			return { user: await confirmEmail(client, user), method };
		});
	}
	if (type === 'email_change') {
		return redeem(context, 'email_change_token_new', token, async (client, user) => {
			if (!isLinkFresh(user.email_change_sent_at) || !user.email_change) throw linkExpired();
			if (await isEmailTaken(client, user.email_change, user.id)) {
				throw unprocessable('email_exists', MESSAGES.duplicateEmail);
			}
			const changed = await changeEmail(client, user, user.email_change);
			return { user: await confirmEmail(client, changed), method: 'email_change' };
		});
	}
	if (type === 'recovery' || type === 'magiclink' || type === 'email') throw linkExpired();
	throw badRequest('validation_failed', 'Invalid email verification type');
}

type Redemption = (db: Queryable, user: UserRow) => Promise<{ user: UserRow; method: AuthMethod }>;

async function redeem(
	context: StackContext,
	column: 'confirmation_token' | 'email_change_token_new',
	token: string,
	apply: Redemption
): Promise<SessionResponse> {
	return inTransaction(context.pool, async (client) => {
		const user = await findUserByColumn(client, column, token);
		if (!user) throw linkExpired();
		if (isBanned(user)) throw forbidden('user_banned', 'User is banned');
		const { user: confirmed, method } = await apply(client, user);
		return startSession(context, client, confirmed, method);
	});
}

/** GoTrue's AsRedirectURL: the session in the fragment, keys sorted like Go's url.Values.Encode. */
function sessionFragment(session: SessionResponse, type: string): string {
	const values: Record<string, string> = {
		access_token: session.access_token,
		expires_at: String(session.expires_at),
		expires_in: String(session.expires_in),
		refresh_token: session.refresh_token,
		sb: '',
		token_type: session.token_type,
		type
	};
	return new URLSearchParams(values).toString();
}

const OAUTH_ERRORS: Record<number, string> = {
	400: 'invalid_request',
	401: 'unauthorized_client',
	403: 'access_denied',
	422: 'invalid_request'
};

function errorRedirect(redirectTo: string, error: AuthError): string {
	const target = new URL(redirectTo);
	target.search = '';
	target.hash = new URLSearchParams({
		error: OAUTH_ERRORS[error.status] ?? 'server_error',
		error_code: error.errorCode,
		error_description: error.message
	}).toString();
	return target.href;
}
