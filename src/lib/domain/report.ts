// Reports to the councils (raadsinformatiebrief). Pure rules: the sections a report can have, the snapshot each
// section stores on publication, key figures with their comparison to target and to the previous period, the
// gemeente's share of the regional result, the open risks, and the corrections between two versions.
//
// Adding a section: give it a data type in SectionDataMap, a definition in
// SECTION_REGISTRY (available: true, keyFigures, risks, sheets), a collector in src/lib/data/reports.ts
// (COLLECTORS) and a renderer in src/lib/components/report/sections.ts (SECTION_RENDERERS).
import {
	SECTORS,
	partnerContributions,
	sectorStanding,
	sectorYear,
	sumPlacements,
	type PlacementFigure,
	type RegionalTarget,
	type Sector,
	type TrackStatus
} from './baanafspraken';
import {
	DEFAULT_DROP_THRESHOLD,
	budgetTotals,
	committedByYear,
	realisationRate,
	stabilityOf,
	type CommitmentFigure,
	type StabilityVerdict
} from './budget';
import {
	countByStatus,
	dayNumber,
	filterByContributor,
	standing,
	trajectory,
	type GoalStatus,
	type MilestoneInput,
	type Point,
	type Standing
} from './goals';
import { isOverdue } from './meetings';
import type {
	FactorKey,
	HealthStatus,
	IndicatorKey,
	NetworkHealth,
	RecommendationKey
} from './network-health';
import type { NetworkMetrics, PartnerScore } from './network-metrics';
import type { Quarter } from './periods';

// ---------------------------------------------------------------------------------------------------
// Sections, scope and period

export const REPORT_SECTIONS = ['baanafspraken', 'budgetten', 'doelen', 'netwerk', 'overleggen'] as const;
export type SectionId = (typeof REPORT_SECTIONS)[number];

export function isSectionId(value: string): value is SectionId {
	return (REPORT_SECTIONS as readonly string[]).includes(value);
}

export type ReportScope = { kind: 'region' } | { kind: 'gemeente'; organisationId: string };

/** A quarter of a year, or (quarter null) the whole year. */
export interface ReportPeriod {
	year: number;
	quarter: Quarter['quarter'] | null;
}

const PERIOD_PATTERN = /^(\d{4})(?:-K([1-4]))?$/;

/** "2025" is the year 2025, "2025-K3" its third quarter; anything else is null. */
export function parsePeriod(text: string | null | undefined): ReportPeriod | null {
	const match = PERIOD_PATTERN.exec(text?.trim() ?? '');
	if (!match) return null;
	const year = Number(match[1]);
	if (year < 2013 || year > 2100) return null;
	return { year, quarter: match[2] ? (Number(match[2]) as Quarter['quarter']) : null };
}

export function periodKey(period: ReportPeriod): string {
	return period.quarter === null ? String(period.year) : `${period.year}-K${period.quarter}`;
}

/** The last quarter the period covers. */
export function lastQuarterOf(period: ReportPeriod): Quarter['quarter'] {
	return period.quarter ?? 4;
}

export function periodQuarters(period: ReportPeriod): Quarter[] {
	const quarters = period.quarter === null ? ([1, 2, 3, 4] as const) : [period.quarter];
	return quarters.map((quarter) => ({ year: period.year, quarter }));
}

/** The period just before: the previous quarter, or the previous year. */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
	if (period.quarter === null) return { year: period.year - 1, quarter: null };
	return period.quarter === 1
		? { year: period.year - 1, quarter: 4 }
		: { year: period.year, quarter: (period.quarter - 1) as Quarter['quarter'] };
}

/** The reference date (peildatum): the last day of the period, as YYYY-MM-DD. */
export function referenceDate(period: ReportPeriod): string {
	const month = lastQuarterOf(period) * 3;
	const lastDay = new Date(Date.UTC(period.year, month, 0)).getUTCDate();
	return `${period.year}-${String(month).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}

/** A period can be reported on once it has begun. */
export function isReportablePeriod(period: ReportPeriod, today: Date): boolean {
	const start = new Date(period.year, period.quarter === null ? 0 : (period.quarter - 1) * 3, 1);
	return start.getTime() <= today.getTime();
}

function inPeriod(item: Quarter, period: ReportPeriod): boolean {
	return item.year === period.year && (period.quarter === null || item.quarter === period.quarter);
}

// ---------------------------------------------------------------------------------------------------
// Snapshot shapes

export const round2 = (value: number) => Math.round(value * 100) / 100;

export interface NamedPartner {
	id: string;
	name: string;
}

export interface PeriodFigures {
	persons: number;
	countedJobs: number;
}

export interface SectorSnapshot {
	sector: Sector;
	status: TrackStatus;
	/** Cumulative counted jobs at the reference date. */
	actualJobs: number;
	/** Where the trajectory to the year's target is at the reference date. */
	expectedJobs: number | null;
	targetJobs: number | null;
	differenceJobs: number | null;
	quarters: {
		quarter: Quarter['quarter'];
		persons: number;
		countedJobs: number;
		cumulativeJobs: number | null;
		expectedJobs: number | null;
	}[];
}

export interface GemeenteBaanafspraken {
	organisationId: string;
	name: string;
	current: PeriodFigures;
	previous: PeriodFigures;
	/** Share of the region's counted jobs in the period, 0..1. */
	share: number;
	previousShare: number;
	/** 1 = largest contributor of the period; null without placements. */
	rank: number | null;
	contributors: number;
}

export interface BaanafsprakenSnapshot {
	year: number;
	uptoQuarter: Quarter['quarter'];
	region: { current: PeriodFigures; previous: PeriodFigures };
	sectors: SectorSnapshot[];
	/** Every partner's contribution in the period, largest first. */
	partners: (PeriodFigures & { organisationId: string; name: string; share: number })[];
	gemeente: GemeenteBaanafspraken | null;
}

export interface BudgetProgrammeSnapshot {
	name: string;
	committed: number;
	realised: number | null;
	rate: number | null;
	/** Change of the programme's commitment against the previous year, as a fraction. */
	change: number | null;
	/** The commitment dropped more than the threshold this year. */
	flagged: boolean;
	verdict: StabilityVerdict;
}

export interface BudgetSnapshot {
	year: number;
	region: {
		committed: number;
		realised: number;
		committedWithRealisation: number;
		rate: number | null;
		previousCommitted: number | null;
	};
	years: { year: number; committed: number; realised: number | null }[];
	programmes: BudgetProgrammeSnapshot[];
	partners: { organisationId: string; name: string; committed: number; realised: number | null }[];
	gemeente: {
		organisationId: string;
		name: string;
		committed: number;
		realised: number | null;
		previousCommitted: number | null;
		/** Share of the region's commitment of the year, 0..1. */
		share: number;
	} | null;
}

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

export interface MeetingSnapshotAction {
	item: string;
	description: string;
	ownerId: string;
	owner: string;
	dueDate: string;
	/** Open and its due date before the snapshot's asOf date. */
	overdue: boolean;
	daysOverdue: number;
}

export interface MeetingSnapshot {
	id: string;
	title: string;
	startsAt: string;
	/** The meeting's date in the Netherlands (YYYY-MM-DD). */
	date: string;
	location: string | null;
	decisions: { item: string; body: string }[];
	/** The actions of this meeting still open when the figures were read. */
	openActions: MeetingSnapshotAction[];
}

export interface MeetingsSnapshot {
	/** The date the open actions are judged against: the reference date, or the day of reading if earlier. */
	asOf: string;
	gemeente: NamedPartner | null;
	meetings: MeetingSnapshot[];
}

/** A text the report shows in the reader's language, stored with the snapshot so it never changes. */
export interface LocalisedText {
	nl: string;
	en: string;
}

export interface NetworkIndicatorSnapshot {
	key: IndicatorKey;
	status: HealthStatus;
	/** As the health check defines it (share, count, trust 1-4 or Gini); null without data. */
	value: number | null;
	/** For counts and shares: out of how many. */
	total: number | null;
	/** The recommendation of a weak point (status attention or weak), with its text. */
	recommendation: { key: RecommendationKey; text: LocalisedText } | null;
}

export interface NetworkFactorSnapshot {
	key: FactorKey;
	score: number | null;
	status: HealthStatus;
	indicators: NetworkIndicatorSnapshot[];
}

export interface NetworkMetricsSnapshot {
	partners: number;
	/** Contacts recorded in the region when the figures were read. */
	contacts: number;
	density: number;
	pairsInContact: number;
	pairCount: number;
	pairsNeverInContact: number;
	reachablePairsShare: number;
	degreeCentralization: number;
	contactGini: number;
	/** Names of the partners without any contact. */
	partnersWithoutContact: string[];
}

export interface NetworkGemeenteSnapshot extends NamedPartner {
	/** Partners it is in contact with, and its centrality (0-1); null without contacts. */
	degree: number | null;
	degreeCentrality: number | null;
	betweennessCentrality: number | null;
	/** Trust and value (1-4) the other partners gave it in the latest closed round; null when not shown. */
	trust: number | null;
	value: number | null;
}

export interface NetworkSnapshot {
	/** The health check's total score (0-100); null without data. */
	score: number | null;
	factors: NetworkFactorSnapshot[];
	/** Null when no contacts were recorded. */
	metrics: NetworkMetricsSnapshot | null;
	/** Network trust and value (1-4) of the latest closed survey round; null when there is none. */
	trust: number | null;
	value: number | null;
	/** For a gemeente scope: its own place in the network. */
	gemeente: NetworkGemeenteSnapshot | null;
}

/**
 * The data each section stores. Sections not built yet store nothing: give them a type here when they are.
 */
export interface SectionDataMap {
	baanafspraken: BaanafsprakenSnapshot;
	budgetten: BudgetSnapshot;
	doelen: GoalsSnapshot;
	netwerk: NetworkSnapshot;
	overleggen: MeetingsSnapshot;
}

export type SnapshotScope = { kind: 'region' } | { kind: 'gemeente'; organisationId: string; name: string };

export interface ReportSnapshot {
	schemaVersion: 1;
	region: { id: string; name: string };
	scope: SnapshotScope;
	period: ReportPeriod;
	referenceDate: string;
	/** When the figures were read (ISO). */
	collectedAt: string;
	sections: { [K in SectionId]?: SectionDataMap[K] };
}

// ---------------------------------------------------------------------------------------------------
// Building the section snapshots from the figures

function periodFigures(placements: readonly PlacementFigure[], period: ReportPeriod): PeriodFigures {
	const totals = sumPlacements(placements.filter((p) => inPeriod(p, period)));
	return { persons: totals.persons, countedJobs: round2(totals.countedJobs) };
}

/**
 * The baanafspraken as at the end of the period: figures of later quarters are left out, so a report on the
 * second quarter reads the same whenever it is made.
 */
export function baanafsprakenSnapshot(
	placements: readonly PlacementFigure[],
	targets: readonly RegionalTarget[],
	period: ReportPeriod,
	partners: readonly NamedPartner[],
	gemeenteId: string | null
): BaanafsprakenSnapshot {
	const upto = lastQuarterOf(period);
	const known = placements.filter(
		(p) => p.year < period.year || (p.year === period.year && p.quarter <= upto)
	);
	const previous = previousPeriod(period);
	const names = new Map(partners.map((p) => [p.id, p.name]));
	const sectors = SECTORS.map((sector): SectorSnapshot => {
		const target = targets.find((t) => t.year === period.year && t.sector === sector) ?? null;
		const points = sectorYear(known, period.year, sector, target);
		const standing = sectorStanding(points, sector, target, upto, upto / 4);
		return {
			sector,
			status: standing.status,
			actualJobs: round2(standing.actualJobs),
			expectedJobs: standing.expectedJobs === null ? null : round2(standing.expectedJobs),
			targetJobs: standing.targetJobs,
			differenceJobs: standing.differenceJobs,
			quarters: points.map((point) => ({
				quarter: point.quarter,
				persons: point.persons,
				countedJobs: round2(point.countedJobs),
				cumulativeJobs: point.quarter <= upto ? round2(point.cumulativeJobs) : null,
				expectedJobs: point.expectedJobs === null ? null : round2(point.expectedJobs)
			}))
		};
	});
	const share = (list: readonly PlacementFigure[], p: ReportPeriod, id: string) => {
		const region = sumPlacements(list.filter((x) => inPeriod(x, p))).countedJobs;
		const own = sumPlacements(list.filter((x) => inPeriod(x, p) && x.organisationId === id)).countedJobs;
		return region > 0 ? own / region : 0;
	};
	const inCurrent = known.filter((p) => inPeriod(p, period));
	// partnerContributions counts a year up to a quarter; restricting to the period first makes it the period.
	const contributions = partnerContributions(inCurrent, period.year, upto);
	let gemeente: GemeenteBaanafspraken | null = null;
	if (gemeenteId) {
		const own = known.filter((p) => p.organisationId === gemeenteId);
		const index = contributions.findIndex((c) => c.organisationId === gemeenteId);
		gemeente = {
			organisationId: gemeenteId,
			name: names.get(gemeenteId) ?? gemeenteId,
			current: periodFigures(own, period),
			previous: periodFigures(own, previous),
			share: round2(share(known, period, gemeenteId) * 10000) / 10000,
			previousShare: round2(share(known, previous, gemeenteId) * 10000) / 10000,
			rank: index >= 0 ? index + 1 : null,
			contributors: contributions.length
		};
	}
	return {
		year: period.year,
		uptoQuarter: upto,
		region: { current: periodFigures(known, period), previous: periodFigures(known, previous) },
		sectors,
		partners: contributions.map((c) => ({
			organisationId: c.organisationId,
			name: names.get(c.organisationId) ?? c.organisationId,
			persons: c.total.persons,
			countedJobs: round2(c.total.countedJobs),
			share: round2(c.share * 10000) / 10000
		})),
		gemeente
	};
}

/** The budgets of the period's year, with each programme's stability up to that year. */
export function budgetSnapshot(
	programmes: readonly { id: string; name: string }[],
	commitments: readonly CommitmentFigure[],
	year: number,
	partners: readonly NamedPartner[],
	gemeenteId: string | null,
	threshold = DEFAULT_DROP_THRESHOLD
): BudgetSnapshot {
	const known = commitments.filter((c) => c.year <= year);
	const inYear = known.filter((c) => c.year === year);
	const previousYear = known.filter((c) => c.year === year - 1);
	const names = new Map(partners.map((p) => [p.id, p.name]));
	const totals = budgetTotals(inYear);
	const realisedOrNull = (list: readonly CommitmentFigure[]) =>
		list.some((c) => c.realisedAmount !== null) ? budgetTotals(list).realised : null;
	const years = [...new Set(known.map((c) => c.year))].sort((a, b) => a - b);
	const programmeSnapshots = programmes
		.map((programme): BudgetProgrammeSnapshot | null => {
			const own = known.filter((c) => c.programmeId === programme.id);
			const ofYear = own.filter((c) => c.year === year);
			if (ofYear.length === 0 && own.length === 0) return null;
			const stability = stabilityOf(committedByYear(own), threshold);
			const change = stability.years.find((y) => y.year === year);
			const programmeTotals = budgetTotals(ofYear);
			return {
				name: programme.name,
				committed: programmeTotals.committed,
				realised: realisedOrNull(ofYear),
				rate: realisationRate(programmeTotals),
				change: change?.change ?? null,
				flagged: change?.flagged ?? false,
				verdict: stability.verdict
			};
		})
		.filter((p): p is BudgetProgrammeSnapshot => p !== null);
	const partnerIds = [...new Set(inYear.map((c) => c.organisationId))];
	const partnerRows = partnerIds
		.map((organisationId) => {
			const own = inYear.filter((c) => c.organisationId === organisationId);
			return {
				organisationId,
				name: names.get(organisationId) ?? organisationId,
				committed: budgetTotals(own).committed,
				realised: realisedOrNull(own)
			};
		})
		.sort((a, b) => b.committed - a.committed || a.name.localeCompare(b.name));
	let gemeente: BudgetSnapshot['gemeente'] = null;
	if (gemeenteId) {
		const own = inYear.filter((c) => c.organisationId === gemeenteId);
		const ownPrevious = previousYear.filter((c) => c.organisationId === gemeenteId);
		const committed = budgetTotals(own).committed;
		gemeente = {
			organisationId: gemeenteId,
			name: names.get(gemeenteId) ?? gemeenteId,
			committed,
			realised: realisedOrNull(own),
			previousCommitted: ownPrevious.length ? budgetTotals(ownPrevious).committed : null,
			share: totals.committed > 0 ? round2((committed / totals.committed) * 10000) / 10000 : 0
		};
	}
	return {
		year,
		region: {
			committed: totals.committed,
			realised: totals.realised,
			committedWithRealisation: totals.committedWithRealisation,
			rate: realisationRate(totals),
			previousCommitted: previousYear.length ? budgetTotals(previousYear).committed : null
		},
		years: years.map((y) => {
			const ofYear = known.filter((c) => c.year === y);
			return { year: y, committed: budgetTotals(ofYear).committed, realised: realisedOrNull(ofYear) };
		}),
		programmes: programmeSnapshots,
		partners: partnerRows,
		gemeente
	};
}

/** The first day of the period, as YYYY-MM-DD. */
export function periodStart(period: ReportPeriod): string {
	const month = period.quarter === null ? 1 : (period.quarter - 1) * 3 + 1;
	return `${period.year}-${String(month).padStart(2, '0')}-01`;
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

/** The date (YYYY-MM-DD) of an instant in the Netherlands. */
export function localDate(instant: string, timeZone = 'Europe/Amsterdam'): string {
	return new Intl.DateTimeFormat('en-CA', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).format(new Date(instant));
}

/** Meetings held in the period (by their date in the Netherlands), oldest first. */
export function meetingsInPeriod<T extends { startsAt: string }>(
	meetings: readonly T[],
	period: ReportPeriod
): T[] {
	const from = periodStart(period);
	const to = referenceDate(period);
	return meetings
		.filter((meeting) => {
			const date = localDate(meeting.startsAt);
			return date >= from && date <= to;
		})
		.sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
}

/** What the meetings section reads of a meeting (a subset of the meetings module's Meeting). */
export interface MeetingFigure {
	id: string;
	title: string;
	startsAt: string;
	location: string | null;
	items: readonly { id: string; title: string }[];
	decisions: readonly { agendaItemId: string; body: string }[];
	actions: readonly {
		agendaItemId: string;
		description: string;
		ownerOrganisationId: string;
		dueDate: string;
		status: 'open' | 'done';
	}[];
}

/**
 * The region's meetings in the period with their decisions and the actions still open; an open action is
 * over its date when its due date lies before the reference date (or before today, for a period not over).
 */
export function meetingsSnapshot(
	meetings: readonly MeetingFigure[],
	period: ReportPeriod,
	partners: readonly NamedPartner[],
	gemeenteId: string | null,
	today: string
): MeetingsSnapshot {
	const reference = referenceDate(period);
	const asOf = today < reference ? today : reference;
	const names = new Map(partners.map((p) => [p.id, p.name]));
	const nameOf = (id: string) => names.get(id) ?? id;
	return {
		asOf,
		gemeente: gemeenteId ? { id: gemeenteId, name: nameOf(gemeenteId) } : null,
		meetings: meetingsInPeriod(meetings, period).map((meeting): MeetingSnapshot => {
			const itemTitle = (id: string) => meeting.items.find((item) => item.id === id)?.title ?? '';
			const position = (id: string) => meeting.items.findIndex((item) => item.id === id);
			return {
				id: meeting.id,
				title: meeting.title,
				startsAt: meeting.startsAt,
				date: localDate(meeting.startsAt),
				location: meeting.location,
				decisions: [...meeting.decisions]
					.sort((a, b) => position(a.agendaItemId) - position(b.agendaItemId))
					.map((d) => ({ item: itemTitle(d.agendaItemId), body: d.body })),
				openActions: meeting.actions
					.filter((a) => a.status === 'open')
					.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0))
					.map((a) => {
						const overdue = isOverdue(a, asOf);
						return {
							item: itemTitle(a.agendaItemId),
							description: a.description,
							ownerId: a.ownerOrganisationId,
							owner: nameOf(a.ownerOrganisationId),
							dueDate: a.dueDate,
							overdue,
							daysOverdue: overdue ? dayNumber(asOf) - dayNumber(a.dueDate) : 0
						};
					})
			};
		})
	};
}

/** What the network section reads: the health check and metrics of the network module, and the survey scores. */
export interface NetworkFigures {
	health: NetworkHealth;
	metrics: NetworkMetrics | null;
	/** Contacts recorded in the region. */
	contacts: number;
	trust: number | null;
	value: number | null;
	/** Per-partner scores of the latest closed round (only those past the minimum number of raters). */
	partnerScores: readonly PartnerScore[];
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/**
 * The network's health as it is when the figures are read (the network module keeps no history): the three
 * factors with their indicators, the recommendation text of each weak point, the contact metrics and, for a
 * gemeente, its own place in the network.
 */
export function networkSnapshot(
	figures: NetworkFigures,
	partners: readonly NamedPartner[],
	gemeenteId: string | null,
	recommendationText: (key: RecommendationKey) => LocalisedText
): NetworkSnapshot {
	const names = new Map(partners.map((p) => [p.id, p.name]));
	const nameOf = (id: string) => names.get(id) ?? id;
	const { metrics } = figures;
	const own = gemeenteId ? metrics?.nodes[gemeenteId] : undefined;
	const score = gemeenteId ? figures.partnerScores.find((s) => s.organisationId === gemeenteId) : undefined;
	return {
		score: figures.health.score,
		factors: figures.health.factors.map((factor) => ({
			key: factor.key,
			score: factor.score,
			status: factor.status,
			indicators: factor.indicators.map((indicator) => ({
				key: indicator.key,
				status: indicator.status,
				value: indicator.value === null ? null : round3(indicator.value),
				total: indicator.total ?? null,
				recommendation: indicator.recommendation
					? { key: indicator.recommendation, text: recommendationText(indicator.recommendation) }
					: null
			}))
		})),
		metrics: metrics && {
			partners: metrics.nodeCount,
			contacts: figures.contacts,
			density: round3(metrics.density),
			pairsInContact: metrics.edgeCount,
			pairCount: metrics.pairCount,
			pairsNeverInContact: metrics.pairsNeverInContact,
			reachablePairsShare: round3(metrics.reachablePairsShare),
			degreeCentralization: round3(metrics.degreeCentralization),
			contactGini: round3(metrics.contactGini),
			partnersWithoutContact: metrics.isolates.map(nameOf)
		},
		trust: figures.trust === null ? null : round2(figures.trust),
		value: figures.value === null ? null : round2(figures.value),
		gemeente: gemeenteId
			? {
					id: gemeenteId,
					name: nameOf(gemeenteId),
					degree: own?.degree ?? null,
					degreeCentrality: own ? round3(own.degreeCentrality) : null,
					betweennessCentrality: own ? round3(own.betweennessCentrality) : null,
					trust: score?.trust == null ? null : round2(score.trust),
					value: score?.value == null ? null : round2(score.value)
				}
			: null
	};
}

/** The weak points of the network: indicators in attention or weak, each with its recommendation. */
export function weakNetworkPoints(
	data: Pick<NetworkSnapshot, 'factors'>
): (NetworkIndicatorSnapshot & { factor: FactorKey })[] {
	return data.factors.flatMap((factor) =>
		factor.indicators
			.filter((i) => i.recommendation !== null && (i.status === 'weak' || i.status === 'attention'))
			.map((i) => ({ ...i, factor: factor.key }))
	);
}

// ---------------------------------------------------------------------------------------------------
// Key figures, comparisons, risks

export type FigureUnit = 'jobs' | 'persons' | 'euro' | 'share' | 'count' | 'score';

export interface KeyFigure {
	/** Stable id: the message key of its label is rep_kf_<id>, and versions are compared on it. */
	id: string;
	section: SectionId;
	value: number;
	unit: FigureUnit;
	/** What the figure is held to (the trajectory, the commitment); null when there is none. */
	target: number | null;
	/** The same figure in the previous period; null when unknown. */
	previous: number | null;
	/** Extra words for the label (a sector, a gemeente). */
	subject?: string;
}

export interface Comparison {
	difference: number;
	/** Relative change (0.1 = 10 % more); null when the reference is 0. */
	ratio: number | null;
}

export function compare(value: number, reference: number | null): Comparison | null {
	if (reference === null) return null;
	return { difference: round2(value - reference), ratio: reference === 0 ? null : value / reference - 1 };
}

export type RiskKind =
	| 'sector_behind'
	| 'programme_drop'
	| 'low_realisation'
	| 'goal_behind'
	| 'action_overdue'
	/** Zwak netwerkpunt: an indicator of the network health check in attention or weak. */
	| 'weak_network_point';

export interface Risk {
	section: SectionId;
	kind: RiskKind;
	subject: string;
	/**
	 * Jobs behind, the drop as a fraction, the realisation rate, how far a goal is behind (in its unit) or the
	 * days an action is over its date, by kind.
	 */
	value: number;
	/** A goal's unit, the partner that owns an action, or a weak network point's status. */
	detail?: string;
	/** A weak network point's recommendation. */
	recommendation?: LocalisedText;
}

/** Realisation below this share of the commitment is an open risk. */
export const LOW_REALISATION_RATE = 0.85;

export interface SectionDefinition<T> {
	id: SectionId;
	/** Built in this version: it can be chosen in the builder and has a collector and a renderer. */
	available: boolean;
	keyFigures(data: T): KeyFigure[];
	risks(data: T): Risk[];
	/** The section's tables for the XLSX export (one sheet per section), with the same figures as the report. */
	sheets(data: T): ReportSheet[];
}

export interface ReportSheet {
	name: string;
	columns: string[];
	rows: (string | number | null)[][];
}

const baanafsprakenSection: SectionDefinition<BaanafsprakenSnapshot> = {
	id: 'baanafspraken',
	available: true,
	keyFigures(data) {
		const figures: KeyFigure[] = [];
		if (data.gemeente) {
			figures.push(
				{
					id: 'ba_gemeente_jobs',
					section: 'baanafspraken',
					value: data.gemeente.current.countedJobs,
					unit: 'jobs',
					target: null,
					previous: data.gemeente.previous.countedJobs,
					subject: data.gemeente.name
				},
				{
					id: 'ba_gemeente_persons',
					section: 'baanafspraken',
					value: data.gemeente.current.persons,
					unit: 'persons',
					target: null,
					previous: data.gemeente.previous.persons,
					subject: data.gemeente.name
				},
				{
					id: 'ba_gemeente_share',
					section: 'baanafspraken',
					value: data.gemeente.share,
					unit: 'share',
					target: null,
					previous: data.gemeente.previousShare,
					subject: data.gemeente.name
				}
			);
		}
		figures.push(
			{
				id: 'ba_region_jobs',
				section: 'baanafspraken',
				value: data.region.current.countedJobs,
				unit: 'jobs',
				target: null,
				previous: data.region.previous.countedJobs
			},
			{
				id: 'ba_region_persons',
				section: 'baanafspraken',
				value: data.region.current.persons,
				unit: 'persons',
				target: null,
				previous: data.region.previous.persons
			},
			...data.sectors.map((s): KeyFigure => ({
				id: `ba_standing_${s.sector}`,
				section: 'baanafspraken',
				value: s.actualJobs,
				unit: 'jobs',
				target: s.expectedJobs,
				previous: null,
				subject: s.sector
			}))
		);
		return figures;
	},
	risks(data) {
		return data.sectors
			.filter((s) => s.status === 'behind')
			.map((s) => ({
				section: 'baanafspraken',
				kind: 'sector_behind',
				subject: s.sector,
				value: -(s.differenceJobs ?? 0)
			}));
	},
	sheets(data) {
		const total = ['Totaal regio', data.region.current.persons, data.region.current.countedJobs, 1];
		return [
			{
				name: 'Baanafspraken per partner',
				columns: ['partner', 'personen', 'getelde_banen', 'aandeel'],
				rows: [...data.partners.map((p) => [p.name, p.persons, p.countedJobs, p.share]), total]
			},
			{
				name: 'Baanafspraken per kwartaal',
				columns: ['jaar', 'kwartaal', 'sector', 'personen', 'getelde_banen', 'cumulatief', 'traject'],
				rows: data.sectors.flatMap((s) =>
					s.quarters
						.filter((q) => q.quarter <= data.uptoQuarter)
						.map((q) => [
							data.year,
							q.quarter,
							s.sector,
							q.persons,
							q.countedJobs,
							q.cumulativeJobs,
							q.expectedJobs
						])
				)
			}
		];
	}
};

const budgetSection: SectionDefinition<BudgetSnapshot> = {
	id: 'budgetten',
	available: true,
	keyFigures(data) {
		const figures: KeyFigure[] = [];
		if (data.gemeente) {
			figures.push(
				{
					id: 'bu_gemeente_committed',
					section: 'budgetten',
					value: data.gemeente.committed,
					unit: 'euro',
					target: null,
					previous: data.gemeente.previousCommitted,
					subject: data.gemeente.name
				},
				{
					id: 'bu_gemeente_share',
					section: 'budgetten',
					value: data.gemeente.share,
					unit: 'share',
					target: null,
					previous: null,
					subject: data.gemeente.name
				}
			);
		}
		figures.push({
			id: 'bu_committed',
			section: 'budgetten',
			value: data.region.committed,
			unit: 'euro',
			target: null,
			previous: data.region.previousCommitted
		});
		if (data.region.committedWithRealisation > 0) {
			figures.push({
				id: 'bu_realised',
				section: 'budgetten',
				value: data.region.realised,
				unit: 'euro',
				target: data.region.committedWithRealisation,
				previous: null
			});
		}
		return figures;
	},
	risks(data) {
		const risks: Risk[] = data.programmes
			.filter((p) => p.flagged)
			.map((p) => ({
				section: 'budgetten',
				kind: 'programme_drop',
				subject: p.name,
				value: -(p.change ?? 0)
			}));
		for (const p of data.programmes) {
			if (p.rate !== null && p.rate < LOW_REALISATION_RATE) {
				risks.push({ section: 'budgetten', kind: 'low_realisation', subject: p.name, value: p.rate });
			}
		}
		return risks;
	},
	sheets(data) {
		return [
			{
				name: `Budgetten per programma ${data.year}`,
				columns: ['programma', 'toegezegd', 'gerealiseerd', 'realisatie', 'verandering', 'stabiliteit'],
				rows: [
					...data.programmes.map((p) => [
						p.name,
						p.committed,
						p.realised,
						p.rate === null ? null : round2(p.rate * 10000) / 10000,
						p.change === null ? null : round2(p.change * 10000) / 10000,
						p.verdict
					]),
					['Totaal regio', data.region.committed, data.region.realised, null, null, null]
				]
			},
			{
				name: `Budgetten per partner ${data.year}`,
				columns: ['partner', 'toegezegd', 'gerealiseerd'],
				rows: [
					...data.partners.map((p) => [p.name, p.committed, p.realised]),
					['Totaal regio', data.region.committed, data.region.realised]
				]
			}
		];
	}
};

const goalsSection: SectionDefinition<GoalsSnapshot> = {
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

const meetingsSection: SectionDefinition<MeetingsSnapshot> = {
	id: 'overleggen',
	available: true,
	keyFigures(data) {
		const count = (id: string, value: number): KeyFigure => ({
			id,
			section: 'overleggen',
			value,
			unit: 'count',
			target: null,
			previous: null
		});
		const actions = data.meetings.flatMap((meeting) => meeting.openActions);
		return [
			count('ov_meetings', data.meetings.length),
			count(
				'ov_decisions',
				data.meetings.reduce((sum, meeting) => sum + meeting.decisions.length, 0)
			),
			count('ov_open_actions', actions.length),
			count('ov_overdue_actions', actions.filter((a) => a.overdue).length)
		];
	},
	risks(data) {
		return data.meetings.flatMap((meeting) =>
			meeting.openActions
				.filter((a) => a.overdue)
				.map((a): Risk => ({
					section: 'overleggen',
					kind: 'action_overdue',
					subject: a.description,
					value: a.daysOverdue,
					detail: a.owner
				}))
		);
	},
	sheets(data) {
		return [
			{
				name: 'Besluiten',
				columns: ['overleg', 'datum', 'agendapunt', 'besluit'],
				rows: data.meetings.flatMap((meeting) =>
					meeting.decisions.map((d) => [meeting.title, meeting.date, d.item, d.body])
				)
			},
			{
				name: 'Openstaande acties',
				columns: ['overleg', 'datum', 'agendapunt', 'actie', 'eigenaar', 'uiterlijk', 'over_de_datum'],
				rows: data.meetings.flatMap((meeting) =>
					meeting.openActions.map((a) => [
						meeting.title,
						meeting.date,
						a.item,
						a.description,
						a.owner,
						a.dueDate,
						a.overdue ? 'ja' : 'nee'
					])
				)
			}
		];
	}
};

const networkSection: SectionDefinition<NetworkSnapshot> = {
	id: 'netwerk',
	available: true,
	keyFigures(data) {
		const figure = (id: string, value: number, unit: FigureUnit): KeyFigure => ({
			id,
			section: 'netwerk',
			value,
			unit,
			target: null,
			previous: null
		});
		const figures: KeyFigure[] = [];
		if (data.metrics) {
			figures.push(figure('nw_density', data.metrics.density, 'share'));
			figures.push(figure('nw_without_contact', data.metrics.partnersWithoutContact.length, 'count'));
		}
		if (data.trust !== null) figures.push(figure('nw_trust', data.trust, 'score'));
		figures.push(figure('nw_weak_points', weakNetworkPoints(data).length, 'count'));
		return figures;
	},
	risks(data) {
		return weakNetworkPoints(data).map((point): Risk => ({
			section: 'netwerk',
			kind: 'weak_network_point',
			subject: point.key,
			value: point.value ?? 0,
			detail: point.status,
			...(point.recommendation ? { recommendation: point.recommendation.text } : {})
		}));
	},
	sheets(data) {
		const m = data.metrics;
		const g = data.gemeente;
		return [
			{
				name: 'Gezondheidscheck',
				columns: ['factor', 'factorscore', 'indicator', 'status', 'waarde', 'van', 'aanbeveling'],
				rows: data.factors.flatMap((factor) =>
					factor.indicators.map((i) => [
						factor.key,
						factor.score,
						i.key,
						i.status,
						i.value,
						i.total,
						i.recommendation?.text.nl ?? null
					])
				)
			},
			{
				name: 'Netwerkmaten',
				columns: ['maat', 'waarde'],
				rows: [
					['totaalscore', data.score],
					['partners', m?.partners ?? null],
					['contacten', m?.contacts ?? null],
					['dichtheid', m?.density ?? null],
					['paren_in_contact', m?.pairsInContact ?? null],
					['paren_nooit_in_contact', m?.pairsNeverInContact ?? null],
					['bereikbare_paren', m?.reachablePairsShare ?? null],
					['centralisatie', m?.degreeCentralization ?? null],
					['gini_contacten', m?.contactGini ?? null],
					['partners_zonder_contact', m ? m.partnersWithoutContact.join(', ') : null],
					['vertrouwen', data.trust],
					['meerwaarde', data.value],
					...(g
						? [
								['gemeente', g.name],
								['gemeente_contacten_met_partners', g.degree],
								['gemeente_degree_centraliteit', g.degreeCentrality],
								['gemeente_betweenness_centraliteit', g.betweennessCentrality],
								['gemeente_vertrouwen', g.trust],
								['gemeente_meerwaarde', g.value]
							]
						: [])
				]
			}
		];
	}
};

export const SECTION_REGISTRY: { [K in SectionId]: SectionDefinition<SectionDataMap[K]> } = {
	baanafspraken: baanafsprakenSection,
	budgetten: budgetSection,
	doelen: goalsSection,
	netwerk: networkSection,
	overleggen: meetingsSection
};

export const AVAILABLE_SECTIONS: SectionId[] = REPORT_SECTIONS.filter((id) => SECTION_REGISTRY[id].available);

/** The sections present in a snapshot, in registry order. */
export function sectionsOf(snapshot: ReportSnapshot): SectionId[] {
	return REPORT_SECTIONS.filter((id) => snapshot.sections[id] !== undefined);
}

function definitionCall<R>(
	snapshot: ReportSnapshot,
	call: (definition: SectionDefinition<unknown>, data: unknown) => R[]
): R[] {
	// Methods are bivariant: each definition reads the data of its own section.
	return sectionsOf(snapshot).flatMap((id) =>
		call(SECTION_REGISTRY[id] as SectionDefinition<unknown>, snapshot.sections[id])
	);
}

export function keyFiguresOf(snapshot: ReportSnapshot): KeyFigure[] {
	return definitionCall(snapshot, (definition, data) => definition.keyFigures(data));
}

export function risksOf(snapshot: ReportSnapshot): Risk[] {
	return definitionCall(snapshot, (definition, data) => definition.risks(data));
}

/** Tables of one section, one under the other on one sheet, each after an empty row and its own header. */
export function stackTables(name: string, tables: readonly ReportSheet[]): ReportSheet {
	const [first, ...rest] = tables;
	return {
		name,
		columns: first?.columns ?? [],
		rows: [
			...(first?.rows ?? []),
			...rest.flatMap((table) => [[], [table.name], table.columns, ...table.rows])
		]
	};
}

/** The XLSX sheets of a report: one per section, named after it. */
export function sheetsOf(snapshot: ReportSnapshot): ReportSheet[] {
	return sectionsOf(snapshot)
		.map((id) => {
			const tables = (SECTION_REGISTRY[id] as SectionDefinition<unknown>).sheets(snapshot.sections[id]);
			return tables.length ? stackTables(SECTION_SHEET_NAMES[id], tables) : null;
		})
		.filter((sheet): sheet is ReportSheet => sheet !== null);
}

export const SECTION_SHEET_NAMES: Record<SectionId, string> = {
	baanafspraken: 'Baanafspraken',
	budgetten: 'Budgetafspraken',
	doelen: 'Doelen',
	netwerk: 'Netwerk',
	overleggen: 'Overleggen en besluiten'
};

/** One table for CSV: every key figure with its comparisons, the same numbers as the report's key figures. */
export function keyFigureSheet(snapshot: ReportSnapshot): ReportSheet {
	return {
		name: 'Kerncijfers',
		columns: ['onderdeel', 'kerncijfer', 'onderwerp', 'waarde', 'eenheid', 'doel', 'vorige_periode'],
		rows: keyFiguresOf(snapshot).map((f) => [
			f.section,
			f.id,
			f.subject ?? null,
			f.value,
			f.unit,
			f.target,
			f.previous
		])
	};
}

export interface Correction {
	id: string;
	section: SectionId;
	subject?: string;
	unit: FigureUnit;
	before: number;
	after: number;
}

/** Key figures that changed between an earlier version of a report and a newer one. */
export function correctionsBetween(earlier: ReportSnapshot, later: ReportSnapshot): Correction[] {
	const before = new Map(keyFiguresOf(earlier).map((f) => [f.id, f]));
	return keyFiguresOf(later)
		.filter((f) => before.has(f.id) && round2(before.get(f.id)!.value) !== round2(f.value))
		.map((f) => ({
			id: f.id,
			section: f.section,
			subject: f.subject,
			unit: f.unit,
			before: before.get(f.id)!.value,
			after: f.value
		}));
}
