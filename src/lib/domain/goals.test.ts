import { describe, expect, it } from 'vitest';
import {
	GOAL_FIELDS,
	canEnterActuals,
	canTransition,
	changeRoute,
	consentComplete,
	consentableFor,
	countByStatus,
	dateOfDay,
	dayNumber,
	expectedOn,
	filterByContributor,
	goalDraftProblems,
	goalProgress,
	isClosed,
	linearForecast,
	missingConsents,
	nextStatuses,
	proposalBlockers,
	quarterEnd,
	showsProgress,
	standing,
	totalGoals,
	trajectory,
	type GoalDraft
} from './goals';

describe('life cycle: transitions', () => {
	it('concept → voorgesteld → vastgesteld → afgerond | gestopt, and nothing else', () => {
		expect(canTransition('concept', 'voorgesteld')).toBe(true);
		expect(canTransition('voorgesteld', 'vastgesteld')).toBe(true);
		expect(canTransition('vastgesteld', 'afgerond')).toBe(true);
		expect(canTransition('vastgesteld', 'gestopt')).toBe(true);
		// Only an agreed goal is stopped (by a stop proposal); a proposal is withdrawn instead.
		expect(canTransition('voorgesteld', 'gestopt')).toBe(false);
		// Withdrawing a proposal returns it to concept.
		expect(canTransition('voorgesteld', 'concept')).toBe(true);
		expect(canTransition('concept', 'vastgesteld')).toBe(false);
		expect(canTransition('vastgesteld', 'concept')).toBe(false);
		expect(canTransition('vastgesteld', 'voorgesteld')).toBe(false);
		expect(canTransition('afgerond', 'vastgesteld')).toBe(false);
		expect(nextStatuses('gestopt')).toEqual([]);
		expect(nextStatuses('afgerond')).toEqual([]);
		expect(isClosed('afgerond')).toBe(true);
		expect(isClosed('gestopt')).toBe(true);
		expect(isClosed('vastgesteld')).toBe(false);
	});
});

describe('life cycle: what may change in which state', () => {
	it('everything while concept', () => {
		for (const field of GOAL_FIELDS) expect(changeRoute('concept', field)).toBe('direct');
	});
	it('nothing while proposed or closed', () => {
		for (const status of ['voorgesteld', 'afgerond', 'gestopt'] as const) {
			for (const field of GOAL_FIELDS) expect(changeRoute(status, field)).toBe('refused');
		}
	});
	it('once agreed: title and description directly; target, deadline, indicator, unit, toezichthouder and milestones by change proposal; the rest never', () => {
		expect(changeRoute('vastgesteld', 'title')).toBe('direct');
		expect(changeRoute('vastgesteld', 'description')).toBe('direct');
		for (const field of [
			'targetValue',
			'targetDate',
			'indicator',
			'unit',
			'toezichthouderId',
			'milestones'
		] as const) {
			expect(changeRoute('vastgesteld', field)).toBe('change-proposal');
		}
		for (const field of ['baselineValue', 'baselineDate', 'source', 'contributions'] as const) {
			expect(changeRoute('vastgesteld', field)).toBe('refused');
		}
	});
});

describe('life cycle: who must consent', () => {
	const contributors = ['heerlen', 'maastricht', 'uwv'];
	it('every contributing partner, each once', () => {
		expect(missingConsents(contributors, ['maastricht'])).toEqual(['heerlen', 'uwv']);
		expect(consentComplete(contributors, ['maastricht', 'heerlen'])).toBe(false);
		expect(consentComplete(contributors, ['uwv', 'maastricht', 'heerlen'])).toBe(true);
		// A consent from a partner that does not contribute does not count.
		expect(consentComplete(['heerlen'], ['maastricht'])).toBe(false);
	});
	it('a goal without contributors is never complete', () => {
		expect(consentComplete([], [])).toBe(false);
	});
	it('a user consents only for the partners where they are editor or more, not yet consented', () => {
		expect(consentableFor(contributors, ['heerlen'], ['heerlen', 'maastricht'])).toEqual(['maastricht']);
		expect(consentableFor(contributors, [], ['kerkrade'])).toEqual([]);
	});
	it('proposing needs a toezichthouder and a contributor', () => {
		expect(proposalBlockers({ toezichthouderId: null, contributorCount: 0 })).toEqual([
			'toezichthouder',
			'contributors'
		]);
		expect(proposalBlockers({ toezichthouderId: 'uwv', contributorCount: 2 })).toEqual([]);
	});
});

describe('validation of a draft', () => {
	const draft: GoalDraft = {
		title: 'Meer mensen aan het werk',
		baselineValue: 100,
		baselineDate: '2026-01-01',
		targetValue: 200,
		targetDate: '2027-12-31',
		milestones: [
			{ dueDate: '2026-06-30', targetValue: 125 },
			{ dueDate: '2026-12-31', targetValue: 150 }
		]
	};
	it('a good draft has no problems', () => {
		expect(goalDraftProblems(draft)).toEqual([]);
	});
	it('an empty title', () => {
		expect(goalDraftProblems({ ...draft, title: '  ' })).toEqual([{ problem: 'title-empty' }]);
	});
	it('a target date on or before the baseline date', () => {
		expect(goalDraftProblems({ ...draft, targetDate: '2026-01-01', milestones: [] })).toEqual([
			{ problem: 'target-date-not-after-baseline' }
		]);
	});
	it('milestones out of date order', () => {
		expect(goalDraftProblems({ ...draft, milestones: [...draft.milestones].reverse() })).toEqual([
			{ problem: 'milestones-dates-out-of-order', milestone: 1 }
		]);
	});
	it('a milestone outside the period', () => {
		expect(
			goalDraftProblems({ ...draft, milestones: [{ dueDate: '2028-01-01', targetValue: 190 }] })
		).toEqual([{ problem: 'milestone-outside-period', milestone: 0 }]);
	});
	it('milestone values that go back, or past the target', () => {
		expect(
			goalDraftProblems({
				...draft,
				milestones: [
					{ dueDate: '2026-06-30', targetValue: 160 },
					{ dueDate: '2026-12-31', targetValue: 130 }
				]
			})
		).toEqual([{ problem: 'milestones-values-out-of-order', milestone: 1 }]);
		expect(
			goalDraftProblems({ ...draft, milestones: [{ dueDate: '2026-06-30', targetValue: 250 }] })
		).toEqual([{ problem: 'milestone-past-target', milestone: 0 }]);
	});
	it('a falling goal (fewer people on benefits) falls step by step', () => {
		const falling = {
			...draft,
			baselineValue: 500,
			targetValue: 300,
			milestones: [{ dueDate: '2026-12-31', targetValue: 400 }]
		};
		expect(goalDraftProblems(falling)).toEqual([]);
		expect(
			goalDraftProblems({ ...falling, milestones: [{ dueDate: '2026-12-31', targetValue: 550 }] })
		).toEqual([{ problem: 'milestones-values-out-of-order', milestone: 0 }]);
	});
});

describe('trajectory', () => {
	const goal = {
		baselineValue: 0,
		baselineDate: '2025-01-01',
		targetValue: 400,
		targetDate: '2026-12-31',
		milestones: [
			{ dueDate: '2025-12-31', targetValue: 180 },
			{ dueDate: '2025-06-30', targetValue: 80 }
		]
	};
	const path = trajectory(goal);
	it('runs from the baseline through the milestones in date order to the target', () => {
		expect(path).toEqual([
			{ date: '2025-01-01', value: 0 },
			{ date: '2025-06-30', value: 80 },
			{ date: '2025-12-31', value: 180 },
			{ date: '2026-12-31', value: 400 }
		]);
	});
	it('expects the milestone value on its date and interpolates linearly between', () => {
		expect(expectedOn(path, '2025-06-30')).toBe(80);
		expect(expectedOn(path, '2026-07-01')).toBeCloseTo(180 + (182 / 365) * 220, 6);
	});
	it('the baseline before the start and the target after the deadline', () => {
		expect(expectedOn(path, '2024-05-01')).toBe(0);
		expect(expectedOn(path, '2027-05-01')).toBe(400);
	});
	it('refuses an empty path', () => {
		expect(() => expectedOn([], '2025-01-01')).toThrow();
	});
	it('days count in UTC', () => {
		expect(dayNumber('1970-01-02')).toBe(1);
		expect(dateOfDay(dayNumber('2026-03-29'))).toBe('2026-03-29');
	});
});

describe('standing against the trajectory', () => {
	const path = [
		{ date: '2026-01-01', value: 0 },
		{ date: '2026-12-31', value: 364 }
	];
	// On 2026-07-02 (day 182 of 364) the trajectory expects 182; the tolerance is 5 % of 364 = 18.2.
	it('op koers within the tolerance', () => {
		expect(standing(path, [{ date: '2026-07-02', value: 170 }]).standing).toBe('op-koers');
		expect(standing(path, [{ date: '2026-07-02', value: 200 }]).standing).toBe('op-koers');
	});
	it('achter and voor beyond it, judged on the latest value', () => {
		const behind = standing(path, [
			{ date: '2026-07-02', value: 150 },
			{ date: '2026-03-01', value: 100 }
		]);
		expect(behind).toEqual({
			standing: 'achter',
			actual: { date: '2026-07-02', value: 150 },
			expected: 182,
			lead: -32
		});
		expect(standing(path, [{ date: '2026-07-02', value: 210 }]).standing).toBe('voor');
	});
	it('for a falling goal, lower is ahead', () => {
		const falling = [
			{ date: '2026-01-01', value: 500 },
			{ date: '2026-12-31', value: 136 }
		];
		expect(standing(falling, [{ date: '2026-07-02', value: 250 }]).standing).toBe('voor');
		expect(standing(falling, [{ date: '2026-07-02', value: 400 }]).standing).toBe('achter');
	});
	it('no actual values: no verdict', () => {
		expect(standing(path, []).standing).toBe('geen-gegevens');
	});
});

describe('linear forecast to the deadline', () => {
	const baseline = { date: '2026-01-01', value: 0 };
	const target = { date: '2026-12-31', value: 364 };
	it('a steady trend is extended to the deadline', () => {
		const forecast = linearForecast(baseline, [{ date: '2026-07-02', value: 91 }], target);
		expect(forecast?.value).toBeCloseTo(182, 6);
		expect(forecast?.slope).toBeCloseTo(0.5, 6);
		expect(forecast?.reachesTarget).toBe(false);
	});
	it('least squares through the baseline and every actual value', () => {
		const forecast = linearForecast(
			baseline,
			[
				{ date: '2026-04-01', value: 100 },
				{ date: '2026-07-01', value: 180 },
				{ date: '2026-10-01', value: 290 }
			],
			target
		);
		expect(forecast?.reachesTarget).toBe(true);
		expect(forecast?.value).toBeGreaterThan(364);
		expect(forecast?.date).toBe('2026-12-31');
	});
	it('no forecast without a value after the baseline date', () => {
		expect(linearForecast(baseline, [], target)).toBeNull();
		expect(linearForecast(baseline, [{ date: '2025-12-01', value: 5 }], target)).toBeNull();
	});
	it('a falling goal reaches its target when the forecast is at or below it', () => {
		const forecast = linearForecast(
			{ date: '2026-01-01', value: 500 },
			[{ date: '2026-07-02', value: 300 }],
			{ date: '2026-12-31', value: 200 }
		);
		expect(forecast?.reachesTarget).toBe(true);
	});
});

describe('overview', () => {
	it('counts per status, every status present', () => {
		expect(
			countByStatus([{ status: 'concept' }, { status: 'vastgesteld' }, { status: 'vastgesteld' }])
		).toEqual({ concept: 1, voorgesteld: 0, vastgesteld: 2, afgerond: 0, gestopt: 0 });
	});
	it('filters by contributing partner', () => {
		const goals = [
			{ id: 'a', contributorIds: ['heerlen', 'maastricht'] },
			{ id: 'b', contributorIds: ['uwv'] }
		];
		expect(filterByContributor(goals, 'maastricht').map((g) => g.id)).toEqual(['a']);
		expect(filterByContributor(goals, null).map((g) => g.id)).toEqual(['a', 'b']);
	});
});

describe('linked indicators', () => {
	it('quarter ends', () => {
		expect(quarterEnd(2026, 1)).toBe('2026-03-31');
		expect(quarterEnd(2026, 2)).toBe('2026-06-30');
		expect(quarterEnd(2024, 4)).toBe('2024-12-31');
	});
});

describe('a goal’s progress and what its page offers', () => {
	const goal = {
		baselineValue: 0,
		baselineDate: '2026-01-01',
		targetValue: 100,
		targetDate: '2027-01-01',
		milestones: []
	};

	it('stands the actual values against the trajectory and forecasts the deadline', () => {
		const actuals = [{ date: '2026-07-02', value: 20 }];
		const progress = goalProgress(goal, actuals);
		expect(progress.standing).toEqual(standing(trajectory(goal), actuals));
		expect(progress.standing.standing).toBe('achter');
		expect(progress.forecast?.reachesTarget).toBe(false);
		expect(goalProgress(goal, [])).toEqual({
			standing: { standing: 'geen-gegevens', actual: null, expected: null, lead: null },
			forecast: null
		});
	});

	it('shows progress for an agreed goal and a finished one only', () => {
		expect(showsProgress('vastgesteld')).toBe(true);
		expect(showsProgress('afgerond')).toBe(true);
		for (const status of ['concept', 'voorgesteld', 'gestopt'] as const)
			expect(showsProgress(status)).toBe(false);
	});

	it('lets the coordinator and editors of contributors enter actual values of an agreed, hand-entered goal', () => {
		const agreed = {
			status: 'vastgesteld' as const,
			source: 'handmatig' as const,
			contributorIds: ['a', 'b']
		};
		const coordinator = { isCoordinator: true, editorOrganisationIds: [] };
		const editorOfB = { isCoordinator: false, editorOrganisationIds: ['b'] };
		const editorElsewhere = { isCoordinator: false, editorOrganisationIds: ['c'] };
		expect(canEnterActuals(agreed, coordinator)).toBe(true);
		expect(canEnterActuals(agreed, editorOfB)).toBe(true);
		expect(canEnterActuals(agreed, editorElsewhere)).toBe(false);
		expect(canEnterActuals({ ...agreed, status: 'voorgesteld' }, coordinator)).toBe(false);
		expect(canEnterActuals({ ...agreed, source: 'baanafspraken' }, coordinator)).toBe(false);
	});

	it('counts all goals over the statuses', () => {
		expect(
			totalGoals(countByStatus([{ status: 'concept' }, { status: 'afgerond' }, { status: 'afgerond' }]))
		).toBe(3);
		expect(totalGoals(countByStatus([]))).toBe(0);
	});
});
