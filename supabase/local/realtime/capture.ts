import type pg from 'pg';
import type { JsonObject } from './types.ts';

/**
 * Change capture without logical replication (PGlite has none): a row trigger on every table in the
 * publication `supabase_realtime` copies each change into a queue that the server polls and empties.
 * Everything is idempotent, so it runs after every migration.
 */
const INSTALL_SQL = `
create schema if not exists realtime_local;
revoke all on schema realtime_local from public;

create table if not exists realtime_local.changes (
	id bigserial primary key,
	schema text not null,
	"table" text not null,
	type text not null check (type in ('INSERT', 'UPDATE', 'DELETE')),
	record jsonb,
	old_record jsonb,
	commit_timestamp timestamptz not null default now(),
	created_at timestamptz not null default clock_timestamp()
);
alter table realtime_local.changes enable row level security;
revoke all on table realtime_local.changes from public;

create or replace function realtime_local.capture_change() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
	insert into realtime_local.changes (schema, "table", type, record, old_record)
	values (
		tg_table_schema,
		tg_table_name,
		tg_op,
		case when tg_op = 'DELETE' then null else to_jsonb(new) end,
		case when tg_op = 'INSERT' then null else to_jsonb(old) end
	);
	return null;
end
$$;
revoke all on function realtime_local.capture_change() from public;

-- Whether the row with the record's key is visible to a role with these JWT claims (RLS applies).
-- Called by the superuser pool in its own statement, so the local role and claims end with it.
create or replace function realtime_local.row_visible(
	p_table regclass, p_role text, p_claims text, p_record jsonb, p_key_columns text[]
) returns boolean
language plpgsql
set search_path = ''
as $$
declare
	key_match text;
	visible boolean;
begin
	select string_agg(format('t.%1$I = r.%1$I', key_column), ' and ')
	into key_match
	from unnest(p_key_columns) as key_column;
	perform set_config('role', p_role, true);
	perform set_config('request.jwt.claims', p_claims, true);
	execute format(
		'select exists (select 1 from %1$s as t, jsonb_populate_record(null::%1$s, $1) as r where %2$s)',
		p_table, key_match
	) into visible using p_record;
	perform set_config('role', 'none', true);
	return visible;
exception when others then
	return false;
end
$$;
revoke all on function realtime_local.row_visible(regclass, text, text, jsonb, text[]) from public;

-- Channel authorization as hosted Supabase does it: a message on the topic is written, and read back as the
-- user's role with its claims and realtime.topic() set, so the RLS policies on realtime.messages decide.
-- All of it is rolled back. NULL when the database has no realtime.messages.
create or replace function realtime_local.channel_readable(p_topic text, p_role text, p_claims text)
returns boolean
language plpgsql
set search_path = ''
as $$
declare
	message_id uuid;
	readable boolean := false;
begin
	if to_regclass('realtime.messages') is null then
		return null;
	end if;
	begin
		execute 'insert into realtime.messages (topic, extension, private) values ($1, ''broadcast'', true) returning id'
			into message_id using p_topic;
		perform set_config('role', p_role, true);
		perform set_config('request.jwt.claims', p_claims, true);
		perform set_config('realtime.topic', p_topic, true);
		execute 'select exists (select 1 from realtime.messages where id = $1 and topic = $2)'
			into readable using message_id, p_topic;
		raise exception using errcode = 'P0001', message = 'realtime_local: rollback';
	exception when others then
		null;
	end;
	return readable;
end
$$;
revoke all on function realtime_local.channel_readable(text, text, text) from public;

do $$
declare
	target record;
begin
	for target in
		select c.oid::regclass as relation
		from pg_publication_tables p
		join pg_namespace n on n.nspname = p.schemaname
		join pg_class c on c.relnamespace = n.oid and c.relname = p.tablename
		where p.pubname = 'supabase_realtime'
			and p.schemaname <> 'realtime_local'
			and c.relkind = 'r'
			and not exists (
				select 1 from pg_trigger t
				where t.tgrelid = c.oid and t.tgname = 'realtime_local_capture'
			)
	loop
		execute format(
			'create trigger realtime_local_capture after insert or update or delete on %s '
			'for each row execute function realtime_local.capture_change()',
			target.relation
		);
	end loop;

	for target in
		select t.tgrelid::regclass as relation
		from pg_trigger t
		join pg_class c on c.oid = t.tgrelid
		join pg_namespace n on n.oid = c.relnamespace
		where t.tgname = 'realtime_local_capture'
			and not exists (
				select 1 from pg_publication_tables p
				where p.pubname = 'supabase_realtime' and p.schemaname = n.nspname and p.tablename = c.relname
			)
	loop
		execute format('drop trigger realtime_local_capture on %s', target.relation);
	end loop;
end
$$;
`;

export async function installChangeCapture(pool: pg.Pool): Promise<void> {
	await pool.query(INSTALL_SQL);
}

export interface TableColumn {
	name: string;
	type: string;
}

/** What delivery needs to know about a published table; reloaded whenever the schema changes. */
export interface PublishedTable {
	schema: string;
	table: string;
	/** Quoted, schema-qualified name for SQL. */
	qualifiedName: string;
	keyColumns: string[];
	columns: TableColumn[];
	rowLevelSecurity: boolean;
	replicaIdentityFull: boolean;
}

const PUBLISHED_TABLES_SQL = `
select
	n.nspname as schema,
	c.relname as table,
	format('%I.%I', n.nspname, c.relname) as qualified_name,
	c.relrowsecurity as row_level_security,
	c.relreplident = 'f' as replica_identity_full,
	coalesce((
		select array_agg(a.attname::text order by array_position(i.indkey::int2[], a.attnum))
		from pg_index i
		join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey::int2[])
		where i.indrelid = c.oid and i.indisprimary
	), '{}') as key_columns,
	coalesce((
		select json_agg(json_build_object('name', a.attname, 'type', t.typname) order by a.attnum)
		from pg_attribute a
		join pg_type t on t.oid = a.atttypid
		where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
	), '[]') as columns
from pg_publication_tables p
join pg_namespace n on n.nspname = p.schemaname
join pg_class c on c.relnamespace = n.oid and c.relname = p.tablename
where p.pubname = 'supabase_realtime' and p.schemaname <> 'realtime_local'
`;

interface PublishedTableRow {
	schema: string;
	table: string;
	qualified_name: string;
	row_level_security: boolean;
	replica_identity_full: boolean;
	key_columns: string[];
	columns: TableColumn[];
}

export async function loadPublishedTables(pool: pg.Pool): Promise<Map<string, PublishedTable>> {
	const { rows } = await pool.query<PublishedTableRow>(PUBLISHED_TABLES_SQL);
	return new Map(
		rows.map((row) => [
			tableKey(row.schema, row.table),
			{
				schema: row.schema,
				table: row.table,
				qualifiedName: row.qualified_name,
				keyColumns: row.key_columns,
				columns: row.columns,
				rowLevelSecurity: row.row_level_security,
				replicaIdentityFull: row.replica_identity_full
			}
		])
	);
}

export function tableKey(schema: string, table: string): string {
	return `${schema}.${table}`;
}

export type ChangeType = 'INSERT' | 'UPDATE' | 'DELETE';

export interface QueuedChange {
	id: string;
	schema: string;
	table: string;
	type: ChangeType;
	record: JsonObject | null;
	old_record: JsonObject | null;
	commit_timestamp: Date;
}

const DEQUEUE_SQL = `
delete from realtime_local.changes
where id in (select id from realtime_local.changes order by id limit $1)
returning id, schema, "table", type, record, old_record, commit_timestamp
`;

/** Takes the oldest changes off the queue, in commit-id order. */
export async function dequeueChanges(pool: pg.Pool, limit: number): Promise<QueuedChange[]> {
	const { rows } = await pool.query<QueuedChange>(DEQUEUE_SQL, [limit]);
	return rows.sort((a, b) => Number(BigInt(a.id) - BigInt(b.id)));
}

/** Drops queued changes nobody listens to. */
export async function discardQueuedChanges(pool: pg.Pool): Promise<void> {
	await pool.query('delete from realtime_local.changes');
}
