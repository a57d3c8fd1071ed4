// The banenafspraak section of a report to the councils (raadsinformatiebrief): the snapshot it stores, its key
// figures, risks and sheets. The snapshot is what the database's banenafspraak_report(region, gemeente,
// peildatum) returns (one call, so the function that will build a whole published snapshot in SQL can make the
// same call), plus the peildatum state. Reports published before this section existed stored another shape;
// those are read by ./baanafspraken-legacy.ts, unchanged.
import { roundJobs, verdictOf, type StandingPart } from '$lib/domain/banenafspraak';
import { legacyBaanafsprakenSection, type LegacyBaanafsprakenSnapshot } from './baanafspraken-legacy';
import type { KeyFigure, ReportSheet, Risk, SectionDefinition } from './section';
import { previousPeriod, referenceDate, type ReportPeriod } from './period';

export interface ReportStandingRow {
	sector: StandingPart;
	official: number | null;
	target: number | null;
	difference: number | null;
	yearEndTarget: number | null;
	previousYearEnd: string;
	carriedOver: number | null;
	registered: number;
	registeredPlacements: number;
	officialSource: string | null;
	latestOfficial: string | null;
	gapFrom: number | null;
	gapTo: number | null;
}

export interface ReportSeriesPoint {
	peildatum: string;
	sector: StandingPart;
	official: number | null;
	target: number | null;
	registered: number | null;
}

export interface ReportPartnerRow {
	organisationId: string | null;
	name: string | null;
	creditedJobs: number;
	creditedPlacements: number;
	registeredJobs: number;
	registeredPlacements: number;
	share: number;
}

export interface ReportGemeenteRow {
	organisationId: string;
	name: string;
	code: string;
	placements: number;
	jobs: number;
	jobsShare: number | null;
	contextValue: number | null;
	contextShare: number | null;
	ratio: number | null;
	contextLabel: string | null;
	contextPeriodEnd: string | null;
	contextSource: string | null;
	contextSourceRef: string | null;
	contextStatus: string | null;
}

export interface BanenafspraakSnapshot {
	model: 'stand';
	/** The peildatum the figures stand on: the report's period end, or earlier while not every partner reported it. */
	peildatum: string | null;
	/** The period end the report asked for. */
	requestedPeildatum: string;
	/** Reporting partners that had not closed the quarter of the requested peildatum when the figures were read. */
	missing: string[];
	inleenKeyMarkt: number | null;
	standing: ReportStandingRow[];
	series: ReportSeriesPoint[];
	partners: ReportPartnerRow[];
	gemeenten: ReportGemeenteRow[];
	/** The gemeente the report is about (partner id), or null for the region. */
	gemeente: string | null;
}

/** What a report's baanafspraken section holds: the banenafspraak, or a report published with the old count. */
export type BaanafsprakenSnapshot = BanenafspraakSnapshot | LegacyBaanafsprakenSnapshot;

export function isBanenafspraakSnapshot(data: BaanafsprakenSnapshot): data is BanenafspraakSnapshot {
	return (data as BanenafspraakSnapshot).model === 'stand';
}

/** The gemeente's own row among the gemeenten, for a report about a gemeente. */
export function gemeenteRowOf(data: BanenafspraakSnapshot): ReportGemeenteRow | null {
	return data.gemeenten.find((g) => g.organisationId === data.gemeente) ?? null;
}

/**
 * The peildatum of the period before the figures' own: the quarter end before it in a quarterly report, the year
 * end before it in a yearly one. The snapshot's series runs from the previous year end, so it holds both.
 */
export function previousPeildatum(peildatum: string, period: ReportPeriod): string {
	const year = Number(peildatum.slice(0, 4));
	if (period.quarter === null) return `${year - 1}-12-31`;
	const quarter = Math.ceil(Number(peildatum.slice(5, 7)) / 3) as 1 | 2 | 3 | 4;
	return referenceDate(previousPeriod({ year, quarter }));
}

function keyFigures(data: BanenafspraakSnapshot, period: ReportPeriod): KeyFigure[] {
	const figures: KeyFigure[] = [];
	const before = data.peildatum ? previousPeildatum(data.peildatum, period) : null;
	const previous = (sector: StandingPart, field: 'official' | 'registered') =>
		data.series.find((point) => point.peildatum === before && point.sector === sector)?.[field] ?? null;
	const own = gemeenteRowOf(data);
	if (own && own.jobsShare !== null) {
		figures.push({
			id: 'ba_gemeente_share',
			section: 'baanafspraken',
			value: own.jobsShare,
			unit: 'share',
			target: null,
			previous: null,
			subject: own.name
		});
	}
	if (own && own.contextShare !== null) {
		figures.push({
			id: 'ba_gemeente_context_share',
			section: 'baanafspraken',
			value: own.contextShare,
			unit: 'share',
			target: null,
			previous: null,
			subject: own.name
		});
	}
	for (const row of data.standing) {
		if (row.official === null) continue;
		figures.push({
			id: `ba_standing_${row.sector}`,
			section: 'baanafspraken',
			value: row.official,
			unit: 'jobs',
			target: row.target,
			previous: previous(row.sector, 'official'),
			subject: row.sector
		});
	}
	const total = data.standing.find((row) => row.sector === 'totaal');
	if (total) {
		figures.push({
			id: 'ba_registered',
			section: 'baanafspraken',
			value: total.registered,
			unit: 'jobs',
			target: null,
			previous: previous('totaal', 'registered')
		});
	}
	return figures;
}

function risks(data: BanenafspraakSnapshot): Risk[] {
	return data.standing.flatMap((row): Risk[] => {
		if (row.difference === null) return [];
		const verdict = verdictOf(row.difference);
		return verdict.status === 'behind'
			? [{ section: 'baanafspraken', kind: 'sector_behind', subject: row.sector, value: verdict.jobs }]
			: [];
	});
}

const jobs = (value: number | null) => (value === null ? null : roundJobs(value));
const share = (value: number | null) => (value === null ? null : Math.round(value * 10000) / 10000);

function sheets(data: BanenafspraakSnapshot): ReportSheet[] {
	return [
		{
			name: 'Banenafspraak stand',
			columns: [
				'peildatum',
				'onderdeel',
				'uwv_stand',
				'traject_opgave',
				'verschil',
				'verschil_eind_vorig_jaar',
				'opgave_eind_jaar',
				'registratie_partners',
				'bron'
			],
			rows: data.standing.map((row) => [
				data.peildatum,
				row.sector,
				jobs(row.official),
				jobs(row.target),
				jobs(row.difference),
				jobs(row.carriedOver),
				jobs(row.yearEndTarget),
				jobs(row.registered),
				row.officialSource
			])
		},
		{
			name: 'Banenafspraak per kwartaal',
			columns: ['peildatum', 'onderdeel', 'uwv_stand', 'traject_opgave', 'registratie_partners'],
			rows: data.series.map((p) => [
				p.peildatum,
				p.sector,
				jobs(p.official),
				jobs(p.target),
				jobs(p.registered)
			])
		},
		{
			name: 'Banenafspraak per partner',
			columns: [
				'partner',
				'toegerekende_banen',
				'toegerekende_plaatsingen',
				'zelf_geregistreerde_banen',
				'aandeel'
			],
			rows: data.partners.map((p) => [
				p.name ?? 'Niet toegerekend',
				jobs(p.creditedJobs),
				p.creditedPlacements,
				jobs(p.registeredJobs),
				share(p.share)
			])
		},
		{
			name: 'Aandeel per gemeente',
			columns: [
				'gemeente',
				'plaatsingen',
				'getelde_banen',
				'aandeel_banen',
				'bijstand',
				'aandeel_bijstand',
				'verhouding',
				'peildatum_bijstand',
				'bron_bijstand'
			],
			rows: data.gemeenten.map((g) => [
				g.name,
				g.placements,
				jobs(g.jobs),
				share(g.jobsShare),
				g.contextValue,
				share(g.contextShare),
				g.ratio === null ? null : Math.round(g.ratio * 100) / 100,
				g.contextLabel,
				g.contextSource
			])
		}
	];
}

export const baanafsprakenSection: SectionDefinition<BaanafsprakenSnapshot> = {
	id: 'baanafspraken',
	available: true,
	keyFigures: (data, period) =>
		isBanenafspraakSnapshot(data)
			? keyFigures(data, period)
			: legacyBaanafsprakenSection.keyFigures(data, period),
	risks: (data) => (isBanenafspraakSnapshot(data) ? risks(data) : legacyBaanafsprakenSection.risks(data)),
	sheets: (data) => (isBanenafspraakSnapshot(data) ? sheets(data) : legacyBaanafsprakenSection.sheets(data))
};
