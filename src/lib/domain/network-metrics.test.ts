import { describe, expect, it } from 'vitest';
import {
	densityOf,
	changeSincePreviousRound,
	computeNetworkMetrics,
	gini,
	networkScore,
	type NetworkGraph,
	type PartnerScore
} from './network-metrics';

const graph = (ids: string[], pairs: [string, string, number?][]): NetworkGraph => ({
	nodes: ids.map((id) => ({ id })),
	edges: pairs.map(([source, target, weight]) => ({ source, target, weight }))
});

// Hand-computed answers are written out in the comments.
describe('computeNetworkMetrics', () => {
	it('a star of one centre and four leaves', () => {
		const star = graph(
			['c', 'l1', 'l2', 'l3', 'l4'],
			[
				['c', 'l1'],
				['c', 'l2'],
				['l3', 'c'],
				['c', 'l4']
			]
		);
		const metrics = computeNetworkMetrics(star);
		// 4 of 10 pairs.
		expect(metrics.edgeCount).toBe(4);
		expect(metrics.pairCount).toBe(10);
		expect(metrics.density).toBeCloseTo(0.4);
		expect(metrics.pairsInContactShare).toBeCloseTo(0.4);
		expect(metrics.pairsNeverInContact).toBe(6);
		expect(metrics.reachablePairsShare).toBe(1);
		expect(metrics.nodes.c.degree).toBe(4);
		expect(metrics.nodes.c.degreeCentrality).toBe(1);
		expect(metrics.nodes.l1.degreeCentrality).toBe(0.25);
		// The six leaf pairs all run through the centre: 6 / ((5-1)(5-2)/2) = 1.
		expect(metrics.nodes.c.betweenness).toBe(6);
		expect(metrics.nodes.c.betweennessCentrality).toBe(1);
		expect(metrics.nodes.l2.betweenness).toBe(0);
		// Freeman: (0 + 4·3) / ((5-1)(5-2)) = 1.
		expect(metrics.degreeCentralization).toBe(1);
		expect(metrics.isolates).toEqual([]);
		// Strengths 4,1,1,1,1: mean abs difference 24/25, mean 1.6 → 24 / (2·25·1.6) = 0.3.
		expect(metrics.contactGini).toBeCloseTo(0.3);
	});

	it('a path a-b-c-d', () => {
		const metrics = computeNetworkMetrics(
			graph(
				['a', 'b', 'c', 'd'],
				[
					['a', 'b'],
					['b', 'c'],
					['c', 'd']
				]
			)
		);
		expect(metrics.density).toBeCloseTo(0.5);
		expect(metrics.nodes.a.degree).toBe(1);
		expect(metrics.nodes.b.degree).toBe(2);
		// b lies on a-c and a-d; c on a-d and b-d. Normalised by (3·2)/2 = 3.
		expect(metrics.nodes.b.betweenness).toBe(2);
		expect(metrics.nodes.c.betweenness).toBe(2);
		expect(metrics.nodes.a.betweenness).toBe(0);
		expect(metrics.nodes.b.betweennessCentrality).toBeCloseTo(2 / 3);
		// Max degree 2: (1 + 0 + 0 + 1) / (3·2) = 1/3.
		expect(metrics.degreeCentralization).toBeCloseTo(1 / 3);
		expect(metrics.reachablePairsShare).toBe(1);
	});

	it('a complete graph of four', () => {
		const ids = ['a', 'b', 'c', 'd'];
		const pairs: [string, string][] = [];
		for (let i = 0; i < ids.length; i++)
			for (let j = i + 1; j < ids.length; j++) pairs.push([ids[i], ids[j]]);
		const metrics = computeNetworkMetrics(graph(ids, pairs));
		expect(metrics.density).toBe(1);
		expect(metrics.pairsNeverInContact).toBe(0);
		expect(metrics.degreeCentralization).toBe(0);
		expect(metrics.contactGini).toBe(0);
		for (const id of ids) {
			expect(metrics.nodes[id].degreeCentrality).toBe(1);
			expect(metrics.nodes[id].betweenness).toBe(0);
		}
	});

	it('a triangle with an isolated partner', () => {
		const metrics = computeNetworkMetrics(
			graph(
				['a', 'b', 'c', 'e'],
				[
					['a', 'b'],
					['b', 'c'],
					['c', 'a']
				]
			)
		);
		expect(metrics.isolates).toEqual(['e']);
		expect(metrics.density).toBeCloseTo(0.5);
		// Only the triangle's three pairs are connected: 3 of 6.
		expect(metrics.reachablePairsShare).toBeCloseTo(0.5);
		// Max degree 2: (0 + 0 + 0 + 2) / (3·2) = 1/3.
		expect(metrics.degreeCentralization).toBeCloseTo(1 / 3);
		expect(metrics.nodes.e.degreeCentrality).toBe(0);
		expect(metrics.nodes.a.betweenness).toBe(0);
		// Strengths 2,2,2,0: (−1·2 + 1·2 + 3·2) / (4·6) = 0.25.
		expect(metrics.contactGini).toBeCloseTo(0.25);
	});

	it('splits betweenness over equally short paths (a square)', () => {
		const metrics = computeNetworkMetrics(
			graph(
				['a', 'b', 'c', 'd'],
				[
					['a', 'b'],
					['b', 'c'],
					['c', 'd'],
					['d', 'a']
				]
			)
		);
		// a-c runs half through b, half through d; b-d half through a, half through c.
		for (const id of ['a', 'b', 'c', 'd']) expect(metrics.nodes[id].betweenness).toBeCloseTo(0.5);
	});

	it('merges repeated contacts of a pair, adding weights, and ignores self-loops and unknown partners', () => {
		const metrics = computeNetworkMetrics(
			graph(
				['a', 'b', 'c'],
				[
					['a', 'b', 2],
					['b', 'a'],
					['a', 'a'],
					['a', 'x']
				]
			)
		);
		expect(metrics.edgeCount).toBe(1);
		expect(metrics.nodes.a.degree).toBe(1);
		expect(metrics.nodes.a.strength).toBe(3);
		expect(metrics.isolates).toEqual(['c']);
	});

	it('handles the empty network and a network of one', () => {
		const empty = computeNetworkMetrics(graph([], []));
		expect(empty).toMatchObject({ nodeCount: 0, density: 0, degreeCentralization: 0, contactGini: 0 });
		const one = computeNetworkMetrics(graph(['a'], []));
		expect(one.nodes.a).toMatchObject({ degreeCentrality: 0, betweennessCentrality: 0 });
		expect(one.isolates).toEqual(['a']);
		expect(one.reachablePairsShare).toBe(0);
	});

	it('computes a network of 1,000 partners and 10,000 contacts', () => {
		const nodes = Array.from({ length: 1000 }, (_, i) => ({ id: `p${i}` }));
		// Every partner in contact with its next ten: exactly 10,000 distinct pairs, every degree 20.
		const edges = Array.from({ length: 10_000 }, (_, i) => ({
			source: `p${i % 1000}`,
			target: `p${(i % 1000) + 1 + Math.floor(i / 1000) < 1000 ? (i % 1000) + 1 + Math.floor(i / 1000) : (i % 1000) + 1 + Math.floor(i / 1000) - 1000}`
		}));
		const metrics = computeNetworkMetrics({ nodes, edges });
		expect(metrics.nodeCount).toBe(1000);
		expect(metrics.edgeCount).toBe(10_000);
		expect(metrics.nodes.p0.degree).toBe(20);
		expect(metrics.degreeCentralization).toBe(0);
		// A symmetric ring: every partner has the same betweenness.
		expect(metrics.nodes.p0.betweenness).toBeCloseTo(metrics.nodes.p500.betweenness);
	});

	it('agrees with betweenness counted from the definition, pair by pair, on random networks', () => {
		for (const seed of [1, 2, 3, 4, 5]) {
			const sample = randomGraph(14, 22, seed);
			const expected = betweennessByDefinition(sample);
			const metrics = computeNetworkMetrics(sample);
			for (const { id } of sample.nodes) expect(metrics.nodes[id].betweenness).toBeCloseTo(expected[id], 9);
		}
	});
});

/** A small random graph (a deterministic generator), with some isolated partners and repeated pairs. */
function randomGraph(nodeCount: number, edgeCount: number, seed: number): NetworkGraph {
	let state = seed;
	const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
	const ids = Array.from({ length: nodeCount }, (_, i) => `n${i}`);
	const pairs: [string, string][] = [];
	for (let i = 0; i < edgeCount; i++) {
		pairs.push([ids[Math.floor(next() * (nodeCount - 2))], ids[Math.floor(next() * (nodeCount - 2))]]);
	}
	return graph(ids, pairs);
}

/**
 * The definition: for every pair s < t, the share of the shortest s-t paths that pass through v, with path
 * counts from breadth-first distances (σ(s,t) = number of shortest paths; v lies on σ(s,v)·σ(v,t) of them
 * when d(s,v) + d(v,t) = d(s,t)).
 */
function betweennessByDefinition(sample: NetworkGraph): Record<string, number> {
	const ids = sample.nodes.map((node) => node.id);
	const neighbours = new Map(ids.map((id) => [id, new Set<string>()]));
	for (const { source, target } of sample.edges) {
		if (source === target) continue;
		neighbours.get(source)!.add(target);
		neighbours.get(target)!.add(source);
	}
	const search = (from: string) => {
		const distance = new Map([[from, 0]]);
		const paths = new Map([[from, 1]]);
		const queue = [from];
		for (const v of queue) {
			for (const w of neighbours.get(v)!) {
				if (!distance.has(w)) {
					distance.set(w, distance.get(v)! + 1);
					paths.set(w, 0);
					queue.push(w);
				}
				if (distance.get(w) === distance.get(v)! + 1) paths.set(w, paths.get(w)! + paths.get(v)!);
			}
		}
		return { distance, paths };
	};
	const searches = new Map(ids.map((id) => [id, search(id)]));
	const result = Object.fromEntries(ids.map((id) => [id, 0]));
	ids.forEach((s, i) => {
		for (const t of ids.slice(i + 1)) {
			const st = searches.get(s)!.distance.get(t);
			if (st === undefined) continue;
			for (const v of ids) {
				if (v === s || v === t) continue;
				const sv = searches.get(s)!.distance.get(v);
				const vt = searches.get(v)!.distance.get(t);
				if (sv === undefined || vt === undefined || sv + vt !== st) continue;
				result[v] +=
					(searches.get(s)!.paths.get(v)! * searches.get(v)!.paths.get(t)!) / searches.get(s)!.paths.get(t)!;
			}
		}
	});
	return result;
}

describe('gini', () => {
	it('is 0 for equal values and for nothing, (n-1)/n when one holds everything', () => {
		expect(gini([])).toBe(0);
		expect(gini([0, 0])).toBe(0);
		expect(gini([3, 3, 3])).toBe(0);
		expect(gini([0, 0, 0, 8])).toBeCloseTo(0.75);
	});
});

const score = (organisationId: string, trust: number | null, value: number | null): PartnerScore => ({
	organisationId,
	respondents: trust === null ? 1 : 3,
	trust,
	value
});

describe('trust and value', () => {
	it('the network score is the mean of the shown partner scores', () => {
		expect(networkScore([score('a', 3, 2), score('b', 2, 4), score('c', null, null)])).toEqual({
			trust: 2.5,
			value: 3,
			partnersScored: 2
		});
		expect(networkScore([score('a', null, null)])).toEqual({ trust: null, value: null, partnersScored: 0 });
	});

	it('change since the previous round, per partner and for the network', () => {
		const change = changeSincePreviousRound(
			[score('a', 3.5, 2), score('b', 2, 3), score('c', 3, 3)],
			[score('a', 3, 2.5), score('b', null, null)]
		);
		expect(change.partners).toEqual([
			{ organisationId: 'a', trust: 0.5, value: -0.5 },
			{ organisationId: 'b', trust: null, value: null },
			{ organisationId: 'c', trust: null, value: null }
		]);
		// Network now: trust (3.5+2+3)/3 = 2.8333, value 8/3; before: 3 and 2.5.
		expect(change.network.trust).toBeCloseTo(17 / 6 - 3);
		expect(change.network.value).toBeCloseTo(8 / 3 - 2.5);
		expect(changeSincePreviousRound([score('a', 3, 3)], null).network).toEqual({ trust: null, value: null });
	});
});

describe('densityOf', () => {
	it('divides the pairs in contact by all possible pairs', () => {
		expect(densityOf(4, 3)).toBe(0.5);
		expect(densityOf(23, 253)).toBe(1);
	});
	it('is 0 for fewer than two partners', () => {
		expect(densityOf(1, 0)).toBe(0);
		expect(densityOf(0, 0)).toBe(0);
	});
});
