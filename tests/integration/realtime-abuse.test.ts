// What an attacker holding only the public anon key tried against Realtime (issue 13): a filter that broke
// delivery for everyone, and a flood of broadcast and presence at a dashboard user. Each must now stay the
// attacker's own problem.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import WebSocket from 'ws';
import type { RealtimeChannel, RealtimePostgresChangesPayload } from '@supabase/supabase-js';
import { REALTIME_LIMITS, TOO_MANY_MESSAGES } from '../../supabase/local/realtime/limits.ts';
import { stack } from './helpers';
import {
	closeTrackedClients,
	createRealtimeUser,
	eventLog,
	joinError,
	realtimeClient,
	serviceRealtimeClient,
	sleep,
	subscribed,
	waitUntil
} from './realtime-helpers';

const onlyLocal = describe.skipIf(!stack.local || !stack.dbUrl);

type Row = { id: number; body: string; extra?: number };
type RowChange = RealtimePostgresChangesPayload<Row>;

let db: pg.Client;
let table: string;

beforeAll(async () => {
	if (!stack.dbUrl) return;
	db = new pg.Client({ connectionString: stack.dbUrl });
	await db.connect();
	table = `abuse_${randomUUID().slice(0, 8)}`;
	await db.query(`
		create table public.${table} (id int primary key, body text not null, extra int);
		alter table public.${table} enable row level security;
		create policy everyone_reads on public.${table} for select to anon, authenticated using (true);
		grant select on public.${table} to anon, authenticated;
		alter publication supabase_realtime add table public.${table};
	`);
});

afterEach(closeTrackedClients);

afterAll(async () => {
	if (!db) return;
	await db.query(`drop table if exists public.${table}`);
	await db.end();
});

function rowChanges(channel: RealtimeChannel, filter?: string) {
	const log = eventLog<RowChange>();
	channel.on<Row>(
		'postgres_changes',
		{ event: '*', schema: 'public', table, ...(filter ? { filter } : {}) },
		(change) => log.push(change)
	);
	return log;
}

let nextId = 1;
async function insertRow(body: string): Promise<number> {
	const id = nextId++;
	await db.query(`insert into public.${table} (id, body) values ($1, $2)`, [id, body]);
	return id;
}

onlyLocal('one subscriber cannot stop delivery to another', () => {
	it('refuses `id=match.(` to the anon client at its join, and the others keep receiving', async () => {
		const victim = serviceRealtimeClient().channel(`victim-${randomUUID()}`);
		const received = rowChanges(victim);
		await subscribed(victim);

		const attacker = realtimeClient();
		for (const filter of ['id=match.(', 'body=like.%', 'body=imatch.(a+)+$']) {
			const channel = attacker.channel(`attack-${randomUUID()}`);
			rowChanges(channel, filter);
			expect(await joinError(attacker, channel)).toMatch(/unknown operator/);
		}

		const id = await insertRow('na de aanval');
		expect((await received.waitFor((change) => (change.new as Row).id === id, 2000)).new).toMatchObject({
			body: 'na de aanval'
		});
	});

	it('ends only the subscription whose filter stops working, with an error on its own channel', async () => {
		const client = serviceRealtimeClient();
		const doomed = client.channel(`doomed-${randomUUID()}`);
		const doomedChanges = rowChanges(doomed, 'extra=eq.1');
		const systemMessages = eventLog<{ extension?: string; status?: string; message?: string }>();
		doomed.on('system', {}, (message) => systemMessages.push(message));
		const other = serviceRealtimeClient().channel(`other-${randomUUID()}`);
		const otherChanges = rowChanges(other, 'body=eq.blijft');
		await Promise.all([subscribed(doomed), subscribed(other)]);

		// The column the first filter names goes away: evaluating that filter now fails in Postgres.
		await db.query(`alter table public.${table} drop column extra`);
		try {
			const id = await insertRow('blijft');
			await otherChanges.waitFor((change) => (change.new as Row).id === id, 2000);
			const error = await systemMessages.waitFor((message) => message.status === 'error', 2000);
			expect(error).toMatchObject({ extension: 'postgres_changes' });
			expect(error.message).toContain('extra=eq.1');
			expect(doomedChanges.items).toEqual([]);
			// Delivery goes on for the others afterwards too.
			const next = await insertRow('blijft');
			await otherChanges.waitFor((change) => (change.new as Row).id === next, 2000);
		} finally {
			await db.query(`alter table public.${table} add column extra int`);
		}
	});

	it('cuts off a client that stops reading, and the others still get every message', async () => {
		const topic = `slow-${randomUUID()}`;
		const reader = await rawSocket(topic);
		let heard = 0;
		// Only the big broadcasts are over a megabyte (as JSON text or as vsn 2.0.0 binary frames).
		reader.on('message', (data: Buffer) => {
			if (data.length > 1024 * 1024) heard++;
		});
		// A client that joins and then never reads again.
		const slow = await rawSocket(topic);
		const closed = new Promise<number>((resolve) => slow.once('close', (code) => resolve(code)));
		slow.on('error', () => {});
		const socket = (slow as unknown as { _socket: { pause(): void; resume(): void } })._socket;
		socket.pause();

		// Senders each within their own limits (one message just under the maximum size, then they leave),
		// together more than the unread bytes a client may leave behind plus what kernel buffers hold.
		const blob = 'x'.repeat(REALTIME_LIMITS.maxPayloadBytes - 4096);
		const senders = 12;
		for (let index = 0; index < senders; index++) {
			const sender = await rawSocket(topic);
			const payload = { type: 'broadcast', event: 'big', payload: { index, blob } };
			sender.send(JSON.stringify(['1', '2', `realtime:${topic}`, 'broadcast', payload]));
			sender.close();
		}
		// Reading again, the client finds what the kernel still held, then the end of the connection.
		socket.resume();
		const code = await Promise.race([closed, sleep(10_000).then(() => 0)]);
		expect(code, 'the slow client was not cut off').toBe(1006);
		await waitUntil(() => heard === senders, 10_000);
		reader.terminate();
	}, 30_000);
});

/** A websocket that joins a public topic with the anon key, as realtime-js would (vsn 2.0.0). */
async function rawSocket(topic: string): Promise<WebSocket> {
	const url = `${stack.apiUrl.replace(/^http/, 'ws')}/realtime/v1/websocket?apikey=${stack.anonKey}&vsn=2.0.0`;
	const socket = new WebSocket(url);
	await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
	const joined = new Promise((resolve) => socket.once('message', resolve));
	socket.send(JSON.stringify(['1', '1', `realtime:${topic}`, 'phx_join', { config: {} }]));
	await joined;
	return socket;
}

onlyLocal('rate and size limits per connection, like Supabase Realtime', () => {
	it('cuts off an anon-key client that floods broadcast; the dashboard user keeps its connection', async () => {
		const topic = `budgetten:${randomUUID()}`;
		const dashboard = realtimeClient().channel(topic);
		const received = eventLog<{ event?: string }>();
		dashboard.on('broadcast', { event: '*' }, (message) => received.push(message));
		await subscribed(dashboard);

		const flooder = realtimeClient();
		const attack = flooder.channel(topic);
		const system = eventLog<{ status?: string; message?: string }>();
		attack.on('system', {}, (message) => system.push(message));
		await subscribed(attack);
		const blob = 'x'.repeat(10_000);
		for (let index = 0; index < 2000 && system.items.length === 0; index++) {
			void attack.send({ type: 'broadcast', event: 'flood', payload: { index, blob } });
			if (index % 50 === 0) await sleep(0);
		}
		const cutOff = await system.waitFor((message) => message.status === 'error', 5000);
		expect(cutOff.message).toBe(TOO_MANY_MESSAGES);

		await sleep(500);
		const floodMessages = received.items.filter((message) => message.event === 'flood').length;
		// About one second's worth of events (the burst, plus what refilled meanwhile), not everything sent.
		expect(floodMessages).toBeGreaterThan(0);
		expect(floodMessages).toBeLessThan(2 * REALTIME_LIMITS.eventsPerSecond);

		// Delivery to the dashboard user goes on.
		const friend = realtimeClient().channel(topic);
		await subscribed(friend);
		await friend.send({ type: 'broadcast', event: 'hallo', payload: {} });
		await received.waitFor((message) => message.event === 'hallo', 2000);
	});

	it('cuts off a presence flood the same way', async () => {
		const topic = `meeting-room:${randomUUID()}`;
		const watcher = realtimeClient().channel(topic);
		let diffs = 0;
		watcher.on('presence', { event: 'join' }, () => diffs++);
		await subscribed(watcher);

		const flooder = realtimeClient().channel(topic, { config: { presence: { key: 'aanvaller' } } });
		const system = eventLog<{ status?: string; message?: string }>();
		flooder.on('system', {}, (message) => system.push(message));
		await subscribed(flooder);
		for (let index = 0; index < 1000 && system.items.length === 0; index++) {
			void flooder.track({ index, blob: 'y'.repeat(5_000) });
			if (index % 50 === 0) await sleep(0);
		}
		expect((await system.waitFor((message) => message.status === 'error', 5000)).message).toBe(
			TOO_MANY_MESSAGES
		);
		await sleep(300);
		expect(diffs).toBeLessThan(2 * REALTIME_LIMITS.eventsPerSecond);
	});

	it('answers 429 to a REST broadcast flood from one address', async () => {
		const body = JSON.stringify({
			messages: Array.from({ length: 50 }, (_, index) => ({
				topic: `rest-${index}`,
				event: 'x',
				payload: {}
			}))
		});
		const statuses: number[] = [];
		for (let round = 0; round < 5; round++) {
			const response = await fetch(`${stack.apiUrl}/realtime/v1/api/broadcast`, {
				method: 'POST',
				headers: { apikey: stack.anonKey, 'content-type': 'application/json' },
				body
			});
			await response.arrayBuffer();
			statuses.push(response.status);
		}
		expect(statuses.slice(0, 2)).toEqual([202, 202]);
		expect(statuses).toContain(429);
	});
});

onlyLocal('sending on private channels follows the INSERT policies of realtime.messages', () => {
	const prefix = `writetest-${randomUUID().slice(0, 8)}`;
	beforeAll(async () => {
		// Every signed-in user may join these topics; only the user named in the topic may broadcast, and
		// nobody may track presence.
		await db.query(`
			create policy "${prefix} read" on realtime.messages for select to authenticated
				using (realtime.topic() like '${prefix}:%');
			create policy "${prefix} send" on realtime.messages for insert to authenticated
				with check (extension = 'broadcast' and realtime.topic() = '${prefix}:' || auth.uid());
		`);
	});
	afterAll(async () => {
		await db?.query(
			`drop policy "${prefix} read" on realtime.messages; drop policy "${prefix} send" on realtime.messages`
		);
	});

	it('forwards the broadcast of the user the policy admits, drops the others, and refuses presence', async () => {
		const owner = await createRealtimeUser('write-owner');
		const other = await createRealtimeUser('write-other');
		const topic = `${prefix}:${owner.id}`;
		const join = async (user: typeof owner) => {
			const channel = (await user.newClient()).channel(topic, {
				config: { private: true, broadcast: { ack: true } }
			});
			const heard = eventLog<{ payload?: { from?: string } }>();
			channel.on('broadcast', { event: 'say' }, (message) =>
				heard.push(message as { payload?: { from?: string } })
			);
			await subscribed(channel);
			return { channel, heard };
		};
		const forOwner = await join(owner);
		const forOther = await join(other);

		expect(await forOther.channel.send({ type: 'broadcast', event: 'say', payload: { from: 'other' } })).toBe(
			'error'
		);
		expect(await forOwner.channel.send({ type: 'broadcast', event: 'say', payload: { from: 'owner' } })).toBe(
			'ok'
		);
		await forOther.heard.waitFor((message) => message.payload?.from === 'owner', 2000);
		await sleep(300);
		expect(forOwner.heard.items.filter((message) => message.payload?.from === 'other')).toEqual([]);
		expect(await forOther.channel.track({ name: 'stiekem' })).toBe('error');
	});
});
