import type http from 'node:http';
import { sendJson } from '../http.ts';
import type { StackContext } from '../context.ts';
import { inTransaction, UUID_PATTERN, type Queryable } from './db.ts';
import { badRequest, MESSAGES, notFound, unprocessable } from './errors.ts';
import { requireAdmin } from './guards.ts';
import { checkPasswordStrength, hashPassword } from './passwords.ts';
import {
	booleanField,
	objectField,
	readJsonObject,
	readOptionalJsonObject,
	stringField,
	type AuthRequest,
	type JsonObject
} from './request.ts';
import { endAllSessions } from './tokens.ts';
import {
	AUDIENCE,
	changeEmail,
	confirmEmail,
	DEFAULT_ROLE,
	findUserById,
	goTrueUser,
	goTrueUsers,
	insertUser,
	isEmailTaken,
	listUsers,
	mergeMetadata,
	updateUser,
	type UserChanges,
	type UserRow
} from './users.ts';
import { validateEmail } from './validation.ts';

const DEFAULT_PER_PAGE = 50;

/** The attributes auth-js admin.createUser / updateUserById send (AdminUserAttributes). */
interface AdminUserParams {
	email?: string;
	password?: string;
	passwordHash?: string;
	emailConfirm: boolean;
	userMetadata?: JsonObject;
	appMetadata?: JsonObject;
	role?: string;
	bannedUntil?: Date | null;
	id?: string;
}

function parseAdminUserParams(body: JsonObject): AdminUserParams {
	if (stringField(body, 'phone')) throw unprocessable('phone_provider_disabled', 'Phone logins are disabled');
	const rawEmail = stringField(body, 'email');
	const banDuration = stringField(body, 'ban_duration');
	return {
		email: rawEmail ? validateEmail(rawEmail) : undefined,
		password: stringField(body, 'password'),
		passwordHash: stringField(body, 'password_hash'),
		emailConfirm: booleanField(body, 'email_confirm') ?? false,
		userMetadata: objectField(body, 'user_metadata'),
		appMetadata: objectField(body, 'app_metadata'),
		role: stringField(body, 'role')?.trim() || undefined,
		bannedUntil: banDuration ? bannedUntil(banDuration) : undefined,
		id: stringField(body, 'id')
	};
}

const GO_DURATION_UNITS_MS: Record<string, number> = {
	ns: 1e-6,
	us: 1e-3,
	µs: 1e-3,
	ms: 1,
	s: 1000,
	m: 60_000,
	h: 3_600_000
};

/** `ban_duration` is a Go duration ("24h", "1h30m") or "none" to lift a ban. */
function bannedUntil(duration: string): Date | null {
	if (duration === 'none') return null;
	const parts = [...duration.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)];
	if (parts.length === 0 || parts.map((part) => part[0]).join('') !== duration) {
		throw badRequest(
			'validation_failed',
			`invalid format for ban duration: time: invalid duration "${duration}"`
		);
	}
	const ms = parts.reduce(
		(total, [, amount, unit]) => total + Number(amount) * GO_DURATION_UNITS_MS[unit],
		0
	);
	return new Date(Date.now() + ms);
}

const BCRYPT_HASH = /^\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}$/;

async function passwordHashFor(params: AdminUserParams): Promise<string | undefined> {
	if (params.password && params.passwordHash) {
		throw badRequest('validation_failed', 'Only a password or a password hash should be provided');
	}
	if (params.passwordHash !== undefined) {
		if (!BCRYPT_HASH.test(params.passwordHash)) {
			throw badRequest('validation_failed', 'Invalid password hash: only bcrypt hashes are supported');
		}
		return params.passwordHash;
	}
	return params.password ? hashPassword(params.password) : undefined;
}

/** POST /admin/users */
async function createUser(context: StackContext, req: http.IncomingMessage): Promise<UserRow> {
	const params = parseAdminUserParams(await readJsonObject(req));
	if (!params.email) {
		throw badRequest('validation_failed', 'Cannot create a user without either an email or phone');
	}
	if (params.id !== undefined && !UUID_PATTERN.test(params.id)) {
		throw badRequest('validation_failed', 'ID must conform to the uuid v4 format');
	}
	if (await isEmailTaken(context.pool, params.email)) {
		throw unprocessable('email_exists', MESSAGES.duplicateEmail);
	}
	if (params.id && (await findUserById(context.pool, params.id))) {
		throw unprocessable('user_already_exists', 'User already exists');
	}
	const passwordHash = (await passwordHashFor(params)) ?? '';
	const email = params.email;
	return inTransaction(context.pool, async (client) => {
		const user = await insertUser(client, {
			id: params.id,
			email,
			passwordHash,
			userMetadata: params.userMetadata ?? {},
			appMetadata: params.appMetadata ?? {},
			role: params.role ?? DEFAULT_ROLE,
			confirmed: params.emailConfirm
		});
		if (params.bannedUntil === undefined) return user;
		return updateUser(client, user.id, { banned_until: params.bannedUntil });
	});
}

/** PUT /admin/users/:id */
async function updateUserById(
	context: StackContext,
	req: http.IncomingMessage,
	id: string
): Promise<UserRow> {
	const params = parseAdminUserParams(await readJsonObject(req));
	const user = await loadUser(context.pool, id);
	if (params.password !== undefined) checkPasswordStrength(params.password);
	if (params.email && params.email !== user.email && (await isEmailTaken(context.pool, params.email, id))) {
		throw unprocessable('email_exists', MESSAGES.duplicateEmail);
	}
	const passwordHash = await passwordHashFor(params);
	return inTransaction(context.pool, async (client) => {
		let current = user;
		if (params.emailConfirm && !current.email_confirmed_at) current = await confirmEmail(client, current);
		if (params.email && params.email !== current.email) {
			current = await changeEmail(client, current, params.email);
		}
		if (passwordHash !== undefined) {
			// A new password signs the user out everywhere, as GoTrue's UpdatePassword without a session.
			await endAllSessions(client, id);
		}
		const changes: UserChanges = {
			encrypted_password: passwordHash,
			role: params.role,
			banned_until: params.bannedUntil,
			raw_app_meta_data: params.appMetadata && mergeMetadata(current.raw_app_meta_data, params.appMetadata),
			raw_user_meta_data:
				params.userMetadata && mergeMetadata(current.raw_user_meta_data, params.userMetadata)
		};
		return updateUser(client, id, changes);
	});
}

/** DELETE /admin/users/:id, hard by default; `should_soft_delete` keeps an anonymised row like GoTrue. */
async function deleteUserById(context: StackContext, req: http.IncomingMessage, id: string): Promise<void> {
	const softDelete = booleanField(await readOptionalJsonObject(req), 'should_soft_delete') ?? false;
	const user = await loadUser(context.pool, id);
	if (!softDelete) {
		await context.pool.query('delete from auth.users where id = $1', [user.id]);
		return;
	}
	await inTransaction(context.pool, async (client) => {
		await client.query('delete from auth.identities where user_id = $1', [id]);
		await endAllSessions(client, id);
		await client.query(
			`update auth.users set email = null, phone = null, encrypted_password = '', confirmation_token = '',
				email_change = '', email_change_token_new = '', raw_app_meta_data = '{}', raw_user_meta_data = '{}',
				deleted_at = now(), updated_at = now()
			where id = $1`,
			[id]
		);
	});
}

async function loadUser(db: Queryable, id: string): Promise<UserRow> {
	if (!UUID_PATTERN.test(id)) throw notFound('validation_failed', 'user_id must be an UUID');
	const user = await findUserById(db, id);
	if (!user) throw notFound('user_not_found', MESSAGES.userNotFound);
	return user;
}

function pageParameter(url: URL, name: string, fallback: number): number {
	const raw = url.searchParams.get(name);
	if (!raw) return fallback;
	if (!/^\d{1,9}$/.test(raw)) {
		throw badRequest(
			'validation_failed',
			`Bad Pagination Parameters: strconv.ParseUint: parsing "${raw}": invalid syntax`
		);
	}
	return Math.max(1, Number(raw));
}

/** GoTrue's pagination headers, which auth-js listUsers parses into nextPage / lastPage / total. */
function setPaginationHeaders(
	res: http.ServerResponse,
	url: URL,
	page: number,
	perPage: number,
	total: number
) {
	const totalPages = Math.ceil(total / perPage);
	const pageLink = (target: number) => {
		const query = new URLSearchParams(url.searchParams);
		query.set('page', String(target));
		query.sort();
		return `</admin/users?${query}>`;
	};
	const links = page < totalPages ? [`${pageLink(page + 1)}; rel="next"`] : [];
	links.push(`${pageLink(totalPages)}; rel="last"`);
	res.setHeader('link', links.join(', '));
	res.setHeader('x-total-count', String(total));
}

/** GET /admin/users?page=&per_page=&filter= */
async function listUsersPage(context: StackContext, res: http.ServerResponse, url: URL): Promise<unknown> {
	const page = pageParameter(url, 'page', 1);
	const perPage = pageParameter(url, 'per_page', DEFAULT_PER_PAGE);
	const { users, total } = await listUsers(context.pool, page, perPage, url.searchParams.get('filter') ?? '');
	setPaginationHeaders(res, url, page, perPage, total);
	return { users: await goTrueUsers(context.pool, users), aud: AUDIENCE };
}

export async function adminUsers(context: StackContext, { req, res, url }: AuthRequest): Promise<void> {
	await requireAdmin(context, req, url);
	if (req.method === 'GET') {
		sendJson(res, 200, await listUsersPage(context, res, url));
	} else {
		sendJson(res, 200, await goTrueUser(context.pool, await createUser(context, req)));
	}
}

export async function adminUser(
	context: StackContext,
	{ req, res, url, params }: AuthRequest
): Promise<void> {
	await requireAdmin(context, req, url);
	const [id] = params;
	if (req.method === 'GET') {
		sendJson(res, 200, await goTrueUser(context.pool, await loadUser(context.pool, id)));
	} else if (req.method === 'PUT') {
		sendJson(res, 200, await goTrueUser(context.pool, await updateUserById(context, req, id)));
	} else {
		await deleteUserById(context, req, id);
		sendJson(res, 200, {});
	}
}
