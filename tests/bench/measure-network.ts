// 5. Network metrics for 1,000 partners and 10,000 edges, in Node. The function comes from
// src/lib/domain/network-metrics.ts (built in parallel); until it exists this reports why there is no figure.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { seededRandom, summarize, timeRuns } from './stats.ts';
import { figuresOf, round2, statusFor, type ResultRow } from './report.ts';

export interface NetworkGraph {
	nodes: { id: string }[];
	edges: { source: string; target: string; weight?: number }[];
}

type ComputeNetworkMetrics = (graph: NetworkGraph) => unknown;

const NODES = 1000;
const EDGES = 10_000;
const TARGET_MS = 200;

/** A connected random graph with some hubs (preferential attachment), the same in every run. */
export function benchmarkGraph(nodeCount = NODES, edgeCount = EDGES, seed = 2026): NetworkGraph {
	const random = seededRandom(seed);
	const nodes = Array.from({ length: nodeCount }, (_, i) => ({ id: `p${i}` }));
	const keys = new Set<string>();
	const edges: NetworkGraph['edges'] = [];
	const ends: number[] = [];
	const add = (a: number, b: number) => {
		if (a === b) return false;
		const key = a < b ? `${a}-${b}` : `${b}-${a}`;
		if (keys.has(key)) return false;
		keys.add(key);
		edges.push({ source: nodes[a].id, target: nodes[b].id, weight: 1 + Math.floor(random() * 5) });
		ends.push(a, b);
		return true;
	};
	// A spanning tree first, so the graph is connected.
	for (let i = 1; i < nodeCount; i++) add(i, Math.floor(random() * i));
	while (edges.length < edgeCount) {
		const a = Math.floor(random() * nodeCount);
		// Half the edges attach to an existing edge end: a few partners become hubs, as in real networks.
		const b = random() < 0.5 ? ends[Math.floor(random() * ends.length)] : Math.floor(random() * nodeCount);
		add(a, b);
	}
	return { nodes, edges };
}

/**
 * The baseline: one breadth-first search from every node over an adjacency list, the least work exact
 * betweenness centrality (Brandes) has to do. The metrics cannot be much cheaper than this.
 */
export function allSourcesBfs(graph: NetworkGraph): number {
	const index = new Map(graph.nodes.map((node, i) => [node.id, i]));
	const adjacency: number[][] = graph.nodes.map(() => []);
	for (const edge of graph.edges) {
		const a = index.get(edge.source)!;
		const b = index.get(edge.target)!;
		adjacency[a].push(b);
		adjacency[b].push(a);
	}
	const distance = new Int32Array(graph.nodes.length);
	const queue = new Int32Array(graph.nodes.length);
	let reached = 0;
	for (let source = 0; source < graph.nodes.length; source++) {
		distance.fill(-1);
		distance[source] = 0;
		let head = 0;
		let tail = 0;
		queue[tail++] = source;
		while (head < tail) {
			const current = queue[head++];
			for (const next of adjacency[current]) {
				if (distance[next] < 0) {
					distance[next] = distance[current] + 1;
					queue[tail++] = next;
				}
			}
		}
		reached += tail;
	}
	return reached;
}

const MODULE = path.resolve('src/lib/domain/network-metrics.ts');

async function loadComputeNetworkMetrics(): Promise<ComputeNetworkMetrics | string> {
	if (!existsSync(MODULE))
		return 'src/lib/domain/network-metrics.ts bestaat nog niet (wordt parallel gebouwd)';
	try {
		const loaded = (await import(pathToFileURL(MODULE).href)) as Record<string, unknown>;
		const compute = loaded['computeNetworkMetrics'];
		if (typeof compute !== 'function') {
			return 'src/lib/domain/network-metrics.ts exporteert (nog) geen functie computeNetworkMetrics';
		}
		return compute as ComputeNetworkMetrics;
	} catch (error) {
		return `src/lib/domain/network-metrics.ts laadt niet: ${(error as Error).message}`;
	}
}

export async function measureNetworkMetrics(runs: number, warmup: number): Promise<ResultRow> {
	const graph = benchmarkGraph();
	const baseline = summarize(await timeRuns(runs, warmup, () => allSourcesBfs(graph)));
	const measurement = `5. Netwerkmaten (${NODES} partners, ${EDGES} relaties)`;
	const compute = await loadComputeNetworkMetrics();
	const base = {
		key: 'network-metrics',
		measurement,
		unit: 'ms' as const,
		baseline: { label: 'BFS vanuit elke partner', ...figuresOf(baseline) },
		target: `< ${TARGET_MS} ms`
	};
	if (typeof compute === 'string') {
		return {
			...base,
			median: null,
			p95: null,
			samples: 0,
			ratio: null,
			status: 'niet beschikbaar',
			notes: [`nog niet meetbaar: ${compute}`]
		};
	}
	const result = summarize(await timeRuns(runs, warmup, () => compute(graph)));
	return {
		...base,
		...figuresOf(result),
		samples: result.n,
		ratio: round2(result.median / baseline.median),
		ratioOf: 'mediaan',
		status: statusFor(result.p95 < TARGET_MS),
		notes:
			result.p95 < TARGET_MS ? [] : [`p95 ${result.p95.toFixed(0)} ms is boven het doel van ${TARGET_MS} ms`]
	};
}
