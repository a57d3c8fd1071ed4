import type { Queryable } from './db.ts';
import type { JsonObject } from './request.ts';

export const AUDIENCE = 'authenticated';
export const DEFAULT_ROLE = 'authenticated';

export interface UserRow {
	id: string;
	aud: string | null;
	role: string | null;
	email: string | null;
	encrypted_password: string | null;
	email_confirmed_at: Date | null;
	invited_at: Date | null;
	confirmation_token: string | null;
	confirmation_sent_at: Date | null;
	email_change: string | null;
	email_change_token_new: string | null;
	email_change_sent_at: Date | null;
	last_sign_in_at: Date | null;
	raw_app_meta_data: JsonObject | null;
	raw_user_meta_data: JsonObject | null;
	created_at: Date;
	updated_at: Date;
	phone: string | null;
	banned_until: Date | null;
	deleted_at: Date | null;
	is_anonymous: boolean;
}

interface IdentityRow {
	id: string;
	provider_id: string;
	user_id: string;
	identity_data: JsonObject;
	provider: string;
	last_sign_in_at: Date | null;
	created_at: Date;
	updated_at: Date;
	email: string | null;
}

const USER_COLUMNS = `id, aud, role, email, encrypted_password, email_confirmed_at, invited_at, confirmation_token,
	confirmation_sent_at, email_change, email_change_token_new, email_change_sent_at, last_sign_in_at,
	raw_app_meta_data, raw_user_meta_data, created_at, updated_at, phone, banned_until, deleted_at, is_anonymous`;

export async function findUserById(db: Queryable, id: string): Promise<UserRow | undefined> {
	const { rows } = await db.query<UserRow>(`select ${USER_COLUMNS} from auth.users where id = $1`, [id]);
	return rows[0];
}

export async function findUserByEmail(db: Queryable, email: string): Promise<UserRow | undefined> {
	const { rows } = await db.query<UserRow>(
		`select ${USER_COLUMNS} from auth.users where lower(email) = lower($1) order by created_at limit 1`,
		[email]
	);
	return rows[0];
}

export async function findUserByColumn(
	db: Queryable,
	column: 'confirmation_token' | 'email_change_token_new',
	value: string
): Promise<UserRow | undefined> {
	const { rows } = await db.query<UserRow>(
		`select ${USER_COLUMNS} from auth.users where ${column} = $1 and $1 <> '' limit 1`,
		[value]
	);
	return rows[0];
}

export async function isEmailTaken(db: Queryable, email: string, exceptUserId?: string): Promise<boolean> {
	const { rows } = await db.query(
		'select 1 from auth.users where lower(email) = lower($1) and id is distinct from $2::uuid limit 1',
		[email, exceptUserId ?? null]
	);
	return rows.length > 0;
}

export interface NewUser {
	/** A caller-chosen id (admin createUser's `id`); generated when absent. */
	id?: string;
	email: string;
	passwordHash: string;
	userMetadata: JsonObject;
	appMetadata: JsonObject;
	role: string;
	confirmed: boolean;
	invited?: { confirmationToken: string };
}

/** Inserts the user with its `email` identity, as GoTrue's signup, admin create and invite do. */
export async function insertUser(db: Queryable, user: NewUser): Promise<UserRow> {
	const now = new Date();
	const appMetadata = { provider: 'email', providers: ['email'], ...user.appMetadata };
	const userMetadata = user.confirmed ? { ...user.userMetadata, email_verified: true } : user.userMetadata;
	const { rows } = await db.query<UserRow>(
		`insert into auth.users (id, instance_id, aud, role, email, encrypted_password, email_confirmed_at,
			invited_at, confirmation_token, confirmation_sent_at, raw_app_meta_data, raw_user_meta_data,
			created_at, updated_at, is_anonymous)
		values (coalesce($11::uuid, gen_random_uuid()), '00000000-0000-0000-0000-000000000000',
			$1, $2, $3, $4, $5, $6, $7, $6, $8, $9, $10, $10, false)
		returning ${USER_COLUMNS}`,
		[
			AUDIENCE,
			user.role,
			user.email.toLowerCase(),
			user.passwordHash,
			user.confirmed ? now : null,
			user.invited ? now : null,
			user.invited?.confirmationToken ?? '',
			JSON.stringify(appMetadata),
			JSON.stringify(userMetadata),
			now,
			user.id ?? null
		]
	);
	const created = rows[0];
	await insertEmailIdentity(db, created, user.confirmed);
	return created;
}

async function insertEmailIdentity(db: Queryable, user: UserRow, emailVerified: boolean): Promise<void> {
	const identityData = {
		sub: user.id,
		email: user.email,
		email_verified: emailVerified,
		phone_verified: false
	};
	await db.query(
		`insert into auth.identities (provider_id, user_id, identity_data, provider, email, last_sign_in_at)
		values ($1::text, $1::uuid, $2, 'email', $3, now())`,
		[user.id, JSON.stringify(identityData), user.email]
	);
}

const UPDATABLE_COLUMNS = new Set([
	'email',
	'encrypted_password',
	'email_confirmed_at',
	'invited_at',
	'confirmation_token',
	'confirmation_sent_at',
	'email_change',
	'email_change_token_new',
	'email_change_sent_at',
	'last_sign_in_at',
	'raw_app_meta_data',
	'raw_user_meta_data',
	'role',
	'banned_until'
]);

export type UserChanges = Partial<
	Pick<
		UserRow,
		| 'email'
		| 'encrypted_password'
		| 'email_confirmed_at'
		| 'invited_at'
		| 'confirmation_token'
		| 'confirmation_sent_at'
		| 'email_change'
		| 'email_change_token_new'
		| 'email_change_sent_at'
		| 'last_sign_in_at'
		| 'raw_app_meta_data'
		| 'raw_user_meta_data'
		| 'role'
		| 'banned_until'
	>
>;

export async function updateUser(db: Queryable, id: string, changes: UserChanges): Promise<UserRow> {
	const entries = Object.entries(changes).filter(([column, value]) => {
		if (!UPDATABLE_COLUMNS.has(column)) throw new Error(`auth.users.${column} is not updatable here`);
		return value !== undefined;
	});
	const assignments = entries.map(([column], index) => `${column} = $${index + 2}`);
	const values = entries.map(([, value]) => (isPlainObject(value) ? JSON.stringify(value) : value));
	const { rows } = await db.query<UserRow>(
		`update auth.users set ${[...assignments, 'updated_at = now()'].join(', ')} where id = $1
		returning ${USER_COLUMNS}`,
		[id, ...values]
	);
	return rows[0];
}

function isPlainObject(value: unknown): value is JsonObject {
	return typeof value === 'object' && value !== null && !(value instanceof Date) && !Array.isArray(value);
}

/** GoTrue's metadata update: keys are merged in, a null value removes the key. */
export function mergeMetadata(current: JsonObject | null, updates: JsonObject): JsonObject {
	// A Map, so that a key like "__proto__" stays data instead of reaching the object's prototype.
	const merged = new Map(Object.entries(current ?? {}));
	for (const [key, value] of Object.entries(updates)) {
		if (value === null) merged.delete(key);
		else merged.set(key, value);
	}
	return Object.fromEntries(merged);
}

/** Marks the email confirmed, as GoTrue's User.Confirm (which also records email_verified). */
export async function confirmEmail(db: Queryable, user: UserRow): Promise<UserRow> {
	await db.query(
		`update auth.identities set identity_data = identity_data || '{"email_verified": true}'::jsonb,
			updated_at = now()
		where user_id = $1 and provider = 'email'`,
		[user.id]
	);
	return updateUser(db, user.id, {
		email_confirmed_at: user.email_confirmed_at ?? new Date(),
		confirmation_token: '',
		raw_user_meta_data: mergeMetadata(user.raw_user_meta_data, { email_verified: true })
	});
}

/** Changes the address of the user and of the email identity. */
export async function changeEmail(db: Queryable, user: UserRow, email: string): Promise<UserRow> {
	const lowered = email.toLowerCase();
	await db.query(
		`update auth.identities set identity_data = jsonb_set(identity_data, '{email}', to_jsonb($2::text)),
			email = $2, updated_at = now()
		where user_id = $1 and provider = 'email'`,
		[user.id, lowered]
	);
	return updateUser(db, user.id, { email: lowered, email_change: '', email_change_token_new: '' });
}

export function isBanned(user: UserRow, now = new Date()): boolean {
	return user.banned_until !== null && user.banned_until > now;
}

export function userRole(user: UserRow): string {
	return user.role || DEFAULT_ROLE;
}

/** The user object exactly as GoTrue serialises it (optional timestamps are left out when empty). */
export interface GoTrueUser {
	id: string;
	aud: string;
	role: string;
	email: string;
	email_confirmed_at?: string;
	invited_at?: string;
	phone: string;
	confirmation_sent_at?: string;
	confirmed_at?: string;
	new_email?: string;
	email_change_sent_at?: string;
	last_sign_in_at?: string;
	app_metadata: JsonObject;
	user_metadata: JsonObject;
	identities: GoTrueIdentity[];
	created_at: string;
	updated_at: string;
	banned_until?: string;
	deleted_at?: string;
	is_anonymous: boolean;
}

interface GoTrueIdentity {
	identity_id: string;
	id: string;
	user_id: string;
	identity_data: JsonObject;
	provider: string;
	last_sign_in_at?: string;
	created_at: string;
	updated_at: string;
	email?: string;
}

const iso = (date: Date | null): string | undefined => date?.toISOString();

export function toGoTrueUser(user: UserRow, identities: IdentityRow[]): GoTrueUser {
	return {
		id: user.id,
		aud: user.aud ?? AUDIENCE,
		role: user.role ?? '',
		email: user.email ?? '',
		email_confirmed_at: iso(user.email_confirmed_at),
		invited_at: iso(user.invited_at),
		phone: user.phone ?? '',
		confirmation_sent_at: iso(user.confirmation_sent_at),
		confirmed_at: iso(user.email_confirmed_at),
		new_email: user.email_change || undefined,
		email_change_sent_at: iso(user.email_change_sent_at),
		last_sign_in_at: iso(user.last_sign_in_at),
		app_metadata: user.raw_app_meta_data ?? {},
		user_metadata: user.raw_user_meta_data ?? {},
		identities: identities.map(toGoTrueIdentity),
		created_at: user.created_at.toISOString(),
		updated_at: user.updated_at.toISOString(),
		banned_until: iso(user.banned_until),
		deleted_at: iso(user.deleted_at),
		is_anonymous: user.is_anonymous
	};
}

function toGoTrueIdentity(identity: IdentityRow): GoTrueIdentity {
	return {
		identity_id: identity.id,
		id: identity.provider_id,
		user_id: identity.user_id,
		identity_data: identity.identity_data,
		provider: identity.provider,
		last_sign_in_at: iso(identity.last_sign_in_at),
		created_at: identity.created_at.toISOString(),
		updated_at: identity.updated_at.toISOString(),
		email: identity.email || undefined
	};
}

async function identitiesOf(db: Queryable, userIds: string[]): Promise<Map<string, IdentityRow[]>> {
	const byUser = new Map<string, IdentityRow[]>();
	if (userIds.length === 0) return byUser;
	const { rows } = await db.query<IdentityRow>(
		`select id, provider_id, user_id, identity_data, provider, last_sign_in_at, created_at, updated_at, email
		from auth.identities where user_id = any($1::uuid[]) order by created_at`,
		[userIds]
	);
	for (const row of rows) byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row]);
	return byUser;
}

export async function goTrueUsers(db: Queryable, users: UserRow[]): Promise<GoTrueUser[]> {
	const identities = await identitiesOf(
		db,
		users.map((user) => user.id)
	);
	return users.map((user) => toGoTrueUser(user, identities.get(user.id) ?? []));
}

export async function goTrueUser(db: Queryable, user: UserRow): Promise<GoTrueUser> {
	const [json] = await goTrueUsers(db, [user]);
	return json;
}

export interface UserPage {
	users: UserRow[];
	total: number;
}

/** GoTrue's admin listing: newest first, optionally filtered on email or full name. */
export async function listUsers(
	db: Queryable,
	page: number,
	perPage: number,
	filter: string
): Promise<UserPage> {
	const pattern = filter ? `%${filter.replace(/[\\%_]/g, (char) => `\\${char}`)}%` : null;
	const where = `where ($1::text is null or email ilike $1 or raw_user_meta_data->>'full_name' ilike $1)`;
	const [{ rows }, count] = await Promise.all([
		db.query<UserRow>(
			`select ${USER_COLUMNS} from auth.users ${where}
			order by created_at desc, id limit $2 offset $3`,
			[pattern, perPage, (page - 1) * perPage]
		),
		db.query<{ total: string }>(`select count(*) as total from auth.users ${where}`, [pattern])
	]);
	return { users: rows, total: Number(count.rows[0].total) };
}
