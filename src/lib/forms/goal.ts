// Forms of the goals module, one zod schema each, validated by superforms on the server. Repeated rows
// (milestones, contributions) are posted as repeated fields, which a form does without JavaScript, and read
// here as parallel lists. The life-cycle rules come from $lib/domain/goals, the same ones the database
// enforces; the bounds from $lib/domain/limits.
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { parseDutchNumber } from '$lib/domain/numbers';
import { goalDraftProblems, type GoalDraftProblem } from '$lib/domain/goals';
import { GOAL_SOURCES, SECTORS } from '$lib/domain/enums';
import { LIMITS } from '$lib/domain/limits';
import { isCalendarDate } from '$lib/domain/periods';
import { dateText, isNumberWithin, numberText, textField } from './fields';

export const MILESTONE_ROWS = 4;

const VALUE = LIMITS.goals.target_value;
const isValue = (text: string) => isNumberWithin(parseDutchNumber(text), VALUE);
const value = () => numberText(VALUE, () => m.goals_error_number());
const date = () => dateText(() => m.goals_error_date());
const tooLong = () => m.goals_error_too_long();
const optionalUuid = z.union([z.uuid(), z.literal('')]);
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
		milestoneDate: rows(MILESTONE_ROWS),
		milestoneValue: rows(MILESTONE_ROWS),
		/** The partners ticked as contributors. */
		contributor: z
			.array(z.uuid())
			.min(1, { error: () => m.goals_error_contributors() })
			.default([]),
		/** Each partner row's id and commitment, in the order of the table. */
		commitmentPartner: z.array(z.uuid()).default([]),
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
		const filled = filledMilestones(v);
		for (const { row, dueDate, targetValue } of filled) {
			if (!isCalendarDate(dueDate)) {
				ctx.addIssue({ code: 'custom', path: ['milestoneDate', row], message: m.goals_error_date() });
			}
			if (!isValue(targetValue)) {
				ctx.addIssue({ code: 'custom', path: ['milestoneValue', row], message: m.goals_error_number() });
			}
		}
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

/** A change proposal for an agreed goal: only what changes is filled in, and always a reason. */
export const changeSchema = z
	.object({
		targetValue: z.string().trim(),
		targetDate: z.string().trim(),
		indicator: textField({ ...LIMITS.goals.indicator, min: null }, tooLong),
		unit: textField({ ...LIMITS.goals.unit, min: null }, tooLong),
		toezichthouderId: optionalUuid.default(''),
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

// The buttons of the goal pages: what they post besides the action.
export const versionButtonSchema = z.object({ versionId: z.uuid() });
export const consentButtonSchema = z.object({ versionId: z.uuid(), organisationId: z.uuid() });
export const closeButtonSchema = z.object({ outcome: z.enum(['afgerond', 'gestopt']) });
export const actualButtonSchema = z.object({ actualId: z.uuid() });
export const partnerButtonSchema = z.object({ organisationId: z.uuid() });

export type GoalFields = z.infer<typeof goalSchema>;
export type ChangeFields = z.infer<typeof changeSchema>;
export type ActualFields = z.infer<typeof actualSchema>;
export type VisionFields = z.infer<typeof visionSchema>;
