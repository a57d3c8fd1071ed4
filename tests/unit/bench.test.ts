// The benchmark's own arithmetic and parsing (tests/bench): a wrong percentile or a missed script
// would make every figure in docs/benchmarks.md wrong.
import { describe, expect, it } from 'vitest';
import { quantile, seededRandom, summarize, timeRuns } from '../bench/stats';
import { formatTable, type ResultRow } from '../bench/report';
import { initialScripts } from '../bench/measure-weight';
import { allSourcesBfs, benchmarkGraph } from '../bench/measure-network';

describe('quantile and summarize', () => {
	it('interpolates between the nearest ranks', () => {
		expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
		expect(quantile([10], 0.95)).toBe(10);
		expect(quantile([5, 1, 3], 0)).toBe(1);
		expect(quantile([5, 1, 3], 1)).toBe(5);
		// 20 samples 1..20: p95 lies at rank 18.05 (0-based) between 19 and 20.
		const samples = Array.from({ length: 20 }, (_, i) => i + 1);
		expect(quantile(samples, 0.95)).toBeCloseTo(19.05, 10);
	});

	it('refuses no samples and quantiles outside 0..1', () => {
		expect(() => quantile([], 0.5)).toThrow();
		expect(() => quantile([1], 1.5)).toThrow();
		expect(() => summarize([])).toThrow();
	});

	it('summarizes without reordering the input', () => {
		const samples = [30, 10, 20];
		expect(summarize(samples)).toEqual({ n: 3, median: 20, p95: 29, min: 10, max: 30, mean: 20 });
		expect(samples).toEqual([30, 10, 20]);
	});
});

describe('timeRuns', () => {
	it('times only the runs after the warm-up', async () => {
		const seen: number[] = [];
		const durations = await timeRuns(3, 2, (index) => seen.push(index));
		expect(seen).toEqual([-1, -2, 0, 1, 2]);
		expect(durations).toHaveLength(3);
	});
});

describe('benchmark graph', () => {
	it('is the same every run, with the asked size and no duplicate or self edges', () => {
		const graph = benchmarkGraph(200, 1000, 7);
		expect(graph).toEqual(benchmarkGraph(200, 1000, 7));
		expect(graph.nodes).toHaveLength(200);
		expect(graph.edges).toHaveLength(1000);
		const keys = graph.edges.map((e) => [e.source, e.target].sort().join('-'));
		expect(new Set(keys).size).toBe(1000);
		expect(graph.edges.every((e) => e.source !== e.target)).toBe(true);
		expect(seededRandom(1)()).toBe(seededRandom(1)());
	});

	it('is connected: a search from every node reaches every node', () => {
		const graph = benchmarkGraph(100, 300, 3);
		expect(allSourcesBfs(graph)).toBe(100 * 100);
	});
});

describe('initialScripts', () => {
	it('collects modulepreloads from the link header, preload tags and the entry imports, once each', () => {
		const html = `<head><link rel="modulepreload" href="./_app/a.js"><link href="./_app/b.js" rel="preload" as="script" crossorigin>
			<link href="./_app/c.css" rel="stylesheet"></head>
			<script>Promise.all([import("./_app/entry/start.js"), import("./_app/entry/app.js")])</script>`;
		const header =
			'<./_app/entry/start.js>; rel="modulepreload"; nopush, <./_app/nodes/3.js>; rel="modulepreload"; nopush';
		expect(initialScripts(html, header, 'http://h/regio/x').sort()).toEqual(
			[
				'http://h/regio/_app/a.js',
				'http://h/regio/_app/b.js',
				'http://h/regio/_app/entry/app.js',
				'http://h/regio/_app/entry/start.js',
				'http://h/regio/_app/nodes/3.js'
			].sort()
		);
	});
});

describe('formatTable', () => {
	it('prints every figure with its baseline and says plainly when a target is missed', () => {
		const row: ResultRow = {
			key: 'x',
			measurement: '1. Iets',
			unit: 'ms',
			median: 12.34,
			p95: 250,
			samples: 10,
			baseline: { label: 'basis', median: 2, p95: 3 },
			ratio: 83.33,
			ratioOf: 'p95',
			target: 'p95 < 150 ms',
			status: 'NIET GEHAALD',
			notes: ['te traag']
		};
		const text = formatTable([
			row,
			{
				...row,
				key: 'y',
				measurement: '2. Nog niet',
				median: null,
				p95: null,
				valueText: 'nog niet gebouwd',
				status: 'niet beschikbaar',
				notes: []
			}
		]);
		expect(text).toContain('12.3 ms');
		expect(text).toContain('250 ms');
		expect(text).toContain('basis: 2.0 ms / p95 3.0 ms');
		expect(text).toContain('83.33x (p95)');
		expect(text).toContain('NIET GEHAALD');
		expect(text).toContain('nog niet gebouwd');
		expect(text).toContain('1. Iets: te traag');
	});
});
