// Small statistics and timing helpers for the benchmark. Pure functions: unit-tested in tests/unit.

export interface Summary {
	n: number;
	median: number;
	p95: number;
	min: number;
	max: number;
	mean: number;
}

/** The q-quantile (0..1) of the samples, linear between the two nearest ranks (like numpy's default). */
export function quantile(samples: readonly number[], q: number): number {
	if (samples.length === 0) throw new Error('quantile of no samples');
	if (q < 0 || q > 1) throw new Error(`quantile ${q} outside 0..1`);
	const sorted = [...samples].sort((a, b) => a - b);
	const position = (sorted.length - 1) * q;
	const lower = Math.floor(position);
	const upper = Math.ceil(position);
	return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

export function summarize(samples: readonly number[]): Summary {
	if (samples.length === 0) throw new Error('summary of no samples');
	return {
		n: samples.length,
		median: quantile(samples, 0.5),
		p95: quantile(samples, 0.95),
		min: Math.min(...samples),
		max: Math.max(...samples),
		mean: samples.reduce((sum, value) => sum + value, 0) / samples.length
	};
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed; returns the durations in ms. */
export async function timeRuns(
	runs: number,
	warmup: number,
	fn: (index: number) => unknown
): Promise<number[]> {
	for (let i = 0; i < warmup; i++) await fn(-1 - i);
	const durations: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		await fn(i);
		durations.push(performance.now() - start);
	}
	return durations;
}

/** A deterministic pseudo-random generator (mulberry32), so every run builds the same data. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
