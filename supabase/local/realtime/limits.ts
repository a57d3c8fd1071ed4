import { TokenBucket } from '../token-bucket.ts';

/**
 * Per-connection limits, with Supabase Realtime's tenant defaults (max_events_per_second 100,
 * max_bytes_per_second 100,000, max_channels_per_client 100, max_payload_size_in_kb 3,000). Hosted Realtime
 * counts per project; locally each connection gets the whole allowance, so one flooding client is cut off
 * without touching anyone else.
 */
export const REALTIME_LIMITS = {
	eventsPerSecond: 100,
	bytesPerSecond: 100_000,
	channelsPerClient: 100,
	maxPayloadBytes: 3000 * 1024,
	/** Bytes a client may leave unread before it counts as gone (a slow consumer must not grow memory). */
	maxUnsentBytes: 8 * 1024 * 1024
} as const;

export const TOO_MANY_MESSAGES = 'Too many messages per second';
export const TOO_MANY_CHANNELS = 'ChannelRateLimitReached: Too many channels';

/** What one client may send: events and bytes per second, each with a burst of one second's (or one payload's) worth. */
export class ClientRateLimit {
	private readonly events = new TokenBucket(REALTIME_LIMITS.eventsPerSecond, REALTIME_LIMITS.eventsPerSecond);
	private readonly bytes = new TokenBucket(REALTIME_LIMITS.bytesPerSecond, REALTIME_LIMITS.maxPayloadBytes);

	/** Counts incoming messages (a frame is one); false when the client is over its limit. */
	allow(bytes: number, events = 1): boolean {
		const eventFits = this.events.take(events);
		const bytesFit = this.bytes.take(bytes);
		return eventFits && bytesFit;
	}
}

/** The same limits for the REST broadcast endpoint, per client address (it has no connection to count on). */
export class AddressRateLimits {
	private readonly byAddress = new Map<string, ClientRateLimit>();

	allow(address: string, bytes: number, events: number): boolean {
		let limit = this.byAddress.get(address);
		if (!limit) {
			if (this.byAddress.size >= 10_000) this.byAddress.clear();
			limit = new ClientRateLimit();
			this.byAddress.set(address, limit);
		}
		return limit.allow(bytes, events);
	}
}
