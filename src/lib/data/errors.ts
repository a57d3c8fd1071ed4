// One error path from the database to the screen.
//
// 1. The database raises its own refusals with a SQLSTATE (the class) and a stable machine code as the
//    message (supabase/migrations/20261206020000_error_codes.sql): `42501 goal_close_coordinator_only`.
//    Postgres' own errors (RLS, check/unique/foreign-key violations) keep their SQLSTATE and have no code.
// 2. The data layer turns every failed call into a `DataError` (kind + code + SQLSTATE). Writes return a
//    `WriteResult`: `{ ok: true, value }` or `{ ok: false, error }`; a failure that is not a refusal (the
//    network, a bug) is thrown as a DataError of kind 'failed'. Reads throw.
// 3. One helper, src/lib/server/errors.ts, turns a DataError into a message in the user's language: the
//    code's own message when it has one (Paraglide `db_<code>`), else the form's message for the kind,
//    else a general one. No database prose reaches the screen.

/** The machine codes the schema raises, with what each means. tests/integration/error-codes.test.ts checks
 * that the database raises no code missing here and that every code here is raised somewhere. */
export const DB_ERROR_CODES = {
	budget_agreement_amounts_outside: '23514: an agreement is shortened past one of its yearly amounts',
	budget_agreement_overlap:
		'23P01: the partner already has an agreement for the programme covering one of the years (detail: its years)',
	budget_agreement_period: '23514: "toegezegd t/m" is before the start year or more than ten years after it',
	budget_lines_invalid: '22023: the budget lines are not a list',
	budget_year_outside_agreement: '23514: the year of an amount lies outside the agreement it points to',
	agenda_item_outside_meeting: '23514: the agenda item belongs to another meeting',
	agenda_item_unknown: "23514: the agenda item to present is not one of the meeting's",
	audit_log_immutable: '42501: the audit log is append-only',
	contact_not_found: '23503: the contact of a participant does not exist',
	contact_participant_outside_region: '23514: a contact participant is not a partner of the region',
	contact_recorder_not_participant: '23514: the partner that records a contact takes part in it',
	context_gemeente_outside_region:
		'23514: a context figure is for a gemeente that is not a partner of the region (detail: its code)',
	goal_actual_before_baseline: '23514: an actual value is dated before the goal baseline',
	goal_actual_linked:
		'23514: the goal reads its actuals from the figures (detail: budget or baanafspraken), not by hand',
	goal_actual_not_agreed: '23514: actual values are entered for an agreed (vastgesteld) goal only',
	goal_agreed_change_by_proposal:
		'23514: an agreed goal changes target, date, indicator, toezichthouder only by proposal',
	goal_baseline_fixed: '23514: baseline and source of an agreed goal do not change',
	goal_change_coordinator_only: '42501: only the region coordinator proposes a change',
	goal_change_empty: '23514: the change proposal changes nothing',
	goal_change_milestone_outside_period:
		'23514: a change proposal leaves a milestone outside baseline date and target date (detail: date|target date)',
	goal_change_milestone_past_target:
		'23514: a change proposal leaves a milestone past the target (detail: date|value|target|up or down)',
	goal_change_not_agreed: '23514: only an agreed goal gets change proposals',
	goal_change_open: '23514: a change proposal is already open',
	goal_change_reason_required: '23514: a change proposal needs a reason',
	goal_closed: '23514: a closed or stopped goal does not change',
	goal_consent_duplicate: '23505: the partner already consented to this version',
	goal_consent_immutable: '42501: a consent is not changed',
	goal_consent_not_contributor: '23514: only contributing partners consent',
	goal_consent_not_own_partner: '42501: only an editor or coordinator of the partner consents for it',
	goal_consents_missing: '23514: not every contributor consented yet (detail: how many are missing)',
	goal_contributions_fixed: '23514: contributions are fixed once the goal is proposed',
	goal_contributor_outside_region: '23514: a contributor is not a partner of the region',
	goal_contributors_required: '23514: a goal needs a contributor before it is proposed',
	goal_delete_not_concept: '23514: only a concept goal is deleted',
	goal_history_immutable: '42501: versions and consents are not rewritten',
	goal_indicator_required: '23514: a goal needs an indicator',
	goal_milestones_fixed: '23514: milestones are fixed once the goal is proposed',
	goal_not_found: 'P0002: the goal does not exist or is not the caller’s to see',
	goal_predecessor_invalid:
		'23514: a goal succeeds only a stopped goal of its region, and a stopped goal has one successor',
	goal_programme_required: '23514: a goal fed by a budget programme needs the programme',
	goal_propose_coordinator_only: '42501: only the region coordinator proposes a goal',
	goal_propose_not_concept: '23514: only a concept goal is proposed',
	goal_proposed_fixed: '23514: a proposed goal does not change while partners consent',
	goal_starts_as_concept: '23514: a new goal starts as concept, version 0',
	goal_status_by_steps_only: '42501: the status changes only through the life-cycle functions',
	goal_status_transition: '23514: a status change that the life cycle does not allow (detail: from -> to)',
	goal_stop_not_agreed: '23514: only an agreed goal is stopped (a proposed one is withdrawn)',
	goal_stop_not_allowed: '42501: only the coordinator or a contributing partner proposes a stop',
	goal_stop_reason_required: '23514: a stop proposal needs a reason',
	goal_target_date_not_after_baseline: '23514: the target date is not after the baseline date',
	goal_title_required: '23514: a goal needs a title',
	goal_toezichthouder_outside_region: '23514: the toezichthouder is not a partner of the region',
	goal_toezichthouder_required: '23514: a goal needs its toezichthouder before it is proposed',
	goal_value_invalid: '23514: a value of a proposal or verdict is not a number in range (NaN included)',
	goal_verdict_date_invalid: '23514: the verdict date is in the future or not after the baseline date',
	goal_verdict_explanation_required: '23514: a verdict needs an explanation of at least 20 characters',
	goal_verdict_not_agreed: '23514: only an agreed goal gets a verdict',
	goal_verdict_required: '23514: a goal is closed (afgerond) only with the toezichthouder’s verdict',
	goal_verdict_toezichthouder_only: '42501: only the toezichthouder’s own editors give the verdict',
	goal_verdict_too_early:
		'23514: niet/deels behaald only from the target date on; behaald earlier only when reached (detail: target date)',
	goal_version_decided: '23514: the proposal was already accepted or withdrawn',
	goal_version_not_found: 'P0002: the proposal does not exist or is not the caller’s to see',
	goal_withdraw_coordinator_only: '42501: only the region coordinator withdraws a proposal',
	last_admin: '23514: the last admin of a region stays',
	mandate_acting_as_required: '23514: an ambtelijk mandate names the function of whoever gives it',
	mandate_decision_in_future: '23514: the decision of a mandate is dated in the future',
	mandate_decision_required: '23514: a bestuurlijk or politiek mandate names its decision and date',
	mandate_fixed: '42501: a membership mandate is withdrawn and given again, not changed',
	mandate_politiek_gemeente_only: '23514: a politiek mandate (the gemeenteraad) is a gemeente’s only',
	mandate_required: '23514: a consent, endorsement or verdict records its mandate',
	mandate_reservation_ambtelijk_only: '23514: only an ambtelijk mandate awaits bestuurlijk ratification',
	meeting_after_its_date: '23514: a meeting is opened on its date (in the Netherlands), not after it',
	meeting_before_its_date:
		'23514: a meeting is opened on its date (in the Netherlands) or later, never before',
	meeting_chair_only: '42501: only the chair (the region coordinator) opens, closes and presents a meeting',
	meeting_not_found: '23503: the meeting of a row does not exist',
	meeting_not_member: '42501: only members of the meeting’s region record presence',
	meeting_not_open: '23514: attendance is taken only while the meeting is open (between open and close)',
	meeting_partner_outside_region: '23514: the partner is not of the meeting’s region',
	meeting_unknown: 'P0002: the meeting does not exist or is not the caller’s to see',
	membership_fixed: '42501: person, partner and creation date of a membership do not change',
	membership_not_granted: '42501: under a mandate the region manages only the viewers it added',
	membership_region_viewer_only: '42501: under a mandate the region adds viewers only',
	membership_role_too_high: '42501: nobody grants a role above their own at the partner',
	membership_self_grant: '42501: nobody grants, changes or removes their own membership',
	milestone_outside_period: '23514: a milestone is not between baseline date and target date',
	milestones_out_of_order: '23514: milestones do not step towards the target in date order',
	official_standing_peildatum: '23514: UWV’s stand is for the last day of a quarter that has passed',
	organisation_unknown: '23503: the partner does not exist',
	partner_coordinator_only:
		'42501: only the region coordinator changes name, type, code or status of a partner',
	peildatum_not_quarter_end: '22023: a peildatum is the last day of a quarter (detail: the date given)',
	peildatum_range: '22023: a series runs forwards over at most ten years',
	placement_doelgroepregister_required:
		'23514: a plaatsing says whether the person is in the doelgroepregister',
	placement_duplicate:
		'23505: the same person at the same employer in an overlapping period is registered (detail: JSON partner, start)',
	placement_employer_required: '23514: a plaatsing names its employer (2 to 150 characters)',
	placement_end_before_start: '23514: the last working day lies before the start date',
	placement_hours_range: '23514: hours per week are more than 0 and at most 48',
	placement_hours_unchecked: '23514: more than 40 hours per week only when checked (hours_checked)',
	placement_kvk_format: '23514: a KvK number is 8 digits',
	placement_mediator_outside_region: '23514: bemiddeld via names a partner of another region',
	placement_person_hours:
		'23514: the person would work more than 48 hours a week in overlapping plaatsingen (detail: JSON hours)',
	placement_person_key_bsn: '23514: the person key looks like a BSN (8 or 9 digits), which is never stored',
	placement_person_key_format: '23514: the person key is 3 to 20 letters, digits or hyphens',
	placement_report_quarter_open: '23514: a quarter is closed only after its last day',
	placement_sector_required: '23514: a regulier dienstverband is in the markt or overheid sector',
	placement_start_future: '23514: the start date lies in the future',
	placement_start_invalid: '23514: the start date is missing or before 2013 (the nulmeting)',
	placement_woongemeente_invalid:
		'23514: the woongemeente is unknown or did not exist on the start date (detail: its code)',
	placement_woongemeente_required: '23514: a plaatsing names the woongemeente',
	programme_outside_region: '23514: the programme is of another region',
	record_fixed: '42501/23514: id, creation date, creator or parent of a row do not change',
	references_broken: '23503: rows break a foreign key (detail: which); raised by a migration check',
	region_fixed: '23514: a row does not move to another region',
	region_lead_delete: '23514: the lead organisation of a region is not deleted',
	region_lead_outside_region: '23514: the lead organisation is not a partner of the region',
	region_lead_required: '23514: a region keeps a lead organisation',
	report_draft_members_only: '42501: only members of the region see a draft report',
	report_gemeente_outside_region: '23514: the gemeente of a report is of another region',
	report_published_delete: '42501: a published report is not deleted',
	report_period_invalid: '22023: the period of a report to publish is not a year or a quarter of one',
	report_period_not_begun: '22023: the period of a report has not begun',
	report_publish_coordinator_only: '42501: only the region coordinator publishes a report',
	report_publish_through_function: '42501: a published report is written by publish_report() only',
	report_published_immutable: '42501: a published report does not change',
	report_section_not_in_database:
		'22023: the database does not build this section yet (detail: the section id)',
	report_sections_invalid: '22023: the sections of a report are unknown, repeated or none',
	report_scope_not_gemeente: '23514: a report per partner is about a gemeente',
	survey_partner_outside_region: '23514: a survey answer rates or comes from a partner of another region',
	survey_round_closed: '42501: the survey round is closed',
	survey_round_not_found: '23503: the survey round does not exist',
	survey_round_closed_dates: '42501: a closed survey round keeps its opening and closing dates',
	survey_round_reopen: '42501: a closed survey round does not reopen',
	survey_trekker_self: '23514: the trekker does not rate its own equal treatment',
	trekker_mandate_no_trekker: '23514: the region has no trekker (lead organisation) yet',
	trekker_mandate_not_found: '23503: the trekker’s mandate does not exist',
	trekker_mandate_ratified: '23503: a mandate a gemeente has ratified is not deleted',
	trekker_ratification_level: '23514: a gemeente ratifies the trekker’s mandate bestuurlijk or politiek',
	trekker_ratification_not_gemeente:
		'23514: only the other gemeenten of the region ratify the trekker’s mandate',
	unknown_partner: '23503: the partner does not exist',
	vision_endorsement_immutable: '42501: an endorsement is withdrawn, not changed',
	vision_missing: '23514: there is no vision to endorse yet'
} as const;
export type DbErrorCode = keyof typeof DB_ERROR_CODES;

/** SQLSTATE codes (Postgres) and PostgREST codes the data layer sorts refusals by. */
export const SQLSTATE = {
	insufficientPrivilege: '42501',
	checkViolation: '23514',
	uniqueViolation: '23505',
	/** An exclusion constraint (one plaatsing once: person × employer × overlapping period). */
	exclusionViolation: '23P01',
	foreignKeyViolation: '23503',
	notNullViolation: '23502',
	numericOutOfRange: '22003',
	invalidText: '22P02',
	invalidParameter: '22023',
	noDataFound: 'P0002',
	/** PostgREST: `.single()` found no row (for a write: RLS hid it). */
	noRows: 'PGRST116'
} as const;

/**
 * What a refusal means for the user: not allowed, breaks a rule of the data, already there, gone, or changed
 * by someone else meanwhile. 'failed' is anything else, and is thrown.
 */
export type DataErrorKind = 'forbidden' | 'invalid' | 'duplicate' | 'missing' | 'conflict' | 'failed';

const KIND_OF_SQLSTATE: Record<string, DataErrorKind> = {
	[SQLSTATE.insufficientPrivilege]: 'forbidden',
	[SQLSTATE.checkViolation]: 'invalid',
	[SQLSTATE.foreignKeyViolation]: 'invalid',
	[SQLSTATE.notNullViolation]: 'invalid',
	[SQLSTATE.numericOutOfRange]: 'invalid',
	[SQLSTATE.invalidText]: 'invalid',
	[SQLSTATE.invalidParameter]: 'invalid',
	[SQLSTATE.uniqueViolation]: 'duplicate',
	[SQLSTATE.exclusionViolation]: 'duplicate',
	[SQLSTATE.noDataFound]: 'missing'
};

const isDbErrorCode = (message: string): message is DbErrorCode => Object.hasOwn(DB_ERROR_CODES, message);

/** A failed database call: what kind of refusal, the schema's code if it raised one, and the SQLSTATE. */
export class DataError extends Error {
	constructor(
		readonly kind: DataErrorKind,
		readonly code: DbErrorCode | null = null,
		readonly sqlstate: string | null = null,
		/** The database's DETAIL for codes that carry a value (see DB_ERROR_CODES). */
		readonly detail: string | null = null,
		message: string = code ?? kind
	) {
		super(message);
		this.name = 'DataError';
	}
}

interface PostgresError {
	code?: string;
	message: string;
	details?: string | null;
}

/** Sorts a PostgREST/Postgres error: `context` says what was being done (for logs of 'failed'). */
export function dataError(context: string, error: PostgresError): DataError {
	const code = isDbErrorCode(error.message) ? error.message : null;
	const kind = (error.code && KIND_OF_SQLSTATE[error.code]) || 'failed';
	return new DataError(kind, code, error.code ?? null, error.details ?? null, `${context}: ${error.message}`);
}

/** The outcome of a write; `current` is the row as it is now, for a 'conflict'. */
export type WriteResult<T = undefined, Current = never> =
	{ ok: true; value: T } | { ok: false; error: DataError; current?: Current | null };

export function ok(): { ok: true; value: undefined };
export function ok<T>(value: T): { ok: true; value: T };
export function ok<T>(value?: T) {
	return { ok: true as const, value };
}

/** A refusal the data layer finds itself (no row came back, the version changed). */
export function refusal(kind: Exclude<DataErrorKind, 'failed'>): { ok: false; error: DataError } {
	return { ok: false, error: new DataError(kind) };
}

/** A write's error as a refusal; anything that is not a refusal is thrown. */
export function refused(context: string, error: PostgresError): { ok: false; error: DataError } {
	const sorted = dataError(context, error);
	if (sorted.kind === 'failed') throw sorted;
	return { ok: false, error: sorted };
}

/** The conflict of an optimistic write: someone changed (or removed) the row since `version`. */
export function conflict<Current>(current: Current | null): {
	ok: false;
	error: DataError;
	current: Current | null;
} {
	return { ok: false, error: new DataError('conflict'), current };
}
