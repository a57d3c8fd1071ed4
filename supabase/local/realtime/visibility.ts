import type pg from 'pg';
import type { PublishedTable } from './catalog.ts';
import type { Claims, JsonObject } from './types.ts';

/** Checks per query at least, and queries side by side at most (the pool has room for more). */
const MIN_CHECKS_PER_QUERY = 8;
const MAX_PARALLEL_QUERIES = 4;

/**
 * Answers "may this subscriber see this row?" the way Supabase Realtime does: SELECT privilege on the
 * table, then RLS evaluated as the subscriber's role with its JWT claims (roles with BYPASSRLS skip it).
 * Per-role facts are cached until the schema changes.
 */
export class RowVisibility {
	private selectPrivileges = new Map<string, Promise<boolean>>();
	private rlsBypassers = new Map<string, Promise<boolean>>();

	constructor(
		private readonly pool: pg.Pool,
		private readonly logError: (message: string) => void = () => {}
	) {}

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

	/**
	 * For many subscribers at once: whether each (by its claims) may see the row. The RLS checks run in a
	 * few statements side by side, each with one prepared query, so fifty subscribers cost a few round
	 * trips and one plan per role and statement, not fifty.
	 */
	async canSeeRowForEach(
		claimsList: Claims[],
		table: PublishedTable,
		record: JsonObject
	): Promise<boolean[]> {
		const visible = claimsList.map(() => false);
		const toCheck: number[] = [];
		for (const [index, claims] of claimsList.entries()) {
			if (!(await this.canSelectTable(claims.role, table))) continue;
			if (!table.rowLevelSecurity || (await this.bypassesRls(claims.role))) visible[index] = true;
			else if (table.keyColumns.length > 0) toCheck.push(index);
		}
		if (toCheck.length === 0) return visible;
		// Grouped by role (the prepared query is planned again only when the role changes), then split over
		// a few connections: each check is a query of its own, and Postgres runs them side by side.
		toCheck.sort((a, b) => claimsList[a].role.localeCompare(claimsList[b].role));
		const chunkSize = Math.max(MIN_CHECKS_PER_QUERY, Math.ceil(toCheck.length / MAX_PARALLEL_QUERIES));
		const chunks: number[][] = [];
		for (let start = 0; start < toCheck.length; start += chunkSize)
			chunks.push(toCheck.slice(start, start + chunkSize));
		await Promise.all(
			chunks.map(async (chunk) => {
				try {
					const { rows } = await this.pool.query<{ answers: boolean[] }>(
						'select realtime_local.visible_to($1::regclass, $2, $3, $4, $5) as answers',
						[
							table.qualifiedName,
							JSON.stringify(record),
							table.keyColumns,
							chunk.map((index) => claimsList[index].role),
							chunk.map((index) => JSON.stringify(claimsList[index]))
						]
					);
					rows[0]?.answers.forEach((answer, position) => {
						if (answer === true) visible[chunk[position]] = true;
					});
				} catch (error) {
					// A failed check means "not visible", never an error for delivery; but say so.
					this.logError(
						`realtime: RLS-controle op ${table.qualifiedName} mislukt: ${(error as Error).message}`
					);
				}
			})
		);
		return visible;
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
}
