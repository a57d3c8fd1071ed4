// Shared goals: the life cycle (what may change in which state, who must consent), the milestone
// trajectory, the standing against it and a linear forecast to the deadline. Pure: no Svelte, no Supabase.
// The hard rules are mirrored in the database (supabase/migrations/20261130010000_goals.sql).

import { GOAL_STATUSES, GOAL_VERDICTS, type GoalSource, type GoalStatus, type GoalVerdict } from './enums';

export { GOAL_STATUSES, GOAL_VERDICTS, type GoalSource, type GoalStatus, type GoalVerdict };

/**
 * The fields an agreed goal changes only through a change proposal the contributors consent to: the target,
 * its date, what is measured, the toezichthouder and the shared tempo (milestones).
 */
export const FROZEN_WHEN_AGREED = [
	'indicator',
	'unit',
	'targetValue',
	'targetDate',
	'toezichthouderId',
	'milestones'
] as const;
export type FrozenField = (typeof FROZEN_WHEN_AGREED)[number];

/** Every field of a goal's content. */
export const GOAL_FIELDS = [
	'title',
	'description',
	'indicator',
	'unit',
	'source',
	'baselineValue',
	'baselineDate',
	'targetValue',
	'targetDate',
	'toezichthouderId',
	'milestones',
	'contributions'
] as const;
export type GoalField = (typeof GOAL_FIELDS)[number];

/**
 * The life cycle. A proposed goal goes back to concept when its proposal is withdrawn; an agreed goal is stopped
 * only when every contributor consents to a stop proposal, and closed (afgerond) only by its toezichthouder's
 * verdict.
 */
const TRANSITIONS: Record<GoalStatus, readonly GoalStatus[]> = {
	concept: ['voorgesteld'],
	voorgesteld: ['concept', 'vastgesteld'],
	vastgesteld: ['afgerond', 'gestopt'],
	afgerond: [],
	gestopt: []
};

export function canTransition(from: GoalStatus, to: GoalStatus): boolean {
	return TRANSITIONS[from].includes(to);
}

export function nextStatuses(from: GoalStatus): readonly GoalStatus[] {
	return TRANSITIONS[from];
}

/** A closed goal (afgerond with a verdict, or gestopt) no longer changes. */
export function isClosed(status: GoalStatus): boolean {
	return status === 'afgerond' || status === 'gestopt';
}

export type ChangeRoute = 'direct' | 'change-proposal' | 'refused';

/**
 * How a field of a goal may change in a state: freely while concept; not at all while proposed (the
 * partners are consenting to that text) or closed; once agreed, title and description directly, the
 * frozen fields (milestones included) only through a change proposal, the rest (baseline, source,
 * contributions) not at all.
 */
export function changeRoute(status: GoalStatus, field: GoalField): ChangeRoute {
	switch (status) {
		case 'concept':
			return 'direct';
		case 'vastgesteld':
			if (field === 'title' || field === 'description') return 'direct';
			return (FROZEN_WHEN_AGREED as readonly string[]).includes(field) ? 'change-proposal' : 'refused';
		default:
			return 'refused';
	}
}

/** The contributing partners that still have to consent to an open version. */
export function missingConsents(
	contributorIds: readonly string[],
	consentedIds: readonly string[]
): string[] {
	const consented = new Set(consentedIds);
	return [...new Set(contributorIds)].filter((id) => !consented.has(id));
}

/** A version takes effect once every contributing partner (and there is at least one) has consented. */
export function consentComplete(contributorIds: readonly string[], consentedIds: readonly string[]): boolean {
	return contributorIds.length > 0 && missingConsents(contributorIds, consentedIds).length === 0;
}

/**
 * The partners the current user may consent for: contributors that have not consented yet and where the
 * user is an editor or more. The region's coordinator does not consent for other partners.
 */
export function consentableFor(
	contributorIds: readonly string[],
	consentedIds: readonly string[],
	myEditorOrganisationIds: readonly string[]
): string[] {
	const mine = new Set(myEditorOrganisationIds);
	return missingConsents(contributorIds, consentedIds).filter((id) => mine.has(id));
}

/** What a goal needs before it can be proposed. */
export function proposalBlockers(goal: {
	toezichthouderId: string | null;
	contributorCount: number;
}): ('toezichthouder' | 'contributors')[] {
	const blockers: ('toezichthouder' | 'contributors')[] = [];
	if (!goal.toezichthouderId) blockers.push('toezichthouder');
	if (goal.contributorCount < 1) blockers.push('contributors');
	return blockers;
}

// ---------------------------------------------------------------------------------------------------
// Validation of a goal's content (shared by the form schema; the database checks the same)

export interface MilestoneInput {
	dueDate: string;
	targetValue: number;
}

export interface GoalDraft {
	title: string;
	baselineValue: number;
	baselineDate: string;
	targetValue: number;
	targetDate: string;
	milestones: readonly MilestoneInput[];
}

export type GoalDraftProblem =
	| 'title-empty'
	| 'target-date-not-after-baseline'
	| 'milestones-dates-out-of-order'
	| 'milestone-outside-period'
	| 'milestone-past-target'
	| 'milestones-values-out-of-order';

export interface ProblemAt {
	problem: GoalDraftProblem;
	/** The milestone (index in the input) the problem is about, if any. */
	milestone?: number;
}

/** ISO dates (yyyy-mm-dd) compare as strings. */
const before = (a: string, b: string) => a < b;

export function goalDraftProblems(draft: GoalDraft): ProblemAt[] {
	const problems: ProblemAt[] = [];
	if (draft.title.trim() === '') problems.push({ problem: 'title-empty' });
	const periodOk = before(draft.baselineDate, draft.targetDate);
	if (!periodOk) problems.push({ problem: 'target-date-not-after-baseline' });

	const ms = draft.milestones;
	for (let i = 1; i < ms.length; i++) {
		if (!before(ms[i - 1].dueDate, ms[i].dueDate)) {
			problems.push({ problem: 'milestones-dates-out-of-order', milestone: i });
			return problems;
		}
	}
	if (periodOk) {
		const outside = ms.findIndex(
			(m) => !before(draft.baselineDate, m.dueDate) || !before(m.dueDate, draft.targetDate)
		);
		if (outside >= 0) {
			problems.push({ problem: 'milestone-outside-period', milestone: outside });
			return problems;
		}
	}
	const rising = draft.targetValue >= draft.baselineValue;
	const past = ms.findIndex((m) =>
		rising ? m.targetValue > draft.targetValue : m.targetValue < draft.targetValue
	);
	if (past >= 0) {
		problems.push({ problem: 'milestone-past-target', milestone: past });
		return problems;
	}
	const values = [draft.baselineValue, ...ms.map((m) => m.targetValue), draft.targetValue];
	for (let i = 1; i < values.length; i++) {
		const step = values[i] - values[i - 1];
		if ((rising && step < 0) || (!rising && step > 0)) {
			problems.push({
				problem: 'milestones-values-out-of-order',
				milestone: Math.min(i - 1, ms.length - 1)
			});
			break;
		}
	}
	return problems;
}

// ---------------------------------------------------------------------------------------------------
// Trajectory, standing and forecast

export interface Point {
	/** ISO date yyyy-mm-dd. */
	date: string;
	value: number;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date (UTC, so no daylight-saving steps). */
export function dayNumber(date: string): number {
	const [y, m, d] = date.split('-').map(Number);
	return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function dateOfDay(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The agreed path: baseline, the milestones in date order, the target. */
export function trajectory(goal: {
	baselineValue: number;
	baselineDate: string;
	targetValue: number;
	targetDate: string;
	milestones: readonly MilestoneInput[];
}): Point[] {
	const milestones = [...goal.milestones]
		.sort((a, b) => dayNumber(a.dueDate) - dayNumber(b.dueDate))
		.map((m) => ({ date: m.dueDate, value: m.targetValue }));
	return [
		{ date: goal.baselineDate, value: goal.baselineValue },
		...milestones,
		{ date: goal.targetDate, value: goal.targetValue }
	];
}

/**
 * The value the trajectory expects on a date: linear between its points, the baseline before it starts and
 * the target after the deadline.
 */
export function expectedOn(path: readonly Point[], date: string): number {
	if (path.length === 0) throw new Error('empty trajectory');
	const day = dayNumber(date);
	if (day <= dayNumber(path[0].date)) return path[0].value;
	for (let i = 1; i < path.length; i++) {
		const from = dayNumber(path[i - 1].date);
		const to = dayNumber(path[i].date);
		if (day <= to) {
			const share = to === from ? 1 : (day - from) / (to - from);
			return path[i - 1].value + share * (path[i].value - path[i - 1].value);
		}
	}
	return path[path.length - 1].value;
}

export type Standing = 'op-koers' | 'achter' | 'voor' | 'geen-gegevens';

/** Within this share of the whole way from baseline to target, a goal is on course. */
export const ON_COURSE_TOLERANCE = 0.05;

export interface StandingResult {
	standing: Standing;
	/** The latest actual value and what the trajectory expected on its date. */
	actual: Point | null;
	expected: number | null;
	/** actual - expected, signed towards the target (positive = ahead). */
	lead: number | null;
}

/**
 * Standing of the latest actual value against the trajectory on the same date: "voor" (ahead) or "achter"
 * (behind) when the difference is more than the tolerance of the whole way, otherwise "op koers".
 */
export function standing(path: readonly Point[], actuals: readonly Point[]): StandingResult {
	if (actuals.length === 0 || path.length < 2) {
		return { standing: 'geen-gegevens', actual: null, expected: null, lead: null };
	}
	const latest = [...actuals].sort((a, b) => dayNumber(a.date) - dayNumber(b.date))[actuals.length - 1];
	const expected = expectedOn(path, latest.date);
	const start = path[0].value;
	const end = path[path.length - 1].value;
	const direction = end >= start ? 1 : -1;
	const lead = (latest.value - expected) * direction;
	const way = Math.abs(end - start);
	const tolerance = way === 0 ? 0 : way * ON_COURSE_TOLERANCE;
	const verdict: Standing = lead > tolerance ? 'voor' : lead < -tolerance ? 'achter' : 'op-koers';
	return { standing: verdict, actual: latest, expected, lead };
}

export interface Forecast {
	/** The value the trend reaches at the deadline. */
	value: number;
	date: string;
	/** Change per day. */
	slope: number;
	/** Does the trend reach the target by the deadline? */
	reachesTarget: boolean;
}

/**
 * Simple linear forecast: the least-squares line through the baseline and the actual values, read at the
 * deadline. Null without at least one actual value after the baseline date.
 */
export function linearForecast(baseline: Point, actuals: readonly Point[], target: Point): Forecast | null {
	const points = [baseline, ...actuals.filter((a) => dayNumber(a.date) > dayNumber(baseline.date))];
	if (points.length < 2) return null;
	const xs = points.map((p) => dayNumber(p.date));
	const ys = points.map((p) => p.value);
	const n = points.length;
	const meanX = xs.reduce((s, x) => s + x, 0) / n;
	const meanY = ys.reduce((s, y) => s + y, 0) / n;
	let sxx = 0;
	let sxy = 0;
	for (let i = 0; i < n; i++) {
		sxx += (xs[i] - meanX) ** 2;
		sxy += (xs[i] - meanX) * (ys[i] - meanY);
	}
	if (sxx === 0) return null;
	const slope = sxy / sxx;
	const value = meanY + slope * (dayNumber(target.date) - meanX);
	const rising = target.value >= baseline.value;
	return {
		value,
		date: target.date,
		slope,
		reachesTarget: rising ? value >= target.value : value <= target.value
	};
}

// ---------------------------------------------------------------------------------------------------
// A goal's progress and what its page offers

export interface GoalProgress {
	standing: StandingResult;
	forecast: Forecast | null;
}

/** The standing of the actual values against the milestone trajectory, and the linear forecast to the deadline. */
export function goalProgress(
	goal: {
		baselineValue: number;
		baselineDate: string;
		targetValue: number;
		targetDate: string;
		milestones: readonly MilestoneInput[];
	},
	actuals: readonly Point[]
): GoalProgress {
	return {
		standing: standing(trajectory(goal), actuals),
		forecast: linearForecast({ date: goal.baselineDate, value: goal.baselineValue }, actuals, {
			date: goal.targetDate,
			value: goal.targetValue
		})
	};
}

/** Progress against the trajectory means something once a goal is agreed: while it runs and when it is done. */
export function showsProgress(status: GoalStatus): boolean {
	return status === 'vastgesteld' || status === 'afgerond';
}

/**
 * Actual values are entered by hand for an agreed goal without a linked source, by the coordinator or an
 * editor of a contributing partner (the database enforces the same).
 */
export function canEnterActuals(
	goal: { status: GoalStatus; source: GoalSource; contributorIds: readonly string[] },
	viewer: { isCoordinator: boolean; editorOrganisationIds: readonly string[] }
): boolean {
	return (
		goal.status === 'vastgesteld' &&
		goal.source === 'handmatig' &&
		(viewer.isCoordinator || goal.contributorIds.some((id) => viewer.editorOrganisationIds.includes(id)))
	);
}

// ---------------------------------------------------------------------------------------------------
// Overview

export function countByStatus(goals: readonly { status: GoalStatus }[]): Record<GoalStatus, number> {
	const counts = Object.fromEntries(GOAL_STATUSES.map((s) => [s, 0])) as Record<GoalStatus, number>;
	for (const goal of goals) counts[goal.status]++;
	return counts;
}

/** All goals counted per status, together. */
export function totalGoals(counts: Readonly<Record<GoalStatus, number>>): number {
	return GOAL_STATUSES.reduce((sum, status) => sum + counts[status], 0);
}

/** Goals a partner contributes to (all goals without a partner filter). */
export function filterByContributor<T extends { contributorIds: readonly string[] }>(
	goals: readonly T[],
	organisationId: string | null
): T[] {
	return organisationId ? goals.filter((g) => g.contributorIds.includes(organisationId)) : [...goals];
}

// ---------------------------------------------------------------------------------------------------
// Linked indicators: their actual values come from the database (goal_actual_points in
// supabase/migrations/20261219010000_report_snapshot_in_database.sql), for the goal pages and the report alike.

/** End date (ISO) of a quarter. */
export function quarterEnd(year: number, quarter: number): string {
	const month = quarter * 3;
	const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return `${year}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------------
// Stopping, the toezichthouder's verdict, successors (seed 004:1085-1091: "slechts één organisatie toetst")

/**
 * Who may propose to stop an agreed goal: the coordinator, or an editor of a contributing partner; not while
 * another proposal is open. The stop takes effect when every contributor consents (the database enforces it).
 */
export function canProposeStop(
	goal: { status: GoalStatus; contributorIds: readonly string[]; hasOpenVersion: boolean },
	viewer: { isCoordinator: boolean; editorOrganisationIds: readonly string[] }
): boolean {
	return (
		goal.status === 'vastgesteld' &&
		!goal.hasOpenVersion &&
		(viewer.isCoordinator || goal.contributorIds.some((id) => viewer.editorOrganisationIds.includes(id)))
	);
}

/** Only the toezichthouder gives the verdict, through its own editors (or more), on an agreed goal. */
export function canGiveVerdict(
	goal: { status: GoalStatus; toezichthouderId: string | null },
	viewer: { editorOrganisationIds: readonly string[] }
): boolean {
	return (
		goal.status === 'vastgesteld' &&
		goal.toezichthouderId !== null &&
		viewer.editorOrganisationIds.includes(goal.toezichthouderId)
	);
}

/** The verdict is asked for from the target date on (ISO dates). */
export function verdictDue(goal: { status: GoalStatus; targetDate: string }, today: string): boolean {
	return goal.status === 'vastgesteld' && goal.targetDate <= today;
}

/** Has the realisation reached the target (in the goal's direction)? */
export function targetReached(
	goal: { baselineValue: number; targetValue: number },
	realisation: number
): boolean {
	return goal.targetValue >= goal.baselineValue
		? realisation >= goal.targetValue
		: realisation <= goal.targetValue;
}

/** The share of the intended change (baseline to target) that was realised; 1 when no change was intended. */
export function shareOfChange(
	goal: { baselineValue: number; targetValue: number },
	realisation: number
): number {
	const way = goal.targetValue - goal.baselineValue;
	return way === 0 ? 1 : (realisation - goal.baselineValue) / way;
}

/** From this share of the intended change on, a goal not reached is "deels behaald". */
export const PARTLY_REACHED_SHARE = 0.5;

/**
 * The verdict the system suggests: behaald when the target is reached; deels behaald when at least half the
 * intended change was realised; else niet behaald. The toezichthouder may deviate, with an explanation.
 */
export function suggestedVerdict(
	goal: { baselineValue: number; targetValue: number },
	realisation: number
): GoalVerdict {
	if (targetReached(goal, realisation)) return 'behaald';
	return shareOfChange(goal, realisation) >= PARTLY_REACHED_SHARE ? 'deels_behaald' : 'niet_behaald';
}

/**
 * Whether a verdict may be given on that date: niet or deels behaald from the target date on; behaald also
 * earlier once the realisation reaches the target. The database refuses the same.
 */
export function verdictAllowedOn(
	goal: { baselineValue: number; targetValue: number; targetDate: string },
	verdict: GoalVerdict,
	verdictDate: string,
	realisation: number
): boolean {
	return verdictDate >= goal.targetDate || (verdict === 'behaald' && targetReached(goal, realisation));
}

/** Milestones of a change proposal equal the current ones (same dates and values, in date order)? */
export function sameMilestones(a: readonly MilestoneInput[], b: readonly MilestoneInput[]): boolean {
	const sorted = (list: readonly MilestoneInput[]) =>
		[...list].sort((x, y) => (x.dueDate < y.dueDate ? -1 : x.dueDate > y.dueDate ? 1 : 0));
	const [x, y] = [sorted(a), sorted(b)];
	return (
		x.length === y.length &&
		x.every((m, i) => m.dueDate === y[i].dueDate && Math.abs(m.targetValue - y[i].targetValue) < 0.005)
	);
}
