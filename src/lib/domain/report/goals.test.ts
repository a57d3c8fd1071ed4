import { describe, expect, it } from 'vitest';
import type { GoalSnapshotRow, GoalsSnapshot } from './goals';
import { keyFiguresOf, risksOf, sheetsOf } from './registry';
import { GEMEENTE, report } from './test-fixtures';

/** A goal as the database builds it for a report on 2025 Q2 (private.report_section_doelen). */
function goal(values: Partial<GoalSnapshotRow>): GoalSnapshotRow {
	return {
		id: 'goal1',
		title: 'Meer mensen aan het werk',
		indicator: 'Geplaatste kandidaten',
		unit: 'personen',
		status: 'vastgesteld',
		// On 30 Jun 2025 the trajectory expects about 99; 60 is behind (tolerance 5 % of 400 = 20).
		standing: 'achter',
		actual: 60,
		actualDate: '2025-06-30',
		expected: 99.17,
		lead: -39.17,
		baselineValue: 0,
		targetValue: 400,
		targetDate: '2026-12-31',
		toezichthouder: 'UWV Zuid-Limburg',
		contributors: ['Gemeente Maastricht', 'UWV Zuid-Limburg'],
		gemeenteCommitment: null,
		...values
	};
}

const counts = (values: Partial<GoalsSnapshot['counts']>): GoalsSnapshot['counts'] => ({
	concept: 0,
	voorgesteld: 0,
	vastgesteld: 0,
	afgerond: 0,
	gestopt: 0,
	...values
});

describe('goals section', () => {
	const snapshot: GoalsSnapshot = {
		referenceDate: '2025-06-30',
		gemeente: null,
		goals: [
			goal({}),
			goal({
				id: 'goal2',
				title: 'Jongeren naar werk',
				status: 'concept',
				standing: 'geen-gegevens',
				actual: null,
				actualDate: null,
				expected: null,
				lead: null,
				toezichthouder: null,
				contributors: ['Gemeente Heerlen']
			})
		],
		counts: counts({ vastgesteld: 1, concept: 1 })
	};

	it('counts the goals, the agreed ones and those behind; for a gemeente under its name', () => {
		expect(keyFiguresOf(report({ doelen: snapshot })).map((f) => [f.id, f.value])).toEqual([
			['go_total', 2],
			['go_agreed', 1],
			['go_behind', 1]
		]);
		const gemeente: GoalsSnapshot = {
			...snapshot,
			gemeente: { id: GEMEENTE, name: 'Gemeente Maastricht' },
			goals: [goal({ gemeenteCommitment: { value: 150, text: null } })],
			counts: counts({ vastgesteld: 1 })
		};
		expect(keyFiguresOf(report({ doelen: gemeente })).map((f) => [f.id, f.value, f.subject])).toEqual([
			['go_gemeente_total', 1, 'Gemeente Maastricht'],
			['go_gemeente_agreed', 1, 'Gemeente Maastricht'],
			['go_gemeente_behind', 1, 'Gemeente Maastricht']
		]);
		const [sheet] = sheetsOf(report({ doelen: gemeente }));
		expect(sheet.rows[0].at(-1)).toBe('150');
	});

	it('flags an agreed goal behind its trajectory as an open risk, not a closed or concept one', () => {
		const risks = risksOf(report({ doelen: snapshot }));
		expect(risks).toEqual([
			{
				section: 'doelen',
				kind: 'goal_behind',
				subject: 'Meer mensen aan het werk',
				value: 39.17,
				detail: 'personen'
			}
		]);
		const stopped = { ...snapshot, goals: [goal({ status: 'gestopt' })], counts: counts({ gestopt: 1 }) };
		expect(risksOf(report({ doelen: stopped }))).toEqual([]);
		expect(keyFiguresOf(report({ doelen: stopped })).find((f) => f.id === 'go_behind')?.value).toBe(0);
	});

	it('exports one sheet with every goal, its status, standing and toezichthouder', () => {
		const sheets = sheetsOf(report({ doelen: snapshot }));
		expect(sheets.map((s) => s.name)).toEqual(['Doelen']);
		const [sheet] = sheets;
		const column = (name: string) => sheet.columns.indexOf(name);
		expect(sheet.rows).toHaveLength(2);
		expect(sheet.rows[0][column('toezichthouder')]).toBe('UWV Zuid-Limburg');
		expect(sheet.rows[0][column('stand')]).toBe('achter');
		expect(sheet.rows[1][column('status')]).toBe('concept');
	});
});
