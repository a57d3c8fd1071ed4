// Shared fixtures of the report section tests.
import type { BanenafspraakSnapshot, ReportStandingRow } from './baanafspraken';
import type { CommitmentFigure } from '$lib/domain/budget';
import type { ReportSnapshot } from './registry';

export const GEMEENTE = 'g1';
export const OTHER = 'g2';
export const partners = [
	{ id: GEMEENTE, name: 'Gemeente Maastricht' },
	{ id: OTHER, name: 'Gemeente Heerlen' }
];

/** A standing row of the banenafspraak section as the database gives it. */
export function standingRow(
	values: Partial<ReportStandingRow> & Pick<ReportStandingRow, 'sector'>
): ReportStandingRow {
	return {
		official: 100,
		target: 100,
		difference: 0,
		yearEndTarget: 120,
		previousYearEnd: '2024-12-31',
		carriedOver: 0,
		registered: 40,
		registeredPlacements: 45,
		officialSource: 'UWV Regionale trendrapportage K2 2025',
		latestOfficial: '2025-06-30',
		gapFrom: null,
		gapTo: null,
		...values
	};
}

/** A banenafspraak section on 30-06-2025 about the region (or `gemeente`): two gemeenten in context. */
export function banenafspraak(values: Partial<BanenafspraakSnapshot> = {}): BanenafspraakSnapshot {
	return {
		model: 'stand',
		peildatum: '2025-06-30',
		requestedPeildatum: '2025-06-30',
		missing: [],
		inleenKeyMarkt: 0.76,
		standing: [
			standingRow({ sector: 'totaal', official: 200, target: 200 }),
			standingRow({ sector: 'markt' }),
			standingRow({ sector: 'overheid' })
		],
		series: [],
		partners: [
			{
				organisationId: OTHER,
				name: 'Gemeente Heerlen',
				creditedJobs: 30,
				creditedPlacements: 33,
				registeredJobs: 28,
				registeredPlacements: 30,
				share: 0.75
			},
			{
				organisationId: GEMEENTE,
				name: 'Gemeente Maastricht',
				creditedJobs: 10,
				creditedPlacements: 12,
				registeredJobs: 12,
				registeredPlacements: 15,
				share: 0.25
			}
		],
		gemeenten: [
			{
				organisationId: OTHER,
				name: 'Gemeente Heerlen',
				code: 'GM0917',
				placements: 33,
				jobs: 30,
				jobsShare: 0.75,
				contextValue: 4130,
				contextShare: 0.544,
				ratio: 1.38,
				contextLabel: '1-1-2018',
				contextPeriodEnd: '2018-01-01',
				contextSource: 'CBS',
				contextSourceRef: null,
				contextStatus: 'definitief'
			},
			{
				organisationId: GEMEENTE,
				name: 'Gemeente Maastricht',
				code: 'GM0935',
				placements: 12,
				jobs: 10,
				jobsShare: 0.25,
				contextValue: 3460,
				contextShare: 0.456,
				ratio: 0.55,
				contextLabel: '1-1-2018',
				contextPeriodEnd: '2018-01-01',
				contextSource: 'CBS',
				contextSourceRef: null,
				contextStatus: 'definitief'
			}
		],
		gemeente: null,
		...values
	};
}

export function commitment(values: Partial<CommitmentFigure>): CommitmentFigure {
	return {
		programmeId: 'p1',
		organisationId: GEMEENTE,
		year: 2025,
		committedAmount: 1000,
		realisedAmount: null,
		committedStaffHours: null,
		realisedStaffHours: null,
		...values
	};
}

export function report(sections: ReportSnapshot['sections']): ReportSnapshot {
	return {
		schemaVersion: 1,
		region: { id: 'r', name: 'Zuid-Limburg' },
		scope: { kind: 'region' },
		period: { year: 2025, quarter: 2 },
		referenceDate: '2025-06-30',
		collectedAt: '2025-07-15T10:00:00Z',
		sections
	};
}
