import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

const HELPERS_SQL = path.join(path.dirname(fileURLToPath(import.meta.url)), 'realtime.sql');

/** Installs the server's SQL helpers (idempotent). */
export async function installRealtimeHelpers(pool: pg.Pool): Promise<void> {
	await pool.query(readFileSync(HELPERS_SQL, 'utf8'));
}

export const PUBLICATION = 'supabase_realtime';

export interface TableColumn {
	name: string;
	type: string;
}

/** What delivery needs to know about a published table. */
export interface PublishedTable {
	oid: number;
	schema: string;
	table: string;
	/** Quoted, schema-qualified name for SQL. */
	qualifiedName: string;
	/** The primary key: how a subscriber's view of the row is looked up. */
	keyColumns: string[];
	columns: TableColumn[];
	rowLevelSecurity: boolean;
	replicaIdentityFull: boolean;
}

/** The published tables, their columns named as `PublishedTable` names them. */
const PUBLISHED_TABLES_SQL = `
select
	c.oid::int as oid,
	n.nspname as schema,
	c.relname as table,
	format('%I.%I', n.nspname, c.relname) as "qualifiedName",
	c.relrowsecurity as "rowLevelSecurity",
	c.relreplident = 'f' as "replicaIdentityFull",
	coalesce((
		select array_agg(a.attname::text order by array_position(i.indkey::int2[], a.attnum))
		from pg_index i
		join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey::int2[])
		where i.indrelid = c.oid and i.indisprimary
	), '{}') as "keyColumns",
	coalesce((
		select json_agg(json_build_object('name', a.attname, 'type', t.typname) order by a.attnum)
		from pg_attribute a
		join pg_type t on t.oid = a.atttypid
		where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
	), '[]') as columns
from pg_publication_tables p
join pg_namespace n on n.nspname = p.schemaname
join pg_class c on c.relnamespace = n.oid and c.relname = p.tablename
where p.pubname = '${PUBLICATION}' and p.schemaname <> 'realtime_local'
`;

/** Published tables matching the schema (or '*') and table (or null for all), as the catalog says now. */
export async function publishedTables(
	db: pg.Pool | pg.Client,
	schema: string,
	table: string | null
): Promise<PublishedTable[]> {
	const { rows } = await db.query<PublishedTable>(
		`${PUBLISHED_TABLES_SQL}
		and ($1::text = '*' or p.schemaname::text = $1::text)
		and ($2::text is null or p.tablename::text = $2::text)`,
		[schema, table]
	);
	return rows;
}

/** One published table by name, or undefined when it is not (or no longer) published. */
export async function publishedTable(
	db: pg.Pool | pg.Client,
	schema: string,
	table: string
): Promise<PublishedTable | undefined> {
	return (await publishedTables(db, schema, table))[0];
}

export function tableKey(schema: string, table: string): string {
	return `${schema}.${table}`;
}

export type ChangeType = 'INSERT' | 'UPDATE' | 'DELETE';
