// The budget section of a report: the snapshot it stores, its key figures, risks and sheets.
import {
	DEFAULT_DROP_THRESHOLD,
	budgetTotals,
	committedByYear,
	realisationRate,
	stabilityOf,
	type CommitmentFigure,
	type StabilityVerdict
} from '$lib/domain/budget';
import { round2, type KeyFigure, type NamedPartner, type Risk, type SectionDefinition } from './section';

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

/** Realisation below this share of the commitment is an open risk. */
export const LOW_REALISATION_RATE = 0.85;

export const budgetSection: SectionDefinition<BudgetSnapshot> = {
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
