// The live pages' private Realtime channels (`region:<region id>:<module>`, the goal page's
// `region:<region id>:goal:<goal id>`), with real sessions of the demo accounts through supabase-js: members
// of the region join and receive the table changes, a member of another region and the anon key are refused,
// and an anon-key client can no longer push broadcast or presence to the members on a dashboard (issue 13,
// "anonymous flood"). The policy is supabase/migrations/20261204101500_private_dashboard_channels.sql.
import { afterEach, describe, expect, it } from 'vitest';
import type { RealtimeChannel, SupabaseClient } from '@supabase/supabase-js';
import { LIVE_MODULES, liveTopic } from '$lib/data/live';
import { anonClient } from './helpers';
import { ORG, REGION, demoActors, service } from './rls-fixtures';
import { placement } from './rls-figures-fixtures';

const REFUSED = /^Unauthorized: You do not have permissions to read from this Channel topic: /;

const actors = demoActors();
const open: { client: SupabaseClient; channel: RealtimeChannel }[] = [];

afterEach(async () => {
	while (open.length) {
		const { client, channel } = open.pop()!;
		await client.removeChannel(channel);
	}
});

interface Joined {
	channel: RealtimeChannel;
	outcome: { status: string; message?: string };
	broadcasts: unknown[];
	/** The new rows of the changes that arrived, of every watched table; `changesOf` per table. */
	changes: unknown[];
	changesOf: Record<string, unknown[]>;
}

/** Joins a channel as the live pages do (private unless said otherwise) and waits for the verdict. */
async function join(
	client: SupabaseClient,
	topic: string,
	options: {
		private?: boolean;
		table?: { table: string; filter: string } | { table: string; filter: string }[];
	} = {}
): Promise<Joined> {
	await client.realtime.setAuth();
	const broadcasts: unknown[] = [];
	const changes: unknown[] = [];
	const changesOf: Record<string, unknown[]> = {};
	const channel = client.channel(topic, {
		config: { private: options.private ?? true, presence: { key: 'test' } }
	});
	channel.on('broadcast', { event: 'flood' }, ({ payload }) => broadcasts.push(payload));
	channel.on('presence', { event: 'sync' }, () => {});
	for (const table of [options.table ?? []].flat()) {
		channel.on('postgres_changes', { event: '*', schema: 'public', ...table }, (change) => {
			changes.push(change.new);
			(changesOf[change.table] ??= []).push(change.new);
		});
	}
	open.push({ client, channel });
	const outcome = await new Promise<Joined['outcome']>((resolve) => {
		channel.subscribe((status, error) => {
			if (status !== 'SUBSCRIBED' && status !== 'CHANNEL_ERROR' && status !== 'TIMED_OUT') return;
			resolve({ status, message: error?.message });
		});
	});
	if (outcome.status !== 'SUBSCRIBED') await client.removeChannel(channel);
	return { channel, outcome, broadcasts, changes, changesOf };
}

async function waitFor(condition: () => boolean, ms = 2000): Promise<void> {
	const deadline = Date.now() + ms;
	while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A goal of the region, for the goal page's topic. */
async function goalOf(region: string): Promise<string> {
	const { data, error } = await service.from('goals').select('id').eq('region_id', region).limit(1).single();
	if (error || !data) throw new Error(`no seeded goal in region ${region}: ${error?.message}`);
	return data.id as string;
}

describe('dashboard channels: who may join', () => {
	it('admits members of the region to every module’s topic, and refuses Tilburg and the anon key', async () => {
		const modules = LIVE_MODULES.filter((module) => module !== 'goal');
		expect(modules).toHaveLength(LIVE_MODULES.length - 1);
		for (const module of modules) {
			const topic = liveTopic(REGION.zuidLimburg, module);
			expect((await join(actors.editor, topic)).outcome.status, `editor on ${topic}`).toBe('SUBSCRIBED');
			expect((await join(actors.viewer, topic)).outcome.status, `viewer on ${topic}`).toBe('SUBSCRIBED');
			const tilburg = await join(actors.tilburg, topic);
			expect(tilburg.outcome.status, `Tilburg on ${topic}`).toBe('CHANNEL_ERROR');
			expect(tilburg.outcome.message).toMatch(REFUSED);
			const anon = await join(anonClient(), topic);
			expect(anon.outcome.status, `anon key on ${topic}`).toBe('CHANNEL_ERROR');
			expect(anon.outcome.message).toMatch(REFUSED);
		}
		// Tilburg joins its own region's topics.
		const own = await join(actors.tilburg, liveTopic(REGION.middenBrabant, 'budgets'));
		expect(own.outcome.status).toBe('SUBSCRIBED');
	});

	it('admits a member to a goal of its region only, under that region', async () => {
		const goal = await goalOf(REGION.zuidLimburg);
		const mine = await join(actors.editor, liveTopic(REGION.zuidLimburg, 'goal', goal));
		expect(mine.outcome.status).toBe('SUBSCRIBED');
		// Tilburg may not follow Zuid-Limburg's goal, neither under its own region id nor under Zuid-Limburg's.
		const disguised = await join(actors.tilburg, liveTopic(REGION.middenBrabant, 'goal', goal));
		expect(disguised.outcome.message).toMatch(REFUSED);
		const foreign = await join(actors.tilburg, liveTopic(REGION.zuidLimburg, 'goal', goal));
		expect(foreign.outcome.message).toMatch(REFUSED);
		const unknown = await join(
			actors.editor,
			liveTopic(REGION.zuidLimburg, 'goal', '00000000-0000-4000-8000-000000000000')
		);
		expect(unknown.outcome.message).toMatch(REFUSED);
	});

	it('refuses topics of any other shape, even to a member', async () => {
		const zl = REGION.zuidLimburg;
		for (const topic of [
			`budgetten:${zl}`,
			`region:${zl}:budgetten`,
			`region:${zl}:budgets:extra`,
			`region:${zl}:goal`,
			`region:${zl.toUpperCase()}:budgets`,
			`region:${zl.slice(0, 35)}:budgets`,
			"region:' or true --:budgets",
			`xregion:${zl}:budgets`
		]) {
			const joined = await join(actors.coordinator, topic);
			expect(joined.outcome.status, topic).toBe('CHANNEL_ERROR');
			expect(joined.outcome.message, topic).toMatch(REFUSED);
		}
	});
});

describe('dashboard channels: what arrives', () => {
	it('carries the region’s table changes to a member on the private channel', async () => {
		const topic = liveTopic(REGION.zuidLimburg, 'baanafspraken');
		const member = await join(actors.coordinator, topic, {
			table: { table: 'placements', filter: `region_id=eq.${REGION.zuidLimburg}` }
		});
		expect(member.outcome.status).toBe('SUBSCRIBED');
		const note = `live ${Date.now()}`;
		const { data: row, error } = await service
			.from('placements')
			.insert(placement(ORG.maastricht, note))
			.select('id')
			.single();
		expect(error).toBeNull();
		try {
			await waitFor(() => member.changes.length > 0);
			expect(member.changes).toEqual([expect.objectContaining({ id: row!.id, note })]);
		} finally {
			await service.from('placements').delete().eq('id', row!.id);
		}
	});

	it('a viewer who may not read another partner’s placements still hears that they changed, and nothing more', async () => {
		const topic = liveTopic(REGION.zuidLimburg, 'baanafspraken');
		const table = (name: string) => ({ table: name, filter: `region_id=eq.${REGION.zuidLimburg}` });
		const viewer = await join(actors.viewer, topic, {
			table: [table('placements'), table('placement_changes')]
		});
		expect(viewer.outcome.status).toBe('SUBSCRIBED');
		const { data: row, error } = await service
			.from('placements')
			.insert(placement(ORG.maastricht, `signaal ${Date.now()}`))
			.select('id')
			.single();
		expect(error).toBeNull();
		try {
			await waitFor(() => (viewer.changesOf.placement_changes ?? []).length > 0);
			const [signal] = viewer.changesOf.placement_changes ?? [];
			expect(Object.keys(signal as object).sort()).toEqual(['changed_at', 'region_id']);
			expect(signal).toMatchObject({ region_id: REGION.zuidLimburg });
			expect(viewer.changesOf.placements).toBeUndefined();
		} finally {
			await service.from('placements').delete().eq('id', row!.id);
		}
	});

	it('placement_changes: members read their region’s row, nobody else, and nobody writes it', async () => {
		for (const name of ['viewer', 'editor', 'coordinator'] as const) {
			const { data, error } = await actors[name].from('placement_changes').select('region_id');
			expect(error).toBeNull();
			expect(data).toEqual([{ region_id: REGION.zuidLimburg }]);
		}
		const tilburg = await actors.tilburg.from('placement_changes').select('region_id');
		expect(tilburg.error).toBeNull();
		expect(tilburg.data?.filter((row) => row.region_id !== REGION.middenBrabant)).toEqual([]);
		const before = await service
			.from('placement_changes')
			.select('*')
			.eq('region_id', REGION.zuidLimburg)
			.single();
		for (const name of ['viewer', 'coordinator'] as const) {
			const write = await actors[name]
				.from('placement_changes')
				.update({ changed_at: '2000-01-01T00:00:00Z' })
				.eq('region_id', REGION.zuidLimburg)
				.select();
			expect(write.error?.code).toBe('42501');
		}
		const after = await service
			.from('placement_changes')
			.select('*')
			.eq('region_id', REGION.zuidLimburg)
			.single();
		expect(after.data).toEqual(before.data);
	});

	it('an anon-key client cannot push broadcast or presence to the members on a dashboard', async () => {
		const topic = liveTopic(REGION.zuidLimburg, 'budgets');
		const member = await join(actors.editor, topic);
		expect(member.outcome.status).toBe('SUBSCRIBED');

		// The anon key may not join the private channel at all.
		const attacker = anonClient();
		const refused = await join(attacker, topic);
		expect(refused.outcome.message).toMatch(REFUSED);

		// A public channel of the same name is another topic: what is sent there never reaches the member.
		const publicTwin = await join(attacker, topic, { private: false });
		expect(publicTwin.outcome.status).toBe('SUBSCRIBED');
		for (let n = 0; n < 20; n++) {
			await publicTwin.channel.send({ type: 'broadcast', event: 'flood', payload: { n } });
		}
		expect(await publicTwin.channel.track({ name: 'Voorzitter', chair: true })).toBe('ok');

		// Nor does a broadcast over REST addressed to the private topic (another client: channel() reuses a topic).
		const restClient = anonClient();
		const rest = restClient.channel(topic, { config: { private: true } });
		await rest.httpSend('flood', { n: 'rest' });
		await restClient.removeChannel(rest);

		// A control message from a member's own client on the public twin does arrive there: the sends worked.
		const witness = await join(actors.viewer, topic, { private: false });
		await publicTwin.channel.send({ type: 'broadcast', event: 'flood', payload: { n: 'control' } });
		await waitFor(() => witness.broadcasts.length > 0);
		expect(witness.broadcasts).toContainEqual({ n: 'control' });

		await sleep(300);
		expect(member.broadcasts).toEqual([]);
		expect(member.channel.presenceState()).toEqual({});
	});
});
