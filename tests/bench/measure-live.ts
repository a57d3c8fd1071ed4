// 1. Live update latency: an editor saves a placement through supabase-js; how long until the
// postgres_changes event is at each of 50 subscribed clients (region members, each with its own session).
// Floor, from the same saves: a raw LISTEN client woken by a trigger's NOTIFY on that table, i.e. the save
// through PostgREST plus the fastest way Postgres can tell anyone about it.
import pg from 'pg';
import type { RealtimeChannel, SupabaseClient } from '@supabase/supabase-js';
import { liveTopic } from '$lib/data/live';
import { closeClient, signedInClient } from './clients.ts';
import type { GeneratedRegion } from './generate.ts';
import { round2, statusFor, timedAgainst, type ResultRow } from './report.ts';
import type { BenchStackInfo } from './stack.ts';
import { summarize } from './stats.ts';

const TARGET_P95_MS = 60;
const TARGET_RATIO = 2;
const DELIVERY_TIMEOUT_MS = 5000;
const NOTIFY_CHANNEL = 'rnd_bench_live';

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

/** A row trigger on placements that NOTIFYs the note of every update: the floor's signal. */
async function installNotifyTrigger(db: pg.Client): Promise<void> {
	await db.query(`
		create or replace function public.rnd_bench_notify() returns trigger language plpgsql as $$
		begin
			perform pg_notify('${NOTIFY_CHANNEL}', coalesce(new.note, ''));
			return null;
		end $$;
		drop trigger if exists rnd_bench_notify on public.placements;
		create trigger rnd_bench_notify after update on public.placements
			for each row execute function public.rnd_bench_notify();
	`);
}

async function removeNotifyTrigger(db: pg.Client): Promise<void> {
	await db.query(`
		drop trigger if exists rnd_bench_notify on public.placements;
		drop function if exists public.rnd_bench_notify();
	`);
}

/** One save being measured: when each subscriber, and the LISTEN client, heard of it. */
interface PendingSave {
	note: string;
	start: number;
	arrivals: number[];
	notified: number | null;
	check: () => void;
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
	let current: PendingSave | null = null;
	const db = new pg.Client({ connectionString: stack.dbUrl });
	const listener = new pg.Client({ connectionString: stack.dbUrl });
	await db.connect();
	await listener.connect();
	try {
		await installNotifyTrigger(db);
		listener.on('notification', (message) => {
			if (current && message.payload === current.note && current.notified === null) {
				current.notified = performance.now() - current.start;
				current.check();
			}
		});
		await listener.query(`listen ${NOTIFY_CHANNEL}`);
		for (const member of region.members) {
			const { client } = await signedInClient(stack, member.email);
			const channel = await subscribe(client, region.regionId, (note) => {
				if (!current || note !== current.note) return;
				current.arrivals.push(performance.now() - current.start);
				current.check();
			});
			subscribers.push({ client, channel });
		}
		const { client: editor } = await signedInClient(stack, region.editor.email);
		log(`live: ${warmupSaves} + ${saves} keer opslaan`);
		const latencies: number[] = [];
		const floors: number[] = [];
		const saveTimes: number[] = [];
		const firstArrivals: number[] = [];
		const lastArrivals: number[] = [];
		let missing = 0;
		for (let i = -warmupSaves; i < saves; i++) {
			const note = `bench ${i} ${Date.now()}`;
			const arrivals: number[] = [];
			let finish: () => void = () => {};
			const allArrived = new Promise<void>((resolve) => (finish = resolve));
			const timer = setTimeout(finish, DELIVERY_TIMEOUT_MS);
			const start = performance.now();
			const save: PendingSave = {
				note,
				start,
				arrivals,
				notified: null,
				check: () => {
					if (arrivals.length === region.members.length && save.notified !== null) finish();
				}
			};
			current = save;
			const { error } = await editor.from('placements').update({ note }).eq('id', region.editor.placementId);
			if (error) throw new Error(`Opslaan als invoerder mislukt: ${error.message}`);
			const saved = performance.now() - start;
			await allArrived;
			clearTimeout(timer);
			current = null;
			if (i >= 0) {
				latencies.push(...arrivals);
				if (save.notified !== null) floors.push(save.notified);
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

		const live = summarize(latencies.length ? latencies : [Number.NaN]);
		const floor = summarize(floors.length ? floors : [Number.NaN]);
		const save = summarize(saveTimes);
		const ratio = live.p95 / floor.p95;
		const met = live.p95 < TARGET_P95_MS && ratio < TARGET_RATIO && missing === 0;
		const notes: string[] = [
			`${saves} keer opslaan na ${warmupSaves} keer opwarmen, elke keer gemeten bij alle ${region.members.length} abonnees (${latencies.length} metingen); het opslaan zelf (PATCH tot antwoord) duurde mediaan ${save.median.toFixed(1)} ms, p95 ${save.p95.toFixed(1)} ms`,
			'basislijn (vloer): dezelfde opslag, tot een kale LISTEN-client de NOTIFY van een trigger op placements heeft'
		];
		if (firstArrivals.length) {
			notes.push(
				`per opslag: eerste abonnee mediaan ${summarize(firstArrivals).median.toFixed(1)} ms, laatste abonnee mediaan ${summarize(lastArrivals).median.toFixed(1)} ms`
			);
		}
		if (missing > 0)
			notes.push(`${missing} gebeurtenissen kwamen niet binnen ${DELIVERY_TIMEOUT_MS / 1000} s aan`);
		if (live.p95 >= TARGET_P95_MS)
			notes.push(`p95 ${live.p95.toFixed(0)} ms is boven het doel van ${TARGET_P95_MS} ms`);
		if (ratio >= TARGET_RATIO) notes.push(`p95 is ${ratio.toFixed(1)}x de vloer, doel < ${TARGET_RATIO}x`);
		return [
			{
				key: 'live-update',
				measurement: `1. Live-update naar ${region.members.length} abonnees`,
				...timedAgainst(live, 'opslaan + LISTEN/NOTIFY', floor),
				samples: latencies.length,
				ratio: round2(ratio),
				ratioOf: 'p95',
				target: `p95 < ${TARGET_P95_MS} ms en < ${TARGET_RATIO}x`,
				status: statusFor(met),
				notes
			}
		];
	} finally {
		for (const subscriber of subscribers) await closeClient(subscriber.client).catch(() => {});
		await removeNotifyTrigger(db).catch(() => {});
		await listener.end().catch(() => {});
		await db.end().catch(() => {});
	}
}
