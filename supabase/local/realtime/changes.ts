import type pg from 'pg';
import {
	dequeueChanges,
	discardQueuedChanges,
	installChangeCapture,
	loadPublishedTables,
	tableKey,
	type PublishedTable,
	type QueuedChange
} from './capture.ts';
import { evaluateFilters } from './filters.ts';
import type { ChannelMember } from './member.ts';
import {
	prepareSubscriptions,
	type PreparedSubscription,
	type PreparedSubscriptions
} from './subscriptions.ts';
import type { JsonObject } from './types.ts';
import { RowVisibility } from './visibility.ts';

const ACTIVE_POLL_MS = 25;
/** Without subscribers the queue is only emptied now and then, so it cannot grow. */
const IDLE_POLL_MS = 2000;
const RETRY_AFTER_ERROR_MS = 1000;
const BATCH_SIZE = 500;

interface ActiveSubscription extends PreparedSubscription {
	id: number;
	member: ChannelMember;
}

export class ChangeFeed {
	private tables = new Map<string, PublishedTable>();
	private subscriptions = new Set<ActiveSubscription>();
	private nextSubscriptionId = 1;
	private readonly visibility: RowVisibility;
	private timer: NodeJS.Timeout | undefined;
	private polling: Promise<void> | undefined;
	private stopped = false;
	private schemaWork: Promise<void> = Promise.resolve();
	private lastErrorLoggedAt = 0;
	private wakeAgain = false;

	constructor(
		private readonly pool: pg.Pool,
		private readonly log: (message: string) => void
	) {
		this.visibility = new RowVisibility(pool);
	}

	/** Installs capture on newly published tables and forgets what the old schema said. */
	schemaChanged(): Promise<void> {
		this.schemaWork = this.schemaWork
			.catch(() => {})
			.then(async () => {
				await installChangeCapture(this.pool);
				this.tables = await loadPublishedTables(this.pool);
				this.visibility.forgetCachedPrivileges();
			});
		if (!this.timer && !this.polling) this.schedule(0);
		return this.schemaWork;
	}

	/** Validates a join's `postgres_changes` bindings. */
	prepare(bindings: unknown): Promise<PreparedSubscriptions> {
		return prepareSubscriptions(bindings, {
			pool: this.pool,
			publishedTables: (schema, table) => this.publishedTablesMatching(schema, table)
		});
	}

	/** Starts delivery for a member; returns what the join reply lists under `postgres_changes`. */
	async activate(member: ChannelMember, prepared: PreparedSubscription[]): Promise<JsonObject[]> {
		// Changes queued while nobody listened are history, not news for this subscriber.
		if (prepared.length > 0 && this.subscriptions.size === 0) await this.discardQueue();
		const replies: JsonObject[] = [];
		for (const subscription of prepared) {
			const active: ActiveSubscription = { ...subscription, id: this.nextSubscriptionId++, member };
			this.subscriptions.add(active);
			replies.push({ ...subscription.echo, id: active.id });
		}
		if (prepared.length > 0) this.wake();
		return replies;
	}

	removeMember(member: ChannelMember): void {
		for (const subscription of this.subscriptions) {
			if (subscription.member === member) this.subscriptions.delete(subscription);
		}
	}

	async close(): Promise<void> {
		this.stopped = true;
		clearTimeout(this.timer);
		this.timer = undefined;
		this.subscriptions.clear();
		await this.polling?.catch(() => {});
		await this.schemaWork.catch(() => {});
	}

	/** Asks the catalog, not the cache: a table may have been published since the last migration. */
	private async publishedTablesMatching(schema: string, table: string | null): Promise<PublishedTable[]> {
		const { rows } = await this.pool.query<{ schema: string; table: string }>(
			`select schemaname as schema, tablename as table from pg_publication_tables
			where pubname = 'supabase_realtime' and schemaname <> 'realtime_local'
				and ($1::text = '*' or schemaname::text = $1::text)
				and ($2::text is null or tablename::text = $2::text)`,
			[schema, table]
		);
		if (rows.some((row) => !this.tables.has(tableKey(row.schema, row.table)))) await this.schemaChanged();
		return rows
			.map((row) => this.tables.get(tableKey(row.schema, row.table)))
			.filter((found): found is PublishedTable => found !== undefined);
	}

	/** Something may have been written (the gateway saw a write pass): look at the queue now. */
	wake(): void {
		if (this.stopped || this.subscriptions.size === 0) return;
		if (this.polling) {
			// The running round may have read the queue before this write: go again right after it.
			this.wakeAgain = true;
			return;
		}
		this.schedule(0);
	}

	private schedule(delayMs: number): void {
		if (this.stopped) return;
		clearTimeout(this.timer);
		this.timer = setTimeout(() => {
			this.timer = undefined;
			this.polling = this.pollOnce()
				.then((batchWasFull) => {
					const again = batchWasFull || this.wakeAgain;
					this.wakeAgain = false;
					this.schedule(again ? 0 : this.idleOrActiveDelay());
				})
				.catch((error) => {
					this.logThrottled(`realtime: wijzigingen ophalen mislukt: ${(error as Error).message}`);
					this.schedule(RETRY_AFTER_ERROR_MS);
				})
				.finally(() => {
					this.polling = undefined;
				});
		}, delayMs);
	}

	private idleOrActiveDelay(): number {
		return this.subscriptions.size > 0 ? ACTIVE_POLL_MS : IDLE_POLL_MS;
	}

	/** One round: deliver a batch or, with nobody listening, empty the queue. True when more may wait. */
	private async pollOnce(): Promise<boolean> {
		await this.schemaWork.catch(() => {});
		if (this.subscriptions.size === 0) {
			await this.discardQueue();
			return false;
		}
		const changes = await dequeueChanges(this.pool, BATCH_SIZE);
		for (const change of changes) {
			await this.deliver(change).catch((error) =>
				this.logThrottled(`realtime: wijziging ${change.id} niet bezorgd: ${(error as Error).message}`)
			);
		}
		return changes.length === BATCH_SIZE;
	}

	private async discardQueue(): Promise<void> {
		try {
			await discardQueuedChanges(this.pool);
		} catch (error) {
			// Before the first schemaChanged() the queue does not exist yet.
			if ((error as { code?: string }).code !== '42P01') throw error;
		}
	}

	private async deliver(change: QueuedChange): Promise<void> {
		const table = this.tables.get(tableKey(change.schema, change.table));
		if (!table) return;
		const candidates = [...this.subscriptions].filter((subscription) => matchesChange(subscription, change));
		if (candidates.length === 0) return;
		const matching = await this.passingFilters(table, change, candidates);
		const idsByMember = new Map<ChannelMember, number[]>();
		for (const subscription of matching) {
			const ids = idsByMember.get(subscription.member) ?? [];
			ids.push(subscription.id);
			idsByMember.set(subscription.member, ids);
		}
		const data = changePayload(table, change);
		const visibleByClaims = await this.visibleByClaims([...idsByMember.keys()], table, change);
		for (const [member, ids] of idsByMember) {
			if (visibleByClaims.get(JSON.stringify(member.claims)) && !member.closed) {
				member.fanOut('postgres_changes', { ids, data });
			}
		}
	}

	/** Whether each subscriber may see the change; subscribers with identical claims share one check. */
	private async visibleByClaims(
		members: ChannelMember[],
		table: PublishedTable,
		change: QueuedChange
	): Promise<Map<string, boolean>> {
		const distinct = new Map(
			members.map((member) => [JSON.stringify(member.claims), member.claims] as const)
		);
		const keys = [...distinct.keys()];
		const claimsList = [...distinct.values()];
		const answers =
			change.type === 'DELETE'
				? // DELETE is not subject to RLS in Supabase (the row is gone); only the key columns are sent.
					await Promise.all(claimsList.map((claims) => this.visibility.canSelectTable(claims.role, table)))
				: await this.visibility.canSeeRowForEach(claimsList, table, change.record ?? {});
		return new Map(keys.map((key, index) => [key, answers[index]]));
	}

	private async passingFilters(
		table: PublishedTable,
		change: QueuedChange,
		candidates: ActiveSubscription[]
	): Promise<ActiveSubscription[]> {
		const filters = [...new Set(candidates.flatMap((candidate) => candidate.filter?.text ?? []))];
		if (filters.length === 0) return candidates;
		const row = (change.type === 'DELETE' ? change.old_record : change.record) ?? {};
		const conditions = filters.map(
			(text) => candidates.find((c) => c.filter?.text === text)!.filter!.conditions
		);
		const results = await evaluateFilters(this.pool, table, row, conditions);
		const passing = new Set(filters.filter((_, index) => results[index]));
		return candidates.filter((candidate) => !candidate.filter || passing.has(candidate.filter.text));
	}

	private logThrottled(message: string): void {
		if (Date.now() - this.lastErrorLoggedAt < 60_000) return;
		this.lastErrorLoggedAt = Date.now();
		this.log(message);
	}
}

function matchesChange(subscription: ActiveSubscription, change: QueuedChange): boolean {
	return (
		(subscription.event === '*' || subscription.event === change.type) &&
		(subscription.schema === '*' || subscription.schema === change.schema) &&
		(subscription.table === null || subscription.table === change.table)
	);
}

/** The `data` of a postgres_changes message, shaped like Supabase's (walrus) output. */
function changePayload(table: PublishedTable, change: QueuedChange): JsonObject {
	const data: JsonObject = {
		schema: change.schema,
		table: change.table,
		commit_timestamp: change.commit_timestamp.toISOString(),
		type: change.type,
		columns: table.columns.map((column) => ({ name: column.name, type: column.type })),
		errors: null
	};
	if (change.type !== 'DELETE') data['record'] = change.record ?? {};
	if (change.type !== 'INSERT') data['old_record'] = oldRecord(table, change.old_record ?? {});
	return data;
}

/** Like Supabase: the full old row only with REPLICA IDENTITY FULL and no RLS, else just the key. */
function oldRecord(table: PublishedTable, old: JsonObject): JsonObject {
	if (table.replicaIdentityFull && !table.rowLevelSecurity) return old;
	return Object.fromEntries(
		table.keyColumns.filter((column) => column in old).map((column) => [column, old[column]])
	);
}
