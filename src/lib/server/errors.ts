// The one place where a refused write becomes words: a DataError's code (or, without one, its kind) as a
// message in the user's language, and the HTTP status of the answer. See src/lib/data/errors.ts.
import { fail } from '@sveltejs/kit';
import { message, type SuperValidated } from 'sveltekit-superforms';
import type { DataError, DataErrorKind, DbErrorCode } from '$lib/data/errors';
import type { FormMessage } from '$lib/forms/messages';
import { m } from '$lib/paraglide/messages';
import { formatDate, formatIsoDate, formatNumber } from '$lib/format';

/** A date or number from a DETAIL, in the user's language; as it came when it is not one. */
const dateText = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatDate(iso) : iso);
const numberText = (text: string) =>
	Number.isFinite(Number(text)) && text !== '' ? formatNumber(Number(text), 2) : text;

/** A DETAIL that carries JSON (placement_duplicate, placement_person_hours); {} when it does not parse. */
function detailJson(detail: string | null): Record<string, string | number | undefined> {
	try {
		const value: unknown = JSON.parse(detail ?? '');
		return value && typeof value === 'object' ? (value as Record<string, string | number>) : {};
	} catch {
		return {};
	}
}

/** Per code; some codes carry a value in the database's DETAIL. */
const CODE_MESSAGES: { [code in DbErrorCode]: (detail: string | null) => string } = {
	budget_agreement_amounts_outside: () => m.db_budget_agreement_amounts_outside(),
	budget_agreement_overlap: () => m.db_budget_agreement_overlap(),
	budget_agreement_period: () => m.db_budget_agreement_period(),
	budget_lines_invalid: () => m.db_budget_lines_invalid(),
	budget_year_outside_agreement: () => m.db_budget_year_outside_agreement(),
	agenda_item_outside_meeting: () => m.db_agenda_item_outside_meeting(),
	agenda_item_unknown: () => m.db_agenda_item_unknown(),
	audit_log_immutable: () => m.db_audit_log_immutable(),
	contact_not_found: () => m.db_contact_not_found(),
	contact_participant_outside_region: () => m.db_contact_participant_outside_region(),
	contact_recorder_not_participant: () => m.db_contact_recorder_not_participant(),
	context_gemeente_outside_region: (code) => m.db_context_gemeente_outside_region({ code: code ?? '' }),
	goal_actual_before_baseline: () => m.db_goal_actual_before_baseline(),
	goal_actual_linked: (source) =>
		source === 'budget' ? m.db_goal_actual_linked_budget() : m.db_goal_actual_linked_baanafspraken(),
	goal_actual_not_agreed: () => m.db_goal_actual_not_agreed(),
	goal_agreed_change_by_proposal: () => m.db_goal_agreed_change_by_proposal(),
	goal_baseline_fixed: () => m.db_goal_baseline_fixed(),
	goal_change_coordinator_only: () => m.db_goal_change_coordinator_only(),
	goal_change_empty: () => m.db_goal_change_empty(),
	goal_change_milestone_outside_period: (detail) => {
		const [date = '', target = ''] = (detail ?? '').split('|');
		return m.db_goal_change_milestone_outside_period({ date: dateText(date), target: dateText(target) });
	},
	goal_change_milestone_past_target: (detail) => {
		const [date = '', value = '', target = '', direction] = (detail ?? '').split('|');
		const words = { date: dateText(date), value: numberText(value), target: numberText(target) };
		return direction === 'down'
			? m.db_goal_change_milestone_past_target_down(words)
			: m.db_goal_change_milestone_past_target_up(words);
	},
	goal_change_not_agreed: () => m.db_goal_change_not_agreed(),
	goal_change_open: () => m.db_goal_change_open(),
	goal_change_reason_required: () => m.db_goal_change_reason_required(),
	goal_closed: () => m.db_goal_closed(),
	goal_consent_duplicate: () => m.db_goal_consent_duplicate(),
	goal_consent_immutable: () => m.db_goal_consent_immutable(),
	goal_consent_not_contributor: () => m.db_goal_consent_not_contributor(),
	goal_consent_not_own_partner: () => m.db_goal_consent_not_own_partner(),
	goal_consents_missing: (count) => m.db_goal_consents_missing({ count: count ?? '' }),
	goal_contributions_fixed: () => m.db_goal_contributions_fixed(),
	goal_contributor_outside_region: () => m.db_goal_contributor_outside_region(),
	goal_contributors_required: () => m.db_goal_contributors_required(),
	goal_delete_not_concept: () => m.db_goal_delete_not_concept(),
	goal_history_immutable: () => m.db_goal_history_immutable(),
	goal_indicator_required: () => m.db_goal_indicator_required(),
	goal_milestones_fixed: () => m.db_goal_milestones_fixed(),
	goal_not_found: () => m.db_goal_not_found(),
	goal_predecessor_invalid: () => m.db_goal_predecessor_invalid(),
	goal_programme_required: () => m.db_goal_programme_required(),
	goal_propose_coordinator_only: () => m.db_goal_propose_coordinator_only(),
	goal_propose_not_concept: () => m.db_goal_propose_not_concept(),
	goal_proposed_fixed: () => m.db_goal_proposed_fixed(),
	goal_starts_as_concept: () => m.db_goal_starts_as_concept(),
	goal_status_by_steps_only: () => m.db_goal_status_by_steps_only(),
	goal_status_transition: (detail) => {
		const [from = '', to = ''] = (detail ?? '').split(' -> ');
		return m.db_goal_status_transition({ from, to });
	},
	goal_stop_not_agreed: () => m.db_goal_stop_not_agreed(),
	goal_stop_not_allowed: () => m.db_goal_stop_not_allowed(),
	goal_stop_reason_required: () => m.db_goal_stop_reason_required(),
	goal_target_date_not_after_baseline: () => m.db_goal_target_date_not_after_baseline(),
	goal_title_required: () => m.db_goal_title_required(),
	goal_toezichthouder_outside_region: () => m.db_goal_toezichthouder_outside_region(),
	goal_toezichthouder_required: () => m.db_goal_toezichthouder_required(),
	goal_value_invalid: () => m.db_goal_value_invalid(),
	goal_verdict_date_invalid: () => m.db_goal_verdict_date_invalid(),
	goal_verdict_explanation_required: () => m.db_goal_verdict_explanation_required(),
	goal_verdict_not_agreed: () => m.db_goal_verdict_not_agreed(),
	goal_verdict_required: () => m.db_goal_verdict_required(),
	goal_verdict_toezichthouder_only: () => m.db_goal_verdict_toezichthouder_only(),
	goal_verdict_too_early: (date) => m.db_goal_verdict_too_early({ date: dateText(date ?? '') }),
	goal_version_decided: () => m.db_goal_version_decided(),
	goal_version_not_found: () => m.db_goal_version_not_found(),
	goal_withdraw_coordinator_only: () => m.db_goal_withdraw_coordinator_only(),
	last_admin: () => m.db_last_admin(),
	mandate_acting_as_required: () => m.db_mandate_acting_as_required(),
	mandate_decision_in_future: () => m.db_mandate_decision_in_future(),
	mandate_decision_required: () => m.db_mandate_decision_required(),
	mandate_fixed: () => m.db_mandate_fixed(),
	mandate_politiek_gemeente_only: () => m.db_mandate_politiek_gemeente_only(),
	mandate_required: () => m.db_mandate_required(),
	mandate_reservation_ambtelijk_only: () => m.db_mandate_reservation_ambtelijk_only(),
	meeting_after_its_date: () => m.db_meeting_after_its_date(),
	meeting_before_its_date: () => m.db_meeting_before_its_date(),
	meeting_chair_only: () => m.db_meeting_chair_only(),
	meeting_not_found: () => m.db_meeting_not_found(),
	meeting_not_member: () => m.db_meeting_not_member(),
	meeting_not_open: () => m.db_meeting_not_open(),
	meeting_partner_outside_region: () => m.db_meeting_partner_outside_region(),
	meeting_unknown: () => m.db_meeting_unknown(),
	membership_fixed: () => m.db_membership_fixed(),
	membership_not_granted: () => m.db_membership_not_granted(),
	membership_region_viewer_only: () => m.db_membership_region_viewer_only(),
	membership_role_too_high: () => m.db_membership_role_too_high(),
	membership_self_grant: () => m.db_membership_self_grant(),
	milestone_outside_period: () => m.db_milestone_outside_period(),
	milestones_out_of_order: () => m.db_milestones_out_of_order(),
	official_standing_peildatum: () => m.db_official_standing_peildatum(),
	organisation_unknown: () => m.db_organisation_unknown(),
	partner_coordinator_only: () => m.db_partner_coordinator_only(),
	peildatum_not_quarter_end: () => m.db_peildatum_not_quarter_end(),
	peildatum_range: () => m.db_peildatum_range(),
	placement_doelgroepregister_required: () => m.db_placement_doelgroepregister_required(),
	placement_duplicate: (detail) => {
		const { partner = '', start = '' } = detailJson(detail);
		return m.db_placement_duplicate({
			partner: String(partner),
			start: start ? formatIsoDate(String(start)) : ''
		});
	},
	placement_employer_required: () => m.db_placement_employer_required(),
	placement_end_before_start: () => m.db_placement_end_before_start(),
	placement_hours_range: () => m.db_placement_hours_range(),
	placement_hours_unchecked: () => m.db_placement_hours_unchecked(),
	placement_kvk_format: () => m.db_placement_kvk_format(),
	placement_mediator_outside_region: () => m.db_placement_mediator_outside_region(),
	placement_person_hours: (detail) =>
		m.db_placement_person_hours({ hours: formatNumber(Number(detailJson(detail).hours ?? 0), 1) }),
	placement_person_key_bsn: () => m.db_placement_person_key_bsn(),
	placement_person_key_format: () => m.db_placement_person_key_format(),
	placement_report_quarter_open: () => m.db_placement_report_quarter_open(),
	placement_sector_required: () => m.db_placement_sector_required(),
	placement_start_future: () => m.db_placement_start_future(),
	placement_start_invalid: () => m.db_placement_start_invalid(),
	placement_woongemeente_invalid: () => m.db_placement_woongemeente_invalid(),
	placement_woongemeente_required: () => m.db_placement_woongemeente_required(),
	programme_outside_region: () => m.db_programme_outside_region(),
	record_fixed: () => m.db_record_fixed(),
	references_broken: () => m.db_references_broken(),
	region_fixed: () => m.db_region_fixed(),
	region_lead_delete: () => m.db_region_lead_delete(),
	region_lead_outside_region: () => m.db_region_lead_outside_region(),
	region_lead_required: () => m.db_region_lead_required(),
	report_draft_members_only: () => m.db_report_draft_members_only(),
	report_gemeente_outside_region: () => m.db_report_gemeente_outside_region(),
	report_published_delete: () => m.db_report_published_delete(),
	report_period_invalid: () => m.db_report_period_invalid(),
	report_period_not_begun: () => m.db_report_period_not_begun(),
	report_publish_coordinator_only: () => m.db_report_publish_coordinator_only(),
	report_publish_through_function: () => m.db_report_publish_through_function(),
	report_published_immutable: () => m.db_report_published_immutable(),
	report_section_not_in_database: (detail) => m.db_report_section_not_in_database({ section: detail ?? '' }),
	report_sections_invalid: () => m.db_report_sections_invalid(),
	report_scope_not_gemeente: () => m.db_report_scope_not_gemeente(),
	survey_partner_outside_region: () => m.db_survey_partner_outside_region(),
	survey_round_closed: () => m.db_survey_round_closed(),
	survey_round_not_found: () => m.db_survey_round_not_found(),
	survey_round_closed_dates: () => m.db_survey_round_closed_dates(),
	survey_round_reopen: () => m.db_survey_round_reopen(),
	survey_trekker_self: () => m.db_survey_trekker_self(),
	trekker_mandate_no_trekker: () => m.db_trekker_mandate_no_trekker(),
	trekker_mandate_not_found: () => m.db_trekker_mandate_not_found(),
	trekker_mandate_ratified: () => m.db_trekker_mandate_ratified(),
	trekker_ratification_level: () => m.db_trekker_ratification_level(),
	trekker_ratification_not_gemeente: () => m.db_trekker_ratification_not_gemeente(),
	unknown_partner: () => m.db_unknown_partner(),
	vision_endorsement_immutable: () => m.db_vision_endorsement_immutable(),
	vision_missing: () => m.db_vision_missing()
};

const KIND_MESSAGES: Record<DataErrorKind, () => string> = {
	forbidden: () => m.db_forbidden(),
	invalid: () => m.db_invalid(),
	duplicate: () => m.db_duplicate(),
	missing: () => m.db_missing(),
	conflict: () => m.db_conflict(),
	failed: () => m.error_generic_text()
};

/** What a form says instead of the general message for a kind, e.g. `{ forbidden: m.goals_actual_forbidden }`. */
export type KindMessages = Partial<Record<DataErrorKind, () => string>>;

/**
 * The message for a refused write: the code's own message when the database raised one, otherwise the
 * form's message for the kind, otherwise the general message for the kind.
 */
export function errorMessage(error: DataError, messages: KindMessages = {}): string {
	if (error.code) return CODE_MESSAGES[error.code](error.detail);
	return (messages[error.kind] ?? KIND_MESSAGES[error.kind])();
}

const STATUS: Record<DataErrorKind, 400 | 403 | 404 | 409 | 500> = {
	forbidden: 403,
	invalid: 400,
	duplicate: 409,
	missing: 404,
	conflict: 409,
	failed: 500
};

/** The HTTP status of a refusal. */
export const errorStatus = (error: DataError) => STATUS[error.kind];

/** The error as a message above the form. */
export const errorFormMessage = (error: DataError, messages?: KindMessages): FormMessage => ({
	kind: 'error',
	text: errorMessage(error, messages)
});

/** A refused write of a superform: its message above the form, with the status of the refusal. */
export function refuseForm<T extends Record<string, unknown>>(
	form: SuperValidated<T, FormMessage>,
	error: DataError,
	messages?: KindMessages
) {
	return message(form, errorFormMessage(error, messages), { status: errorStatus(error) });
}

/** A refused write of a button form (no fields): the message, under the action's name. */
export function refuseAction<A extends string>(action: A, error: DataError, messages?: KindMessages) {
	return fail(errorStatus(error), { action, message: errorFormMessage(error, messages) });
}

/**
 * A superform that did not validate: 400 with its field messages; when a hidden field (the version or id the
 * page put in the form) is wrong, the user cannot see or fix it there, so its message goes above the form.
 */
export function refuseInvalidForm<T extends Record<string, unknown>>(
	form: SuperValidated<T, FormMessage>,
	hidden: readonly string[] = ['version', 'id']
) {
	const errors = form.errors as Record<string, unknown>;
	const hiddenError = hidden.map((name) => errors[name]).find((e) => Array.isArray(e) && e.length > 0) as
		string[] | undefined;
	if (hiddenError) return message(form, { kind: 'error', text: hiddenError[0] }, { status: 400 });
	return fail(400, { form });
}
