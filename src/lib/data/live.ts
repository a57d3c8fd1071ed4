// Live updates: one private Realtime channel per live page, authorised by RLS on realtime.messages (see
// supabase/migrations/20261204000000_private_dashboard_channels.sql). The page's Svelte side is
// live.svelte.ts; this module is the channel itself and knows nothing of Svelte.
import type { RealtimeChannel } from '@supabase/supabase-js';
import type { Supabase } from './types';

export type LiveState = 'connecting' | 'connected' | 'reconnecting' | 'offline';

export interface WatchedTable {
	table: string;
	/** A Realtime filter such as `region_id=eq.<uuid>`; RLS filters further per user. */
	filter?: string;
}

/** Changes of these tables in one region (their `region_id`). */
export function regionTables(regionId: string, ...tables: string[]): WatchedTable[] {
	return tables.map((table) => ({ table, filter: `region_id=eq.${regionId}` }));
}

/** The modules with a live page; each has a private topic per region (`region:<region id>:<module>`). */
export const LIVE_MODULES = [
	'overview',
	'baanafspraken',
	'budgets',
	'goals',
	'goal',
	'network',
	'reports'
] as const;
export type LiveModule = (typeof LIVE_MODULES)[number];

/**
 * The topic of a live page: the region comes first, so the database can tell from the topic alone whether
 * the user is a member (the policy on realtime.messages); `id` narrows it to one goal.
 */
export function liveTopic(regionId: string, module: LiveModule, id?: string): string {
	return id === undefined ? `region:${regionId}:${module}` : `region:${regionId}:${module}:${id}`;
}

export interface LiveChannelOptions {
	topic: string;
	tables: readonly WatchedTable[];
	/** Something changed, or the connection came back and what is shown may be stale: refetch. */
	onStale: () => void;
	onState: (state: LiveState) => void;
	/** Collapse bursts of changes into one refetch. */
	debounceMs?: number;
	/** Presence: the key this client is tracked under (the meeting room). */
	presenceKey?: string;
	/** Adds presence and broadcast listeners before the channel joins. */
	setup?: (channel: RealtimeChannel) => void;
	/**
	 * The channel (re)joined, or the browser came back online while it stayed joined: presence must be
	 * tracked again.
	 */
	onJoined?: (channel: RealtimeChannel) => void;
	/** The browser went offline. */
	onOffline?: () => void;
	/** Realtime refused the channel (the user may not read the topic); it is closed and not retried. */
	onRefused?: (reason: string) => void;
}

export interface LiveChannel {
	readonly channel: RealtimeChannel;
	stop(): void;
}

/**
 * Joins the page's private channel with its table subscriptions and reports the connection state; refetches
 * (debounced) on every change and after a reconnect, when changes made meanwhile never arrive as events.
 * Runs in the browser only.
 */
export function openLiveChannel(supabase: Supabase, options: LiveChannelOptions): LiveChannel {
	const { topic, tables, onStale, onState, debounceMs = 150 } = options;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let everJoined = false;
	let closing = false;
	let state: LiveState = navigator.onLine ? 'connecting' : 'offline';

	const setState = (next: LiveState) => {
		if (next === state) return;
		state = next;
		onState(next);
	};
	const stale = () => {
		clearTimeout(timer);
		timer = setTimeout(onStale, debounceMs);
	};
	const joined = () => {
		setState('connected');
		options.onJoined?.(channel);
	};

	onState(state);
	const channel = supabase.channel(topic, {
		config: {
			private: true,
			...(options.presenceKey === undefined ? {} : { presence: { key: options.presenceKey } })
		}
	});
	for (const { table, filter } of tables) {
		channel.on(
			'postgres_changes',
			{ event: '*', schema: 'public', table, ...(filter ? { filter } : {}) },
			stale
		);
	}
	options.setup?.(channel);
	// The join must carry the user's token: without it Realtime applies anon's rights and refuses the topic.
	void supabase.realtime.setAuth().finally(() => {
		if (!closing) channel.subscribe(onStatus);
	});
	function onStatus(status: string, error?: Error) {
		if (closing) return;
		if (status === 'SUBSCRIBED') {
			if (everJoined) stale();
			everJoined = true;
			joined();
		} else if (status === 'CHANNEL_ERROR' && error?.message.startsWith('Unauthorized')) {
			closing = true;
			options.onRefused?.(error.message);
			void supabase.removeChannel(channel);
		} else if (status === 'CHANNEL_ERROR' || status === 'TIMED_OUT' || status === 'CLOSED') {
			setState(navigator.onLine ? 'reconnecting' : 'offline');
		}
	}

	const wentOffline = () => {
		setState('offline');
		options.onOffline?.();
	};
	const cameOnline = () => {
		setState('reconnecting');
		supabase.realtime.connect();
		// The socket may have outlived the outage (then no new SUBSCRIBED comes): refetch what was missed.
		if (supabase.realtime.isConnected() && channel.state === 'joined') {
			joined();
			stale();
		}
	};
	window.addEventListener('offline', wentOffline);
	window.addEventListener('online', cameOnline);

	return {
		channel,
		stop() {
			closing = true;
			clearTimeout(timer);
			window.removeEventListener('offline', wentOffline);
			window.removeEventListener('online', cameOnline);
			void supabase.removeChannel(channel);
		}
	};
}
