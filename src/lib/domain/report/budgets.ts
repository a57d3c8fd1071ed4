// The budget section of a report: the snapshot it stores, its key figures, risks and sheets. The database builds
// the snapshot from budget_overview() (private.report_section_budgetten in
// supabase/migrations/20261219010000_report_snapshot_in_database.sql), so the report shows the same sums and
// verdicts as the budget page; nothing is summed here.
import type { BudgetVerdict, StabilityVerdict } from '$lib/domain/budget';
import { round2, type KeyFigure, type Risk, type SectionDefinition } from './section';

export interface BudgetProgrammeSnapshot {
	name: string;
	committed: number;
	realised: number | null;
	rate: number | null;
	/** Change of the programme's commitment against the previous year, as a fraction. */
	change: number | null;
	/** The programme needs attention: 'aandacht' or 'zwak' in the stability window. */
	flagged: boolean;
	verdict: StabilityVerdict;
	/** The verdict of the window (domain brief §4) and the largest share of money lost in one of its steps. */
	windowVerdict?: BudgetVerdict;
	worstLoss?: number | null;
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
		/** "Toegezegd t/m": the last year of the gemeente's commitments running in the year or later. */
		committedThrough?: number | null;
	} | null;
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
				// The money lost in the window's worst step (older snapshots: the year's change).
				value: p.worstLoss ?? -(p.change ?? 0)
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
