// The baanafspraken section as reports published before 7 December 2026 stored it (the old count: a sum of
// aggregated placement lines per quarter, with a rank per gemeente). A published report never changes, so these
// snapshots keep being read and shown as they were; new reports store the banenafspraak section
// (./baanafspraken.ts). Nothing builds this shape any more.
import type { Sector } from '$lib/domain/banenafspraak';
import type { Quarter } from '$lib/domain/periods';
import type { KeyFigure, SectionDefinition } from './section';

type TrackStatus = 'on_track' | 'behind' | 'no_target';

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

export interface LegacyBaanafsprakenSnapshot {
	year: number;
	uptoQuarter: Quarter['quarter'];
	region: { current: PeriodFigures; previous: PeriodFigures };
	sectors: SectorSnapshot[];
	/** Every partner's contribution in the period, largest first. */
	partners: (PeriodFigures & { organisationId: string; name: string; share: number })[];
	gemeente: GemeenteBaanafspraken | null;
}

export const legacyBaanafsprakenSection: SectionDefinition<LegacyBaanafsprakenSnapshot> = {
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
