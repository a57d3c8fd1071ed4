import type pg from 'pg';
import type { ChangeType, PublishedTable } from './catalog.ts';
import { FilterSyntaxError, filterToSql, parseFilter, type FilterCondition } from './filters.ts';
import { isJsonObject, type JsonObject } from './types.ts';

export type EventFilter = ChangeType | '*';
const EVENT_FILTERS: readonly EventFilter[] = ['INSERT', 'UPDATE', 'DELETE', '*'];

/** A validated `postgres_changes` binding of a join, not yet active. */
export interface PreparedSubscription {
	/** Echoed in the join reply: realtime-js pairs its bindings with ours by these fields. */
	echo: JsonObject;
	event: EventFilter;
	schema: string;
	/** null: every published table of the schema. */
	table: string | null;
	filter: { text: string; conditions: FilterCondition[] } | null;
}

export type PreparedSubscriptions =
	{ ok: true; subscriptions: PreparedSubscription[] } | { ok: false; reason: string };

export interface PublicationLookup {
	pool: pg.Pool;
	/** Published tables matching the schema (or '*') and table (or null for all). */
	publishedTables(schema: string, table: string | null): Promise<PublishedTable[]>;
}

/** Checks the join's `config.postgres_changes`; any invalid binding refuses the whole join, as Supabase does. */
export async function prepareSubscriptions(
	bindings: unknown,
	lookup: PublicationLookup
): Promise<PreparedSubscriptions> {
	if (bindings === undefined || bindings === null) return { ok: true, subscriptions: [] };
	if (!Array.isArray(bindings)) {
		return { ok: false, reason: 'InvalidJoinPayload: config.postgres_changes must be a list' };
	}
	const subscriptions: PreparedSubscription[] = [];
	for (const binding of bindings) {
		const prepared = await prepareBinding(binding, lookup);
		if (!prepared.ok) return prepared;
		subscriptions.push(...prepared.subscriptions);
	}
	return { ok: true, subscriptions };
}

async function prepareBinding(binding: unknown, lookup: PublicationLookup): Promise<PreparedSubscriptions> {
	if (!isJsonObject(binding)) {
		return { ok: false, reason: 'InvalidJoinPayload: each postgres_changes entry must be an object' };
	}
	const { event, schema, table, filter } = binding;
	const description = describeParameters(binding);
	const eventFilter = EVENT_FILTERS.find(
		(candidate) => candidate === (typeof event === 'string' ? event.toUpperCase() : '')
	);
	if (!eventFilter || typeof schema !== 'string' || schema === '') {
		return refuse(
			`Unable to subscribe to changes with given parameters. \`event\` must be one of INSERT, UPDATE, DELETE or * and \`schema\` is required: ${description}`
		);
	}
	if (
		(table !== undefined && typeof table !== 'string') ||
		(filter !== undefined && typeof filter !== 'string')
	) {
		return refuse(`Unable to subscribe to changes with given parameters: ${description}`);
	}
	const tableName = table === undefined || table === '*' ? null : table;
	const published = await lookup.publishedTables(schema, tableName);
	if (published.length === 0) {
		return refuse(
			`Unable to subscribe to changes with given parameters. Please check Realtime is enabled for the given connect parameters: ${description}`
		);
	}
	let preparedFilter: PreparedSubscription['filter'] = null;
	if (filter) {
		const result = await prepareFilter(filter, published, description, lookup.pool);
		if (!result.ok) return result;
		preparedFilter = { text: filter, conditions: result.conditions };
	}
	return {
		ok: true,
		subscriptions: [{ echo: binding, event: eventFilter, schema, table: tableName, filter: preparedFilter }]
	};
}

async function prepareFilter(
	filter: string,
	published: PublishedTable[],
	description: string,
	pool: pg.Pool
): Promise<{ ok: true; conditions: FilterCondition[] } | { ok: false; reason: string }> {
	if (published.length !== 1) {
		return refuse(`Error parsing \`filter\` params: a filter needs a single table, ${description}`);
	}
	let conditions: FilterCondition[];
	try {
		conditions = parseFilter(filter);
	} catch (error) {
		if (!(error instanceof FilterSyntaxError)) throw error;
		return refuse(`Error parsing \`filter\` params: ${error.message}`);
	}
	try {
		await validateFilter(pool, published[0], conditions);
	} catch (error) {
		return refuse(
			`Unable to subscribe to changes with given parameters. An exception happened so please check your connect parameters: ${description}. Exception: ${(error as Error).message}`
		);
	}
	return { ok: true, conditions };
}

/**
 * Evaluates the filter once against an all-null row: an unknown column, or a value the column's type cannot
 * hold, fails here, at the join, for this client only, instead of at every change for everyone.
 */
async function validateFilter(
	pool: pg.Pool,
	table: PublishedTable,
	conditions: FilterCondition[]
): Promise<void> {
	const params: unknown[] = [];
	const expression = filterToSql(conditions, params, 'r');
	await pool.query(
		`select ${expression} as matches from jsonb_populate_record(null::${table.qualifiedName}, '{}'::jsonb) as r`,
		params
	);
}

function refuse(reason: string): { ok: false; reason: string } {
	return { ok: false, reason };
}

function describeParameters(binding: JsonObject): string {
	const schema = typeof binding['schema'] === 'string' ? binding['schema'] : '';
	const table = typeof binding['table'] === 'string' ? binding['table'] : '*';
	const filter = typeof binding['filter'] === 'string' ? binding['filter'] : '';
	return `[schema: ${schema}, table: ${table}, filters: [${filter}]]`;
}
