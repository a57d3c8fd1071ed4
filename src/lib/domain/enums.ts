// The database's enum types, named for the code. The one source is the generated `Constants` in
// src/lib/data/database.types.ts (`npm run db:types` after a migration): nothing here types a value by hand,
// so a new enum value reaches every z.enum, select and label map at once (the label maps are exhaustive
// records, so a missing label is a type error).
import { Constants, type Enums } from '$lib/data/database.types';

const ENUMS = Constants.public.Enums;

export const CONTACT_FREQUENCIES = ENUMS.contact_frequency;
export type ContactFrequency = Enums<'contact_frequency'>;

export const CONTACT_KINDS = ENUMS.contact_kind;
export type ContactKind = Enums<'contact_kind'>;

export const GOAL_SOURCES = ENUMS.goal_source;
export type GoalSource = Enums<'goal_source'>;

export const GOAL_STATUSES = ENUMS.goal_status;
export type GoalStatus = Enums<'goal_status'>;

export const GOAL_VERSION_KINDS = ENUMS.goal_version_kind;
export type GoalVersionKind = Enums<'goal_version_kind'>;

export const GOAL_VERSION_STATES = ENUMS.goal_version_state;
export type GoalVersionState = Enums<'goal_version_state'>;

/** The two sectors of the banenafspraak. */
export const SECTORS = ENUMS.job_sector;
export type Sector = Enums<'job_sector'>;

/** Who granted a membership: the platform's operator, the partner itself, or the region under a mandate. */
export const MEMBERSHIP_GRANTS = ENUMS.membership_grant;
export type MembershipGrant = Enums<'membership_grant'>;

/** From least to most rights: the order is the rank (`hasAtLeastRole`). */
export const MEMBERSHIP_ROLES = ENUMS.membership_role;
export type MembershipRole = Enums<'membership_role'>;

/** Partner types of an arbeidsmarktregio, in the order the overview shows them. */
export const PARTNER_TYPES = ENUMS.partner_type;
export type PartnerType = Enums<'partner_type'>;

export const INSTRUMENTS = ENUMS.placement_instrument;
export type Instrument = Enums<'placement_instrument'>;

export const REPORT_STATUSES = ENUMS.report_status;
export type ReportStatus = Enums<'report_status'>;

export const SURVEY_STATUSES = ENUMS.survey_status;
export type SurveyStatus = Enums<'survey_status'>;

/** On what mandate a partner consents or endorses (seed 003): ambtelijk, bestuurlijk, politiek. */
export const MANDATE_LEVELS = ENUMS.mandate_level;
export type MandateLevel = Enums<'mandate_level'>;

/** The toezichthouder's verdict that closes a goal. */
export const GOAL_VERDICTS = ENUMS.goal_verdict;
export type GoalVerdict = Enums<'goal_verdict'>;
/** Whose client a placed person is: a UWV benefit (Wajong, WIA, WW) gives UWV the credit. */
export const KLANTGROEPEN = ENUMS.klantgroep;
export type Klantgroep = Enums<'klantgroep'>;

/** Regulier, or through an inleenverband (uitzend, detachering), which UWV does not split by sector. */
export const DIENSTVERBANDEN = ENUMS.dienstverband;
export type Dienstverband = Enums<'dienstverband'>;
