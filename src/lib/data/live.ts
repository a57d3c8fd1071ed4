import type { RealtimeChannel } from '@supabase/supabase-js';
import type { Supabase } from './types';

export type LiveState = 'connecting' | 'connected' | 'reconnecting' | 'offline';

export interface WatchedTable {
	table: string;
	/** A Realtime filter such as `region_id=eq.<uuid>`; RLS filters further per user. */
	filter?: string;
}

export interface LiveOptions {
	channelName: string;
	tables: WatchedTable[];
	/** Something changed, or the connection came back and what is shown may be stale: refetch. */
	onStale: () => void;
	onState: (state: LiveState) => void;
	/** Collapse bursts of changes into one refetch. */
	debounceMs?: number;
}

/**
 * Subscribes to changes of the given tables and reports the connection state. Returns the unsubscribe
 * function. Runs in the browser only.
 */
export function watchTables(supabase: Supabase, options: LiveOptions): () => void {
	const { channelName, tables, onStale, onState, debounceMs = 150 } = options;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let everConnected = false;
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

	onState(state);
	let channel: RealtimeChannel = supabase.channel(channelName);
	for (const { table, filter } of tables) {
		channel = channel.on(
			'postgres_changes',
			{ event: '*', schema: 'public', table, ...(filter ? { filter } : {}) },
			stale
		);
	}
	// The join must carry the user's token: without it Realtime applies anon's RLS and sends nothing.
	void supabase.realtime.setAuth().finally(() => {
		if (!closing) channel.subscribe(onStatus);
	});
	function onStatus(status: string) {
		if (closing) return;
		if (status === 'SUBSCRIBED') {
			// After a reconnect, changes made while away never arrive as events: refetch once.
			if (everConnected) stale();
			everConnected = true;
			setState('connected');
		} else if (status === 'CHANNEL_ERROR' || status === 'TIMED_OUT' || status === 'CLOSED') {
			setState(navigator.onLine ? 'reconnecting' : 'offline');
		}
	}

	const wentOffline = () => setState('offline');
	const cameOnline = () => {
		setState('reconnecting');
		supabase.realtime.connect();
		// The socket may have outlived the outage (then no new SUBSCRIBED comes): refetch what was missed.
		if (supabase.realtime.isConnected() && channel.state === 'joined') {
			setState('connected');
			stale();
		}
	};
	window.addEventListener('offline', wentOffline);
	window.addEventListener('online', cameOnline);

	return () => {
		closing = true;
		clearTimeout(timer);
		window.removeEventListener('offline', wentOffline);
		window.removeEventListener('online', cameOnline);
		void supabase.removeChannel(channel);
	};
}
