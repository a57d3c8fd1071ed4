// Shared fixtures of the report section tests.
import type { PlacementFigure } from '$lib/domain/baanafspraken';
import type { CommitmentFigure } from '$lib/domain/budget';
import type { ReportSnapshot } from './registry';

export const GEMEENTE = 'g1';
export const OTHER = 'g2';
export const partners = [
	{ id: GEMEENTE, name: 'Gemeente Maastricht' },
	{ id: OTHER, name: 'Gemeente Heerlen' }
];

export function placement(values: Partial<PlacementFigure>): PlacementFigure {
	return {
		organisationId: GEMEENTE,
		year: 2025,
		quarter: 1,
		sector: 'markt',
		persons: 1,
		hoursPerWeek: 25.5,
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
