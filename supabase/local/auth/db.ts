import type pg from 'pg';

/** The pool or a client inside a transaction. */
export interface Queryable {
	query<Row extends pg.QueryResultRow>(text: string, values?: unknown[]): Promise<pg.QueryResult<Row>>;
}

export async function inTransaction<T>(
	pool: pg.Pool,
	work: (client: pg.PoolClient) => Promise<T>
): Promise<T> {
	const client = await pool.connect();
	try {
		await client.query('begin');
		const result = await work(client);
		await client.query('commit');
		return result;
	} catch (error) {
		await client.query('rollback').catch(() => {});
		throw error;
	} finally {
		client.release();
	}
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * platform.sql is applied only to a fresh database, so databases created before the local auth server
 * existed get its few extra columns here, once per process.
 */
const SCHEMA_UPGRADE = `
	alter table auth.users
		add column if not exists confirmation_sent_at timestamptz,
		add column if not exists email_change varchar(255),
		add column if not exists email_change_token_new varchar(255),
		add column if not exists email_change_sent_at timestamptz;
	create table if not exists auth.mfa_amr_claims (
		id uuid primary key default gen_random_uuid(),
		session_id uuid not null references auth.sessions (id) on delete cascade,
		authentication_method text not null,
		created_at timestamptz not null default now(),
		updated_at timestamptz not null default now(),
		unique (session_id, authentication_method)
	);
	alter table auth.mfa_amr_claims enable row level security;
`;

const SCHEMA_IS_CURRENT = `
	select to_regclass('auth.mfa_amr_claims') is not null and exists (
		select 1 from information_schema.columns
		where table_schema = 'auth' and table_name = 'users' and column_name = 'email_change_sent_at'
	) as current
`;

async function upgradeSchema(pool: pg.Pool): Promise<void> {
	const { rows } = await pool.query<{ current: boolean }>(SCHEMA_IS_CURRENT);
	if (!rows[0]?.current) await pool.query(SCHEMA_UPGRADE);
}

export function schemaUpgrader(pool: pg.Pool): () => Promise<void> {
	let upgrading: Promise<void> | undefined;
	return () => {
		upgrading ??= upgradeSchema(pool).then(
			() => undefined,
			(error: unknown) => {
				upgrading = undefined;
				throw error;
			}
		);
		return upgrading;
	};
}
