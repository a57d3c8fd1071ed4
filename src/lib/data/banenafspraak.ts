// Relative imports (not $lib) for what runs: the integration tests load this module without SvelteKit's aliases.
// The banenafspraak of a region as the database computes it (supabase/migrations/
// 20261207030000_banenafspraak_summaries.sql): the peildatum, the standing per sector against the opgave with the
// carry-over, UWV's official stand beside the partners' registration, the series quarter by quarter, the partners
// and the gemeenten in context. Every summary is one RPC under the caller's row-level security; nothing here
// fetches plaatsingen to add them up. And the region-level figures the coordinator keeps: the opgave per year,
// UWV's stand per peildatum and the context figures per gemeente.
import type { Json } from './database.types';
import {
	isQuarterEnd,
	lastEndedQuarter,
	quarterEnd,
	STANDING_PARTS,
	type GemeenteShare,
	type StandingPart
} from '$lib/domain/banenafspraak';
import { dataError, refusal, type WriteResult } from './errors';
import { removed, written } from './writes';
import type { Supabase } from './types';

const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
const isPart = (value: string): value is StandingPart =>
	(STANDING_PARTS as readonly string[]).includes(value);

export interface MissingPartner {
	id: string;
	name: string;
	/** The last quarter end it did close, or null. */
	latest: string | null;
}

export interface PeildatumState {
	/** The last quarter end every reporting partner has closed; null while one has closed none. */
	peildatum: string | null;
	/** The last quarter end that has passed: the peildatum once everyone has reported it. */
	lastEnded: string;
	reportingPartners: number;
	/** Reporting partners that have not closed the last ended quarter, alphabetically. */
	missing: MissingPartner[];
}

export async function loadPeildatum(
	supabase: Supabase,
	regionId: string,
	asOf: string
): Promise<PeildatumState> {
	const { data, error } = await supabase.rpc('banenafspraak_peildatum', { region: regionId, as_of: asOf });
	if (error) throw dataError('Peildatum bepalen', error);
	const row = data[0];
	if (!row) throw dataError('Peildatum bepalen', { message: 'no answer for the region' });
	return {
		peildatum: nullable(row.peildatum),
		lastEnded: row.last_ended,
		reportingPartners: row.reporting_partners,
		missing: ((row.missing as unknown as MissingPartner[] | null) ?? []).map((p) => ({
			id: p.id,
			name: p.name,
			latest: p.latest ?? null
		}))
	};
}

export interface StandingRow {
	part: StandingPart;
	/** UWV's stand (estimated per sector with the key; the total is exact); null without a UWV figure. */
	official: number | null;
	/** The trajectory to the opgave on the peildatum; null without an opgave. */
	target: number | null;
	difference: number | null;
	yearEndTarget: number | null;
	previousYearEnd: string;
	/** The difference at the end of last year, carried over. */
	carriedOver: number | null;
	registered: number;
	registeredPlacements: number;
	officialSource: string | null;
	/** UWV's latest stand on or before the peildatum. */
	latestOfficial: string | null;
	gap: { from: number; to: number } | null;
}

/** The standing on a peildatum: totaal, markt, overheid (in that order). */
export async function loadStanding(
	supabase: Supabase,
	regionId: string,
	peildatum: string
): Promise<StandingRow[]> {
	const { data, error } = await supabase.rpc('banenafspraak_stand', { region: regionId, peildatum });
	if (error) throw dataError('Stand banenafspraak ophalen', error);
	const rows = data
		.filter((row) => isPart(row.sector))
		.map((row): StandingRow => ({
			part: row.sector as StandingPart,
			official: num(row.official),
			target: num(row.target),
			difference: num(row.difference),
			yearEndTarget: num(row.year_end_target),
			previousYearEnd: row.previous_year_end,
			carriedOver: num(row.carried_over),
			registered: Number(row.registered),
			registeredPlacements: row.registered_placements,
			officialSource: (row.official_source as string | null) ?? null,
			latestOfficial: (row.latest_official as string | null) ?? null,
			gap: row.gap_from === null ? null : { from: row.gap_from, to: row.gap_to }
		}));
	return STANDING_PARTS.flatMap((part) => rows.filter((row) => row.part === part));
}

export interface SeriesPoint {
	peildatum: string;
	part: StandingPart;
	official: number | null;
	target: number | null;
	/** Null after the peildatum: not every partner has reported those quarters. */
	registered: number | null;
}

export async function loadSeries(
	supabase: Supabase,
	regionId: string,
	from: string,
	to: string,
	actualsUpto: string
): Promise<SeriesPoint[]> {
	const { data, error } = await supabase.rpc('banenafspraak_series', {
		region: regionId,
		from_date: from,
		to_date: to,
		actuals_upto: actualsUpto
	});
	if (error) throw dataError('Verloop banenafspraak ophalen', error);
	return data
		.filter((row) => isPart(row.sector))
		.map((row) => ({
			peildatum: row.peildatum,
			part: row.sector as StandingPart,
			official: num(row.official),
			target: num(row.target),
			registered: num(row.registered)
		}));
}

export interface PartnerStanding {
	/** Null: credited to nobody (woont buiten de regio, or a converted row without a woongemeente). */
	organisationId: string | null;
	creditedJobs: number;
	creditedMarkt: number;
	creditedOverheid: number;
	creditedUnknownSector: number;
	creditedPlacements: number;
	registeredJobs: number;
	registeredPlacements: number;
	/** Of the region's registered jobs, 0..1. */
	share: number;
}

export async function loadPartnerStandings(
	supabase: Supabase,
	regionId: string,
	peildatum: string
): Promise<PartnerStanding[]> {
	const { data, error } = await supabase.rpc('banenafspraak_partners', { region: regionId, peildatum });
	if (error) throw dataError('Bijdrage per partner ophalen', error);
	return data.map((row) => ({
		organisationId: (row.organisation_id as string | null) ?? null,
		creditedJobs: Number(row.credited_jobs),
		creditedMarkt: Number(row.credited_markt),
		creditedOverheid: Number(row.credited_overheid),
		creditedUnknownSector: Number(row.credited_unknown_sector),
		creditedPlacements: row.credited_placements,
		registeredJobs: Number(row.registered_jobs),
		registeredPlacements: row.registered_placements,
		share: Number(row.share)
	}));
}

/** Every gemeente of the region (alphabetically), or one (its partner id). */
export async function loadGemeenteShares(
	supabase: Supabase,
	regionId: string,
	peildatum: string,
	gemeenteId: string | null = null
): Promise<GemeenteShare[]> {
	const { data, error } = await supabase.rpc('banenafspraak_gemeenten', {
		region: regionId,
		peildatum,
		...(gemeenteId ? { gemeente: gemeenteId } : {})
	});
	if (error) throw dataError('Aandeel per gemeente ophalen', error);
	return data.map((row) => ({
		organisationId: row.organisation_id,
		name: row.name,
		code: row.code,
		placements: row.placements,
		jobs: Number(row.jobs),
		jobsShare: num(row.jobs_share),
		contextValue: num(row.context_value),
		contextShare: num(row.context_share),
		ratio: num(row.ratio),
		contextLabel: (row.context_label as string | null) ?? null,
		contextPeriodEnd: (row.context_period_end as string | null) ?? null,
		contextSource: (row.context_source as string | null) ?? null,
		contextSourceRef: (row.context_source_ref as string | null) ?? null,
		contextStatus: (row.context_status as string | null) ?? null
	}));
}

/** The report section (raadsinformatiebrief) on a peildatum, for the region or one gemeente. */
export async function loadReportSection(
	supabase: Supabase,
	regionId: string,
	gemeenteId: string | null,
	peildatum: string
): Promise<Json> {
	const { data, error } = await supabase.rpc('banenafspraak_report', {
		region: regionId,
		gemeente: gemeenteId as string,
		peildatum
	});
	if (error) throw dataError('Banenafspraak voor de rapportage ophalen', error);
	return data;
}

export interface BanenafspraakSummary {
	state: PeildatumState;
	/** The standing on the peildatum; empty while there is no peildatum. */
	standing: StandingRow[];
}

/** The peildatum and the standing on it: what the overview tile and the meeting room show. */
export async function loadBanenafspraakSummary(
	supabase: Supabase,
	regionId: string,
	today: string
): Promise<BanenafspraakSummary> {
	// Usually every partner has reported the last ended quarter: ask for its standing at the same time, and
	// again only when the peildatum turns out to lie earlier (one round trip instead of two on every render).
	const likely = quarterEnd(lastEndedQuarter(today));
	const [state, guessed] = await Promise.all([
		loadPeildatum(supabase, regionId, today),
		loadStanding(supabase, regionId, likely)
	]);
	if (state.peildatum === null) return { state, standing: [] };
	const standing =
		state.peildatum === likely ? guessed : await loadStanding(supabase, regionId, state.peildatum);
	return { state, standing };
}

// ---------------------------------------------------------------------------------------------------
// The opgave per year

export interface OpgaveYear {
	year: number;
	markt: number | null;
	overheid: number | null;
	source: string | null;
}

/** The region's opgave, one entry per year, oldest first. */
export async function listOpgave(supabase: Supabase, regionId: string): Promise<OpgaveYear[]> {
	const { data, error } = await supabase
		.from('regional_targets')
		.select('year, sector, target_jobs, source')
		.eq('region_id', regionId)
		.order('year');
	if (error) throw dataError('Regionale opgave ophalen', error);
	const years = new Map<number, OpgaveYear>();
	for (const row of data) {
		const entry = years.get(row.year) ?? { year: row.year, markt: null, overheid: null, source: null };
		entry[row.sector] = Number(row.target_jobs);
		entry.source = entry.source ?? row.source;
		years.set(row.year, entry);
	}
	return [...years.values()];
}

export async function saveOpgave(
	supabase: Supabase,
	regionId: string,
	opgave: { year: number; markt: number; overheid: number; source: string }
): Promise<WriteResult> {
	return written(
		'Opgave opslaan',
		supabase.from('regional_targets').upsert(
			(['markt', 'overheid'] as const).map((sector) => ({
				region_id: regionId,
				year: opgave.year,
				sector,
				target_jobs: opgave[sector],
				source: opgave.source
			})),
			{ onConflict: 'region_id,year,sector' }
		)
	);
}

// ---------------------------------------------------------------------------------------------------
// UWV's official stand per peildatum

export interface OfficialStanding {
	id: string;
	peildatum: string;
	regulierMarkt: number;
	regulierOverheid: number;
	inleenverband: number;
	doelgroepregisterPersons: number | null;
	workingPersons: number | null;
	source: string;
	updatedAt: string;
}

export type OfficialStandingValues = Omit<OfficialStanding, 'id' | 'updatedAt'>;

export async function listOfficialStandings(
	supabase: Supabase,
	regionId: string
): Promise<OfficialStanding[]> {
	const { data, error } = await supabase
		.from('official_standings')
		.select(
			'id, peildatum, regulier_markt, regulier_overheid, inleenverband, doelgroepregister_persons, working_persons, source, updated_at'
		)
		.eq('region_id', regionId)
		.order('peildatum', { ascending: false })
		.limit(400);
	if (error) throw dataError('UWV-stand ophalen', error);
	return data.map((row) => ({
		id: row.id,
		peildatum: row.peildatum,
		regulierMarkt: Number(row.regulier_markt),
		regulierOverheid: Number(row.regulier_overheid),
		inleenverband: Number(row.inleenverband),
		doelgroepregisterPersons: row.doelgroepregister_persons,
		workingPersons: row.working_persons,
		source: row.source,
		updatedAt: row.updated_at
	}));
}

/**
 * Saves UWV's stand for one or more peildata in one statement (a form, or a whole CSV file): either every row is
 * stored or none. A peildatum that is there already is replaced.
 */
export async function saveOfficialStandings(
	supabase: Supabase,
	regionId: string,
	rows: OfficialStandingValues[]
): Promise<WriteResult> {
	if (rows.some((row) => !isQuarterEnd(row.peildatum))) return refusal('invalid');
	return written(
		'UWV-stand opslaan',
		supabase.from('official_standings').upsert(
			rows.map((row) => ({
				region_id: regionId,
				peildatum: row.peildatum,
				regulier_markt: row.regulierMarkt,
				regulier_overheid: row.regulierOverheid,
				inleenverband: row.inleenverband,
				doelgroepregister_persons: row.doelgroepregisterPersons,
				working_persons: row.workingPersons,
				source: row.source
			})),
			{ onConflict: 'region_id,peildatum' }
		)
	);
}

export async function deleteOfficialStanding(
	supabase: Supabase,
	regionId: string,
	id: string
): Promise<WriteResult> {
	return removed(
		'UWV-stand verwijderen',
		supabase.from('official_standings').delete().eq('region_id', regionId).eq('id', id).select('id')
	);
}

// ---------------------------------------------------------------------------------------------------
// Context figures per gemeente, and the reference list of gemeenten

export interface Gemeente {
	code: string;
	name: string;
	arbeidsmarktregio: string | null;
	validFrom: string | null;
	validTo: string | null;
}

export async function listGemeenten(supabase: Supabase): Promise<Gemeente[]> {
	const { data, error } = await supabase
		.from('gemeenten')
		.select('code, name, arbeidsmarktregio, valid_from, valid_to')
		.order('name');
	if (error) throw dataError('Gemeenten ophalen', error);
	return data.map((row) => ({
		code: row.code,
		name: row.name,
		arbeidsmarktregio: row.arbeidsmarktregio,
		validFrom: row.valid_from,
		validTo: row.valid_to
	}));
}

export interface ContextFigure {
	gemeente: string;
	periodLabel: string;
	periodStart: string;
	periodEnd: string;
	value: number;
	unit: string;
	status: string;
	source: string;
	sourceRef: string | null;
}

/** The region's context figures, newest period first (a region has a few hundred at most). */
export async function listContextFigures(supabase: Supabase, regionId: string): Promise<ContextFigure[]> {
	const { data, error } = await supabase
		.from('context_figures')
		.select('gemeente, period_label, period_start, period_end, value, unit, status, source, source_ref')
		.eq('region_id', regionId)
		.order('period_end', { ascending: false })
		.order('gemeente')
		.limit(1000);
	if (error) throw dataError('Contextcijfers ophalen', error);
	return data.map((row) => ({
		gemeente: row.gemeente,
		periodLabel: row.period_label,
		periodStart: row.period_start,
		periodEnd: row.period_end,
		value: Number(row.value),
		unit: row.unit,
		status: row.status,
		source: row.source,
		sourceRef: row.source_ref
	}));
}

/** Imports context figures in one statement (all or nothing); the same gemeente, period and source is replaced. */
export async function importContextFigures(
	supabase: Supabase,
	regionId: string,
	figures: Omit<ContextFigure, 'unit'>[],
	importId: string
): Promise<WriteResult> {
	return written(
		'Contextcijfers importeren',
		supabase.from('context_figures').upsert(
			figures.map((f) => ({
				region_id: regionId,
				gemeente: f.gemeente,
				indicator: 'bijstand_personen',
				period_label: f.periodLabel,
				period_start: f.periodStart,
				period_end: f.periodEnd,
				value: f.value,
				status: f.status,
				source: f.source,
				source_ref: f.sourceRef,
				import_id: importId
			})),
			{ onConflict: 'region_id,gemeente,indicator,period_label,source' }
		)
	);
}

/** A column the generated types call non-null that the function answers null in (no peildatum yet). */
function nullable<T>(value: T): T | null {
	return value ?? null;
}
