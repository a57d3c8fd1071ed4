import { m } from '$lib/paraglide/messages';
import { formatDate, formatNumber } from '$lib/format';
import type { GoalSource, GoalStatus, Standing } from '$lib/domain/goals';

export function goalStatusLabel(status: GoalStatus): string {
	const labels: Record<GoalStatus, () => string> = {
		concept: m.goals_status_concept,
		voorgesteld: m.goals_status_voorgesteld,
		vastgesteld: m.goals_status_vastgesteld,
		afgerond: m.goals_status_afgerond,
		gestopt: m.goals_status_gestopt
	};
	return labels[status]();
}

export function standingLabel(standing: Standing): string {
	const labels: Record<Standing, () => string> = {
		'op-koers': m.goals_standing_on_course,
		achter: m.goals_standing_behind,
		voor: m.goals_standing_ahead,
		'geen-gegevens': m.goals_standing_no_data
	};
	return labels[standing]();
}

export function goalSourceLabel(source: GoalSource): string {
	const labels: Record<GoalSource, () => string> = {
		handmatig: m.goals_source_handmatig,
		baanafspraken: m.goals_source_baanafspraken,
		budget: m.goals_source_budget
	};
	return labels[source]();
}

const FIELD_LABELS: Record<string, () => string> = {
	target_value: m.goals_field_target_value,
	target_date: m.goals_field_target_date,
	indicator: m.goals_field_indicator,
	unit: m.goals_field_unit,
	toezichthouder_id: m.goals_field_toezichthouder
};

export function goalFieldLabel(field: string): string {
	return FIELD_LABELS[field]?.() ?? field;
}

/** A value of a change proposal (from or to) as the page shows it. */
export function changeValueLabel(
	field: string,
	value: string | number | null,
	partnerNames: Map<string, string>
): string {
	if (value === null) return '—';
	if (field === 'toezichthouder_id') return partnerNames.get(String(value)) ?? String(value);
	if (field === 'target_date') return formatDate(String(value));
	if (field === 'target_value') return formatNumber(Number(value), 2);
	return String(value);
}
