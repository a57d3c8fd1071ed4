import { describe, expect, it } from 'vitest';
import { headlineFigures, mainRisks } from './summary';
import type { KeyFigure, Risk } from './section';

const figure = (id: string, section: KeyFigure['section'], target: number | null): KeyFigure => ({
	id,
	section,
	value: 1,
	unit: 'count',
	target,
	previous: null
});

describe('headlineFigures', () => {
	it('leads with the figures that have a target, and the first figure of a section without one', () => {
		const figures = [
			figure('ba_jobs', 'baanafspraken', null),
			figure('ba_markt', 'baanafspraken', 3840),
			figure('bu_committed', 'budgetten', null),
			figure('bu_realised', 'budgetten', 100),
			figure('nw_density', 'netwerk', null),
			figure('nw_isolated', 'netwerk', null),
			figure('ov_meetings', 'overleggen', null)
		];
		expect(headlineFigures(figures).map((f) => f.id)).toEqual([
			'ba_markt',
			'bu_realised',
			'nw_density',
			'ov_meetings'
		]);
		expect(headlineFigures(figures, 2).map((f) => f.id)).toEqual(['ba_markt', 'bu_realised']);
	});
});

describe('mainRisks', () => {
	const risk = (kind: Risk['kind'], subject: string, detail?: string): Risk => ({
		section: 'netwerk',
		kind,
		subject,
		value: 1,
		detail
	});

	it('puts the opgave and goals first and a weak network point before one that needs attention', () => {
		const risks = [
			risk('weak_network_point', 'a', 'attention'),
			risk('weak_network_point', 'b', 'weak'),
			risk('action_overdue', 'c'),
			risk('sector_behind', 'd'),
			risk('goal_behind', 'e'),
			risk('programme_drop', 'f')
		];
		const { shown, more } = mainRisks(risks, 5);
		expect(shown.map((r) => r.subject)).toEqual(['d', 'e', 'f', 'c', 'b']);
		expect(more).toBe(1);
		expect(mainRisks([], 5)).toEqual({ shown: [], more: 0 });
	});
});
