// The goals section of a report: the snapshot it stores, its key figures, risks and sheets.
import {
	countByStatus,
	filterByContributor,
	standing,
	trajectory,
	type GoalStatus,
	type MilestoneInput,
	type Point,
	type Standing
} from '$lib/domain/goals';
import { referenceDate, type ReportPeriod } from './period';
import { round2, type KeyFigure, type NamedPartner, type SectionDefinition } from './section';

export interface GoalSnapshotRow {
	id: string;
	title: string;
	indicator: string;
	unit: string;
	status: GoalStatus;
	/** Standing of the latest actual value up to the reference date against the agreed trajectory. */
	standing: Standing;
	actual: number | null;
	actualDate: string | null;
	/** What the trajectory expected on the actual value's date. */
	expected: number | null;
	/** actual - expected, signed towards the target (positive = ahead). */
	lead: number | null;
	baselineValue: number;
	targetValue: number;
	targetDate: string;
	/** The toezichthouder's name; null while none is chosen (a concept). */
	toezichthouder: string | null;
	contributors: string[];
	/** What the gemeente of the report committed to this goal (gemeente scope only). */
	gemeenteCommitment: { value: number | null; text: string | null } | null;
}

export interface GoalsSnapshot {
	referenceDate: string;
	/** For a gemeente scope: only the goals it contributes to. */
	gemeente: NamedPartner | null;
	goals: GoalSnapshotRow[];
	counts: Record<GoalStatus, number>;
}

/** What the goals section reads of a goal (a subset of the goals module's GoalSummary). */
export interface GoalFigure {
	id: string;
	title: string;
	indicator: string;
	unit: string;
	status: GoalStatus;
	baselineValue: number;
	baselineDate: string;
	targetValue: number;
	targetDate: string;
	toezichthouderId: string | null;
	milestones: readonly MilestoneInput[];
	contributions: readonly {
		organisationId: string;
		commitmentValue: number | null;
		commitmentText: string | null;
	}[];
	contributorIds: readonly string[];
	actuals: readonly Point[];
}

/**
 * The goals as at the reference date: each goal of the region (for a gemeente, the goals it contributes to)
 * with its status, its toezichthouder, and its standing from the actual values known up to that date.
 */
export function goalsSnapshot(
	goals: readonly GoalFigure[],
	period: ReportPeriod,
	partners: readonly NamedPartner[],
	gemeenteId: string | null
): GoalsSnapshot {
	const date = referenceDate(period);
	const names = new Map(partners.map((p) => [p.id, p.name]));
	const nameOf = (id: string) => names.get(id) ?? id;
	const inScope = filterByContributor(goals, gemeenteId);
	const rows = inScope.map((goal): GoalSnapshotRow => {
		const known = goal.actuals.filter((a) => a.date <= date);
		const result = standing(trajectory(goal), known);
		const own = gemeenteId ? goal.contributions.find((c) => c.organisationId === gemeenteId) : undefined;
		return {
			id: goal.id,
			title: goal.title,
			indicator: goal.indicator,
			unit: goal.unit,
			status: goal.status,
			standing: result.standing,
			actual: result.actual ? round2(result.actual.value) : null,
			actualDate: result.actual?.date ?? null,
			expected: result.expected === null ? null : round2(result.expected),
			lead: result.lead === null ? null : round2(result.lead),
			baselineValue: goal.baselineValue,
			targetValue: goal.targetValue,
			targetDate: goal.targetDate,
			toezichthouder: goal.toezichthouderId ? nameOf(goal.toezichthouderId) : null,
			contributors: goal.contributorIds.map(nameOf),
			gemeenteCommitment: own ? { value: own.commitmentValue, text: own.commitmentText } : null
		};
	});
	return {
		referenceDate: date,
		gemeente: gemeenteId ? { id: gemeenteId, name: nameOf(gemeenteId) } : null,
		goals: rows,
		counts: countByStatus(rows)
	};
}

/** A goal counts as an open risk when it is agreed and running (vastgesteld) and behind its trajectory. */
export function isGoalBehind(goal: Pick<GoalSnapshotRow, 'status' | 'standing'>): boolean {
	return goal.status === 'vastgesteld' && goal.standing === 'achter';
}

export const goalsSection: SectionDefinition<GoalsSnapshot> = {
	id: 'doelen',
	available: true,
	keyFigures(data) {
		const count = (id: string, value: number): KeyFigure => ({
			id,
			section: 'doelen',
			value,
			unit: 'count',
			target: null,
			previous: null,
			...(data.gemeente ? { subject: data.gemeente.name } : {})
		});
		const prefix = data.gemeente ? 'go_gemeente' : 'go';
		return [
			count(`${prefix}_total`, data.goals.length),
			count(`${prefix}_agreed`, data.counts.vastgesteld),
			count(`${prefix}_behind`, data.goals.filter(isGoalBehind).length)
		];
	},
	risks(data) {
		return data.goals.filter(isGoalBehind).map((goal) => ({
			section: 'doelen',
			kind: 'goal_behind',
			subject: goal.title,
			value: -(goal.lead ?? 0),
			detail: goal.unit
		}));
	},
	sheets(data) {
		const gemeente = data.gemeente;
		return [
			{
				name: 'Doelen',
				columns: [
					'doel',
					'indicator',
					'eenheid',
					'status',
					'stand',
					'realisatie',
					'datum_realisatie',
					'verwacht',
					'nulmeting',
					'streefwaarde',
					'streefdatum',
					'toezichthouder',
					'bijdragende_partners',
					...(gemeente ? ['bijdrage_gemeente'] : [])
				],
				rows: data.goals.map((g) => [
					g.title,
					g.indicator,
					g.unit,
					g.status,
					g.standing,
					g.actual,
					g.actualDate,
					g.expected,
					g.baselineValue,
					g.targetValue,
					g.targetDate,
					g.toezichthouder,
					g.contributors.join(', '),
					...(gemeente
						? [
								[g.gemeenteCommitment?.value ?? null, g.gemeenteCommitment?.text ?? null]
									.filter((v) => v !== null)
									.join(' ') || null
							]
						: [])
				])
			}
		];
	}
};
