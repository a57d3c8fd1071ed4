// The network health check (seed 004, ch. 6): the three factors of network effectiveness (Provan & Milward)
// scored from the data, each weak point with the matching recommendation. Pure: the page shows what this
// returns; indicators without data say so instead of inventing a value.

import type { NetworkMetrics } from './network-metrics';

/** What the goals module (shared goals and the endorsed vision) knows; null while it has no data. */
export interface GoalHealthFacts {
	/** All goals of the region, in any state. */
	goalsTotal: number;
	/** Goals every contributing partner agreed to: vastgesteld or afgerond. */
	goalsAgreed: number;
	/** Goals with their (one) toezichthouder set. The database allows at most one; proposing needs it. */
	goalsWithOneToezichthouder: number;
	/** Change proposals to agreed goals that took effect (R4: the rules changed along the way). */
	changesToAgreedGoals: number;
	/** Partners that endorsed the region's current vision (R1). */
	visionEndorsedBy: number;
	/** Active partners of the region. */
	partnersTotal: number;
}

export interface HealthInput {
	goals: GoalHealthFacts | null;
	/** Budget programmes with a stability verdict (R3); null when no programme has two years of commitments. */
	budget: { programmesAssessed: number; programmesStable: number } | null;
	leadOrganisationSet: boolean;
	/** The contact network; null when no contacts were recorded. */
	contacts: {
		partners: number;
		density: number;
		pairsNeverInContact: number;
		pairCount: number;
		isolatedPartners: number;
		contactGini: number;
	} | null;
	/** Network trust (1-4) of the latest closed survey round; null when there is none or too few answered. */
	trust: number | null;
}

export type HealthStatus = 'good' | 'attention' | 'weak' | 'no_data';

export type IndicatorKey =
	| 'one_toezichthouder'
	| 'stable_goals'
	| 'stable_budget'
	| 'vision_endorsed'
	| 'lead_organisation'
	| 'goals_agreed'
	| 'density'
	| 'trust'
	| 'pairs_never_in_contact'
	| 'equal_treatment';

export type RecommendationKey = 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R5_equal' | 'R6';

export interface HealthIndicator {
	key: IndicatorKey;
	status: HealthStatus;
	/** 0..1 share or the raw figure, as the indicator defines it; null without data. */
	value: number | null;
	/** For counts: out of how many (e.g. goals, partners, pairs). */
	total?: number;
	/** Set when the status is attention or weak. */
	recommendation: RecommendationKey | null;
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
	factors: HealthFactor[];
	/** The mean of the factor scores that exist; null when none does. */
	score: number | null;
}

/** Thresholds, named so the page can explain them. */
export const HEALTH_THRESHOLDS = {
	density: { good: 0.5, attention: 0.3 },
	trust: { good: 3, attention: 2.5 },
	neverInContactShare: { good: 0.5, attention: 0.7 },
	gini: { good: 0.3, attention: 0.5 }
} as const;

function indicator(
	key: IndicatorKey,
	status: HealthStatus,
	value: number | null,
	recommendation: RecommendationKey,
	total?: number
): HealthIndicator {
	return {
		key,
		status,
		value,
		...(total === undefined ? {} : { total }),
		recommendation: status === 'attention' || status === 'weak' ? recommendation : null
	};
}

const noData = (key: IndicatorKey, recommendation: RecommendationKey) =>
	indicator(key, 'no_data', null, recommendation);

/** Higher is better: good at or above `good`, attention at or above `attention`, else weak. */
function higherIsBetter(value: number, limits: { good: number; attention: number }): HealthStatus {
	return value >= limits.good ? 'good' : value >= limits.attention ? 'attention' : 'weak';
}

/** Lower is better: good at or below `good`, attention at or below `attention`, else weak. */
function lowerIsBetter(value: number, limits: { good: number; attention: number }): HealthStatus {
	return value <= limits.good ? 'good' : value <= limits.attention ? 'attention' : 'weak';
}

/** All of them: good; more than half: attention; else weak. */
function allOf(part: number, total: number): HealthStatus {
	if (part >= total) return 'good';
	return part / total > 0.5 ? 'attention' : 'weak';
}

const POINTS: Record<HealthStatus, number | null> = { good: 1, attention: 0.5, weak: 0, no_data: null };

function factor(key: FactorKey, indicators: HealthIndicator[]): HealthFactor {
	const points = indicators.map((i) => POINTS[i.status]).filter((p): p is number => p !== null);
	const score = points.length ? Math.round((100 * points.reduce((a, b) => a + b, 0)) / points.length) : null;
	const status: HealthStatus =
		score === null ? 'no_data' : score >= 75 ? 'good' : score >= 40 ? 'attention' : 'weak';
	return { key, indicators, score, status };
}

/** What the health check reads of the contact network; null while no contact was recorded. */
export function contactFacts(metrics: NetworkMetrics | null): HealthInput['contacts'] {
	return (
		metrics && {
			partners: metrics.nodeCount,
			density: metrics.density,
			pairsNeverInContact: metrics.pairsNeverInContact,
			pairCount: metrics.pairCount,
			isolatedPartners: metrics.isolates.length,
			contactGini: metrics.contactGini
		}
	);
}

export function networkHealth(input: HealthInput): NetworkHealth {
	const { goals, budget, contacts } = input;
	const hasGoals = goals !== null && goals.goalsTotal > 0;

	const external = factor('external_influences', [
		hasGoals
			? indicator(
					'one_toezichthouder',
					allOf(goals.goalsWithOneToezichthouder, goals.goalsTotal),
					goals.goalsWithOneToezichthouder / goals.goalsTotal,
					'R4',
					goals.goalsTotal
				)
			: noData('one_toezichthouder', 'R4'),
		hasGoals && goals.goalsAgreed > 0
			? indicator(
					'stable_goals',
					goals.changesToAgreedGoals === 0 ? 'good' : goals.changesToAgreedGoals <= 2 ? 'attention' : 'weak',
					goals.changesToAgreedGoals,
					'R4'
				)
			: noData('stable_goals', 'R4'),
		budget && budget.programmesAssessed > 0
			? indicator(
					'stable_budget',
					allOf(budget.programmesStable, budget.programmesAssessed),
					budget.programmesStable / budget.programmesAssessed,
					'R3',
					budget.programmesAssessed
				)
			: noData('stable_budget', 'R3')
	]);

	const strength = factor('network_strength', [
		goals && goals.partnersTotal > 0
			? indicator(
					'vision_endorsed',
					allOf(goals.visionEndorsedBy, goals.partnersTotal),
					goals.visionEndorsedBy / goals.partnersTotal,
					'R1',
					goals.partnersTotal
				)
			: noData('vision_endorsed', 'R1'),
		indicator(
			'lead_organisation',
			input.leadOrganisationSet ? 'good' : 'weak',
			input.leadOrganisationSet ? 1 : 0,
			'R2'
		),
		hasGoals
			? indicator(
					'goals_agreed',
					allOf(goals.goalsAgreed, goals.goalsTotal),
					goals.goalsAgreed / goals.goalsTotal,
					'R4',
					goals.goalsTotal
				)
			: noData('goals_agreed', 'R4')
	]);

	const neverShare =
		contacts && contacts.pairCount > 0 ? contacts.pairsNeverInContact / contacts.pairCount : null;
	const relations = factor('relations', [
		contacts
			? indicator(
					'density',
					higherIsBetter(contacts.density, HEALTH_THRESHOLDS.density),
					contacts.density,
					'R6'
				)
			: noData('density', 'R6'),
		input.trust !== null
			? indicator('trust', higherIsBetter(input.trust, HEALTH_THRESHOLDS.trust), input.trust, 'R5')
			: noData('trust', 'R5'),
		contacts && neverShare !== null
			? indicator(
					'pairs_never_in_contact',
					contacts.isolatedPartners > 0
						? 'weak'
						: lowerIsBetter(neverShare, HEALTH_THRESHOLDS.neverInContactShare),
					contacts.pairsNeverInContact,
					'R6',
					contacts.pairCount
				)
			: noData('pairs_never_in_contact', 'R6'),
		contacts
			? indicator(
					'equal_treatment',
					lowerIsBetter(contacts.contactGini, HEALTH_THRESHOLDS.gini),
					contacts.contactGini,
					'R5_equal'
				)
			: noData('equal_treatment', 'R5_equal')
	]);

	const factors = [external, strength, relations];
	const scores = factors.map((f) => f.score).filter((s): s is number => s !== null);
	return {
		factors,
		score: scores.length ? Math.round(scores.reduce((a, b) => a + b, 0) / scores.length) : null
	};
}
