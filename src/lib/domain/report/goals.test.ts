import { describe, expect, it } from 'vitest';
import { goalsSnapshot, type GoalFigure } from './goals';
import { keyFiguresOf, risksOf, sheetsOf } from './registry';
import { GEMEENTE, OTHER, partners, report } from './test-fixtures';

function goal(values: Partial<GoalFigure>): GoalFigure {
	return {
		id: 'goal1',
		title: 'Meer mensen aan het werk',
		indicator: 'Geplaatste kandidaten',
		unit: 'personen',
		status: 'vastgesteld',
		baselineValue: 0,
		baselineDate: '2025-01-01',
		targetValue: 400,
		targetDate: '2026-12-31',
		toezichthouderId: 'uwv',
		milestones: [{ dueDate: '2025-12-31', targetValue: 200 }],
		contributions: [
			{ organisationId: GEMEENTE, commitmentValue: 150, commitmentText: null },
			{ organisationId: 'uwv', commitmentValue: null, commitmentText: 'Werkgeversdienstverlening' }
		],
		contributorIds: [GEMEENTE, 'uwv'],
		actuals: [],
		...values
	};
}

describe('goals snapshot', () => {
	const named = [...partners, { id: 'uwv', name: 'UWV Zuid-Limburg' }];
	const goals = [
		goal({
			// On 30 Jun 2025 the trajectory expects about 99; 60 is behind (tolerance 5 % of 400 = 20).
			actuals: [
				{ date: '2025-06-30', value: 60 },
				// After the reference date of a report on 2025 Q2: not known to it.
				{ date: '2025-09-30', value: 160 }
			]
		}),
		goal({
			id: 'goal2',
			title: 'Jongeren naar werk',
			status: 'concept',
			toezichthouderId: null,
			contributions: [{ organisationId: OTHER, commitmentValue: 10, commitmentText: null }],
			contributorIds: [OTHER]
		})
	];

	it('stands each goal at the reference date, without later actual values, with its toezichthouder', () => {
		const snapshot = goalsSnapshot(goals, { year: 2025, quarter: 2 }, named, null);
		expect(snapshot.referenceDate).toBe('2025-06-30');
		expect(snapshot.goals).toHaveLength(2);
		expect(snapshot.goals[0]).toMatchObject({
			title: 'Meer mensen aan het werk',
			status: 'vastgesteld',
			standing: 'achter',
			actual: 60,
			actualDate: '2025-06-30',
			toezichthouder: 'UWV Zuid-Limburg',
			contributors: ['Gemeente Maastricht', 'UWV Zuid-Limburg'],
			gemeenteCommitment: null
		});
		expect(snapshot.goals[1]).toMatchObject({ standing: 'geen-gegevens', toezichthouder: null });
		expect(snapshot.counts).toMatchObject({ vastgesteld: 1, concept: 1, afgerond: 0 });
		// A quarter later the same goal is on course: 160 against about 149.
		const later = goalsSnapshot(goals, { year: 2025, quarter: 3 }, named, null);
		expect(later.goals[0]).toMatchObject({ standing: 'op-koers', actual: 160 });
	});

	it('keeps, for a gemeente, only the goals it contributes to, with its commitment', () => {
		const snapshot = goalsSnapshot(goals, { year: 2025, quarter: 2 }, named, GEMEENTE);
		expect(snapshot.gemeente).toEqual({ id: GEMEENTE, name: 'Gemeente Maastricht' });
		expect(snapshot.goals.map((g) => g.id)).toEqual(['goal1']);
		expect(snapshot.goals[0].gemeenteCommitment).toEqual({ value: 150, text: null });
		expect(keyFiguresOf(report({ doelen: snapshot })).map((f) => [f.id, f.value, f.subject])).toEqual([
			['go_gemeente_total', 1, 'Gemeente Maastricht'],
			['go_gemeente_agreed', 1, 'Gemeente Maastricht'],
			['go_gemeente_behind', 1, 'Gemeente Maastricht']
		]);
	});

	it('flags an agreed goal behind its trajectory as an open risk, not a closed or concept one', () => {
		const behind = goalsSnapshot(goals, { year: 2025, quarter: 2 }, named, null);
		const risks = risksOf(report({ doelen: behind }));
		expect(risks).toHaveLength(1);
		expect(risks[0]).toMatchObject({
			section: 'doelen',
			kind: 'goal_behind',
			subject: 'Meer mensen aan het werk',
			detail: 'personen'
		});
		expect(risks[0].value).toBeGreaterThan(20);
		const stopped = goalsSnapshot(
			[{ ...goals[0], status: 'gestopt' }],
			{ year: 2025, quarter: 2 },
			named,
			null
		);
		expect(risksOf(report({ doelen: stopped }))).toEqual([]);
		expect(keyFiguresOf(report({ doelen: stopped })).find((f) => f.id === 'go_behind')?.value).toBe(0);
	});

	it('exports one sheet with every goal, its status, standing and toezichthouder', () => {
		const sheets = sheetsOf(
			report({ doelen: goalsSnapshot(goals, { year: 2025, quarter: 2 }, named, null) })
		);
		expect(sheets.map((s) => s.name)).toEqual(['Doelen']);
		const [sheet] = sheets;
		const column = (name: string) => sheet.columns.indexOf(name);
		expect(sheet.rows).toHaveLength(2);
		expect(sheet.rows[0][column('toezichthouder')]).toBe('UWV Zuid-Limburg');
		expect(sheet.rows[0][column('stand')]).toBe('achter');
		expect(sheet.rows[1][column('status')]).toBe('concept');
	});
});
