import { sendJson } from '../http.ts';
import type { StackContext } from '../context.ts';
import { inTransaction } from './db.ts';
import { badRequest, MESSAGES, unprocessable } from './errors.ts';
import { passwordMatches } from './passwords.ts';
import { readJsonObject, stringField, type AuthRequest } from './request.ts';
import { refreshSession, startSession } from './tokens.ts';
import { findUserByEmail, isBanned } from './users.ts';

/** POST /token?grant_type=password|refresh_token */
export async function token(context: StackContext, { req, res, url }: AuthRequest): Promise<void> {
	const grantType = url.searchParams.get('grant_type');
	if (grantType === 'password') {
		sendJson(res, 200, await passwordGrant(context, await readJsonObject(req)));
	} else if (grantType === 'refresh_token') {
		const body = await readJsonObject(req);
		sendJson(res, 200, await refreshSession(context, stringField(body, 'refresh_token') ?? ''));
	} else {
		// GoTrue's own (odd) error code for this case.
		throw badRequest('invalid_credentials', 'unsupported_grant_type');
	}
}

async function passwordGrant(context: StackContext, body: Record<string, unknown>) {
	const email = stringField(body, 'email');
	const phone = stringField(body, 'phone');
	const password = stringField(body, 'password') ?? '';
	if (email && phone) {
		throw badRequest(
			'validation_failed',
			'Only an email address or phone number should be provided on login.'
		);
	}
	if (phone) throw unprocessable('phone_provider_disabled', 'Phone logins are disabled');
	if (!email) throw badRequest('validation_failed', 'missing email or phone');

	const user = await findUserByEmail(context.pool, email);
	// One bcrypt comparison whatever the address: an unknown one answers as slowly as a wrong password, and
	// only who knows the password learns that the account is banned or unconfirmed.
	const matches = await passwordMatches(password, user?.encrypted_password);
	if (!user || !matches) throw badRequest('invalid_credentials', MESSAGES.invalidCredentials);
	if (isBanned(user)) throw badRequest('user_banned', 'User is banned');
	if (!user.email_confirmed_at) throw badRequest('email_not_confirmed', 'Email not confirmed');

	return inTransaction(context.pool, (client) => startSession(context, client, user, 'password'));
}
