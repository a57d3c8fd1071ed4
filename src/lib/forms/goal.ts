// Forms of the goals module, one zod schema each, validated by superforms on the server. Repeated rows
// (milestones, contributions) are posted as repeated fields, which a form does without JavaScript, and read
// here as parallel lists. The life-cycle rules come from $lib/domain/goals, the same ones the database
// enforces; the bounds from $lib/domain/limits.
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { parseDutchNumber } from '$lib/domain/numbers';
import {
	goalDraftProblems,
	sameMilestones,
	verdictAllowedOn,
	type GoalDraftProblem,
	type MilestoneInput
} from '$lib/domain/goals';
import { GOAL_SOURCES, GOAL_VERDICTS, SECTORS, type PartnerType } from '$lib/domain/enums';
import { LIMITS } from '$lib/domain/limits';
import { isCalendarDate } from '$lib/domain/periods';
import { dateText, idField, isNumberWithin, numberText, textField } from './fields';
import { checkMandate, mandateFields } from './mandate';
import { formatDate, formatNumber } from '$lib/format';

export const MILESTONE_ROWS = 4;

const VALUE = LIMITS.goals.target_value;
const isValue = (text: string) => isNumberWithin(parseDutchNumber(text), VALUE);
const value = () => numberText(VALUE, () => m.goals_error_number());
const date = () => dateText(() => m.goals_error_date());
const tooLong = () => m.goals_error_too_long();
const optionalUuid = z.union([idField(), z.literal('')]);
const rows = (count: number) => z.array(z.string().trim()).default(Array.from({ length: count }, () => ''));

export function problemMessage(problem: GoalDraftProblem): string {
	switch (problem) {
		case 'title-empty':
			return m.goals_error_title();
		case 'target-date-not-after-baseline':
			return m.goals_error_target_date();
		case 'milestones-dates-out-of-order':
			return m.goals_error_milestone_dates();
		case 'milestone-outside-period':
			return m.goals_error_milestone_period();
		case 'milestone-past-target':
			return m.goals_error_milestone_past_target();
		case 'milestones-values-out-of-order':
			return m.goals_error_milestone_values();
	}
}

export interface MilestoneRow {
	/** The row of the form (errors are shown there). */
	row: number;
	dueDate: string;
	targetValue: string;
}

/** The milestone rows somebody filled in; wholly empty rows are skipped. */
export function filledMilestones(values: {
	milestoneDate: string[];
	milestoneValue: string[];
}): MilestoneRow[] {
	const count = Math.max(values.milestoneDate.length, values.milestoneValue.length);
	return Array.from({ length: count }, (_, row) => ({
		row,
		dueDate: values.milestoneDate[row] ?? '',
		targetValue: values.milestoneValue[row] ?? ''
	})).filter((milestone) => milestone.dueDate !== '' || milestone.targetValue !== '');
}

/** The filled milestone rows, each refused on its own row when its date or value is not one. */
function checkedMilestones(
	values: { milestoneDate: string[]; milestoneValue: string[] },
	ctx: z.RefinementCtx
): MilestoneRow[] {
	const filled = filledMilestones(values);
	for (const { row, dueDate, targetValue } of filled) {
		if (!isCalendarDate(dueDate)) {
			ctx.addIssue({ code: 'custom', path: ['milestoneDate', row], message: m.goals_error_date() });
		}
		if (!isValue(targetValue)) {
			ctx.addIssue({ code: 'custom', path: ['milestoneValue', row], message: m.goals_error_number() });
		}
	}
	return filled;
}

/** The ticked partners with what each commits to (the commitment field of its row). */
export function contributionsOf(values: {
	contributor: string[];
	commitmentPartner: string[];
	commitment: string[];
}) {
	return values.contributor.map((organisationId) => ({
		organisationId,
		row: values.commitmentPartner.indexOf(organisationId),
		commitment: values.commitment[values.commitmentPartner.indexOf(organisationId)] ?? ''
	}));
}

/** A new goal: its content, the milestone rows and, per partner of the region, a box and a commitment. */
export const goalSchema = z
	.object({
		title: textField(LIMITS.goals.title, { min: () => m.goals_error_title(), max: tooLong }),
		description: textField(LIMITS.goals.description, tooLong),
		indicator: textField(LIMITS.goals.indicator, { min: () => m.goals_error_indicator(), max: tooLong }),
		unit: textField(LIMITS.goals.unit, { min: () => m.goals_error_unit(), max: tooLong }),
		source: z.enum(GOAL_SOURCES).default('handmatig'),
		sourceSector: z.enum(['', ...SECTORS] as const).default(''),
		sourceProgrammeId: optionalUuid.default(''),
		baselineValue: value(),
		baselineDate: date(),
		targetValue: value(),
		targetDate: date(),
		toezichthouderId: z.uuid({ error: () => m.goals_error_toezichthouder() }),
		/** The stopped goal this one succeeds, if any (the stop counts as the one change). */
		predecessorId: optionalUuid.default(''),
		milestoneDate: rows(MILESTONE_ROWS),
		milestoneValue: rows(MILESTONE_ROWS),
		/** The partners ticked as contributors. */
		contributor: z
			.array(idField())
			.min(1, { error: () => m.goals_error_contributors() })
			.default([]),
		/** Each partner row's id and commitment, in the order of the table. */
		commitmentPartner: z.array(idField()).default([]),
		commitment: z.array(z.string().trim()).default([])
	})
	.superRefine((v, ctx) => {
		if (v.source === 'budget' && !v.sourceProgrammeId) {
			ctx.addIssue({ code: 'custom', path: ['sourceProgrammeId'], message: m.goals_error_programme() });
		}
		for (const { row, commitment } of contributionsOf(v)) {
			if (commitment.length > LIMITS.goal_contributions.commitment_text.max) {
				ctx.addIssue({ code: 'custom', path: ['commitment', row], message: m.goals_error_commitment_long() });
			}
		}
		const filled = checkedMilestones(v, ctx);
		if (!isValue(v.baselineValue) || !isValue(v.targetValue)) return;
		if (!isCalendarDate(v.baselineDate) || !isCalendarDate(v.targetDate)) return;
		const checked = filled.filter((row) => isCalendarDate(row.dueDate) && isValue(row.targetValue));
		const problems = goalDraftProblems({
			title: v.title,
			baselineValue: parseDutchNumber(v.baselineValue),
			baselineDate: v.baselineDate,
			targetValue: parseDutchNumber(v.targetValue),
			targetDate: v.targetDate,
			milestones: checked.map((row) => ({
				dueDate: row.dueDate,
				targetValue: parseDutchNumber(row.targetValue)
			}))
		});
		for (const { problem, milestone } of problems) {
			if (problem === 'title-empty') continue; // the field's own check says so
			const path =
				problem === 'target-date-not-after-baseline'
					? ['targetDate']
					: ['milestoneDate', checked[milestone ?? 0]?.row ?? 0];
			ctx.addIssue({ code: 'custom', path, message: problemMessage(problem) });
		}
	});

/** A commitment is a number in the goal's unit, or else a text. */
export function parseCommitment(commitment: string): { value: number | null; text: string | null } {
	const trimmed = commitment.trim();
	if (trimmed === '') return { value: null, text: null };
	const value = parseDutchNumber(trimmed);
	return Number.isFinite(value) ? { value, text: null } : { value: null, text: trimmed };
}

/** The goal as it stands, which a change proposal starts from. */
export interface AgreedGoal {
	baselineValue: number;
	baselineDate: string;
	targetValue: number;
	targetDate: string;
	milestones: readonly MilestoneInput[];
}

/** The milestone rows of a change proposal, as the goal's milestones now are and some empty rows to add. */
export function milestoneRowsOf(milestones: readonly MilestoneInput[], formatValue: (v: number) => string) {
	const count = Math.max(MILESTONE_ROWS, milestones.length + 1);
	return {
		milestoneDate: Array.from({ length: count }, (_, i) => milestones[i]?.dueDate ?? ''),
		milestoneValue: Array.from({ length: count }, (_, i) =>
			milestones[i] ? formatValue(milestones[i].targetValue) : ''
		)
	};
}

/** The milestones a change proposal proposes: null when the rows are the goal's milestones as they are. */
export function proposedMilestones(
	values: { milestoneDate: string[]; milestoneValue: string[] },
	current: readonly MilestoneInput[]
): MilestoneInput[] | null {
	const filled = filledMilestones(values).map((row) => ({
		dueDate: row.dueDate,
		targetValue: parseDutchNumber(row.targetValue)
	}));
	return sameMilestones(filled, current) ? null : filled;
}

/**
 * A change proposal for an agreed goal: only what changes is filled in (the milestone rows start as they are),
 * and always a reason. The plan as it would be is checked here as the database checks it when proposed: a lower
 * target below a milestone is refused now, at the milestone, not at the last consent.
 */
export const changeSchemaFor = (goal: AgreedGoal) =>
	z
		.object({
			targetValue: z.string().trim(),
			targetDate: z.string().trim(),
			indicator: textField({ ...LIMITS.goals.indicator, min: null }, tooLong),
			unit: textField({ ...LIMITS.goals.unit, min: null }, tooLong),
			toezichthouderId: optionalUuid.default(''),
			milestoneDate: rows(MILESTONE_ROWS),
			milestoneValue: rows(MILESTONE_ROWS),
			reason: z
				.string()
				.trim()
				.min(1, { error: () => m.goals_error_reason() })
				.max(LIMITS.goal_versions.reason.max, { error: tooLong })
		})
		.superRefine((v, ctx) => {
			if (v.targetValue !== '' && !isValue(v.targetValue)) {
				ctx.addIssue({ code: 'custom', path: ['targetValue'], message: m.goals_error_number() });
			}
			if (v.targetDate !== '' && !isCalendarDate(v.targetDate)) {
				ctx.addIssue({ code: 'custom', path: ['targetDate'], message: m.goals_error_date() });
			}
			const filled = checkedMilestones(v, ctx);
			const targetValue = v.targetValue === '' ? goal.targetValue : parseDutchNumber(v.targetValue);
			const targetDate = v.targetDate === '' ? goal.targetDate : v.targetDate;
			if (!Number.isFinite(targetValue) || !isCalendarDate(targetDate)) return;
			const checked = filled.filter((row) => isCalendarDate(row.dueDate) && isValue(row.targetValue));
			if (checked.length < filled.length) return;
			const problems = goalDraftProblems({
				title: 'x',
				baselineValue: goal.baselineValue,
				baselineDate: goal.baselineDate,
				targetValue,
				targetDate,
				milestones: checked.map((row) => ({
					dueDate: row.dueDate,
					targetValue: parseDutchNumber(row.targetValue)
				}))
			});
			for (const { problem, milestone } of problems) {
				const row = checked[milestone ?? 0];
				const path =
					problem === 'target-date-not-after-baseline' ? ['targetDate'] : ['milestoneDate', row?.row ?? 0];
				const words = {
					date: row ? formatDate(row.dueDate) : '',
					value: row?.targetValue ?? '',
					target: formatNumber(targetValue, 2)
				};
				const message =
					problem === 'milestone-past-target'
						? targetValue >= goal.baselineValue
							? m.db_goal_change_milestone_past_target_up(words)
							: m.db_goal_change_milestone_past_target_down(words)
						: problemMessage(problem);
				ctx.addIssue({ code: 'custom', path, message });
			}
		});

/** The actual value of a period. */
export const actualSchema = z.object({
	periodDate: date(),
	value: value(),
	note: textField(LIMITS.goal_actuals.note, tooLong)
});

/** The region's vision, written by the coordinator. */
export const visionSchema = z.object({
	statement: textField(
		{ ...LIMITS.regions.vision_statement, min: 1 },
		{ min: () => m.goals_error_vision_empty(), max: tooLong }
	)
});

/** The partner's type, for the mandate levels it can give (politiek is a gemeenteraad's). */
type TypeOf = (organisationId: string) => PartnerType;

/** A consent to an open proposal, for one of the user's partners, on a recorded mandate. */
export const consentSchemaFor = (typeOf: TypeOf, today: string) =>
	z
		.object({ versionId: idField(), organisationId: idField(), ...mandateFields })
		.superRefine((v, ctx) => checkMandate(v, typeOf(v.organisationId), today, ctx));

/** A partner endorses the vision, on a recorded mandate. */
export const endorseSchemaFor = (typeOf: TypeOf, today: string) =>
	z
		.object({ organisationId: idField(), ...mandateFields })
		.superRefine((v, ctx) => checkMandate(v, typeOf(v.organisationId), today, ctx));

/** A proposal to stop an agreed goal: the reason is required. */
export const stopSchema = z.object({
	reason: z
		.string()
		.trim()
		.min(1, { error: () => m.db_goal_stop_reason_required() })
		.max(LIMITS.goal_versions.reason.max, { error: tooLong })
});

/** The toezichthouder's verdict: the rules of the database (dates, explanation) and a mandate. */
export const verdictSchemaFor = (
	goal: { baselineValue: number; baselineDate: string; targetValue: number; targetDate: string },
	toezichthouderType: PartnerType,
	today: string
) =>
	z
		.object({
			verdict: z.enum(['', ...GOAL_VERDICTS] as const).default(''),
			verdictDate: date(),
			realisation: value(),
			explanation: textField(LIMITS.goal_verdicts.explanation, {
				min: () => m.db_goal_verdict_explanation_required(),
				max: tooLong
			}),
			...mandateFields
		})
		.superRefine((v, ctx) => {
			if (v.verdict === '') {
				ctx.addIssue({ code: 'custom', path: ['verdict'], message: m.goals_verdict_error_choose() });
			}
			if (isCalendarDate(v.verdictDate) && (v.verdictDate > today || v.verdictDate <= goal.baselineDate)) {
				ctx.addIssue({ code: 'custom', path: ['verdictDate'], message: m.db_goal_verdict_date_invalid() });
			} else if (
				v.verdict !== '' &&
				isCalendarDate(v.verdictDate) &&
				isValue(v.realisation) &&
				!verdictAllowedOn(goal, v.verdict, v.verdictDate, parseDutchNumber(v.realisation))
			) {
				ctx.addIssue({
					code: 'custom',
					path: ['verdict'],
					message: m.goals_verdict_error_too_early()
				});
			}
			checkMandate(v, toezichthouderType, today, ctx);
		});

/** The decision with which the gemeenten gave the trekker its mandate (R2). */
export const trekkerMandateSchemaFor = (today: string) =>
	z
		.object({
			decisionReference: textField(LIMITS.trekker_mandates.decision_reference, {
				min: () => m.db_mandate_decision_required(),
				max: tooLong
			}),
			decisionDate: date(),
			validUntil: z
				.string()
				.trim()
				.refine((text) => text === '' || isCalendarDate(text), { error: () => m.goals_error_date() })
				.default(''),
			scope: textField(LIMITS.trekker_mandates.scope, tooLong).default('')
		})
		.superRefine((v, ctx) => {
			if (isCalendarDate(v.decisionDate) && v.decisionDate > today) {
				ctx.addIssue({ code: 'custom', path: ['decisionDate'], message: m.db_mandate_decision_in_future() });
			}
			if (v.validUntil !== '' && isCalendarDate(v.decisionDate) && v.validUntil <= v.decisionDate) {
				ctx.addIssue({ code: 'custom', path: ['validUntil'], message: m.goals_mandate_error_valid_until() });
			}
		});

/** A gemeente ratifies the trekker's mandate, bestuurlijk or politiek. */
export const ratifySchemaFor = (typeOf: TypeOf, today: string) =>
	z.object({ mandateId: idField(), organisationId: idField(), ...mandateFields }).superRefine((v, ctx) => {
		if (v.mandateLevel === 'ambtelijk') {
			ctx.addIssue({ code: 'custom', path: ['mandateLevel'], message: m.db_trekker_ratification_level() });
		}
		checkMandate(v, typeOf(v.organisationId), today, ctx);
	});

// The buttons of the goal pages: what they post besides the action.
export const versionButtonSchema = z.object({ versionId: idField() });
export const actualButtonSchema = z.object({ actualId: idField() });
export const partnerButtonSchema = z.object({ organisationId: idField() });
export const mandateButtonSchema = z.object({ mandateId: idField(), organisationId: idField().optional() });

export type GoalFields = z.infer<typeof goalSchema>;
export type ChangeFields = z.infer<ReturnType<typeof changeSchemaFor>>;
export type ConsentFields = z.infer<ReturnType<typeof consentSchemaFor>>;
export type EndorseFields = z.infer<ReturnType<typeof endorseSchemaFor>>;
export type StopFields = z.infer<typeof stopSchema>;
export type VerdictFields = z.infer<ReturnType<typeof verdictSchemaFor>>;
export type TrekkerMandateFields = z.infer<ReturnType<typeof trekkerMandateSchemaFor>>;
export type RatifyFields = z.infer<ReturnType<typeof ratifySchemaFor>>;
export type ActualFields = z.infer<typeof actualSchema>;
export type VisionFields = z.infer<typeof visionSchema>;
