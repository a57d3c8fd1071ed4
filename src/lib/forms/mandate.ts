// The mandate fields that every consent, vision endorsement, verdict and ratification form shares (issue 15.2):
// on what mandate a partner acts (ambtelijk, bestuurlijk, politiek), with the decision behind it. The rules are
// $lib/domain/mandate's, the same as the database's private.check_mandate; the bounds come from limits.ts.
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { MANDATE_LEVELS, mandateProblems, type MandateInput, type MandateProblem } from '$lib/domain/mandate';
import type { PartnerType } from '$lib/domain/enums';
import { LIMITS } from '$lib/domain/limits';
import { isCalendarDate } from '$lib/domain/periods';
import { textField } from './fields';

const LIMIT = LIMITS.goal_consents;
const tooLong = () => m.goals_error_too_long();
const optionalDate = () =>
	z
		.string()
		.trim()
		.refine((text) => text === '' || isCalendarDate(text), { error: () => m.goals_error_date() })
		.default('');

/** The fields, to spread into a form's z.object. */
export const mandateFields = {
	mandateLevel: z.enum(['', ...MANDATE_LEVELS] as const).default(''),
	actingAs: textField({ ...LIMIT.acting_as, min: null }, tooLong).default(''),
	decisionReference: textField({ ...LIMIT.decision_reference, min: null }, tooLong).default(''),
	decisionDate: optionalDate(),
	ratifyBefore: optionalDate()
};

export interface MandateFields {
	mandateLevel: '' | MandateInput['level'];
	actingAs: string;
	decisionReference: string;
	decisionDate: string;
	ratifyBefore: string;
}

export function mandateInput(values: MandateFields): MandateInput {
	return {
		level: values.mandateLevel || null,
		actingAs: values.actingAs || null,
		decisionReference: values.decisionReference || null,
		decisionDate: values.decisionDate || null,
		ratifyBefore: values.ratifyBefore || null
	};
}

const PROBLEM: Record<MandateProblem, { path: keyof MandateFields; message: () => string }> = {
	'level-required': { path: 'mandateLevel', message: () => m.db_mandate_required() },
	'acting-as-required': { path: 'actingAs', message: () => m.db_mandate_acting_as_required() },
	'decision-required': { path: 'decisionReference', message: () => m.db_mandate_decision_required() },
	'politiek-gemeente-only': { path: 'mandateLevel', message: () => m.db_mandate_politiek_gemeente_only() },
	'decision-in-future': { path: 'decisionDate', message: () => m.db_mandate_decision_in_future() },
	'reservation-ambtelijk-only': {
		path: 'ratifyBefore',
		message: () => m.db_mandate_reservation_ambtelijk_only()
	}
};

/** Adds an issue at its field for each problem of the mandate (inside a schema's superRefine). */
export function checkMandate(
	values: MandateFields,
	type: PartnerType,
	today: string,
	ctx: z.RefinementCtx
): void {
	for (const problem of mandateProblems(mandateInput(values), type, today)) {
		const { path, message } = PROBLEM[problem];
		ctx.addIssue({ code: 'custom', path: [path], message: message() });
	}
}
