// The trust and value survey (PARTNER approach): the items a partner rates another partner on, the minimum
// number of raters before a score is shown (anonymity), and how the network's own scores are read from a
// round. The answers themselves stay in the database, which hands out only aggregates.
import type { SurveyStatus } from './enums';
import { networkScore, type PartnerScore, type RoundChange } from './network-metrics';

export const TRUST_ITEMS = ['trust_reliability', 'trust_openness', 'trust_mission'] as const;
export const VALUE_ITEMS = ['value_power', 'value_involvement', 'value_resources'] as const;
export type SurveyItem = (typeof TRUST_ITEMS)[number] | (typeof VALUE_ITEMS)[number];
export const SURVEY_ITEMS: readonly SurveyItem[] = [...TRUST_ITEMS, ...VALUE_ITEMS];

/** Scores are shown from this many raters on unless the round asks more (the database's default). */
export const DEFAULT_MIN_RESPONDENTS = 3;

/** The number of raters a score needs before it is shown, for a round or (without one) the default. */
export function anonymityMinimum(round: { minRespondents: number } | null | undefined): number {
	return round?.minRespondents ?? DEFAULT_MIN_RESPONDENTS;
}

/**
 * Results are read from the latest closed round, compared with the closed round before it; rounds come newest
 * first. An open round shows nothing yet.
 */
export function roundsToCompare<T extends { status: SurveyStatus }>(
	roundsNewestFirst: readonly T[]
): { latest: T; previous: T | null } | null {
	const [latest, previous] = roundsNewestFirst.filter((round) => round.status === 'closed');
	return latest ? { latest, previous: previous ?? null } : null;
}

/** The network's means as the database summarised a round: trust and value (1-4), null when not shown. */
export interface RoundMeans {
	trust: number | null;
	value: number | null;
}

/**
 * The network's trust and value of a round: the round's own mean over every answer, or, when the summary has
 * none, the mean of the partners' shown scores. Null without a round.
 */
export function networkMeans(
	round: { summary: RoundMeans | null; partners: readonly PartnerScore[] } | null
): RoundMeans {
	if (!round) return { trust: null, value: null };
	const fromPartners = networkScore(round.partners);
	return {
		trust: round.summary?.trust ?? fromPartners.trust,
		value: round.summary?.value ?? fromPartners.value
	};
}

/**
 * The change since the previous round, with the network's own change taken from the two rounds' summaries
 * when both are complete (the mean over every answer: like with like).
 */
export function withNetworkChange(
	change: RoundChange,
	summary: RoundMeans | null,
	before: RoundMeans | null
): RoundChange {
	if (summary?.trust == null || before?.trust == null || summary.value == null || before.value == null) {
		return change;
	}
	return { ...change, network: { trust: summary.trust - before.trust, value: summary.value - before.value } };
}
