import { m } from '$lib/paraglide/messages';
import { formatDate, formatNumber } from '$lib/format';
import type { GoalSource, GoalStatus, GoalVerdict, Standing } from '$lib/domain/goals';
import type { MandateLevel, RecordedMandate } from '$lib/domain/mandate';
import type { GoalVersionKind } from '$lib/domain/enums';
import { labelsOf } from '$lib/message-labels';

export const goalStatusLabel = labelsOf<GoalStatus>({
	concept: m.goals_status_concept,
	voorgesteld: m.goals_status_voorgesteld,
	vastgesteld: m.goals_status_vastgesteld,
	afgerond: m.goals_status_afgerond,
	gestopt: m.goals_status_gestopt
});

export const standingLabel = labelsOf<Standing>({
	'op-koers': m.goals_standing_on_course,
	achter: m.goals_standing_behind,
	voor: m.goals_standing_ahead,
	'geen-gegevens': m.goals_standing_no_data
});

export const goalSourceLabel = labelsOf<GoalSource>({
	handmatig: m.goals_source_handmatig,
	baanafspraken: m.goals_source_baanafspraken,
	budget: m.goals_source_budget
});

const FIELD_LABELS: Record<string, () => string> = {
	target_value: m.goals_field_target_value,
	target_date: m.goals_field_target_date,
	indicator: m.goals_field_indicator,
	unit: m.goals_field_unit,
	toezichthouder_id: m.goals_field_toezichthouder,
	milestones: m.goals_field_milestones,
	status: m.field_goal_status
};

export function goalFieldLabel(field: string): string {
	return FIELD_LABELS[field]?.() ?? field;
}

interface MilestoneValue {
	due_date: string;
	target_value: number;
}

const isMilestoneList = (value: unknown): value is readonly MilestoneValue[] => Array.isArray(value);

/** A value of a change proposal (from or to) as the page shows it. */
export function changeValueLabel(
	field: string,
	value: string | number | null | readonly MilestoneValue[],
	partnerNames: Map<string, string>
): string {
	if (value === null) return '—';
	if (isMilestoneList(value)) {
		return value.length === 0
			? m.goals_no_milestones()
			: value
					.map((mm) => `${formatDate(mm.due_date)}: ${formatNumber(Number(mm.target_value), 2)}`)
					.join('; ');
	}
	if (field === 'status') return goalStatusLabel(value as GoalStatus);
	if (field === 'toezichthouder_id') return partnerNames.get(String(value)) ?? String(value);
	if (field === 'target_date') return formatDate(String(value));
	if (field === 'target_value') return formatNumber(Number(value), 2);
	return String(value);
}

export const versionKindLabel = labelsOf<GoalVersionKind>({
	vaststelling: m.goals_version_kind_agreement,
	wijziging: m.goals_version_kind_change,
	stopzetting: m.goals_version_kind_stop
});

export const verdictLabel = labelsOf<GoalVerdict>({
	behaald: m.goals_verdict_behaald,
	deels_behaald: m.goals_verdict_deels_behaald,
	niet_behaald: m.goals_verdict_niet_behaald
});

/** What a verdict means, shown with the choice. */
export const verdictDefinition = labelsOf<GoalVerdict>({
	behaald: m.goals_verdict_def_behaald,
	deels_behaald: m.goals_verdict_def_deels_behaald,
	niet_behaald: m.goals_verdict_def_niet_behaald
});

export const mandateLevelLabel = labelsOf<MandateLevel>({
	ambtelijk: m.mandate_level_ambtelijk,
	bestuurlijk: m.mandate_level_bestuurlijk,
	politiek: m.mandate_level_politiek
});

export const mandateLevelHelp = labelsOf<MandateLevel>({
	ambtelijk: m.mandate_help_ambtelijk,
	bestuurlijk: m.mandate_help_bestuurlijk,
	politiek: m.mandate_help_politiek
});

/**
 * A recorded mandate in words: "bestuurlijk (Collegebesluit 2026/318, 14 apr 2026)", "ambtelijk (beleidsmedewerker
 * …)", or that none was recorded (consents from before mandates were recorded).
 */
export function mandateText(mandate: RecordedMandate): string {
	if (!mandate.level) return m.mandate_text_none();
	if (mandate.level === 'ambtelijk') {
		const actingAs = mandate.actingAs ?? '';
		return mandate.ratifyBefore
			? m.mandate_text_ambtelijk_reservation({ actingAs, date: formatDate(mandate.ratifyBefore) })
			: m.mandate_text_ambtelijk({ actingAs });
	}
	return m.mandate_text_decision({
		level: mandateLevelLabel(mandate.level).toLowerCase(),
		reference: mandate.decisionReference ?? '',
		date: mandate.decisionDate ? formatDate(mandate.decisionDate) : ''
	});
}
