import { m } from '$lib/paraglide/messages';
import { formatNumber } from '$lib/format';
import type { ContactFrequency, ContactKind } from '$lib/data/network';
import type { SurveyItem } from '$lib/domain/network-survey';
import type {
	FactorKey,
	HealthStatus,
	IndicatorKey,
	LegacyIndicatorKey,
	RecommendationKey,
	ThresholdRule
} from '$lib/domain/network-health';
import { labelsOf } from '$lib/message-labels';

export const contactKindLabel = labelsOf<ContactKind>({
	overleg: m.network_kind_overleg,
	workshop: m.network_kind_workshop,
	gezamenlijk_project: m.network_kind_gezamenlijk_project,
	casusoverleg: m.network_kind_casusoverleg,
	conferentie: m.network_kind_conferentie
});

export const frequencyLabel = labelsOf<ContactFrequency>({
	nooit: m.network_freq_nooit,
	jaarlijks: m.network_freq_jaarlijks,
	kwartaal: m.network_freq_kwartaal,
	maandelijks: m.network_freq_maandelijks,
	wekelijks: m.network_freq_wekelijks
});

export const surveyItemLabel = labelsOf<SurveyItem>({
	trust_reliability: m.network_item_trust_reliability,
	trust_openness: m.network_item_trust_openness,
	trust_mission: m.network_item_trust_mission,
	value_power: m.network_item_value_power,
	value_involvement: m.network_item_value_involvement,
	value_resources: m.network_item_value_resources
});

/** What a survey item means (the PARTNER definition, in Dutch), shown with the question. */
export const surveyItemDefinition = labelsOf<SurveyItem>({
	trust_reliability: m.network_item_def_trust_reliability,
	trust_openness: m.network_item_def_trust_openness,
	trust_mission: m.network_item_def_trust_mission,
	value_power: m.network_item_def_value_power,
	value_involvement: m.network_item_def_value_involvement,
	value_resources: m.network_item_def_value_resources
});

/** The scale's words: "1 helemaal niet" … "4 in hoge mate". */
export function scaleLabel(score: 1 | 2 | 3 | 4): string {
	return [
		m.network_survey_scale_1,
		m.network_survey_scale_2,
		m.network_survey_scale_3,
		m.network_survey_scale_4
	][score - 1]();
}

export const healthStatusLabel = labelsOf<HealthStatus>({
	good: m.network_health_status_good,
	attention: m.network_health_status_attention,
	weak: m.network_health_status_weak,
	no_data: m.network_health_status_no_data
});

export const indicatorLabel = labelsOf<IndicatorKey | LegacyIndicatorKey>({
	one_toezichthouder: m.network_health_ind_one_toezichthouder,
	stable_goals: m.network_health_ind_stable_goals,
	stable_budget: m.network_health_ind_stable_budget,
	vision_endorsed: m.network_health_ind_vision_endorsed,
	lead_mandate: m.network_health_ind_lead_mandate,
	lead_reach: m.network_health_ind_lead_reach,
	lead_organisation: m.network_health_ind_lead_organisation,
	goals_agreed: m.network_health_ind_goals_agreed,
	density: m.network_health_ind_density,
	trust: m.network_health_ind_trust,
	pairs_never_in_contact: m.network_health_ind_pairs_never_in_contact,
	equal_treatment: m.network_health_ind_equal_treatment,
	positions_known: m.network_health_ind_positions_known
});

/** The message of each recommendation of the health check. */
export const recommendationMessages = {
	R1: m.network_health_rec_R1,
	R2: m.network_health_rec_R2,
	R3: m.network_health_rec_R3,
	R4: m.network_health_rec_R4,
	R5: m.network_health_rec_R5,
	R5_equal: m.network_health_rec_R5_equal,
	R6: m.network_health_rec_R6
} satisfies Record<RecommendationKey, unknown>;

export function recommendationText(key: RecommendationKey): string {
	return recommendationMessages[key]();
}

/** Where in seed 004 each indicator comes from: the sentence and its place in the report. */
export function indicatorSource(key: IndicatorKey): { quote: string; location: string } {
	const sources: Record<IndicatorKey, [() => string, () => string]> = {
		one_toezichthouder: [m.network_health_src_one_toezichthouder, m.network_health_src_location_factor1],
		stable_goals: [m.network_health_src_stable_goals, m.network_health_src_location_recommendations],
		stable_budget: [m.network_health_src_stable_budget, m.network_health_src_location_recommendations],
		vision_endorsed: [m.network_health_src_vision_endorsed, m.network_health_src_location_recommendations],
		lead_mandate: [m.network_health_src_lead_mandate, m.network_health_src_location_heerlen],
		lead_reach: [m.network_health_src_lead_reach, m.network_health_src_location_recommendations],
		goals_agreed: [m.network_health_src_goals_agreed, m.network_health_src_location_recommendations],
		density: [m.network_health_src_density, m.network_health_src_location_factor3],
		trust: [m.network_health_src_trust, m.network_health_src_location_factor3],
		equal_treatment: [m.network_health_src_equal_treatment, m.network_health_src_location_recommendations],
		positions_known: [m.network_health_src_positions_known, m.network_health_src_location_recommendations]
	};
	const [quote, location] = sources[key];
	return { quote: quote(), location: location() };
}

/** Why an indicator counts and what it counts; the contact weights as the check used them. */
export function indicatorReason(
	key: IndicatorKey,
	contacts: { weights: Record<string, number>; inContactPoints: number } | null = null
): string {
	if (key === 'density') {
		const weights = Object.entries(contacts?.weights ?? {})
			.sort(([, a], [, b]) => b - a)
			.map(([kind, weight]) =>
				m.network_health_weights_list({
					kind: contactKindLabel(kind as ContactKind).toLowerCase(),
					weight: formatNumber(weight, 2)
				})
			)
			.join(', ');
		return m.network_health_reason_density({
			points: formatNumber(contacts?.inContactPoints ?? 1, 2),
			weights
		});
	}
	const reasons: Record<Exclude<IndicatorKey, 'density'>, () => string> = {
		one_toezichthouder: m.network_health_reason_one_toezichthouder,
		stable_goals: m.network_health_reason_stable_goals,
		stable_budget: m.network_health_reason_stable_budget,
		vision_endorsed: m.network_health_reason_vision_endorsed,
		lead_mandate: m.network_health_reason_lead_mandate,
		lead_reach: m.network_health_reason_lead_reach,
		goals_agreed: m.network_health_reason_goals_agreed,
		trust: m.network_health_reason_trust,
		equal_treatment: m.network_health_reason_equal_treatment,
		positions_known: m.network_health_reason_positions_known
	};
	return reasons[key]();
}

const percentText = (share: number) => `${formatNumber(share * 100)} %`;

/** The thresholds of an indicator in words, from the numbers it was judged by. */
export function thresholdText(rule: ThresholdRule): string {
	switch (rule.kind) {
		case 'higher': {
			const show = (v: number) => (rule.unit === 'share' ? percentText(v) : formatNumber(v, 1));
			return m.network_health_threshold_higher({ good: show(rule.good), attention: show(rule.attention) });
		}
		case 'lower':
			return m.network_health_threshold_lower({
				good: formatNumber(rule.good),
				attention: formatNumber(rule.attention)
			});
		case 'all_of':
			return m.network_health_threshold_all_of();
		case 'equal_treatment':
			return m.network_health_threshold_equal_treatment({
				surveyGood: formatNumber(rule.survey.good, 1),
				surveyAttention: formatNumber(rule.survey.attention, 1),
				centralGood: formatNumber(rule.centralization.good, 2),
				centralAttention: formatNumber(rule.centralization.attention, 2)
			});
		case 'lead_mandate':
			return m.network_health_threshold_lead_mandate();
	}
}

/**
 * An indicator's value in words, as the health check and the report show it. `names` are the partners it names
 * (toezichthouders, partners without contact), already as names. An indicator without `rule` comes from a report
 * published before issue 15 and is read as the first health check defined it.
 */
export function indicatorValueText(indicator: {
	key: IndicatorKey | LegacyIndicatorKey;
	status: HealthStatus;
	value: number | null;
	total?: number | null;
	rule?: ThresholdRule;
	names?: readonly string[];
	survey?: number | null;
	reference?: string | null;
}): string {
	const value = indicator.value;
	const total = indicator.total ?? 0;
	const names = (indicator.names ?? []).join(', ');
	if (indicator.key === 'lead_mandate') {
		if (indicator.status === 'weak') return m.network_health_value_no_lead();
		return indicator.reference
			? m.network_health_value_mandate({ reference: indicator.reference, part: value ?? 0, total })
			: m.network_health_value_no_mandate();
	}
	if (indicator.key === 'equal_treatment' && indicator.rule) {
		if (indicator.status === 'no_data') return m.network_health_no_data();
		const parts = [
			value === null ? null : m.network_health_value_centralization({ value: formatNumber(value, 2) }),
			indicator.survey == null
				? m.network_health_value_equal_no_survey()
				: m.network_health_value_equal_survey({ value: formatNumber(indicator.survey, 2) })
		];
		return parts.filter(Boolean).join('; ');
	}
	if (indicator.status === 'no_data' || value === null) return m.network_health_no_data();
	switch (indicator.key) {
		case 'one_toezichthouder':
			return indicator.rule
				? m.network_health_value_toezichthouders({ count: value, names })
				: m.network_health_value_share({ part: Math.round(value * total), total });
		case 'stable_budget':
		case 'vision_endorsed':
		case 'goals_agreed':
			return m.network_health_value_share({ part: Math.round(value * total), total });
		case 'stable_goals':
			return value === 1
				? m.network_health_value_change_one()
				: m.network_health_value_changes({ count: value });
		case 'lead_reach':
			return m.network_health_value_reach({
				part: Math.round(value * total),
				total,
				percent: formatNumber(value * 100)
			});
		case 'positions_known':
			return m.network_health_value_positions({ percent: formatNumber(value * 100), total });
		case 'density': {
			if (!indicator.rule) return m.network_health_value_percent({ percent: formatNumber(value * 100) });
			const text = m.network_health_value_density({
				percent: formatNumber(value * 100),
				part: Math.round(value * total),
				total
			});
			return names ? `${text}; ${m.network_health_value_without_contact({ names })}` : text;
		}
		case 'trust':
			return m.network_health_value_trust({ trust: formatNumber(value, 2) });
		case 'lead_organisation':
			return value === 1 ? m.network_health_value_yes() : m.network_health_value_no();
		case 'pairs_never_in_contact':
			return m.network_health_value_pairs({ count: value, total });
		case 'equal_treatment':
			return m.network_health_value_gini({ gini: formatNumber(value, 2) });
	}
}

export function factorLabel(key: FactorKey): { title: string; help: string } {
	switch (key) {
		case 'external_influences':
			return {
				title: m.network_health_factor_external_influences(),
				help: m.network_health_factor_external_influences_help()
			};
		case 'network_strength':
			return {
				title: m.network_health_factor_network_strength(),
				help: m.network_health_factor_network_strength_help()
			};
		case 'relations':
			return { title: m.network_health_factor_relations(), help: m.network_health_factor_relations_help() };
	}
}

/** Partner-type colours (Okabe-Ito, colour-blind safe); every node also has a dark outline. */
export const TYPE_COLOURS: Record<string, string> = {
	centrumgemeente: '#154273',
	gemeente: '#56b4e9',
	uwv: '#009e73',
	werkgeversorganisatie: '#e69f00',
	werknemersorganisatie: '#cc79a7',
	sw_bedrijf: '#d55e00',
	onderwijs: '#f0e442',
	overig: '#999999'
};
