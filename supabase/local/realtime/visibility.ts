import type pg from 'pg';
import type { PublishedTable } from './capture.ts';
import type { Claims, JsonObject } from './types.ts';

/**
 * Answers "may this subscriber see this row?" the way Supabase Realtime does: SELECT privilege on the
 * table, then RLS evaluated as the subscriber's role with its JWT claims (roles with BYPASSRLS skip it).
 * Per-role facts are cached until the schema changes.
 */
export class RowVisibility {
	private selectPrivileges = new Map<string, Promise<boolean>>();
	private rlsBypassers = new Map<string, Promise<boolean>>();

	constructor(private readonly pool: pg.Pool) {}

	forgetCachedPrivileges(): void {
		this.selectPrivileges.clear();
		this.rlsBypassers.clear();
	}

	canSelectTable(role: string, table: PublishedTable): Promise<boolean> {
		return this.cachedFlag(
			this.selectPrivileges,
			`${role}\u0000${table.qualifiedName}`,
			`select has_table_privilege($1, $2::regclass, 'SELECT') as flag`,
			[role, table.qualifiedName]
		);
	}

	async canSeeRow(claims: Claims, table: PublishedTable, record: JsonObject): Promise<boolean> {
		if (!(await this.canSelectTable(claims.role, table))) return false;
		if (!table.rowLevelSecurity || (await this.bypassesRls(claims.role))) return true;
		if (table.keyColumns.length === 0) return false;
		return this.queryFlag('select realtime_local.row_visible($1::regclass, $2, $3, $4, $5) as flag', [
			table.qualifiedName,
			claims.role,
			JSON.stringify(claims),
			JSON.stringify(record),
			table.keyColumns
		]);
	}

	private bypassesRls(role: string): Promise<boolean> {
		return this.cachedFlag(
			this.rlsBypassers,
			role,
			'select coalesce((select rolsuper or rolbypassrls from pg_roles where rolname = $1), false) as flag',
			[role]
		);
	}

	/** Only answers are cached; a failed query (e.g. the database restarting) is asked again next time. */
	private cachedFlag(
		cache: Map<string, Promise<boolean>>,
		key: string,
		sql: string,
		params: unknown[]
	): Promise<boolean> {
		let answer = cache.get(key);
		if (!answer) {
			answer = this.pool
				.query<{ flag: boolean | null }>(sql, params)
				.then(({ rows }) => rows[0]?.flag === true);
			answer.catch(() => cache.delete(key));
			cache.set(key, answer);
		}
		return answer.catch(() => false);
	}

	/** A failed check (unknown role, revoked access) means "not visible", never an error for delivery. */
	private async queryFlag(sql: string, params: unknown[]): Promise<boolean> {
		try {
			const { rows } = await this.pool.query<{ flag: boolean | null }>(sql, params);
			return rows[0]?.flag === true;
		} catch {
			return false;
		}
	}
}
