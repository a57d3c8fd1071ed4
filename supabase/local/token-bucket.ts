/**
 * A token bucket: `ratePerSecond` tokens are added per second, up to `capacity` (the burst allowed at once).
 * take() answers whether the cost still fits, and takes it when it does.
 */
export class TokenBucket {
	private tokens: number;
	private updatedAt: number;

	constructor(
		private readonly ratePerSecond: number,
		private readonly capacity: number,
		private readonly now: () => number = () => performance.now()
	) {
		this.tokens = capacity;
		this.updatedAt = now();
	}

	take(cost = 1): boolean {
		this.refill();
		if (cost > this.tokens) return false;
		this.tokens -= cost;
		return true;
	}

	/** Seconds until `cost` tokens are there again (0 when they are there now). */
	secondsUntil(cost = 1): number {
		this.refill();
		return Math.max(0, (cost - this.tokens) / this.ratePerSecond);
	}

	/** Full again, so it can be forgotten without changing any answer. */
	isFull(): boolean {
		this.refill();
		return this.tokens >= this.capacity;
	}

	private refill(): void {
		const now = this.now();
		this.tokens = Math.min(this.capacity, this.tokens + ((now - this.updatedAt) / 1000) * this.ratePerSecond);
		this.updatedAt = now;
	}
}
