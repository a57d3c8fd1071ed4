// The lines of the network map are what they are: contacts between partners, weighted by kind (contact points,
// summed per pair by the database: contact_pair_points), solid from the in-contact points on. Survey scores
// belong to a partner (how the others rate it), never to a line: a line coloured by "trust" read as trust
// between the two partners, which it was not, and the pairs a survey named gave away who rated whom. Pure: the
// data layer reads the pairs, these functions turn them into the map, its table and its metrics.
import {
	computeNetworkMetrics,
	type NetworkMetrics,
	type PartnerScore,
	type ScoreChange
} from './network-metrics';

export interface GraphEdge {
	source: string;
	target: string;
	/** Contact points of the pair in the period (a joint project 1, a conference 0,25, ...). */
	points: number;
	/** Contacts the pair shared in the period. */
	contacts: number;
	/** From the in-contact points on: the pair counts as in contact. */
	inContact: boolean;
}

/** The pairs (as the database summed them) as lines. */
export function contactLines(
	pairs: readonly { a: string; b: string; points: number; contacts: number; inContact: boolean }[]
): GraphEdge[] {
	return pairs.map((p) => ({
		source: p.a,
		target: p.b,
		points: p.points,
		contacts: p.contacts,
		inContact: p.inContact
	}));
}

/** The lines between the shown partners only. */
export function shownLines(lines: readonly GraphEdge[], partnerIds: ReadonlySet<string>): GraphEdge[] {
	return lines.filter((edge) => partnerIds.has(edge.source) && partnerIds.has(edge.target));
}

export interface PartnerRow {
	id: string;
	/** Partners it is in contact with. */
	degree: number;
	/** Its contact points with all partners together. */
	strength: number;
	degreeCentrality: number;
	betweennessCentrality: number;
	respondents: number;
	trust: number | null;
	value: number | null;
	trustChange: number | null;
	valueChange: number | null;
}

export interface NetworkMap {
	/** The metrics of the in-contact graph (density, centralization, partners without contact). */
	metrics: NetworkMetrics;
	/** Per shown partner, in the order given: its place in the graph and its survey scores. */
	rows: PartnerRow[];
}

/** The metrics of the in-contact graph and a row per partner with its centrality, contact points and scores. */
export function networkMap(
	partnerIds: readonly string[],
	lines: readonly GraphEdge[],
	scores: readonly PartnerScore[],
	changes: readonly ScoreChange[]
): NetworkMap {
	const metrics = computeNetworkMetrics({
		nodes: partnerIds.map((id) => ({ id })),
		edges: lines.filter((l) => l.inContact).map((l) => ({ source: l.source, target: l.target }))
	});
	const strength = new Map<string, number>();
	for (const line of lines) {
		strength.set(line.source, (strength.get(line.source) ?? 0) + line.points);
		strength.set(line.target, (strength.get(line.target) ?? 0) + line.points);
	}
	const scoreOf = new Map(scores.map((s) => [s.organisationId, s] as const));
	const changeOf = new Map(changes.map((c) => [c.organisationId, c] as const));
	return {
		metrics,
		rows: partnerIds.map((id) => {
			const node = metrics.nodes[id];
			const score = scoreOf.get(id);
			const change = changeOf.get(id);
			return {
				id,
				degree: node.degree,
				strength: strength.get(id) ?? 0,
				degreeCentrality: node.degreeCentrality,
				betweennessCentrality: node.betweennessCentrality,
				respondents: score?.respondents ?? 0,
				trust: score?.trust ?? null,
				value: score?.value ?? null,
				trustChange: change?.trust ?? null,
				valueChange: change?.value ?? null
			};
		})
	};
}

/** The other partners one partner could be in contact with. */
export function possibleContacts(partners: number): number {
	return Math.max(0, partners - 1);
}

/**
 * The map's default period: the 12 months up to and including `today` (YYYY-MM-DD), the window of the health
 * check (network_health_inputs: peildatum minus 12 months, plus one day; 29 February goes to 28 February).
 */
export function rollingYear(today: string): { from: string; to: string } {
	const [y, m, d] = today.split('-').map(Number);
	const lastDay = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
	const from = new Date(Date.UTC(y - 1, m - 1, Math.min(d, lastDay) + 1));
	return { from: from.toISOString().slice(0, 10), to: today };
}
