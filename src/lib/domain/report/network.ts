// The network section of a report: the snapshot it stores, its key figures, risks and sheets.
import type {
	FactorKey,
	HealthInputs,
	HealthStatus,
	IndicatorKey,
	LegacyIndicatorKey,
	NetworkHealth,
	RecommendationKey,
	ThresholdRule
} from '$lib/domain/network-health';
import { pairsInContact } from '$lib/domain/network-health';
import { computeNetworkMetrics, type PartnerScore } from '$lib/domain/network-metrics';
import {
	round2,
	type FigureUnit,
	type KeyFigure,
	type LocalisedText,
	type NamedPartner,
	type Risk,
	type SectionDefinition
} from './section';

export interface NetworkIndicatorSnapshot {
	/** Reports published before issue 15 may hold the indicators of the first health check. */
	key: IndicatorKey | LegacyIndicatorKey;
	status: HealthStatus;
	/** As the health check defines it (share, count, score 1-4 or centralization); null without data. */
	value: number | null;
	/** For counts and shares: out of how many. */
	total: number | null;
	/** The recommendation of a weak point (status attention or weak), with its text. */
	recommendation: { key: RecommendationKey; text: LocalisedText } | null;
	/** The thresholds it was judged by (absent in reports published before issue 15). */
	rule?: ThresholdRule;
	/** Names the indicator lists: the toezichthouders, or the partners without any pair in contact. */
	names?: string[];
	/** Equal treatment: the survey's mean (1-4), null when too few answered. */
	survey?: number | null;
	/** The trekker's mandate: the decision that gave it. */
	reference?: string | null;
}

export interface NetworkFactorSnapshot {
	key: FactorKey;
	score: number | null;
	status: HealthStatus;
	indicators: NetworkIndicatorSnapshot[];
}

export interface NetworkMetricsSnapshot {
	partners: number;
	/** Contacts in the window (before issue 15: all contacts ever recorded). */
	contacts: number;
	density: number;
	pairsInContact: number;
	pairCount: number;
	reachablePairsShare: number;
	degreeCentralization: number;
	/** Names of the partners without any pair in contact. */
	partnersWithoutContact: string[];
	/** Reports published before issue 15 only. */
	pairsNeverInContact?: number;
	contactGini?: number;
}

export interface NetworkGemeenteSnapshot extends NamedPartner {
	/** Partners it is in contact with, and its centrality (0-1); null without contacts. */
	degree: number | null;
	degreeCentrality: number | null;
	betweennessCentrality: number | null;
	/** Trust and value (1-4) the other partners gave it in the latest closed round; null when not shown. */
	trust: number | null;
	value: number | null;
}

export interface NetworkSnapshot {
	/** The peildatum the check was computed at and its 12-month window of contacts (absent before issue 15). */
	peildatum?: string;
	window?: { from: string; to: string };
	/** Contact points per kind and the points from which a pair is in contact, as the check used them. */
	contactWeights?: Record<string, number>;
	inContactPoints?: number;
	/** The health check's total score (0-100); null without data. */
	score: number | null;
	factors: NetworkFactorSnapshot[];
	/** Null when no contact counts in the window. */
	metrics: NetworkMetricsSnapshot | null;
	/** Network trust and value (1-4) of the latest round closed by the peildatum; null when there is none. */
	trust: number | null;
	value: number | null;
	/** For a gemeente scope: its own place in the network. */
	gemeente: NetworkGemeenteSnapshot | null;
}

/** What the network section reads: the health check at the peildatum, its inputs, and the survey's scores. */
export interface NetworkFigures {
	health: NetworkHealth;
	inputs: HealthInputs;
	/** Per-partner scores of the latest closed round (only those past the minimum number of raters). */
	partnerScores: readonly PartnerScore[];
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/**
 * The network's health at the report's peildatum: the three factors with their indicators (each with the
 * thresholds it was judged by), the recommendation text of each weak point, the metrics of the contacts in the
 * 12 months up to the peildatum and, for a gemeente, its own place in the network.
 */
export function networkSnapshot(
	figures: NetworkFigures,
	partners: readonly NamedPartner[],
	gemeenteId: string | null,
	recommendationText: (key: RecommendationKey) => LocalisedText
): NetworkSnapshot {
	const names = new Map(partners.map((p) => [p.id, p.name]));
	const nameOf = (id: string) => names.get(id) ?? id;
	const { inputs } = figures;
	const metrics =
		inputs.contactsInWindow > 0
			? computeNetworkMetrics({
					nodes: inputs.partners.map((id) => ({ id })),
					edges: pairsInContact(inputs.contactPairs).map(([source, target]) => ({ source, target }))
				})
			: null;
	const own = gemeenteId ? metrics?.nodes[gemeenteId] : undefined;
	const score = gemeenteId ? figures.partnerScores.find((s) => s.organisationId === gemeenteId) : undefined;
	const trust = inputs.survey?.trust ?? null;
	const value = inputs.survey?.value ?? null;
	return {
		peildatum: figures.health.peildatum,
		window: figures.health.window,
		contactWeights: inputs.contactWeights,
		inContactPoints: inputs.inContactPoints,
		score: figures.health.score,
		factors: figures.health.factors.map((factor) => ({
			key: factor.key,
			score: factor.score,
			status: factor.status,
			indicators: factor.indicators.map((indicator) => ({
				key: indicator.key,
				status: indicator.status,
				value: indicator.value === null ? null : round3(indicator.value),
				total: indicator.total ?? null,
				recommendation: indicator.recommendation
					? { key: indicator.recommendation, text: recommendationText(indicator.recommendation) }
					: null,
				rule: indicator.rule,
				...(indicator.partners ? { names: indicator.partners.map(nameOf) } : {}),
				...(indicator.survey !== undefined
					? { survey: indicator.survey === null ? null : round2(indicator.survey) }
					: {}),
				...(indicator.reference !== undefined ? { reference: indicator.reference } : {})
			}))
		})),
		metrics: metrics && {
			partners: metrics.nodeCount,
			contacts: inputs.contactsInWindow,
			density: round3(metrics.density),
			pairsInContact: metrics.edgeCount,
			pairCount: metrics.pairCount,
			reachablePairsShare: round3(metrics.reachablePairsShare),
			degreeCentralization: round3(metrics.degreeCentralization),
			partnersWithoutContact: metrics.isolates.map(nameOf)
		},
		trust: trust === null ? null : round2(trust),
		value: value === null ? null : round2(value),
		gemeente: gemeenteId
			? {
					id: gemeenteId,
					name: nameOf(gemeenteId),
					degree: own?.degree ?? null,
					degreeCentrality: own ? round3(own.degreeCentrality) : null,
					betweennessCentrality: own ? round3(own.betweennessCentrality) : null,
					trust: score?.trust == null ? null : round2(score.trust),
					value: score?.value == null ? null : round2(score.value)
				}
			: null
	};
}

/** The weak points of the network: indicators in attention or weak, each with its recommendation. */
export function weakNetworkPoints(
	data: Pick<NetworkSnapshot, 'factors'>
): (NetworkIndicatorSnapshot & { factor: FactorKey })[] {
	return data.factors.flatMap((factor) =>
		factor.indicators
			.filter((i) => i.recommendation !== null && (i.status === 'weak' || i.status === 'attention'))
			.map((i) => ({ ...i, factor: factor.key }))
	);
}

export const networkSection: SectionDefinition<NetworkSnapshot> = {
	id: 'netwerk',
	available: true,
	keyFigures(data) {
		const figure = (id: string, value: number, unit: FigureUnit): KeyFigure => ({
			id,
			section: 'netwerk',
			value,
			unit,
			target: null,
			previous: null
		});
		const figures: KeyFigure[] = [];
		if (data.metrics) {
			figures.push(figure('nw_density', data.metrics.density, 'share'));
			figures.push(figure('nw_without_contact', data.metrics.partnersWithoutContact.length, 'count'));
		}
		if (data.trust !== null) figures.push(figure('nw_trust', data.trust, 'score'));
		figures.push(figure('nw_weak_points', weakNetworkPoints(data).length, 'count'));
		return figures;
	},
	risks(data) {
		return weakNetworkPoints(data).map((point): Risk => ({
			section: 'netwerk',
			kind: 'weak_network_point',
			subject: point.key,
			value: point.value ?? 0,
			detail: point.status,
			...(point.recommendation ? { recommendation: point.recommendation.text } : {})
		}));
	},
	sheets(data) {
		const m = data.metrics;
		const g = data.gemeente;
		return [
			{
				name: 'Gezondheidscheck',
				columns: ['factor', 'factorscore', 'indicator', 'status', 'waarde', 'van', 'aanbeveling', 'normen'],
				rows: data.factors.flatMap((factor) =>
					factor.indicators.map((i) => [
						factor.key,
						factor.score,
						i.key,
						i.status,
						i.value,
						i.total,
						i.recommendation?.text.nl ?? null,
						i.rule ? JSON.stringify(i.rule) : null
					])
				)
			},
			{
				name: 'Netwerkmaten',
				columns: ['maat', 'waarde'],
				rows: [
					['totaalscore', data.score],
					['peildatum', data.peildatum ?? null],
					['contacten_vanaf', data.window?.from ?? null],
					['partners', m?.partners ?? null],
					['contacten', m?.contacts ?? null],
					['dichtheid', m?.density ?? null],
					['paren_in_contact', m?.pairsInContact ?? null],
					['bereikbare_paren', m?.reachablePairsShare ?? null],
					['centralisatie', m?.degreeCentralization ?? null],
					['partners_zonder_contact', m ? m.partnersWithoutContact.join(', ') : null],
					['vertrouwen', data.trust],
					['meerwaarde', data.value],
					...(g
						? [
								['gemeente', g.name],
								['gemeente_contacten_met_partners', g.degree],
								['gemeente_degree_centraliteit', g.degreeCentrality],
								['gemeente_betweenness_centraliteit', g.betweennessCentrality],
								['gemeente_vertrouwen', g.trust],
								['gemeente_meerwaarde', g.value]
							]
						: [])
				]
			}
		];
	}
};
