import type { AuthRateLimits } from '../config.ts';
import { TokenBucket } from '../token-bucket.ts';
import { TooManyRequests } from './errors.ts';

/** What a request is counted as; the names of `[auth.rate_limit]`. */
export type RateLimitedAction = keyof AuthRateLimits;

/** Hosted Supabase lets an idle client burst up to 30 requests before the configured rate applies. */
const BURST = 30;
const FIVE_MINUTES = 5 * 60;
const HOUR = 60 * 60;

const PER_INTERVAL_SECONDS: Record<RateLimitedAction, number> = {
	signInSignUps: FIVE_MINUTES,
	tokenRefresh: FIVE_MINUTES,
	tokenVerifications: FIVE_MINUTES,
	emailSent: HOUR
};
/** Counted for the whole project rather than per address. */
const PROJECT_WIDE: ReadonlySet<RateLimitedAction> = new Set(['emailSent']);
const MAX_TRACKED_ADDRESSES = 10_000;

/**
 * GoTrue's rate limits: a token bucket per action and IP address (emails: per project), refilled at the
 * configured number per interval. Over the limit is a 429, as GoTrue answers it, with `Retry-After`: the
 * seconds until the bucket holds a request again.
 */
export class AuthRateLimiter {
	private readonly buckets = new Map<string, TokenBucket>();

	constructor(
		private readonly limits: AuthRateLimits,
		private readonly now: () => number = () => performance.now()
	) {}

	/** Counts one request; throws GoTrue's 429 when the bucket is empty. */
	take(action: RateLimitedAction, address: string): void {
		const key = PROJECT_WIDE.has(action) ? action : `${action}\u0000${address}`;
		let bucket = this.buckets.get(key);
		if (!bucket) {
			if (this.buckets.size >= MAX_TRACKED_ADDRESSES) this.forgetFullBuckets();
			const limit = this.limits[action];
			const capacity = PROJECT_WIDE.has(action) ? limit : Math.min(BURST, limit);
			bucket = new TokenBucket(limit / PER_INTERVAL_SECONDS[action], capacity, this.now);
			this.buckets.set(key, bucket);
		}
		if (bucket.take()) return;
		const retryAfterSeconds = Math.max(1, Math.ceil(bucket.secondsUntil()));
		throw action === 'emailSent'
			? new TooManyRequests('over_email_send_rate_limit', 'Email rate limit exceeded', retryAfterSeconds)
			: new TooManyRequests('over_request_rate_limit', 'Request rate limit reached', retryAfterSeconds);
	}

	private forgetFullBuckets(): void {
		for (const [key, bucket] of this.buckets) if (bucket.isFull()) this.buckets.delete(key);
	}
}
