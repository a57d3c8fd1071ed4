// The network health check (seed 004, ch. 6): the three factors of network effectiveness (Provan & Milward)
// scored from the data, each indicator with its seed 004 sentence, its thresholds and its reason, and each weak
// point with the matching recommendation. Pure: the page and the report show what this returns; indicators
// without data say so instead of inventing a value.
//
// One place for each rule: the thresholds of the scoring are here (HEALTH_THRESHOLDS, INDICATOR_RULES); what
// the check reads is summarised from the rows in the database at a peildatum (network_health_inputs in
// supabase/migrations/20261208030000_network_health.sql), including the weights of the kinds of contact and the
// points from which a pair of partners counts as "in contact".

import { computeNetworkMetrics } from './network-metrics';

/** What the database summarised for the health check at a peildatum (network_health_inputs). */
export interface HealthInputs {
	peildatum: string;
	/** The 12 months of contacts that count, inclusive. */
	window: { from: string; to: string };
	/** The active partners. */
	partners: string[];
	leadOrganisationId: string | null;
	/** A pair is in contact from this many contact points in the window on (shown on the page). */
	inContactPoints: number;
	/** Contact points per kind of contact (shown on the page). */
	contactWeights: Record<string, number>;
	contactsInWindow: number;
	/** Pairs of active partners with their contact points in the window, and whether they are in contact. */
	contactPairs: { a: string; b: string; points: number; inContact: boolean }[];
	goals: {
		/** Goals that existed at the peildatum (not stopped by then). */
		total: number;
		/** Of those, agreed by every contributor by the peildatum. */
		agreed: number;
		/** The distinct toezichthouders of the goals agreed and running at the peildatum. */
		toezichthouders: string[];
		/** Accepted changes plus stops of agreed goals in the 12 months. */
		changes: number;
		/** Goals that succeed a goal stopped in the 12 months (counted with the stop, not again). */
		successors: number;
	};
	vision: { statement: boolean; endorsedBy: number };
	/** Per dossier: active partners with a position recorded or updated in the 24 months. */
	positions: { dossier: string; partners: number }[];
	leadMandate: {
		mandate: { decisionReference: string; decisionDate: string; validUntil: string | null } | null;
		/** The gemeenten that ratify (the trekker itself excluded) and how many did. */
		gemeenten: number;
		ratifiedBy: number;
	};
	/** The latest survey round closed by the peildatum; null when there is none. */
	survey: {
		title: string;
		minRespondents: number;
		trust: number | null;
		value: number | null;
		/** "De trekker behandelt partners gelijkwaardig" (1-4), null below the round's minimum. */
		equalTreatment: number | null;
	} | null;
}

/** Budget programmes with a stability verdict (R3); null when no programme has two years of commitments. */
export type BudgetFacts = { programmesAssessed: number; programmesStable: number } | null;

export type HealthStatus = 'good' | 'attention' | 'weak' | 'no_data';

export const INDICATOR_KEYS = [
	'one_toezichthouder',
	'stable_goals',
	'stable_budget',
	'vision_endorsed',
	'lead_mandate',
	'lead_reach',
	'goals_agreed',
	'density',
	'trust',
	'equal_treatment',
	'positions_known'
] as const;
export type IndicatorKey = (typeof INDICATOR_KEYS)[number];
/** Indicators of the first health check, still in reports published before issue 15. */
export type LegacyIndicatorKey = 'lead_organisation' | 'pairs_never_in_contact';

export type RecommendationKey = 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R5_equal' | 'R6';

export type Limits = { good: number; attention: number };

/**
 * How an indicator is judged. `higher`: good from `good` on, attention from `attention` on, else weak; `lower`:
 * good up to `good`, attention up to `attention`, else weak; `all_of`: good when all, attention when more than
 * half; `equal_treatment`: the worse of the survey item (higher) and the centralization (lower); `lead_mandate`:
 * good with a trekker whose mandate every gemeente ratified, attention with a trekker without, weak without one.
 */
export type ThresholdRule =
	| { kind: 'higher'; unit: 'share' | 'score'; good: number; attention: number }
	| { kind: 'lower'; unit: 'count'; good: number; attention: number }
	| { kind: 'all_of' }
	| { kind: 'equal_treatment'; survey: Limits; centralization: Limits }
	| { kind: 'lead_mandate' };

/** The thresholds, one place: the page, the report and the scoring below read them from here. */
export const HEALTH_THRESHOLDS = {
	/** Distinct toezichthouders over the agreed goals: one body (004:1018-1020). */
	toezichthouders: { good: 1, attention: 2 },
	/** Changes and stops of agreed goals in 12 months. */
	changes: { good: 0, attention: 2 },
	/** Share of the other partners the trekker was in contact with. */
	leadReach: { good: 0.9, attention: 0.5 },
	/** The survey item on the trekker's equal treatment (1-4). */
	equalTreatment: { good: 3, attention: 2.5 },
	/** Degree centralization of the in-contact graph: 1 for a star. */
	centralization: { good: 0.5, attention: 0.75 },
	/** Mean share of partners with a known position per dossier. */
	positions: { good: 0.75, attention: 0.5 },
	/** Pairs in contact out of all pairs. */
	density: { good: 0.5, attention: 0.3 },
	/** Network trust (1-4). */
	trust: { good: 3, attention: 2.5 }
} as const;

export const INDICATOR_RULES: Record<IndicatorKey, ThresholdRule> = {
	one_toezichthouder: { kind: 'lower', unit: 'count', ...HEALTH_THRESHOLDS.toezichthouders },
	stable_goals: { kind: 'lower', unit: 'count', ...HEALTH_THRESHOLDS.changes },
	stable_budget: { kind: 'all_of' },
	vision_endorsed: { kind: 'all_of' },
	lead_mandate: { kind: 'lead_mandate' },
	lead_reach: { kind: 'higher', unit: 'share', ...HEALTH_THRESHOLDS.leadReach },
	goals_agreed: { kind: 'all_of' },
	density: { kind: 'higher', unit: 'share', ...HEALTH_THRESHOLDS.density },
	trust: { kind: 'higher', unit: 'score', ...HEALTH_THRESHOLDS.trust },
	equal_treatment: {
		kind: 'equal_treatment',
		survey: HEALTH_THRESHOLDS.equalTreatment,
		centralization: HEALTH_THRESHOLDS.centralization
	},
	positions_known: { kind: 'higher', unit: 'share', ...HEALTH_THRESHOLDS.positions }
};

/** The recommendation (seed 004, 6.3) a weak point of each indicator refers to. */
export const INDICATOR_RECOMMENDATIONS: Record<IndicatorKey, RecommendationKey> = {
	one_toezichthouder: 'R4',
	stable_goals: 'R4',
	stable_budget: 'R3',
	vision_endorsed: 'R1',
	lead_mandate: 'R2',
	lead_reach: 'R5_equal',
	goals_agreed: 'R4',
	density: 'R6',
	trust: 'R5',
	equal_treatment: 'R5_equal',
	positions_known: 'R5'
};

export interface HealthIndicator {
	key: IndicatorKey;
	status: HealthStatus;
	/** The measure: a share (0-1), a count, a score (1-4) or the centralization; null without data. */
	value: number | null;
	/** For shares and counts: out of how many (partners, pairs, goals, gemeenten, dossiers). */
	total?: number;
	/** Set when the status is attention or weak. */
	recommendation: RecommendationKey | null;
	rule: ThresholdRule;
	/** Partners the indicator names: the toezichthouders, or the partners without any pair in contact. */
	partners?: string[];
	/** Equal treatment: the survey's mean (1-4); null when too few answered or there is no round. */
	survey?: number | null;
	/** Lead mandate: the decision that gave it; null without one. */
	reference?: string | null;
}

export type FactorKey = 'external_influences' | 'network_strength' | 'relations';

export interface HealthFactor {
	key: FactorKey;
	indicators: HealthIndicator[];
	/** 0..100: good counts 1, attention 0.5, weak 0, over the indicators with data; null when none has. */
	score: number | null;
	status: HealthStatus;
}

export interface NetworkHealth {
	peildatum: string;
	window: { from: string; to: string };
	factors: HealthFactor[];
	/** The mean of the factor scores that exist; null when none does. */
	score: number | null;
}

// ---------------------------------------------------------------------------------------------------
// Judging a measure

/** Higher is better: good at or above `good`, attention at or above `attention`, else weak. */
export function higherIsBetter(value: number, limits: Limits): HealthStatus {
	return value >= limits.good ? 'good' : value >= limits.attention ? 'attention' : 'weak';
}

/** Lower is better: good at or below `good`, attention at or below `attention`, else weak. */
export function lowerIsBetter(value: number, limits: Limits): HealthStatus {
	return value <= limits.good ? 'good' : value <= limits.attention ? 'attention' : 'weak';
}

/** All of them: good; more than half: attention; else weak. */
export function allOf(part: number, total: number): HealthStatus {
	if (part >= total) return 'good';
	return part / total > 0.5 ? 'attention' : 'weak';
}

const RANK: Record<HealthStatus, number> = { good: 0, attention: 1, weak: 2, no_data: -1 };

/** The worse of statuses that have data; no_data when none has. */
export function worstOf(...statuses: HealthStatus[]): HealthStatus {
	return statuses.reduce<HealthStatus>((worst, s) => (RANK[s] > RANK[worst] ? s : worst), 'no_data');
}

/** A status no better than attention (a partner without any contact keeps density from "good"). */
const atMostAttention = (status: HealthStatus): HealthStatus => (status === 'good' ? 'attention' : status);

// ---------------------------------------------------------------------------------------------------
// The contact structure: who is in contact with whom in the window

export interface ContactStructure {
	partners: readonly string[];
	lead: string | null;
	/** The pairs in contact (from the in-contact points on). */
	pairs: readonly (readonly [string, string])[];
}

export interface ContactMeasures {
	pairCount: number;
	pairsInContact: number;
	density: number;
	/** Freeman's degree centralization of the in-contact graph: 1 for a star, 0 when all are alike. */
	centralization: number;
	/** The trekker's partners in contact, out of the other partners; null without a trekker among them. */
	reach: { part: number; total: number } | null;
	/** Partners without any pair in contact, in the order of `partners`. */
	isolated: string[];
	degree: Record<string, number>;
}

/** The pairs that count as in contact (the database decides, from the in-contact points on). */
export function pairsInContact(
	pairs: readonly { a: string; b: string; inContact: boolean }[]
): [string, string][] {
	return pairs.filter((p) => p.inContact).map((p) => [p.a, p.b]);
}

export function contactMeasures(structure: ContactStructure): ContactMeasures {
	const metrics = computeNetworkMetrics({
		nodes: structure.partners.map((id) => ({ id })),
		edges: structure.pairs.map(([source, target]) => ({ source, target }))
	});
	const degree = Object.fromEntries(Object.entries(metrics.nodes).map(([id, node]) => [id, node.degree]));
	const lead = structure.lead && structure.partners.includes(structure.lead) ? structure.lead : null;
	return {
		pairCount: metrics.pairCount,
		pairsInContact: metrics.edgeCount,
		density: metrics.density,
		centralization: metrics.degreeCentralization,
		reach: lead && metrics.nodeCount > 1 ? { part: degree[lead], total: metrics.nodeCount - 1 } : null,
		isolated: metrics.isolates,
		degree
	};
}

// ---------------------------------------------------------------------------------------------------
// Indicators

function indicator(
	key: IndicatorKey,
	status: HealthStatus,
	value: number | null,
	extra: Partial<Pick<HealthIndicator, 'total' | 'partners' | 'survey' | 'reference'>> = {}
): HealthIndicator {
	return {
		key,
		status,
		value,
		...extra,
		rule: INDICATOR_RULES[key],
		recommendation: status === 'attention' || status === 'weak' ? INDICATOR_RECOMMENDATIONS[key] : null
	};
}

const noData = (key: IndicatorKey) => indicator(key, 'no_data', null);

/** One body answers for the output: the distinct toezichthouders over the agreed goals. */
export function oneToezichthouder(toezichthouders: readonly string[]): HealthIndicator {
	if (toezichthouders.length === 0) return noData('one_toezichthouder');
	return indicator(
		'one_toezichthouder',
		lowerIsBetter(toezichthouders.length, HEALTH_THRESHOLDS.toezichthouders),
		toezichthouders.length,
		{ partners: [...toezichthouders] }
	);
}

/** The trekker's reach: the share of the other partners it was in contact with. */
export function leadReach(measures: ContactMeasures | null): HealthIndicator {
	if (!measures?.reach || measures.reach.total === 0) return noData('lead_reach');
	const share = measures.reach.part / measures.reach.total;
	return indicator('lead_reach', higherIsBetter(share, HEALTH_THRESHOLDS.leadReach), share, {
		total: measures.reach.total
	});
}

/**
 * Equal treatment: the worse of what partners say (the survey item on the trekker) and the structure (the
 * centralization: in a star everything runs through the trekker).
 */
export function equalTreatment(measures: ContactMeasures | null, survey: number | null): HealthIndicator {
	const fromSurvey = survey === null ? 'no_data' : higherIsBetter(survey, HEALTH_THRESHOLDS.equalTreatment);
	const fromStructure = measures
		? lowerIsBetter(measures.centralization, HEALTH_THRESHOLDS.centralization)
		: 'no_data';
	return indicator('equal_treatment', worstOf(fromSurvey, fromStructure), measures?.centralization ?? null, {
		survey
	});
}

/** Contacts in the window: the density; a partner without any pair in contact keeps it from "good". */
export function density(measures: ContactMeasures | null): HealthIndicator {
	if (!measures) return noData('density');
	const status = higherIsBetter(measures.density, HEALTH_THRESHOLDS.density);
	return indicator(
		'density',
		measures.isolated.length > 0 ? atMostAttention(status) : status,
		measures.density,
		{ total: measures.pairCount, partners: measures.isolated }
	);
}

/** Positions known: over the dossiers, the mean share of the partners with a recent position. */
export function positionsKnown(
	dossiers: readonly { partners: number }[],
	partnersTotal: number
): HealthIndicator {
	if (dossiers.length === 0 || partnersTotal === 0) return noData('positions_known');
	const share =
		dossiers.reduce((sum, d) => sum + Math.min(1, d.partners / partnersTotal), 0) / dossiers.length;
	return indicator('positions_known', higherIsBetter(share, HEALTH_THRESHOLDS.positions), share, {
		total: dossiers.length
	});
}

/** The trekker's mandate: set, and ratified by every gemeente. */
export function leadMandate(leadSet: boolean, mandate: HealthInputs['leadMandate']): HealthIndicator {
	if (!leadSet) return indicator('lead_mandate', 'weak', 0, { total: mandate.gemeenten, reference: null });
	const complete = mandate.mandate !== null && mandate.ratifiedBy >= mandate.gemeenten;
	return indicator(
		'lead_mandate',
		complete ? 'good' : 'attention',
		mandate.mandate ? mandate.ratifiedBy : 0,
		{
			total: mandate.gemeenten,
			reference: mandate.mandate?.decisionReference ?? null
		}
	);
}

const POINTS: Record<HealthStatus, number | null> = { good: 1, attention: 0.5, weak: 0, no_data: null };

function factor(key: FactorKey, indicators: HealthIndicator[]): HealthFactor {
	const points = indicators.map((i) => POINTS[i.status]).filter((p): p is number => p !== null);
	const score = points.length ? Math.round((100 * points.reduce((a, b) => a + b, 0)) / points.length) : null;
	const status: HealthStatus =
		score === null ? 'no_data' : score >= 75 ? 'good' : score >= 40 ? 'attention' : 'weak';
	return { key, indicators, score, status };
}

/** The contact structure of the inputs: the pairs in contact in the window; null when no contact counts. */
export function structureOf(inputs: HealthInputs): ContactStructure | null {
	if (inputs.contactsInWindow === 0) return null;
	return {
		partners: inputs.partners,
		lead: inputs.leadOrganisationId,
		pairs: pairsInContact(inputs.contactPairs)
	};
}

export function networkHealth(inputs: HealthInputs, budget: BudgetFacts): NetworkHealth {
	const { goals, vision } = inputs;
	const structure = structureOf(inputs);
	const measures = structure ? contactMeasures(structure) : null;
	const partnersTotal = inputs.partners.length;

	const external = factor('external_influences', [
		oneToezichthouder(goals.toezichthouders),
		goals.agreed > 0 || goals.changes > 0
			? indicator('stable_goals', lowerIsBetter(goals.changes, HEALTH_THRESHOLDS.changes), goals.changes)
			: noData('stable_goals'),
		budget && budget.programmesAssessed > 0
			? indicator(
					'stable_budget',
					allOf(budget.programmesStable, budget.programmesAssessed),
					budget.programmesStable / budget.programmesAssessed,
					{ total: budget.programmesAssessed }
				)
			: noData('stable_budget')
	]);

	const strength = factor('network_strength', [
		partnersTotal > 0
			? indicator(
					'vision_endorsed',
					vision.statement ? allOf(vision.endorsedBy, partnersTotal) : 'weak',
					vision.endorsedBy / partnersTotal,
					{ total: partnersTotal }
				)
			: noData('vision_endorsed'),
		leadMandate(inputs.leadOrganisationId !== null, inputs.leadMandate),
		leadReach(measures),
		goals.total > 0
			? indicator('goals_agreed', allOf(goals.agreed, goals.total), goals.agreed / goals.total, {
					total: goals.total
				})
			: noData('goals_agreed')
	]);

	const trust = inputs.survey?.trust ?? null;
	const relations = factor('relations', [
		density(measures),
		trust !== null
			? indicator('trust', higherIsBetter(trust, HEALTH_THRESHOLDS.trust), trust)
			: noData('trust'),
		equalTreatment(measures, inputs.survey?.equalTreatment ?? null),
		positionsKnown(inputs.positions, partnersTotal)
	]);

	const factors = [external, strength, relations];
	const scores = factors.map((f) => f.score).filter((s): s is number => s !== null);
	return {
		peildatum: inputs.peildatum,
		window: inputs.window,
		factors,
		score: scores.length ? Math.round(scores.reduce((a, b) => a + b, 0) / scores.length) : null
	};
}
