import type { Quarter } from './periods';

/** National counting rule of the baanafspraken: one counted job is 25.5 paid hours per week. */
export const HOURS_PER_COUNTED_JOB = 25.5;

import { SECTORS, type Sector } from './enums';

export { SECTORS, type Sector };

export function isSector(value: unknown): value is Sector {
	return (SECTORS as readonly unknown[]).includes(value);
}

/**
 * Counted jobs for a number of paid hours per week: smaller jobs count pro rata, larger ones as more than one.
 */
export function countedJobs(hoursPerWeek: number): number {
	if (!Number.isFinite(hoursPerWeek) || hoursPerWeek < 0) {
		throw new RangeError(`hours per week must be a number >= 0, got ${hoursPerWeek}`);
	}
	return hoursPerWeek / HOURS_PER_COUNTED_JOB;
}

export interface PlacementFigure extends Quarter {
	organisationId: string;
	sector: Sector;
	persons: number;
	hoursPerWeek: number;
}

export interface Totals {
	persons: number;
	hoursPerWeek: number;
	countedJobs: number;
}

const ZERO: Totals = { persons: 0, hoursPerWeek: 0, countedJobs: 0 };

function add(totals: Totals, placement: Pick<PlacementFigure, 'persons' | 'hoursPerWeek'>): Totals {
	return {
		persons: totals.persons + placement.persons,
		hoursPerWeek: totals.hoursPerWeek + placement.hoursPerWeek,
		countedJobs: totals.countedJobs + countedJobs(placement.hoursPerWeek)
	};
}

export function sumPlacements(
	placements: readonly Pick<PlacementFigure, 'persons' | 'hoursPerWeek'>[]
): Totals {
	return placements.reduce(add, ZERO);
}

export interface RegionalTarget {
	year: number;
	sector: Sector;
	/** Counted jobs already there at the start of the year. */
	baselineJobs: number;
	/** Counted jobs the region must have reached at the end of the year. */
	targetJobs: number;
}

export interface QuarterPoint extends Totals {
	quarter: Quarter['quarter'];
	/** Baseline plus counted jobs of this year up to and including this quarter. */
	cumulativeJobs: number;
	/** Where the target trajectory says the region should be at the end of this quarter; null without target. */
	expectedJobs: number | null;
}

/**
 * The year of one sector quarter by quarter: what was placed, the cumulative count from the baseline, and
 * the straight trajectory from baseline (1 January) to target (31 December).
 */
export function sectorYear(
	placements: readonly PlacementFigure[],
	year: number,
	sector: Sector,
	target: RegionalTarget | null
): QuarterPoint[] {
	let cumulative = target?.baselineJobs ?? 0;
	return ([1, 2, 3, 4] as const).map((quarter) => {
		const totals = sumPlacements(
			placements.filter((p) => p.year === year && p.sector === sector && p.quarter === quarter)
		);
		cumulative += totals.countedJobs;
		return {
			quarter,
			...totals,
			cumulativeJobs: cumulative,
			expectedJobs: target ? expectedAt(target, quarter) : null
		};
	});
}

export function expectedAt(target: RegionalTarget, quarter: Quarter['quarter']): number {
	return target.baselineJobs + ((target.targetJobs - target.baselineJobs) * quarter) / 4;
}

export type TrackStatus = 'on_track' | 'behind' | 'no_target';

export interface SectorStanding {
	sector: Sector;
	status: TrackStatus;
	actualJobs: number;
	expectedJobs: number | null;
	/** Whole counted jobs ahead (positive) or behind (negative) the trajectory. */
	differenceJobs: number | null;
	targetJobs: number | null;
}

/**
 * Where a sector stands: the cumulative count up to `uptoQuarter` against the trajectory at `yearFraction`
 * of the year (1 for a past year; today's share of the year for the running one, so a quarter that has just
 * begun is not held to its end-of-quarter value). Behind when at least one whole counted job under the
 * trajectory: less than a job is rounding, not a signal.
 */
export function sectorStanding(
	points: readonly QuarterPoint[],
	sector: Sector,
	target: RegionalTarget | null,
	uptoQuarter: Quarter['quarter'],
	yearFraction = uptoQuarter / 4
): SectorStanding {
	const point = points.find((p) => p.quarter === uptoQuarter);
	const actualJobs = point?.cumulativeJobs ?? target?.baselineJobs ?? 0;
	if (!target) {
		return {
			sector,
			status: 'no_target',
			actualJobs,
			expectedJobs: null,
			differenceJobs: null,
			targetJobs: null
		};
	}
	const fraction = Math.min(1, Math.max(0, yearFraction));
	const expectedJobs = target.baselineJobs + (target.targetJobs - target.baselineJobs) * fraction;
	const difference = actualJobs - expectedJobs;
	const differenceJobs = difference < 0 ? -Math.ceil(-difference - 1e-9) : Math.floor(difference + 1e-9);
	return {
		sector,
		status: difference <= -1 ? 'behind' : 'on_track',
		actualJobs,
		expectedJobs,
		differenceJobs,
		targetJobs: target.targetJobs
	};
}

export interface PartnerContribution {
	organisationId: string;
	markt: Totals;
	overheid: Totals;
	total: Totals;
	/** Share of the region's counted jobs in the period, 0..1. */
	share: number;
}

/** Each partner's placements in a year up to a quarter, largest contribution first. */
export function partnerContributions(
	placements: readonly PlacementFigure[],
	year: number,
	uptoQuarter: Quarter['quarter']
): PartnerContribution[] {
	const inPeriod = placements.filter((p) => p.year === year && p.quarter <= uptoQuarter);
	const regionJobs = sumPlacements(inPeriod).countedJobs;
	const byPartner = new Map<string, PlacementFigure[]>();
	for (const placement of inPeriod) {
		byPartner.set(placement.organisationId, [...(byPartner.get(placement.organisationId) ?? []), placement]);
	}
	return [...byPartner.entries()]
		.map(([organisationId, own]) => {
			const total = sumPlacements(own);
			return {
				organisationId,
				markt: sumPlacements(own.filter((p) => p.sector === 'markt')),
				overheid: sumPlacements(own.filter((p) => p.sector === 'overheid')),
				total,
				share: regionJobs > 0 ? total.countedJobs / regionJobs : 0
			};
		})
		.sort(
			(a, b) => b.total.countedJobs - a.total.countedJobs || a.organisationId.localeCompare(b.organisationId)
		);
}

/**
 * The cumulative line to draw: up to the last quarter with any placement. Later quarters have no figures
 * yet, and drawing them flat would read as "no jobs added" rather than "not reported yet".
 */
export function realisedLine(points: QuarterPoint[]): (number | null)[] {
	const lastReported = points.findLastIndex((p) => p.persons > 0 || p.countedJobs > 0);
	return points.map((p, index) => (index <= lastReported ? Math.round(p.cumulativeJobs * 10) / 10 : null));
}

export interface SectorYear {
	sector: Sector;
	target: RegionalTarget | null;
	points: QuarterPoint[];
	standing: SectorStanding;
}

/** Both sectors' year quarter by quarter and their standing: what the page, the tile and the meeting room show. */
export function sectorYears(
	placements: readonly PlacementFigure[],
	targets: readonly RegionalTarget[],
	year: number,
	uptoQuarter: Quarter['quarter'],
	yearFraction: number
): SectorYear[] {
	return SECTORS.map((sector) => {
		const target = targets.find((t) => t.year === year && t.sector === sector) ?? null;
		const points = sectorYear(placements, year, sector, target);
		return {
			sector,
			target,
			points,
			standing: sectorStanding(points, sector, target, uptoQuarter, yearFraction)
		};
	});
}

/** Persons placed and counted jobs of the year up to a quarter (without the baseline). */
export function yearToDate(
	points: readonly QuarterPoint[],
	uptoQuarter: number
): { persons: number; countedJobs: number } {
	const placed = points.filter((p) => p.quarter <= uptoQuarter);
	return {
		persons: placed.reduce((sum, p) => sum + p.persons, 0),
		countedJobs: placed.reduce((sum, p) => sum + p.countedJobs, 0)
	};
}

/** The region's counted jobs: both sectors' cumulative standing together. */
export function totalActualJobs(standings: readonly Pick<SectorStanding, 'actualJobs'>[]): number {
	return standings.reduce((sum, s) => sum + s.actualJobs, 0);
}

/** Persons placed in all the given placements. */
export function totalPersons(placements: readonly Pick<PlacementFigure, 'persons'>[]): number {
	return placements.reduce((sum, p) => sum + p.persons, 0);
}
