// Network metrics of the partnership network (seed 004, factor 3: close relations and trust). Pure functions.
// The graph is undirected: an edge A-B means A and B were in contact; several edges between the same pair
// add up their weights (the number of joint contacts). Self-loops and edges to unknown nodes are ignored.

export interface NetworkGraph {
	nodes: { id: string }[];
	edges: { source: string; target: string; weight?: number }[];
}

export interface NodeMetrics {
	/** Number of other partners this partner is in contact with. */
	degree: number;
	/** Sum of the weights of its edges (how many contacts it had in all). */
	strength: number;
	/** Degree / (n - 1): 1 means in contact with everyone. 0 in a network of one. */
	degreeCentrality: number;
	/** Shortest paths between other pairs that run through this partner (Brandes), unnormalised. */
	betweenness: number;
	/** Betweenness / ((n - 1)(n - 2) / 2): 1 for the centre of a star. 0 in a network of fewer than 3. */
	betweennessCentrality: number;
}

export interface NetworkMetrics {
	nodeCount: number;
	/** Distinct pairs in contact (edges after merging duplicates). */
	edgeCount: number;
	/** All possible pairs: n(n - 1) / 2. */
	pairCount: number;
	/** Pairs in contact / possible pairs; 0 for fewer than two partners. */
	density: number;
	/** Share of partner pairs in direct contact (equal to density for this undirected graph). */
	pairsInContactShare: number;
	/** Pairs never in direct contact. */
	pairsNeverInContact: number;
	/** Share of pairs connected by some path (directly or through others). */
	reachablePairsShare: number;
	/** Freeman's degree centralization: 1 for a star, 0 when every partner has the same degree. */
	degreeCentralization: number;
	/** Partners without any contact, in node order. */
	isolates: string[];
	/** Gini coefficient of the partners' contact strength: 0 = contacts evenly spread, towards 1 = concentrated. */
	contactGini: number;
	nodes: Record<string, NodeMetrics>;
}

/** All metrics of the graph. Betweenness by Brandes' algorithm: O(V·E) time, O(V + E) memory. */
export function computeNetworkMetrics(graph: NetworkGraph): NetworkMetrics {
	const n = graph.nodes.length;
	const index = new Map<string, number>();
	graph.nodes.forEach((node, i) => index.set(node.id, i));

	// Merge duplicate edges and ignore self-loops and unknown nodes.
	const pairWeights = new Map<number, number>();
	for (const edge of graph.edges) {
		const a = index.get(edge.source);
		const b = index.get(edge.target);
		if (a === undefined || b === undefined || a === b) continue;
		const key = a < b ? a * n + b : b * n + a;
		pairWeights.set(key, (pairWeights.get(key) ?? 0) + (edge.weight ?? 1));
	}

	const degree = new Int32Array(n);
	const strength = new Float64Array(n);
	for (const [key, weight] of pairWeights) {
		const a = Math.floor(key / n);
		const b = key % n;
		degree[a]++;
		degree[b]++;
		strength[a] += weight;
		strength[b] += weight;
	}

	// Compressed adjacency lists.
	const offsets = new Int32Array(n + 1);
	for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i] + degree[i];
	const adjacency = new Int32Array(offsets[n]);
	const fill = offsets.slice(0, n);
	for (const key of pairWeights.keys()) {
		const a = Math.floor(key / n);
		const b = key % n;
		adjacency[fill[a]++] = b;
		adjacency[fill[b]++] = a;
	}

	const betweenness = brandesBetweenness(n, offsets, adjacency);
	const reachable = reachablePairs(n, offsets, adjacency);

	const edgeCount = pairWeights.size;
	const pairCount = (n * (n - 1)) / 2;
	const density = pairCount > 0 ? edgeCount / pairCount : 0;

	let maxDegree = 0;
	for (let i = 0; i < n; i++) maxDegree = Math.max(maxDegree, degree[i]);
	let centralizationSum = 0;
	for (let i = 0; i < n; i++) centralizationSum += maxDegree - degree[i];
	const degreeCentralization = n > 2 ? centralizationSum / ((n - 1) * (n - 2)) : 0;

	const betweennessScale = n > 2 ? ((n - 1) * (n - 2)) / 2 : 0;
	const nodes: Record<string, NodeMetrics> = {};
	const isolates: string[] = [];
	graph.nodes.forEach((node, i) => {
		if (degree[i] === 0) isolates.push(node.id);
		nodes[node.id] = {
			degree: degree[i],
			strength: strength[i],
			degreeCentrality: n > 1 ? degree[i] / (n - 1) : 0,
			betweenness: betweenness[i],
			betweennessCentrality: betweennessScale > 0 ? betweenness[i] / betweennessScale : 0
		};
	});

	return {
		nodeCount: n,
		edgeCount,
		pairCount,
		density,
		pairsInContactShare: density,
		pairsNeverInContact: pairCount - edgeCount,
		reachablePairsShare: pairCount > 0 ? reachable / pairCount : 0,
		degreeCentralization,
		isolates,
		contactGini: gini(Array.from(strength)),
		nodes
	};
}

/**
 * Brandes (2001) for an unweighted undirected graph; each pair counted once. Everything lives in typed
 * arrays indexed by node number: the adjacency in CSR form (`offsets`, `adjacency`) and, per search, each
 * node's successors on shortest paths in the same layout. The backward pass then visits only those, and
 * sums each successor's share (1 + δ(w)) / σ(w), computed once per node, so δ(v) = σ(v) · Σ share(w).
 */
function brandesBetweenness(n: number, offsets: Int32Array, adjacency: Int32Array): Float64Array {
	const result = new Float64Array(n);
	const order = new Int32Array(n);
	const sigma = new Float64Array(n);
	const distance = new Int32Array(n).fill(-1);
	const share = new Float64Array(n);
	const successors = new Int32Array(adjacency.length);
	const successorCount = new Int32Array(n);
	for (let s = 0; s < n; s++) {
		if (offsets[s + 1] === offsets[s]) continue;
		sigma[s] = 1;
		distance[s] = 0;
		// Breadth-first: `order` is both the queue and, read backwards, the stack.
		let head = 0;
		let tail = 0;
		order[tail++] = s;
		while (head < tail) {
			const v = order[head++];
			const next = distance[v] + 1;
			const paths = sigma[v];
			const first = offsets[v];
			let count = 0;
			for (let k = first, end = offsets[v + 1]; k < end; k++) {
				const w = adjacency[k];
				let dw = distance[w];
				if (dw < 0) {
					distance[w] = dw = next;
					order[tail++] = w;
				}
				if (dw === next) {
					sigma[w] += paths;
					successors[first + count++] = w;
				}
			}
			successorCount[v] = count;
		}
		// Back-propagation in reverse order: every successor's share is known before its predecessors'.
		for (let i = tail - 1; i >= 0; i--) {
			const v = order[i];
			let sum = 0;
			for (let k = offsets[v], end = k + successorCount[v]; k < end; k++) sum += share[successors[k]];
			const dependency = sigma[v] * sum;
			share[v] = (1 + dependency) / sigma[v];
			if (i > 0) result[v] += dependency;
		}
		// Reset only what this search touched.
		for (let i = 0; i < tail; i++) {
			const v = order[i];
			sigma[v] = 0;
			distance[v] = -1;
		}
	}
	// Every pair was counted from both ends.
	for (let i = 0; i < n; i++) result[i] /= 2;
	return result;
}

/** Pairs joined by some path: the sum over connected components of size·(size - 1)/2. */
function reachablePairs(n: number, offsets: Int32Array, adjacency: Int32Array): number {
	const seen = new Uint8Array(n);
	const queue = new Int32Array(n);
	let pairs = 0;
	for (let s = 0; s < n; s++) {
		if (seen[s]) continue;
		seen[s] = 1;
		let head = 0;
		let tail = 0;
		queue[tail++] = s;
		while (head < tail) {
			const v = queue[head++];
			for (let k = offsets[v]; k < offsets[v + 1]; k++) {
				const w = adjacency[k];
				if (!seen[w]) {
					seen[w] = 1;
					queue[tail++] = w;
				}
			}
		}
		pairs += (tail * (tail - 1)) / 2;
	}
	return pairs;
}

/**
 * Gini coefficient of non-negative values: 0 when all are equal (or all zero), (n - 1)/n when one holds
 * everything. Mean absolute difference over twice the mean.
 */
export function gini(values: readonly number[]): number {
	const n = values.length;
	if (n === 0) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	const total = sorted.reduce((sum, value) => sum + value, 0);
	if (total === 0) return 0;
	let weighted = 0;
	sorted.forEach((value, i) => {
		weighted += (2 * (i + 1) - n - 1) * value;
	});
	return weighted / (n * total);
}

// ---------------------------------------------------------------------------------------------------
// Trust and value (PARTNER approach): per-partner means come from the database as aggregates; these
// functions combine them.

export interface PartnerScore {
	organisationId: string;
	/** How many partners rated this partner. */
	respondents: number;
	/** Mean trust (1-4), null when fewer than the minimum number of partners rated it. */
	trust: number | null;
	value: number | null;
}

export interface NetworkScore {
	/** Mean over the partners whose scores are shown; null when none is. */
	trust: number | null;
	value: number | null;
	/** Partners with shown scores. */
	partnersScored: number;
}

const mean = (values: number[]) =>
	values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;

/** The network's trust and value: the mean of the partners' shown scores. */
export function networkScore(scores: readonly PartnerScore[]): NetworkScore {
	const trust = scores.map((s) => s.trust).filter((v): v is number => v !== null);
	const value = scores.map((s) => s.value).filter((v): v is number => v !== null);
	return { trust: mean(trust), value: mean(value), partnersScored: Math.max(trust.length, value.length) };
}

export interface ScoreChange {
	organisationId: string;
	/** Current minus previous; null when either round has no shown score. */
	trust: number | null;
	value: number | null;
}

export interface RoundChange {
	partners: ScoreChange[];
	network: { trust: number | null; value: number | null };
}

const difference = (current: number | null | undefined, previous: number | null | undefined) =>
	current === null || current === undefined || previous === null || previous === undefined
		? null
		: current - previous;

/** Change since the previous survey round, per partner (of the current round) and for the network. */
export function changeSincePreviousRound(
	current: readonly PartnerScore[],
	previous: readonly PartnerScore[] | null
): RoundChange {
	const before = new Map((previous ?? []).map((s) => [s.organisationId, s] as const));
	const now = networkScore(current);
	const then = previous ? networkScore(previous) : null;
	return {
		partners: current.map((s) => ({
			organisationId: s.organisationId,
			trust: difference(s.trust, before.get(s.organisationId)?.trust),
			value: difference(s.value, before.get(s.organisationId)?.value)
		})),
		network: { trust: difference(now.trust, then?.trust), value: difference(now.value, then?.value) }
	};
}

/** Pairs in contact out of all possible pairs of `partners`; 0 for fewer than two partners. */
export function densityOf(partners: number, pairsInContact: number): number {
	const pairCount = (partners * (partners - 1)) / 2;
	return pairCount > 0 ? pairsInContact / pairCount : 0;
}
