// 1. Live update latency: an editor saves a placement through supabase-js; how long until the
// postgres_changes event is at each of 50 subscribed clients (region members, each with its own session).
// Baseline: a raw Postgres LISTEN/NOTIFY round trip on the same database.
import pg from 'pg';
import type { RealtimeChannel, SupabaseClient } from '@supabase/supabase-js';
import { liveTopic } from '$lib/data/live';
import { closeClient, signedInClient } from './clients.ts';
import type { GeneratedRegion } from './generate.ts';
import { round2, statusFor, type ResultRow } from './report.ts';
import type { BenchStackInfo } from './stack.ts';
import { summarize, timeRuns } from './stats.ts';

const TARGET_P95_MS = 150;
const TARGET_RATIO = 5;
const DELIVERY_TIMEOUT_MS = 5000;

interface Subscriber {
	client: SupabaseClient;
	channel: RealtimeChannel;
}

/**
 * Subscribes like the region overview does: its private channel (authorised by RLS on realtime.messages) with
 * regions, partners, audit trail and placements of the region.
 */
async function subscribe(client: SupabaseClient, regionId: string, onPlacement: (note: unknown) => void) {
	await client.realtime.setAuth();
	const channel = client
		.channel(liveTopic(regionId, 'overview'), { config: { private: true } })
		.on(
			'postgres_changes',
			{ event: '*', schema: 'public', table: 'regions', filter: `id=eq.${regionId}` },
			() => {}
		)
		.on(
			'postgres_changes',
			{ event: '*', schema: 'public', table: 'organisations', filter: `region_id=eq.${regionId}` },
			() => {}
		)
		.on(
			'postgres_changes',
			{ event: '*', schema: 'public', table: 'audit_log', filter: `region_id=eq.${regionId}` },
			() => {}
		)
		.on(
			'postgres_changes',
			{ event: '*', schema: 'public', table: 'placements', filter: `region_id=eq.${regionId}` },
			(payload) => onPlacement((payload.new as { note?: unknown }).note)
		);
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('abonneren duurde langer dan 30 s')), 30_000);
		channel.subscribe((status, error) => {
			if (status === 'SUBSCRIBED') {
				clearTimeout(timer);
				resolve();
			} else if (status === 'CHANNEL_ERROR' || status === 'TIMED_OUT') {
				clearTimeout(timer);
				reject(new Error(`abonneren mislukt: ${status} ${error?.message ?? ''}`));
			}
		});
	});
	return channel;
}

export interface NotifyBaseline {
	samples: number[];
	/** 'two-connections' on a real Postgres; PGlite serves all connections from one backend (see notes). */
	mode: 'two-connections' | 'one-connection';
}

/** LISTEN on one connection, NOTIFY from another, time until the listener has it. */
export async function measureNotify(dbUrl: string, runs: number, warmup: number): Promise<NotifyBaseline> {
	const listener = new pg.Client({ connectionString: dbUrl });
	const sender = new pg.Client({ connectionString: dbUrl });
	await listener.connect();
	await sender.connect();
	try {
		let waiting: { payload: string; resolve: () => void } | null = null;
		const heard = (message: pg.Notification) => {
			if (waiting && message.payload === waiting.payload) {
				waiting.resolve();
				waiting = null;
			}
		};
		listener.on('notification', heard);
		await listener.query('listen rnd_bench');
		// PGlite has a single backend behind its socket server: a notification goes out with the reply to
		// whoever is talking, so another connection's NOTIFY never reaches the listener. Probe first.
		let probeHeard = false;
		const probe = new Promise<void>((resolve) => {
			waiting = { payload: 'probe', resolve: () => ((probeHeard = true), resolve()) };
			setTimeout(resolve, 1000);
		});
		await sender.query(`select pg_notify('rnd_bench', 'probe')`);
		await probe;
		waiting = null;
		const mode: NotifyBaseline['mode'] = probeHeard ? 'two-connections' : 'one-connection';
		const notifier = mode === 'two-connections' ? sender : listener;
		const samples = await timeRuns(runs, warmup, async (index) => {
			const payload = `n${index}`;
			const arrived = new Promise<void>((resolve, reject) => {
				const timer = setTimeout(() => reject(new Error('NOTIFY kwam niet aan')), DELIVERY_TIMEOUT_MS);
				waiting = { payload, resolve: () => (clearTimeout(timer), resolve()) };
			});
			await notifier.query('select pg_notify($1, $2)', ['rnd_bench', payload]);
			await arrived;
		});
		return { samples, mode };
	} finally {
		await listener.end();
		await sender.end();
	}
}

export async function measureLiveUpdates(
	stack: BenchStackInfo,
	region: GeneratedRegion,
	saves: number,
	warmupSaves: number,
	log: (message: string) => void
): Promise<ResultRow[]> {
	log(`live: ${region.members.length} leden inloggen en abonneren`);
	const subscribers: Subscriber[] = [];
	let current: { note: string; start: number; arrivals: number[]; done: () => void } | null = null;
	try {
		for (const member of region.members) {
			const { client } = await signedInClient(stack, member.email);
			const channel = await subscribe(client, region.regionId, (note) => {
				if (!current || note !== current.note) return;
				current.arrivals.push(performance.now() - current.start);
				if (current.arrivals.length === region.members.length) current.done();
			});
			subscribers.push({ client, channel });
		}
		const { client: editor } = await signedInClient(stack, region.editor.email);
		log(`live: ${warmupSaves} + ${saves} keer opslaan`);
		const latencies: number[] = [];
		const saveTimes: number[] = [];
		const firstArrivals: number[] = [];
		const lastArrivals: number[] = [];
		let missing = 0;
		for (let i = -warmupSaves; i < saves; i++) {
			const note = `bench ${i} ${Date.now()}`;
			const arrivals: number[] = [];
			let finish: (complete: boolean) => void = () => {};
			const allArrived = new Promise<boolean>((resolve) => (finish = resolve));
			const timer = setTimeout(() => finish(false), DELIVERY_TIMEOUT_MS);
			const start = performance.now();
			current = { note, start, arrivals, done: () => finish(true) };
			const { error } = await editor.from('placements').update({ note }).eq('id', region.editor.placementId);
			if (error) throw new Error(`Opslaan als invoerder mislukt: ${error.message}`);
			const saved = performance.now() - start;
			await allArrived;
			clearTimeout(timer);
			current = null;
			if (i >= 0) {
				latencies.push(...arrivals);
				saveTimes.push(saved);
				if (arrivals.length) {
					firstArrivals.push(Math.min(...arrivals));
					lastArrivals.push(Math.max(...arrivals));
				}
				missing += region.members.length - arrivals.length;
			}
			// Let the server settle between saves (a meeting does not save 20 figures a second).
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		await closeClient(editor);

		const notify = await measureNotify(stack.dbUrl, 100, 10);
		const live = summarize(latencies.length ? latencies : [Number.NaN]);
		const base = summarize(notify.samples);
		const save = summarize(saveTimes);
		const ratio = live.p95 / base.p95;
		const met = live.p95 < TARGET_P95_MS && ratio < TARGET_RATIO && missing === 0;
		const notes: string[] = [
			`${saves} keer opslaan na ${warmupSaves} keer opwarmen, elke keer gemeten bij alle ${region.members.length} abonnees (${latencies.length} metingen); het opslaan zelf (PATCH tot antwoord) duurde mediaan ${save.median.toFixed(1)} ms, p95 ${save.p95.toFixed(1)} ms`
		];
		if (firstArrivals.length) {
			notes.push(
				`per opslag: eerste abonnee mediaan ${summarize(firstArrivals).median.toFixed(1)} ms, laatste abonnee mediaan ${summarize(lastArrivals).median.toFixed(1)} ms`
			);
		}
		if (notify.mode === 'one-connection') {
			notes.push(
				'basislijn: PGlite bedient alle verbindingen met één backend, dus NOTIFY van een tweede verbinding komt nooit bij de luisteraar aan; gemeten is LISTEN en NOTIFY op één verbinding (op een echte Postgres via BENCH_DATABASE_URL: twee verbindingen)'
			);
		}
		if (missing > 0)
			notes.push(`${missing} gebeurtenissen kwamen niet binnen ${DELIVERY_TIMEOUT_MS / 1000} s aan`);
		if (live.p95 >= TARGET_P95_MS)
			notes.push(`p95 ${live.p95.toFixed(0)} ms is boven het doel van ${TARGET_P95_MS} ms`);
		if (ratio >= TARGET_RATIO)
			notes.push(`p95 is ${ratio.toFixed(1)}x de basislijn, doel < ${TARGET_RATIO}x`);
		return [
			{
				key: 'live-update',
				measurement: `1. Live-update naar ${region.members.length} abonnees`,
				unit: 'ms',
				median: round2(live.median),
				p95: round2(live.p95),
				samples: latencies.length,
				baseline: {
					label: notify.mode === 'two-connections' ? 'LISTEN/NOTIFY' : 'LISTEN/NOTIFY (1 verbinding)',
					median: round2(base.median),
					p95: round2(base.p95)
				},
				ratio: round2(ratio),
				ratioOf: 'p95',
				target: `p95 < ${TARGET_P95_MS} ms en < ${TARGET_RATIO}x`,
				status: statusFor(met),
				notes
			}
		];
	} finally {
		for (const subscriber of subscribers) await closeClient(subscriber.client).catch(() => {});
	}
}
