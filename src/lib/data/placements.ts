// A partner's plaatsingen (one row per person in a job) and the quarters it closed. Summaries over a region's
// plaatsingen are never added up here: they come from the database (banenafspraak.ts).
import type { Sector } from '$lib/domain/banenafspraak';
import { quarterEnd } from '$lib/domain/banenafspraak';
import type { Dienstverband, Instrument, Klantgroep } from '$lib/domain/enums';
import type { Quarter } from '$lib/domain/periods';
import type { PlacementValues } from '$lib/forms/placement';
import { dataError, ok, refused, type WriteResult } from './errors';
import { deleteVersioned, removed, staleOrForbidden, versioned, written } from './writes';
import type { Supabase } from './types';

export interface PlacementLine {
	id: string;
	organisationId: string;
	creditedOrganisationId: string | null;
	mediatedBy: string | null;
	personKey: string;
	klantgroep: Klantgroep;
	woongemeente: string | null;
	inDoelgroepregister: boolean;
	employerName: string;
	employerKvk: string | null;
	dienstverband: Dienstverband;
	sector: Sector | null;
	startDate: string;
	endDate: string | null;
	hoursPerWeek: number;
	hoursChecked: boolean;
	instrument: Instrument | null;
	note: string | null;
	importId: string | null;
	updatedAt: string;
}

const LINE_COLUMNS =
	'id, organisation_id, credited_organisation_id, mediated_by_organisation_id, person_key, klantgroep, woongemeente, in_doelgroepregister, employer_name, employer_kvk, dienstverband, sector, start_date, end_date, hours_per_week, hours_checked, instrument, note, import_id, updated_at';

interface LineRow {
	id: string;
	organisation_id: string;
	credited_organisation_id: string | null;
	mediated_by_organisation_id: string | null;
	person_key: string;
	klantgroep: Klantgroep;
	woongemeente: string | null;
	in_doelgroepregister: boolean;
	employer_name: string;
	employer_kvk: string | null;
	dienstverband: Dienstverband;
	sector: Sector | null;
	start_date: string;
	end_date: string | null;
	hours_per_week: number;
	hours_checked: boolean;
	instrument: Instrument | null;
	note: string | null;
	import_id: string | null;
	updated_at: string;
}

function toLine(row: LineRow): PlacementLine {
	return {
		id: row.id,
		organisationId: row.organisation_id,
		creditedOrganisationId: row.credited_organisation_id,
		mediatedBy: row.mediated_by_organisation_id,
		personKey: row.person_key,
		klantgroep: row.klantgroep,
		woongemeente: row.woongemeente,
		inDoelgroepregister: row.in_doelgroepregister,
		employerName: row.employer_name,
		employerKvk: row.employer_kvk,
		dienstverband: row.dienstverband,
		sector: row.sector,
		startDate: row.start_date,
		endDate: row.end_date,
		// PostgREST sends numeric as a JSON number; Number() also accepts it as a string.
		hoursPerWeek: Number(row.hours_per_week),
		hoursChecked: row.hours_checked,
		instrument: row.instrument,
		note: row.note,
		importId: row.import_id,
		updatedAt: row.updated_at
	};
}

/** A quarter's list stops here; the page says so when a partner has more (it never silently cuts). */
export const QUARTER_LIST_LIMIT = 1000;

/**
 * A partner's plaatsingen of one quarter: those that started in it and those that ended in it, by start date.
 * `total` is the exact count, also when the list is longer than QUARTER_LIST_LIMIT.
 */
export async function listPartnerQuarter(
	supabase: Supabase,
	organisationId: string,
	period: Quarter
): Promise<{ lines: PlacementLine[]; total: number }> {
	const first = `${period.year}-${String(period.quarter * 3 - 2).padStart(2, '0')}-01`;
	const last = quarterEnd(period);
	const { data, error, count } = await supabase
		.from('placements')
		.select(LINE_COLUMNS, { count: 'exact' })
		.eq('organisation_id', organisationId)
		.or(`and(start_date.gte.${first},start_date.lte.${last}),and(end_date.gte.${first},end_date.lte.${last})`)
		.order('start_date')
		.order('person_key')
		.range(0, QUARTER_LIST_LIMIT - 1);
	if (error) throw dataError('Plaatsingen ophalen', error);
	return { lines: data.map(toLine), total: count ?? data.length };
}

function toRow(organisationId: string, regionId: string, values: PlacementValues, importId?: string) {
	return {
		organisation_id: organisationId,
		// The database derives the region from the partner; sending it only satisfies the column's NOT NULL.
		region_id: regionId,
		person_key: values.personKey,
		klantgroep: values.klantgroep,
		woongemeente: values.woongemeente,
		in_doelgroepregister: values.inDoelgroepregister,
		employer_name: values.employerName,
		employer_kvk: values.employerKvk,
		dienstverband: values.dienstverband,
		sector: values.sector,
		start_date: values.startDate,
		end_date: values.endDate,
		hours_per_week: values.hoursPerWeek,
		hours_checked: values.hoursChecked,
		mediated_by_organisation_id: values.mediatedBy,
		instrument: values.instrument,
		note: values.note,
		...(importId ? { import_id: importId } : {})
	};
}

/** A placement write: with the line's id (add) or new version (update); 'conflict' with the line as it is now. */
export type PlacementWriteResult = WriteResult<string | undefined, PlacementLine>;

export async function addPlacement(
	supabase: Supabase,
	organisationId: string,
	regionId: string,
	values: PlacementValues
): Promise<PlacementWriteResult> {
	const { data, error } = await supabase
		.from('placements')
		.insert(toRow(organisationId, regionId, values))
		.select('id')
		.single();
	if (error) return refused('Plaatsing opslaan', error);
	return ok(data.id);
}

/**
 * Imports all lines in one statement, marked with one import id: PostgREST runs it in one transaction, so either
 * every line is stored or, on any refusal (a rule, a double plaatsing, RLS), none is.
 */
export async function importPlacements(
	supabase: Supabase,
	organisationId: string,
	regionId: string,
	lines: PlacementValues[],
	importId: string
): Promise<PlacementWriteResult> {
	const { error } = await supabase
		.from('placements')
		.insert(lines.map((values) => toRow(organisationId, regionId, values, importId)));
	if (error) return refused('Import opslaan', error);
	return ok(importId);
}

/** Saves only when the line is still at `version` (its updated_at): nobody's change is overwritten unseen. */
export async function updatePlacement(
	supabase: Supabase,
	id: string,
	version: string,
	organisationId: string,
	regionId: string,
	values: PlacementValues
): Promise<PlacementWriteResult> {
	return versioned(
		'Plaatsing wijzigen',
		supabase
			.from('placements')
			.update(toRow(organisationId, regionId, values))
			.eq('id', id)
			.eq('organisation_id', organisationId)
			.eq('updated_at', version)
			.select('id, updated_at'),
		(row) => row.updated_at,
		() => conflictOrForbidden(supabase, id, version)
	);
}

export async function deletePlacement(
	supabase: Supabase,
	id: string,
	version: string,
	organisationId: string
): Promise<PlacementWriteResult> {
	return deleteVersioned(
		supabase,
		'placements',
		{ id, version, organisationId },
		'Plaatsing verwijderen',
		() => conflictOrForbidden(supabase, id, version)
	);
}

/** Why a write guarded by `version` touched no row of placements. */
const conflictOrForbidden = (supabase: Supabase, id: string, version: string) =>
	staleOrForbidden(
		'Plaatsing ophalen',
		supabase.from('placements').select(LINE_COLUMNS).eq('id', id).maybeSingle(),
		version,
		toLine
	);

// ---------------------------------------------------------------------------------------------------
// Closing a quarter ("Kwartaal afsluiten")

export interface ClosedQuarter extends Quarter {
	closedAt: string;
}

/** The quarters a partner closed, newest first. */
export async function listClosedQuarters(
	supabase: Supabase,
	organisationId: string
): Promise<ClosedQuarter[]> {
	const { data, error } = await supabase
		.from('placement_reports')
		.select('year, quarter, created_at')
		.eq('organisation_id', organisationId)
		.order('year', { ascending: false })
		.order('quarter', { ascending: false })
		.limit(200);
	if (error) throw dataError('Afgesloten kwartalen ophalen', error);
	return data.map((row) => ({
		year: row.year,
		quarter: row.quarter as Quarter['quarter'],
		closedAt: row.created_at
	}));
}

export async function closeQuarter(
	supabase: Supabase,
	organisationId: string,
	regionId: string,
	period: Quarter
): Promise<WriteResult> {
	return written(
		'Kwartaal afsluiten',
		supabase.from('placement_reports').insert({
			organisation_id: organisationId,
			region_id: regionId,
			year: period.year,
			quarter: period.quarter
		})
	);
}

export async function reopenQuarter(
	supabase: Supabase,
	organisationId: string,
	period: Quarter
): Promise<WriteResult> {
	return removed(
		'Kwartaal heropenen',
		supabase
			.from('placement_reports')
			.delete()
			.eq('organisation_id', organisationId)
			.eq('year', period.year)
			.eq('quarter', period.quarter)
			.select('id')
	);
}

/**
 * The years a region has plaatsingen in (from its earliest start date to this year), newest first. The earliest
 * date comes from the database: a member reads only its own partner's plaatsingen, the region's first is not
 * person-level.
 */
export async function listPlacementYears(supabase: Supabase, regionId: string, currentYear: number) {
	const { data, error } = await supabase.rpc('banenafspraak_first_start', { region: regionId });
	if (error) throw dataError('Jaren ophalen', error);
	const first = data ? Number(data.slice(0, 4)) : currentYear;
	return Array.from({ length: Math.max(0, currentYear - first) + 1 }, (_, i) => currentYear - i);
}

/** How many plaatsingen one import brought in, and their first and last start date (without fetching them). */
export async function importSummary(
	supabase: Supabase,
	organisationId: string,
	importId: string
): Promise<{ count: number; first: string; last: string } | null> {
	const rows = () =>
		supabase
			.from('placements')
			.select('start_date')
			.eq('organisation_id', organisationId)
			.eq('import_id', importId);
	const [first, last, counted] = await Promise.all([
		rows().order('start_date').limit(1),
		rows().order('start_date', { ascending: false }).limit(1),
		supabase
			.from('placements')
			.select('id', { count: 'exact', head: true })
			.eq('organisation_id', organisationId)
			.eq('import_id', importId)
	]);
	for (const result of [first, last, counted])
		if (result.error) throw dataError('Import ophalen', result.error);
	if (!first.data?.[0] || !last.data?.[0]) return null;
	return { count: counted.count ?? 0, first: first.data[0].start_date, last: last.data[0].start_date };
}
