// The lines of the network map: contacts between partners (who took part in a contact together) and the
// relations partners named in the trust survey. Pure: the data layer reads contacts and survey relations,
// these functions turn them into the graph the map, its table and the metrics read.
import {
	computeNetworkMetrics,
	type NetworkMetrics,
	type PartnerScore,
	type ScoreChange
} from './network-metrics';

export interface GraphEdge {
	source: string;
	target: string;
	kind: 'contact' | 'survey';
	/** Contacts: number of joint contacts in the period. Survey: 2 when mutual, 1 when one-sided. */
	weight: number;
	/** Survey edges: mean of both partners' (anonymised) trust scores; null when not shown. */
	trust: number | null;
}

/** Pairs of participants of each contact, counted per pair. */
export function contactEdges(contacts: readonly { participantIds: readonly string[] }[]): GraphEdge[] {
	const weights = new Map<string, number>();
	for (const contact of contacts) {
		const ids = [...new Set(contact.participantIds)].sort();
		for (let i = 0; i < ids.length; i++)
			for (let j = i + 1; j < ids.length; j++) {
				const key = `${ids[i]}|${ids[j]}`;
				weights.set(key, (weights.get(key) ?? 0) + 1);
			}
	}
	return [...weights].map(([key, weight]) => {
		const [source, target] = key.split('|');
		return { source, target, kind: 'contact', weight, trust: null };
	});
}

export interface SurveyRelation {
	a: string;
	b: string;
	/** 2 when both partners named each other, 1 when one did. */
	reportedBy: number;
}

/** The survey's relations, each coloured by the mean trust of its two partners (when both are shown). */
export function surveyEdges(
	relations: readonly SurveyRelation[],
	scores: readonly PartnerScore[]
): GraphEdge[] {
	const trust = new Map(scores.map((s) => [s.organisationId, s.trust] as const));
	return relations.map((relation) => {
		const a = trust.get(relation.a) ?? null;
		const b = trust.get(relation.b) ?? null;
		return {
			source: relation.a,
			target: relation.b,
			kind: 'survey',
			weight: relation.reportedBy,
			trust: a === null || b === null ? null : (a + b) / 2
		};
	});
}

/** The lines of the chosen kinds between the shown partners only. */
export function shownLines(
	lines: { contactEdges: readonly GraphEdge[]; surveyEdges: readonly GraphEdge[] },
	partnerIds: ReadonlySet<string>,
	kinds: { contacts: boolean; survey: boolean }
): GraphEdge[] {
	const between = (edge: GraphEdge) => partnerIds.has(edge.source) && partnerIds.has(edge.target);
	return [
		...(kinds.contacts ? lines.contactEdges.filter(between) : []),
		...(kinds.survey ? lines.surveyEdges.filter(between) : [])
	];
}

export interface PartnerRow {
	id: string;
	degree: number;
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
	metrics: NetworkMetrics;
	/** Per shown partner, in the order given: its place in the graph and its survey scores. */
	rows: PartnerRow[];
}

/** The metrics of the shown graph and a row per partner with its centrality and survey scores. */
export function networkMap(
	partnerIds: readonly string[],
	lines: readonly GraphEdge[],
	scores: readonly PartnerScore[],
	changes: readonly ScoreChange[]
): NetworkMap {
	const metrics = computeNetworkMetrics({ nodes: partnerIds.map((id) => ({ id })), edges: [...lines] });
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
				strength: node.strength,
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

/** The metrics of the contact network of all partners; null while no contact was recorded. */
export function contactMetrics(
	partnerIds: readonly string[],
	contacts: readonly { participantIds: readonly string[] }[]
): NetworkMetrics | null {
	if (contacts.length === 0) return null;
	return computeNetworkMetrics({ nodes: partnerIds.map((id) => ({ id })), edges: contactEdges(contacts) });
}
