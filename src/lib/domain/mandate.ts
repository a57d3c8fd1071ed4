// The mandate behind a consent, a vision endorsement, a verdict or a ratification (seed 003:3162-3180: a vision
// that "ambtelijk, bestuurlijk en politiek" committed to). Pure: the same rules as private.check_mandate in
// supabase/migrations/20261208020000_goal_lifecycle.sql, so a form says what the database would refuse.
import { MANDATE_LEVELS, type MandateLevel, type PartnerType } from './enums';

export { MANDATE_LEVELS, type MandateLevel };

export interface MandateInput {
	level: MandateLevel | null;
	/** Function, or on whose behalf ("wethouder Werk en Inkomen"); required for ambtelijk. */
	actingAs: string | null;
	/** The decision (collegebesluit, raadsbesluit, besluit van de directie); required unless ambtelijk. */
	decisionReference: string | null;
	decisionDate: string | null;
	/** Ambtelijk only: to be ratified bestuurlijk before this date. */
	ratifyBefore: string | null;
}

export type MandateProblem =
	| 'level-required'
	| 'acting-as-required'
	| 'decision-required'
	| 'politiek-gemeente-only'
	| 'decision-in-future'
	| 'reservation-ambtelijk-only';

/** Politiek means the gemeenteraad: only a gemeente gives a mandate at that level. */
export function mandateLevelsFor(type: PartnerType): readonly MandateLevel[] {
	return type === 'gemeente' || type === 'centrumgemeente'
		? MANDATE_LEVELS
		: MANDATE_LEVELS.filter((level) => level !== 'politiek');
}

const blank = (text: string | null) => (text ?? '').trim() === '';

/** What is missing or wrong in a mandate as given, for a partner of this type; `today` as YYYY-MM-DD. */
export function mandateProblems(mandate: MandateInput, type: PartnerType, today: string): MandateProblem[] {
	const { level } = mandate;
	if (!level) return ['level-required'];
	const problems: MandateProblem[] = [];
	if (level === 'ambtelijk' && blank(mandate.actingAs)) problems.push('acting-as-required');
	if (level !== 'ambtelijk' && (blank(mandate.decisionReference) || !mandate.decisionDate))
		problems.push('decision-required');
	if (!mandateLevelsFor(type).includes(level)) problems.push('politiek-gemeente-only');
	if (mandate.decisionDate && mandate.decisionDate > today) problems.push('decision-in-future');
	if (mandate.ratifyBefore && level !== 'ambtelijk') problems.push('reservation-ambtelijk-only');
	return problems;
}

/** A mandate as it was recorded; level null for consents from before mandates were recorded. */
export interface RecordedMandate {
	level: MandateLevel | null;
	actingAs: string | null;
	decisionReference: string | null;
	decisionDate: string | null;
	ratifyBefore: string | null;
}
