// The one way a page goes live: `const live = useLive(() => ({ ... }))` in the page's script, then
// `<LiveStatus state={live.state} />`. The options are read reactively: when SvelteKit reuses the page for
// another region, goal or meeting (same route, other params), the topic or filters change and the helper
// leaves the old channel and joins the new one. Changes and reconnects invalidate the page's `depends` key.
import type { RealtimeChannel } from '@supabase/supabase-js';
import { untrack } from 'svelte';
import { invalidate } from '$app/navigation';
import { openLiveChannel, type LiveChannelOptions, type LiveState } from './live';
import type { Supabase } from './types';

export interface LivePageOptions extends Omit<LiveChannelOptions, 'onStale' | 'onState'> {
	supabase: Supabase;
	/** The `depends()` key of the page's load, invalidated on every change and after a reconnect. */
	invalidates: `${string}:${string}`;
}

export interface Live {
	readonly state: LiveState;
	/** The joined channel (for presence and broadcast), null between two subscriptions. */
	readonly channel: RealtimeChannel | null;
}

/** Subscribes for as long as the calling component lives, following the ids its options read. */
export function useLive(options: () => LivePageOptions): Live {
	let state = $state<LiveState>('connecting');
	let channel = $state.raw<RealtimeChannel | null>(null);
	// What the subscription is: a new value (another id) re-subscribes, a new `data` object with the same
	// ids (after every refetch) does not.
	const identity = $derived.by(() => {
		const { topic, tables, presenceKey, invalidates } = options();
		return JSON.stringify([topic, tables, presenceKey ?? null, invalidates]);
	});

	$effect(() => {
		void identity;
		const current = untrack(options);
		const live = openLiveChannel(current.supabase, {
			...current,
			onStale: () => void invalidate(current.invalidates),
			onState: (next) => (state = next)
		});
		channel = live.channel;
		return () => {
			channel = null;
			live.stop();
		};
	});

	return {
		get state() {
			return state;
		},
		get channel() {
			return channel;
		}
	};
}
