import { m } from '$lib/paraglide/messages';
import { formatNumber } from '$lib/format';
import type { ContactFrequency, ContactKind } from '$lib/data/network';
import type { SurveyItem } from '$lib/domain/network-survey';
import type { HealthStatus, IndicatorKey, RecommendationKey, FactorKey } from '$lib/domain/network-health';

export function contactKindLabel(kind: ContactKind): string {
	const labels: Record<ContactKind, () => string> = {
		overleg: m.network_kind_overleg,
		workshop: m.network_kind_workshop,
		gezamenlijk_project: m.network_kind_gezamenlijk_project,
		casusoverleg: m.network_kind_casusoverleg,
		conferentie: m.network_kind_conferentie
	};
	return labels[kind]();
}

export function frequencyLabel(frequency: ContactFrequency): string {
	const labels: Record<ContactFrequency, () => string> = {
		nooit: m.network_freq_nooit,
		jaarlijks: m.network_freq_jaarlijks,
		kwartaal: m.network_freq_kwartaal,
		maandelijks: m.network_freq_maandelijks,
		wekelijks: m.network_freq_wekelijks
	};
	return labels[frequency]();
}

export function surveyItemLabel(item: SurveyItem): string {
	const labels: Record<SurveyItem, () => string> = {
		trust_reliability: m.network_item_trust_reliability,
		trust_openness: m.network_item_trust_openness,
		trust_mission: m.network_item_trust_mission,
		value_power: m.network_item_value_power,
		value_involvement: m.network_item_value_involvement,
		value_resources: m.network_item_value_resources
	};
	return labels[item]();
}

export function healthStatusLabel(status: HealthStatus): string {
	const labels: Record<HealthStatus, () => string> = {
		good: m.network_health_status_good,
		attention: m.network_health_status_attention,
		weak: m.network_health_status_weak,
		no_data: m.network_health_status_no_data
	};
	return labels[status]();
}

export function indicatorLabel(key: IndicatorKey): string {
	const labels: Record<IndicatorKey, () => string> = {
		one_toezichthouder: m.network_health_ind_one_toezichthouder,
		stable_goals: m.network_health_ind_stable_goals,
		stable_budget: m.network_health_ind_stable_budget,
		vision_endorsed: m.network_health_ind_vision_endorsed,
		lead_organisation: m.network_health_ind_lead_organisation,
		goals_agreed: m.network_health_ind_goals_agreed,
		density: m.network_health_ind_density,
		trust: m.network_health_ind_trust,
		pairs_never_in_contact: m.network_health_ind_pairs_never_in_contact,
		equal_treatment: m.network_health_ind_equal_treatment
	};
	return labels[key]();
}

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

/** An indicator's value in words, as the health check and the report show it. */
export function indicatorValueText(indicator: {
	key: IndicatorKey;
	status: HealthStatus;
	value: number | null;
	total?: number | null;
}): string {
	if (indicator.status === 'no_data' || indicator.value === null) return m.network_health_no_data();
	const value = indicator.value;
	switch (indicator.key) {
		case 'one_toezichthouder':
		case 'stable_budget':
		case 'vision_endorsed':
		case 'goals_agreed':
			return m.network_health_value_share({
				part: Math.round(value * (indicator.total ?? 0)),
				total: indicator.total ?? 0
			});
		case 'stable_goals':
			return value === 1
				? m.network_health_value_change_one()
				: m.network_health_value_changes({ count: value });
		case 'lead_organisation':
			return value === 1 ? m.network_health_value_yes() : m.network_health_value_no();
		case 'density':
			return m.network_health_value_percent({ percent: formatNumber(value * 100) });
		case 'trust':
			return m.network_health_value_trust({ trust: formatNumber(value, 2) });
		case 'pairs_never_in_contact':
			return m.network_health_value_pairs({ count: value, total: indicator.total ?? 0 });
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

/** Colour of a survey line by the pair's trust (null: too few answers to show). */
export function trustColour(trust: number | null): string {
	if (trust === null) return '#8a96a3';
	if (trust >= 3) return '#1c6b2e';
	if (trust >= 2.5) return '#b35900';
	return '#a4161a';
}
