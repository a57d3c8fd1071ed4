// Forms of the goals module. The new-goal form has repeated rows (milestones, contributions), so it is read
// from FormData by hand (works without JavaScript) and checked with one zod schema on the server; the life-
// cycle rules come from $lib/domain/goals, the same ones the database enforces.
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { hasAtMostDecimals, parseDutchNumber } from '$lib/domain/numbers';
import { goalDraftProblems, type GoalDraftProblem } from '$lib/domain/goals';
import { isCalendarDate } from '$lib/domain/periods';

export const MILESTONE_ROWS = 4;
const MAX_VALUE = 1e11;

const isValue = (text: string) => {
	const value = parseDutchNumber(text);
	return Number.isFinite(value) && Math.abs(value) < MAX_VALUE && hasAtMostDecimals(value, 2);
};
const value = () =>
	z
		.string()
		.trim()
		.refine(isValue, { error: () => m.goals_error_number() });
const date = () =>
	z
		.string()
		.trim()
		.refine(isCalendarDate, {
			error: () => m.goals_error_date()
		});
const optionalUuid = z.union([z.uuid(), z.literal('')]);

export const milestoneRowSchema = z.object({ dueDate: z.string().trim(), targetValue: z.string().trim() });
export const contributionRowSchema = z.object({
	organisationId: z.uuid(),
	commitment: z
		.string()
		.trim()
		.max(500, { error: () => m.goals_error_commitment_long() })
});

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

export const goalSchema = z
	.object({
		title: z
			.string()
			.trim()
			.min(1, { error: () => m.goals_error_title() })
			.max(200, { error: () => m.goals_error_too_long() }),
		description: z
			.string()
			.trim()
			.max(2000, { error: () => m.goals_error_too_long() }),
		indicator: z
			.string()
			.trim()
			.min(1, { error: () => m.goals_error_indicator() })
			.max(200, { error: () => m.goals_error_too_long() }),
		unit: z
			.string()
			.trim()
			.min(1, { error: () => m.goals_error_unit() })
			.max(40, { error: () => m.goals_error_too_long() }),
		source: z.enum(['handmatig', 'baanafspraken', 'budget']),
		sourceSector: z.enum(['', 'markt', 'overheid']),
		sourceProgrammeId: optionalUuid,
		baselineValue: value(),
		baselineDate: date(),
		targetValue: value(),
		targetDate: date(),
		toezichthouderId: z.uuid({ error: () => m.goals_error_toezichthouder() }),
		milestones: z.array(milestoneRowSchema),
		contributions: z.array(contributionRowSchema).min(1, { error: () => m.goals_error_contributors() })
	})
	.superRefine((v, ctx) => {
		if (v.source === 'budget' && !v.sourceProgrammeId) {
			ctx.addIssue({ code: 'custom', path: ['sourceProgrammeId'], message: m.goals_error_programme() });
		}
		const filled = v.milestones.filter((row) => row.dueDate !== '' || row.targetValue !== '');
		filled.forEach((row) => {
			const index = v.milestones.indexOf(row);
			if (!isCalendarDate(row.dueDate)) {
				ctx.addIssue({
					code: 'custom',
					path: ['milestones', index, 'dueDate'],
					message: m.goals_error_date()
				});
			}
			if (!isValue(row.targetValue)) {
				ctx.addIssue({
					code: 'custom',
					path: ['milestones', index, 'targetValue'],
					message: m.goals_error_number()
				});
			}
		});
		if (!isValue(v.baselineValue) || !isValue(v.targetValue)) return;
		if (!isCalendarDate(v.baselineDate) || !isCalendarDate(v.targetDate)) return;
		const problems = goalDraftProblems({
			title: v.title,
			baselineValue: parseDutchNumber(v.baselineValue),
			baselineDate: v.baselineDate,
			targetValue: parseDutchNumber(v.targetValue),
			targetDate: v.targetDate,
			milestones: filled
				.filter((row) => isCalendarDate(row.dueDate) && isValue(row.targetValue))
				.map((row) => ({ dueDate: row.dueDate, targetValue: parseDutchNumber(row.targetValue) }))
		});
		for (const { problem, milestone } of problems) {
			if (problem === 'title-empty') continue; // the field's own check says so
			const path =
				problem === 'target-date-not-after-baseline'
					? ['targetDate']
					: ['milestones', v.milestones.indexOf(filled[milestone ?? 0]), 'dueDate'];
			ctx.addIssue({ code: 'custom', path, message: problemMessage(problem) });
		}
	});

export type GoalFormInput = z.input<typeof goalSchema>;
export type GoalFormValues = z.output<typeof goalSchema>;

const text = (form: FormData, name: string) => {
	const entry = form.get(name);
	return typeof entry === 'string' ? entry : '';
};

/** Reads the new-goal form as the browser posts it (repeated milestone rows, a checkbox per partner). */
export function readGoalForm(form: FormData): GoalFormInput {
	const dates = form.getAll('milestoneDate').map(String);
	const values = form.getAll('milestoneValue').map(String);
	const milestones = Array.from({ length: Math.max(dates.length, values.length) }, (_, i) => ({
		dueDate: (dates[i] ?? '').trim(),
		targetValue: (values[i] ?? '').trim()
	}));
	const contributions = form
		.getAll('contributor')
		.map(String)
		.map((organisationId) => ({ organisationId, commitment: text(form, `commitment-${organisationId}`) }));
	const source = text(form, 'source');
	const sector = text(form, 'sourceSector');
	return {
		title: text(form, 'title'),
		description: text(form, 'description'),
		indicator: text(form, 'indicator'),
		unit: text(form, 'unit'),
		source: (['handmatig', 'baanafspraken', 'budget'].includes(source) ? source : 'handmatig') as
			'handmatig' | 'baanafspraken' | 'budget',
		sourceSector: (sector === 'markt' || sector === 'overheid' ? sector : '') as '' | 'markt' | 'overheid',
		sourceProgrammeId: text(form, 'sourceProgrammeId'),
		baselineValue: text(form, 'baselineValue'),
		baselineDate: text(form, 'baselineDate'),
		targetValue: text(form, 'targetValue'),
		targetDate: text(form, 'targetDate'),
		toezichthouderId: text(form, 'toezichthouderId'),
		milestones,
		contributions
	};
}

/** A commitment is a number in the goal's unit, or else a text. */
export function parseCommitment(commitment: string): { value: number | null; text: string | null } {
	const trimmed = commitment.trim();
	if (trimmed === '') return { value: null, text: null };
	const value = parseDutchNumber(trimmed);
	return Number.isFinite(value) ? { value, text: null } : { value: null, text: trimmed };
}

/** Field errors as { 'milestones.1.dueDate': 'message' }: the first message per field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
	const errors: Record<string, string> = {};
	for (const issue of error.issues) {
		const key = issue.path.join('.');
		if (!(key in errors)) errors[key] = issue.message;
	}
	return errors;
}

export const changeSchema = z
	.object({
		targetValue: z.string().trim(),
		targetDate: z.string().trim(),
		indicator: z
			.string()
			.trim()
			.max(200, { error: () => m.goals_error_too_long() }),
		unit: z
			.string()
			.trim()
			.max(40, { error: () => m.goals_error_too_long() }),
		toezichthouderId: optionalUuid,
		reason: z
			.string()
			.trim()
			.min(1, { error: () => m.goals_error_reason() })
			.max(1000, { error: () => m.goals_error_too_long() })
	})
	.superRefine((v, ctx) => {
		if (v.targetValue !== '' && !isValue(v.targetValue)) {
			ctx.addIssue({ code: 'custom', path: ['targetValue'], message: m.goals_error_number() });
		}
		if (v.targetDate !== '' && !isCalendarDate(v.targetDate)) {
			ctx.addIssue({ code: 'custom', path: ['targetDate'], message: m.goals_error_date() });
		}
	});

export const actualSchema = z.object({
	periodDate: date(),
	value: value(),
	note: z
		.string()
		.trim()
		.max(500, { error: () => m.goals_error_too_long() })
});

export const visionSchema = z.object({
	statement: z
		.string()
		.trim()
		.min(1, { error: () => m.goals_error_vision_empty() })
		.max(5000, { error: () => m.goals_error_too_long() })
});
