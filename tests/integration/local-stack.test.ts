// The local stack as hosted Supabase behaves: PostgREST reloads its schema on `notify pgrst` and after DDL,
// Realtime streams every published table (also one published while the stack runs) with RLS per
// subscriber, and without logical WAL the capture triggers deliver the same changes.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import WebSocket from 'ws';
import {
	createClient,
	type RealtimePostgresChangesPayload,
	type SupabaseClient
} from '@supabase/supabase-js';
import { startStack, type RunningStack } from '../../supabase/local/stack.ts';
import { stack } from './helpers';
import {
	closeTrackedClients,
	createRealtimeUser,
	eventLog,
	sleep,
	subscribed,
	track,
	type RealtimeUser
} from './realtime-helpers';

const onlyLocal = describe.skipIf(!stack.local || !stack.dbUrl);

let db: pg.Client;
const createdTables: string[] = [];

beforeAll(async () => {
	if (!stack.dbUrl) return;
	db = new pg.Client({ connectionString: stack.dbUrl });
	await db.connect();
});

afterEach(closeTrackedClients);

afterAll(async () => {
	if (!db) return;
	for (const table of createdTables.reverse()) {
		await db.query(`drop function if exists public.${table}_count(); drop table if exists public.${table}`);
	}
	await db.query('alter event trigger pgrst_ddl_watch enable').catch(() => {});
	await db.end();
});

/** A table name of its own for each test, dropped (with its `<name>_count` function) at the end. */
function newTable(prefix: string): string {
	const table = `${prefix}_${randomUUID().slice(0, 8)}`;
	createdTables.push(table);
	return table;
}

/** What PostgREST answers through the gateway, as the service role. */
async function restStatus(path: string, init: RequestInit = {}): Promise<number> {
	const response = await fetch(`${stack.apiUrl}/rest/v1/${path}`, {
		...init,
		headers: { apikey: stack.serviceRoleKey, 'content-type': 'application/json' }
	});
	await response.arrayBuffer();
	return response.status;
}

async function statusWithin(
	probe: () => Promise<number>,
	status: number,
	timeoutMs: number
): Promise<number> {
	const started = performance.now();
	for (;;) {
		const answer = await probe();
		if (answer === status) return performance.now() - started;
		if (performance.now() - started > timeoutMs) {
			throw new Error(`still ${answer} instead of ${status} after ${timeoutMs} ms`);
		}
		await sleep(50);
	}
}

/**
 * A parent and child table and a function, made the way psql would. A plain select works on any table, but
 * embedding the parent and calling the function need PostgREST's schema cache to know them.
 */
async function createSchemaObjects(prefix: string) {
	const parent = newTable(`${prefix}_parent`);
	const child = newTable(`${prefix}_child`);
	const fn = `${child}_count`;
	await db.query(`
		create table public.${parent} (id int primary key);
		create table public.${child} (id int primary key, parent_id int references public.${parent});
		alter table public.${parent} enable row level security;
		alter table public.${child} enable row level security;
		create function public.${fn}() returns bigint language sql as $$ select count(*) from public.${child} $$;
	`);
	return {
		embed: () => restStatus(`${child}?select=id,${parent}(id)`),
		call: () => restStatus(`rpc/${fn}`, { method: 'POST', body: '{}' })
	};
}

onlyLocal('PostgREST schema reload', () => {
	it('serves what psql created once `notify pgrst, reload schema` is sent, within 2 s', async () => {
		// Without the DDL event trigger, only the notification can make PostgREST see the new objects.
		await db.query('alter event trigger pgrst_ddl_watch disable');
		try {
			// A reload still running after earlier DDL would pick the objects up: let it finish first.
			await sleep(1000);
			const objects = await createSchemaObjects('reload_notify');
			await sleep(500);
			expect(await objects.embed()).toBe(400);
			expect(await objects.call()).toBe(404);
			const sent = performance.now();
			await db.query(`notify pgrst, 'reload schema'`);
			await statusWithin(objects.embed, 200, 2000);
			await statusWithin(objects.call, 200, 2000);
			console.info(`schema reload after NOTIFY: ${Math.round(performance.now() - sent)} ms`);
		} finally {
			await db.query('alter event trigger pgrst_ddl_watch enable');
		}
	});

	it('reloads by itself after DDL, as the event triggers of hosted Supabase make it', async () => {
		const objects = await createSchemaObjects('reload_ddl');
		await statusWithin(objects.embed, 200, 2000);
		await statusWithin(objects.call, 200, 2000);
	});
});

type Note = { id: string; owner: string; body: string };
type NoteChange = RealtimePostgresChangesPayload<Note>;

/** A table only its owner may read, published while the stack runs. */
async function createOwnedTable(table: string): Promise<void> {
	await db.query(`
		create table public.${table} (id uuid primary key default gen_random_uuid(), owner uuid not null, body text not null);
		alter table public.${table} enable row level security;
		create policy owner_reads on public.${table} for select to authenticated using (owner = auth.uid());
		grant select on public.${table} to authenticated;
		alter publication supabase_realtime add table public.${table};
	`);
}

function noteChanges(client: SupabaseClient, table: string) {
	const log = eventLog<NoteChange>();
	const channel = client
		.channel(`notes-${randomUUID()}`)
		.on<Note>('postgres_changes', { event: '*', schema: 'public', table }, (change) => log.push(change));
	return { log, channel };
}

/**
 * Insert, update and delete one of the owner's rows, each after the owner saw the one before: like hosted
 * Supabase, RLS is checked against the row as it is at delivery, so a row deleted first is seen by no one.
 */
async function writeNotes(table: string, owner: string, ownerLog: ReturnType<typeof noteChanges>['log']) {
	const { rows } = await db.query<{ id: string }>(
		`insert into public.${table} (owner, body) values ($1, 'eerste') returning id`,
		[owner]
	);
	const id = rows[0].id;
	await ownerLog.waitFor((change) => change.eventType === 'INSERT', 10_000);
	await db.query(`update public.${table} set body = 'tweede' where id = $1`, [id]);
	await ownerLog.waitFor((change) => change.eventType === 'UPDATE', 10_000);
	await db.query(`delete from public.${table} where id = $1`, [id]);
	await ownerLog.waitFor((change) => change.eventType === 'DELETE', 10_000);
	return id;
}

/** The owner got all three events in order; the other user no row contents (a DELETE carries only the key). */
async function expectOwnerOnly(
	owner: ReturnType<typeof noteChanges>,
	other: ReturnType<typeof noteChanges>,
	id: string
) {
	expect(owner.log.items.map((change) => change.eventType)).toEqual(['INSERT', 'UPDATE', 'DELETE']);
	expect(owner.log.items[0].new).toMatchObject({ id, body: 'eerste' });
	expect(owner.log.items[1].new).toMatchObject({ id, body: 'tweede' });
	expect(owner.log.items[2].old).toEqual({ id });
	await sleep(300);
	// As hosted Supabase documents: RLS cannot be checked for a row that is gone, so a DELETE reaches every
	// subscriber allowed to select from the table, with nothing but the primary key.
	expect(other.log.items.filter((change) => change.eventType !== 'DELETE')).toEqual([]);
	for (const change of other.log.items) expect(change.old).toEqual({ id });
}

onlyLocal('Realtime from the WAL', () => {
	let owner: RealtimeUser;
	let stranger: RealtimeUser;
	beforeAll(async () => {
		owner = await createRealtimeUser('wal-owner');
		stranger = await createRealtimeUser('wal-stranger');
	});

	it('streams a table published while the stack runs to the subscriber RLS admits, and nothing of it to another', async () => {
		const table = newTable('published_later');
		await createOwnedTable(table);
		const forOwner = noteChanges(await owner.newClient(), table);
		const forStranger = noteChanges(await stranger.newClient(), table);
		await Promise.all([subscribed(forOwner.channel), subscribed(forStranger.channel)]);
		const id = await writeNotes(table, owner.id, forOwner.log);
		await expectOwnerOnly(forOwner, forStranger, id);
	});

	it('sends the whole old row with REPLICA IDENTITY FULL on a table without RLS, as Supabase documents', async () => {
		const table = newTable('full_identity');
		await db.query(`
			create table public.${table} (id int primary key, body text);
			alter table public.${table} replica identity full;
			grant select on public.${table} to service_role;
			alter publication supabase_realtime add table public.${table};
		`);
		const service = track(
			createClient(stack.apiUrl, stack.serviceRoleKey, {
				auth: { persistSession: false },
				realtime: { transport: WebSocket as never }
			})
		);
		const log = eventLog<RealtimePostgresChangesPayload<{ id: number; body: string }>>();
		const channel = service
			.channel(`full-${randomUUID()}`)
			.on<{ id: number; body: string }>(
				'postgres_changes',
				{ event: '*', schema: 'public', table },
				(change) => log.push(change)
			);
		await subscribed(channel);
		await db.query(`insert into public.${table} values (1, 'oud')`);
		await db.query(`update public.${table} set body = 'nieuw' where id = 1`);
		await db.query(`delete from public.${table} where id = 1`);
		await log.waitFor((change) => change.eventType === 'DELETE', 10_000);
		expect(log.items[1]).toMatchObject({
			eventType: 'UPDATE',
			old: { id: 1, body: 'oud' },
			new: { id: 1, body: 'nieuw' }
		});
		expect(log.items[2]).toMatchObject({ eventType: 'DELETE', old: { id: 1, body: 'nieuw' } });
		// The WAL carries text; Postgres turns it into the row type, so an integer arrives as a number.
		expect(typeof (log.items[0].new as { id: unknown }).id).toBe('number');
	});

	it('tells no one what a deleted row held: on a table with RLS a DELETE filter sees only the key', async () => {
		// Attack finding 6: DELETEs go to everyone with SELECT on the table (RLS cannot judge a row that is gone)
		// and filters were evaluated on the whole old row, so the ids of the matching bindings told another
		// region's user the row's contents. With REPLICA IDENTITY FULL the WAL carries the whole old row.
		const table = newTable('delete_oracle');
		await createOwnedTable(table);
		await db.query(`alter table public.${table} replica identity full`);
		const { rows } = await db.query<{ id: string }>(
			`insert into public.${table} (owner, body) values ($1, 'geheim') returning id`,
			[owner.id]
		);
		const id = rows[0].id;
		const filters = [
			'body=eq.geheim',
			'body=in.(geheim,openbaar)',
			'body=gte.g',
			`owner=eq.${owner.id}`,
			`id=eq.${id}`
		];
		const listen = async (user: RealtimeUser) => {
			const matched = eventLog<string>();
			const channel = (await user.newClient()).channel(`oracle-${randomUUID()}`);
			for (const filter of filters) {
				channel.on<Note>('postgres_changes', { event: 'DELETE', schema: 'public', table, filter }, (change) =>
					matched.push(`${filter} ${JSON.stringify(change.old)}`)
				);
			}
			await subscribed(channel);
			return matched;
		};
		const forStranger = await listen(stranger);
		const forOwner = await listen(owner);

		await db.query(`delete from public.${table} where id = $1`, [id]);
		await forOwner.waitFor((line) => line.startsWith('id='), 10_000);
		await forStranger.waitFor((line) => line.startsWith('id='), 10_000);
		await sleep(300);
		// Only the binding on the key matches, for the owner as for the stranger, and only the key is sent.
		for (const matched of [forOwner, forStranger]) {
			expect(matched.items).toEqual([`id=eq.${id} ${JSON.stringify({ id })}`]);
		}
	});
});

onlyLocal('Realtime without logical WAL (capture triggers)', () => {
	let fallback: RunningStack | undefined;
	const logged: string[] = [];
	let owner: RealtimeUser;
	let stranger: RealtimeUser;

	let sharedStackReadsWal = true;

	beforeAll(async () => {
		// On a DATABASE_URL without logical WAL the shared stack already uses the triggers: a second stack
		// on its queue would take half of its changes.
		sharedStackReadsWal =
			(await db.query<{ wal_level: string }>('show wal_level')).rows[0].wal_level === 'logical';
		if (!sharedStackReadsWal) return;
		owner = await createRealtimeUser('trigger-owner');
		stranger = await createRealtimeUser('trigger-stranger');
		// A second gateway on the same database that reads changes as it would from a DATABASE_URL without
		// wal_level=logical.
		fallback = await startStack({
			port: 0,
			databaseUrl: stack.dbUrl!,
			realtimeChanges: 'triggers',
			authRateLimits: false,
			log: (message) => logged.push(message)
		});
	}, 60_000);

	afterAll(async () => {
		if (!fallback) return;
		await fallback.stop();
		// Leave the shared database as the WAL stack found it: no capture triggers, no queue.
		await db?.query(`
			do $$ declare target record; begin
				for target in select tgrelid::regclass as relation from pg_trigger where tgname = 'realtime_local_capture' loop
					execute format('drop trigger realtime_local_capture on %s', target.relation);
				end loop;
			end $$;
			drop table if exists realtime_local.changes;
		`);
	});

	it('says so and delivers the same changes, with RLS per subscriber', async (context) => {
		if (!sharedStackReadsWal) context.skip('the shared stack itself reads changes through the triggers here');
		expect(fallback!.changeSource).toBe('triggers');
		expect(logged.filter((line) => line.includes('via triggers in plaats van uit de WAL'))).toHaveLength(1);
		const table = newTable('trigger_capture');
		await createOwnedTable(table);
		const clientFor = async (user: RealtimeUser) => {
			const client = track(
				createClient(fallback!.apiUrl, fallback!.anonKey, {
					auth: { persistSession: false },
					realtime: { transport: WebSocket as never },
					accessToken: () => Promise.resolve(user.accessToken)
				})
			);
			await client.realtime.setAuth();
			return client;
		};
		const ownerClient = await clientFor(owner);
		const strangerClient = await clientFor(stranger);
		const forOwner = noteChanges(ownerClient, table);
		const forStranger = noteChanges(strangerClient, table);
		await Promise.all([subscribed(forOwner.channel), subscribed(forStranger.channel)]);
		const id = await writeNotes(table, owner.id, forOwner.log);
		await expectOwnerOnly(forOwner, forStranger, id);
	});
});
