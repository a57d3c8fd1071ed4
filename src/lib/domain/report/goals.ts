// The goals section of a report: the snapshot it stores, its key figures, risks and sheets. The database builds
// the snapshot (private.report_section_doelen: each goal's standing at the reference date from
// goal_actual_points, by the rules of $lib/domain/goals standing()).
import type { GoalStatus, Standing } from '$lib/domain/goals';
import type { KeyFigure, NamedPartner, SectionDefinition } from './section';

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
