// The baanafspraken section of a report: the snapshot it stores, its key figures, risks and sheets.
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
} from '$lib/domain/baanafspraken';
import type { Quarter } from '$lib/domain/periods';
import { inPeriod, lastQuarterOf, previousPeriod, type ReportPeriod } from './period';
import { round2, type KeyFigure, type NamedPartner, type SectionDefinition } from './section';

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

export const baanafsprakenSection: SectionDefinition<BaanafsprakenSnapshot> = {
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
