import { sendJson } from '../http.ts';
import type { StackContext } from '../context.ts';
import { inTransaction, type Queryable } from './db.ts';
import { badRequest, forbidden, MESSAGES, unprocessable } from './errors.ts';
import { authenticate, type Authenticated } from './guards.ts';
import { checkPasswordStrength, hashPassword, passwordMatches } from './passwords.ts';
import {
	objectField,
	readJsonObject,
	sendNoContent,
	stringField,
	type AuthRequest,
	type JsonObject
} from './request.ts';
import { endAllSessions, endOtherSessions, endSession, startSession } from './tokens.ts';
import {
	AUDIENCE,
	DEFAULT_ROLE,
	findUserByEmail,
	goTrueUser,
	insertUser,
	isEmailTaken,
	mergeMetadata,
	updateUser,
	type UserChanges,
	type UserRow
} from './users.ts';
import { validateEmail } from './validation.ts';
import { newLinkToken, verifyLink } from './links.ts';

/**
 * POST /signup. Without a mailer the local stack confirms new addresses at once (GoTrue's
 * MAILER_AUTOCONFIRM, the Supabase CLI default), so a successful signup returns a session.
 */
export async function signup(context: StackContext, { req, res }: AuthRequest): Promise<void> {
	if (!context.signupEnabled) throw unprocessable('signup_disabled', MESSAGES.signupDisabled);
	const body = await readJsonObject(req);
	const rawEmail = stringField(body, 'email');
	const password = stringField(body, 'password') ?? '';
	if (stringField(body, 'phone')) {
		throw unprocessable('phone_provider_disabled', 'Phone signups are disabled');
	}
	if (!rawEmail && !password) {
		throw unprocessable('anonymous_provider_disabled', 'Anonymous sign-ins are disabled');
	}
	const email = validateEmail(rawEmail);
	if (!password) throw unprocessable('validation_failed', 'Signup requires a valid password');
	checkPasswordStrength(password);
	if (await findUserByEmail(context.pool, email)) {
		throw unprocessable('user_already_exists', MESSAGES.userAlreadyRegistered);
	}
	const passwordHash = await hashPassword(password);
	const session = await inTransaction(context.pool, async (client) => {
		const user = await insertUser(client, {
			email,
			passwordHash,
			userMetadata: objectField(body, 'data') ?? {},
			appMetadata: {},
			role: DEFAULT_ROLE,
			confirmed: true
		});
		return startSession(context, client, user, 'password');
	});
	sendJson(res, 200, session);
}

/** GET /user */
export async function getUser(context: StackContext, { req, res, url }: AuthRequest): Promise<void> {
	const { claims, user } = await authenticate(context, req, url);
	const audience = Array.isArray(claims.aud) ? claims.aud[0] : claims.aud;
	if (audience !== AUDIENCE) {
		throw badRequest('validation_failed', "Token audience doesn't match request audience");
	}
	sendJson(res, 200, await goTrueUser(context.pool, user));
}

interface UserUpdate {
	email?: string;
	password?: string;
	data?: JsonObject;
}

function parseUserUpdate(body: JsonObject): UserUpdate {
	const email = stringField(body, 'email');
	const password = stringField(body, 'password');
	if (password !== undefined) checkPasswordStrength(password);
	if (objectField(body, 'app_metadata')) {
		throw forbidden('not_admin', 'Updating app_metadata requires admin privileges');
	}
	if (stringField(body, 'phone')) throw unprocessable('phone_provider_disabled', 'Phone logins are disabled');
	return { email: email ? validateEmail(email) : undefined, password, data: objectField(body, 'data') };
}

/** PUT /user: password, user metadata (`data`) and email (confirmed through a link printed to the log). */
export async function updateOwnUser(context: StackContext, { req, res, url }: AuthRequest): Promise<void> {
	const auth = await authenticate(context, req, url);
	const update = parseUserUpdate(await readJsonObject(req));
	const { user } = auth;
	const newEmail = update.email !== undefined && update.email !== user.email ? update.email : undefined;
	if (newEmail && (await isEmailTaken(context.pool, newEmail, user.id))) {
		throw unprocessable('email_exists', MESSAGES.duplicateEmail);
	}
	if (update.password && (await passwordMatches(update.password, user.encrypted_password))) {
		throw unprocessable('same_password', 'New password should be different from the old password.');
	}
	const passwordHash = update.password === undefined ? undefined : await hashPassword(update.password);
	// The confirmation of a new address is an email GoTrue would send: it counts against email_sent.
	if (newEmail) context.authRateLimiter?.take('emailSent', 'project');
	const emailChangeToken = newEmail ? newLinkToken() : undefined;

	const updated = await inTransaction(context.pool, async (client) => {
		let current = user;
		if (passwordHash !== undefined) current = await changePassword(client, auth, passwordHash);
		const changes: UserChanges = {};
		if (update.data) changes.raw_user_meta_data = mergeMetadata(current.raw_user_meta_data, update.data);
		if (newEmail && emailChangeToken) {
			changes.email_change = newEmail;
			changes.email_change_token_new = emailChangeToken;
			changes.email_change_sent_at = new Date();
		}
		return Object.keys(changes).length ? updateUser(client, user.id, changes) : current;
	});
	if (emailChangeToken) logEmailChangeLink(context, updated, emailChangeToken, url);
	sendJson(res, 200, await goTrueUser(context.pool, updated));
}

/** GoTrue's UpdatePassword: pending links die and every other session of the user is signed out. */
async function changePassword(db: Queryable, { user, sessionId }: Authenticated, passwordHash: string) {
	if (sessionId) await endOtherSessions(db, user.id, sessionId);
	else await endAllSessions(db, user.id);
	return updateUser(db, user.id, {
		encrypted_password: passwordHash,
		confirmation_token: '',
		confirmation_sent_at: null,
		email_change_token_new: '',
		email_change_sent_at: null
	});
}

function logEmailChangeLink(context: StackContext, user: UserRow, token: string, url: URL): void {
	const link = verifyLink(context, token, 'email_change', url.searchParams.get('redirect_to'));
	context.log(`auth: bevestigingslink voor nieuw e-mailadres ${user.email_change}: ${link}`);
}

type LogoutScope = 'global' | 'local' | 'others';

const END_SESSIONS: Record<LogoutScope, (db: Queryable, userId: string, sessionId: string) => Promise<void>> =
	{
		global: (db, userId) => endAllSessions(db, userId),
		local: (db, _userId, sessionId) => endSession(db, sessionId),
		others: (db, userId, sessionId) => endOtherSessions(db, userId, sessionId)
	};

function isLogoutScope(scope: string): scope is LogoutScope {
	return Object.hasOwn(END_SESSIONS, scope);
}

/** POST /logout?scope=global|local|others */
export async function logout(context: StackContext, { req, res, url }: AuthRequest): Promise<void> {
	const scope = url.searchParams.get('scope') || 'global';
	if (!isLogoutScope(scope)) throw badRequest('validation_failed', `Unsupported logout scope "${scope}"`);
	const { user, sessionId } = await authenticate(context, req, url);
	// A token without a session (minted by hand) has nothing to end.
	if (sessionId) await END_SESSIONS[scope](context.pool, user.id, sessionId);
	sendNoContent(res);
}
