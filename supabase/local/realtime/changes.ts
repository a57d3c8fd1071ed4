import type pg from 'pg';
import {
	installRealtimeHelpers,
	publishedTable,
	publishedTables,
	tableKey,
	type PublishedTable
} from './catalog.ts';
import { filterToSql, quoteIdentifier } from './filters.ts';
import type { ChannelMember } from './member.ts';
import type { CapturedChange, ChangeSink, ChangeSource, RowImage } from './source.ts';
import {
	prepareSubscriptions,
	type PreparedSubscription,
	type PreparedSubscriptions
} from './subscriptions.ts';
import { TriggerSource } from './triggers.ts';
import type { JsonObject } from './types.ts';
import { RowVisibility } from './visibility.ts';
import { WalSource } from './wal.ts';

/** How long delivery waits for a decoded transaction to become visible (it normally takes microseconds). */
const COMMIT_WAIT_MS = 2000;
/** A change delivered later than this after its commit is reported in the stack's log. */
const LATE_DELIVERY_MS = 1000;

interface ActiveSubscription extends PreparedSubscription {
	id: number;
	member: ChannelMember;
}

export interface ChangeFeedOptions {
	pool: pg.Pool;
	databaseUrl: string;
	/** The database decodes its WAL (wal_level=logical): changes come from a replication slot. */
	logicalReplication: boolean;
	log: (message: string) => void;
}

/** A change as Postgres typed it: the row (or the old row of a DELETE) and which filters it passes. */
interface EvaluatedChange {
	record: JsonObject;
	old: JsonObject | null;
	passing: Set<string>;
}

/**
 * postgres_changes: who subscribed to what, and delivery of each captured change to the subscribers whose
 * event, table and filter match and whose RLS lets them see the row. One subscriber's bad filter or broken
 * connection never stops delivery to the others.
 */
export class ChangeFeed implements ChangeSink {
	private readonly pool: pg.Pool;
	private readonly source: ChangeSource;
	private readonly visibility: RowVisibility;
	private readonly tables = new Map<string, Promise<PublishedTable | undefined>>();
	private subscriptions = new Set<ActiveSubscription>();
	private nextSubscriptionId = 1;
	private lastErrorLoggedAt = 0;
	readonly log: (message: string) => void;

	constructor(options: ChangeFeedOptions) {
		this.pool = options.pool;
		this.log = options.log;
		this.visibility = new RowVisibility(options.pool, (message) => this.logThrottled(message));
		this.source = options.logicalReplication
			? new WalSource(options.databaseUrl, this)
			: new TriggerSource(options.pool, options.databaseUrl, this);
	}

	get mode(): 'wal' | 'triggers' {
		return this.source.kind;
	}

	async start(): Promise<void> {
		await installRealtimeHelpers(this.pool);
		await this.source.start();
	}

	/** After migrations: forget what the old schema said (and, without WAL, capture new tables). */
	async schemaChanged(): Promise<void> {
		this.tables.clear();
		this.visibility.forgetCachedPrivileges();
		await this.source.schemaChanged();
	}

	tableChanged(schema: string, table: string): void {
		this.tables.delete(tableKey(schema, table));
		this.visibility.forgetCachedPrivileges();
	}

	/** Validates a join's `postgres_changes` bindings. */
	prepare(bindings: unknown): Promise<PreparedSubscriptions> {
		return prepareSubscriptions(bindings, {
			pool: this.pool,
			publishedTables: async (schema, table) => {
				const found = await publishedTables(this.pool, schema, table);
				if (this.source.kind === 'triggers' && found.length > 0) await this.source.schemaChanged();
				return found;
			}
		});
	}

	/** Starts delivery for a member; returns what the join reply lists under `postgres_changes`. */
	activate(member: ChannelMember, prepared: PreparedSubscription[]): JsonObject[] {
		return prepared.map((subscription) => {
			const active: ActiveSubscription = { ...subscription, id: this.nextSubscriptionId++, member };
			this.subscriptions.add(active);
			return { ...subscription.echo, id: active.id };
		});
	}

	removeMember(member: ChannelMember): void {
		for (const subscription of this.subscriptions) {
			if (subscription.member === member) this.subscriptions.delete(subscription);
		}
	}

	async close(): Promise<void> {
		this.subscriptions.clear();
		await this.source.close();
	}

	/** One change, in commit order: nothing is asked of the database when nobody listens to its table. */
	async change(change: CapturedChange): Promise<void> {
		const candidates = [...this.subscriptions].filter((subscription) => matchesChange(subscription, change));
		if (candidates.length === 0) return;
		const table = await this.table(change.schema, change.table);
		if (!table) return;
		const [evaluated] = await Promise.all([
			this.evaluate(table, change, candidates),
			change.xid !== undefined ? this.untilCommitted(change.xid) : undefined
		]);
		if (!evaluated) return;
		const matching = candidates.filter(
			(candidate) =>
				this.subscriptions.has(candidate) &&
				(!candidate.filter || evaluated.passing.has(candidate.filter.text))
		);
		const idsByMember = new Map<ChannelMember, number[]>();
		for (const subscription of matching) {
			const ids = idsByMember.get(subscription.member) ?? [];
			ids.push(subscription.id);
			idsByMember.set(subscription.member, ids);
		}
		if (idsByMember.size === 0) return;
		const members = [...idsByMember.keys()];
		const visible = await this.visibleTo(members, table, change, evaluated.record);
		const dataJson = JSON.stringify(changePayload(table, change, evaluated));
		for (const [member, ids] of idsByMember) {
			if (!visible.get(member) || member.closed) continue;
			try {
				member.fanOutJson('postgres_changes', `{"ids":${JSON.stringify(ids)},"data":${dataJson}}`);
			} catch (error) {
				this.logThrottled(`realtime: bezorgen aan een abonnee mislukt: ${(error as Error).message}`);
			}
		}
		const lateMs = Date.now() - Date.parse(change.commitTimestamp);
		if (lateMs > LATE_DELIVERY_MS) {
			this.logThrottled(
				`realtime: wijziging op ${table.qualifiedName} pas ${lateMs} ms na de commit bezorgd`
			);
		}
	}

	/**
	 * Waits until the transaction is committed for every new snapshot: RLS is checked against the row as it
	 * is, and a check that ran while the transaction was still in progress would hide the row from everyone.
	 */
	private async untilCommitted(xid: number): Promise<void> {
		const deadline = performance.now() + COMMIT_WAIT_MS;
		while (performance.now() < deadline) {
			const { rows } = await this.pool.query<{ in_progress: boolean }>(
				`select exists (
					select 1 from pg_snapshot_xip(pg_current_snapshot()) as x where x::text::bigint % 4294967296 = $1
				) as in_progress`,
				[xid]
			);
			if (!rows[0].in_progress) return;
			await new Promise((resolve) => setTimeout(resolve, 1));
		}
	}

	private table(schema: string, table: string): Promise<PublishedTable | undefined> {
		const key = tableKey(schema, table);
		let found = this.tables.get(key);
		if (!found) {
			found = publishedTable(this.pool, schema, table);
			found.catch(() => this.tables.delete(key));
			this.tables.set(key, found);
		}
		return found.catch(() => undefined);
	}

	/**
	 * Postgres turns the change's values into the table's row type (so the payload holds exactly what
	 * to_jsonb makes of the row) and evaluates every distinct filter on it, in one round trip. A filter that
	 * fails here ends its own subscriptions; the others still get the change.
	 */
	private async evaluate(
		table: PublishedTable,
		change: CapturedChange,
		candidates: ActiveSubscription[]
	): Promise<EvaluatedChange | undefined> {
		const record = change.record ? await this.withUnchangedValues(table, change.record) : null;
		const filters = new Map<string, ActiveSubscription['filter']>();
		for (const candidate of candidates)
			if (candidate.filter) filters.set(candidate.filter.text, candidate.filter);
		try {
			return await this.evaluateFilters(table, change, record, [...filters.keys()], filters);
		} catch {
			// Some filter broke the statement: find it by trying each alone, so the others are not held back.
		}
		const passing = new Set<string>();
		let base: EvaluatedChange | undefined;
		try {
			base = await this.evaluateFilters(table, change, record, [], filters);
		} catch (error) {
			this.logThrottled(
				`realtime: wijziging op ${table.qualifiedName} onleesbaar: ${(error as Error).message}`
			);
			return undefined;
		}
		for (const text of filters.keys()) {
			try {
				if ((await this.evaluateFilters(table, change, record, [text], filters)).passing.has(text))
					passing.add(text);
			} catch (error) {
				this.endSubscriptionsWithFilter(text, (error as Error).message);
			}
		}
		return { ...base, passing };
	}

	private async evaluateFilters(
		table: PublishedTable,
		change: CapturedChange,
		record: JsonObject | null,
		texts: string[],
		filters: Map<string, ActiveSubscription['filter']>
	): Promise<EvaluatedChange> {
		const old = filterableOld(table, change);
		const params: unknown[] = [record ? JSON.stringify(record) : null, old ? JSON.stringify(old) : null];
		const rowAlias = change.type === 'DELETE' ? 'o' : 'r';
		const expressions = texts.map((text) => filterToSql(filters.get(text)!.conditions, params, rowAlias));
		const { rows } = await this.pool.query<{ record: JsonObject; old: JsonObject; matches: boolean[] }>(
			`select to_jsonb(r) as record, to_jsonb(o) as old, array[${expressions.join(', ')}]::boolean[] as matches
			from jsonb_populate_record(null::${table.qualifiedName}, $1::jsonb) as r,
				jsonb_populate_record(null::${table.qualifiedName}, $2::jsonb) as o`,
			params
		);
		const row = rows[0];
		return {
			record: row.record,
			old: old ? pick(row.old, Object.keys(old)) : null,
			passing: new Set(texts.filter((_, index) => row.matches[index]))
		};
	}

	/** The WAL leaves out TOASTed values an UPDATE did not change: take them from the row as it is now. */
	private async withUnchangedValues(table: PublishedTable, image: RowImage): Promise<JsonObject> {
		if (image.unchanged.length === 0 || table.keyColumns.length === 0) return image.values;
		const keyMatch = table.keyColumns
			.map((column) => `t.${quoteIdentifier(column)} = r.${quoteIdentifier(column)}`)
			.join(' and ');
		const { rows } = await this.pool.query<{ current: JsonObject }>(
			`select to_jsonb(t) as current from ${table.qualifiedName} as t,
				jsonb_populate_record(null::${table.qualifiedName}, $1::jsonb) as r where ${keyMatch}`,
			[JSON.stringify(image.values)]
		);
		const current = rows[0]?.current ?? {};
		return { ...pick(current, image.unchanged), ...image.values };
	}

	private endSubscriptionsWithFilter(text: string, reason: string): void {
		for (const subscription of [...this.subscriptions]) {
			if (subscription.filter?.text !== text) continue;
			this.subscriptions.delete(subscription);
			subscription.member.push('system', {
				extension: 'postgres_changes',
				status: 'error',
				message: `Unable to apply filter \`${text}\`: ${reason}`,
				channel: subscription.member.subTopic
			});
		}
	}

	/** Whether each member may see the change; members with identical claims share one check. */
	private async visibleTo(
		members: ChannelMember[],
		table: PublishedTable,
		change: CapturedChange,
		record: JsonObject
	): Promise<Map<ChannelMember, boolean>> {
		const distinct = new Map(
			members.map((member) => [JSON.stringify(member.claims), member.claims] as const)
		);
		const claimsList = [...distinct.values()];
		const answers =
			change.type === 'DELETE'
				? // DELETE is not subject to RLS in Supabase (the row is gone); only the key columns are sent.
					await Promise.all(claimsList.map((claims) => this.visibility.canSelectTable(claims.role, table)))
				: await this.visibility.canSeeRowForEach(claimsList, table, record);
		const byClaims = new Map([...distinct.keys()].map((key, index) => [key, answers[index]]));
		return new Map(members.map((member) => [member, byClaims.get(JSON.stringify(member.claims)) === true]));
	}

	private logThrottled(message: string): void {
		if (Date.now() - this.lastErrorLoggedAt < 60_000) return;
		this.lastErrorLoggedAt = Date.now();
		this.log(message);
	}
}

function matchesChange(subscription: ActiveSubscription, change: CapturedChange): boolean {
	return (
		(subscription.event === '*' || subscription.event === change.type) &&
		(subscription.schema === '*' || subscription.schema === change.schema) &&
		(subscription.table === null || subscription.table === change.table)
	);
}

/** The `data` of a postgres_changes message, shaped like Supabase's (walrus) output. */
function changePayload(
	table: PublishedTable,
	change: CapturedChange,
	evaluated: EvaluatedChange
): JsonObject {
	const data: JsonObject = {
		schema: change.schema,
		table: change.table,
		commit_timestamp: change.commitTimestamp,
		type: change.type,
		columns: table.columns.map((column) => ({ name: column.name, type: column.type })),
		errors: null
	};
	if (change.type !== 'DELETE') data['record'] = evaluated.record;
	if (change.type !== 'INSERT') data['old_record'] = oldRecord(table, evaluated);
	return data;
}

/**
 * As Supabase documents: the whole old row only with REPLICA IDENTITY FULL and no RLS on the table,
 * otherwise just the primary key (from the old row when the WAL carries it, else from the new one).
 */
function oldRecord(table: PublishedTable, evaluated: EvaluatedChange): JsonObject {
	const old = evaluated.old ?? {};
	if (table.replicaIdentityFull && !table.rowLevelSecurity && evaluated.old) return old;
	return Object.fromEntries(
		table.keyColumns.map((column) => [
			column,
			column in old ? old[column] : (evaluated.record[column] ?? null)
		])
	);
}

/**
 * The old row as filters and the payload may see it. A DELETE cannot be checked against RLS (the row is gone),
 * so on a table with RLS it goes to everyone with SELECT on the table and carries only the primary key, as in
 * Supabase (walrus: "if RLS enabled, we can't secure deletes so filter to pkey"). Its filters therefore see
 * only the key columns too: evaluated on the whole old row (REPLICA IDENTITY FULL, or the trigger fallback
 * that captures whole rows), the ids of the matching bindings in the message told another region's user what
 * the deleted row held (`employer_name=eq.…`, `persons=gte.5`). A filter on another column never matches a
 * DELETE there, as with Supabase's default replica identity.
 */
function filterableOld(table: PublishedTable, change: CapturedChange): JsonObject | null {
	if (!change.old) return null;
	if (change.type !== 'DELETE' || !table.rowLevelSecurity) return change.old.values;
	return pick(change.old.values, table.keyColumns);
}

function pick(values: JsonObject, keys: string[]): JsonObject {
	return Object.fromEntries(keys.filter((key) => key in values).map((key) => [key, values[key]]));
}
