import {
	sectorYears,
	totalPersons,
	type PlacementFigure,
	type RegionalTarget,
	type Sector,
	type SectorStanding
} from '$lib/domain/baanafspraken';
import { quarterOf, yearFraction } from '$lib/domain/periods';
import type { PlacementValues } from '$lib/forms/placement';
import type { Instrument } from '$lib/domain/enums';
import { conflict, dataError, ok, refusal, refused, type WriteResult } from './errors';
import type { Supabase } from './types';

export interface PlacementLine extends PlacementFigure {
	id: string;
	employerName: string | null;
	instrument: Instrument | null;
	note: string | null;
	updatedAt: string;
}

const LINE_COLUMNS =
	'id, organisation_id, year, quarter, sector, persons, hours_per_week, employer_name, instrument, note, updated_at';

interface LineRow {
	id: string;
	organisation_id: string;
	year: number;
	quarter: number;
	sector: Sector;
	persons: number;
	hours_per_week: number;
	employer_name: string | null;
	instrument: Instrument | null;
	note: string | null;
	updated_at: string;
}

type FigureRow = Omit<LineRow, 'id' | 'employer_name' | 'instrument' | 'note' | 'updated_at'>;

function toFigure(row: FigureRow): PlacementFigure {
	return {
		organisationId: row.organisation_id,
		year: row.year,
		quarter: row.quarter as PlacementFigure['quarter'],
		sector: row.sector,
		persons: row.persons,
		// PostgREST sends numeric as a JSON number; Number() also accepts it as a string.
		hoursPerWeek: Number(row.hours_per_week)
	};
}

function toLine(row: LineRow): PlacementLine {
	return {
		id: row.id,
		...toFigure(row),
		employerName: row.employer_name,
		instrument: row.instrument,
		note: row.note,
		updatedAt: row.updated_at
	};
}

/** All placements of a region for the given years (RLS: members only). */
export async function listRegionPlacements(
	supabase: Supabase,
	regionId: string,
	years: number[]
): Promise<PlacementLine[]> {
	const { data, error } = await supabase
		.from('placements')
		.select(LINE_COLUMNS)
		.eq('region_id', regionId)
		.in('year', years)
		.order('year')
		.order('quarter');
	if (error) throw dataError('Baanafspraken ophalen', error);
	return data.map(toLine);
}

const FIGURE_COLUMNS = 'organisation_id, year, quarter, sector, persons, hours_per_week';

/**
 * Only what the counting rules read, for summaries (the overview tile): a third of a full line's bytes,
 * and the region overview reads a year of lines at every render.
 */
export async function listRegionPlacementFigures(
	supabase: Supabase,
	regionId: string,
	years: number[]
): Promise<PlacementFigure[]> {
	const { data, error } = await supabase
		.from('placements')
		.select(FIGURE_COLUMNS)
		.eq('region_id', regionId)
		.in('year', years);
	if (error) throw dataError('Baanafspraken ophalen', error);
	return data.map(toFigure);
}

/** The years the region has placements for, newest first. */
export async function listPlacementYears(supabase: Supabase, regionId: string): Promise<number[]> {
	const { data, error } = await supabase
		.from('placements')
		.select('year')
		.eq('region_id', regionId)
		.order('year', { ascending: false });
	if (error) throw dataError('Jaren ophalen', error);
	return [...new Set(data.map((row) => row.year))];
}

export async function listPartnerQuarter(
	supabase: Supabase,
	organisationId: string,
	year: number,
	quarter: number
): Promise<PlacementLine[]> {
	const { data, error } = await supabase
		.from('placements')
		.select(LINE_COLUMNS)
		.eq('organisation_id', organisationId)
		.eq('year', year)
		.eq('quarter', quarter)
		.order('created_at');
	if (error) throw dataError('Plaatsingen ophalen', error);
	return data.map(toLine);
}

export async function listTargets(
	supabase: Supabase,
	regionId: string,
	years: number[]
): Promise<(RegionalTarget & { id: string; updatedAt: string })[]> {
	const { data, error } = await supabase
		.from('regional_targets')
		.select('id, year, sector, baseline_jobs, target_jobs, updated_at')
		.eq('region_id', regionId)
		.in('year', years);
	if (error) throw dataError('Regionale opgave ophalen', error);
	return data.map((row) => ({
		id: row.id,
		year: row.year,
		sector: row.sector,
		baselineJobs: Number(row.baseline_jobs),
		targetJobs: Number(row.target_jobs),
		updatedAt: row.updated_at
	}));
}

function toRow(organisationId: string, regionId: string, values: PlacementValues) {
	return {
		organisation_id: organisationId,
		// The database derives the region from the partner; sending it only satisfies the column's NOT NULL.
		region_id: regionId,
		year: values.year,
		quarter: values.quarter,
		sector: values.sector,
		persons: values.persons,
		hours_per_week: values.hoursPerWeek,
		employer_name: values.employerName,
		instrument: values.instrument,
		note: values.note
	};
}

/** A placement write: with the line's new version when it returns one; 'conflict' with the line as it is now. */
export type PlacementWriteResult = WriteResult<string | undefined, PlacementLine>;

export async function addPlacement(
	supabase: Supabase,
	organisationId: string,
	regionId: string,
	values: PlacementValues
): Promise<PlacementWriteResult> {
	const { error } = await supabase.from('placements').insert(toRow(organisationId, regionId, values));
	if (error) return refused('Plaatsing opslaan', error);
	return ok(undefined);
}

/**
 * Imports all lines in one statement: PostgREST runs it in one transaction, so either every line is stored or,
 * on any refusal (a constraint, RLS), none is.
 */
export async function importPlacements(
	supabase: Supabase,
	organisationId: string,
	regionId: string,
	lines: PlacementValues[]
): Promise<PlacementWriteResult> {
	const { error } = await supabase
		.from('placements')
		.insert(lines.map((values) => toRow(organisationId, regionId, values)));
	if (error) return refused('Import opslaan', error);
	return ok(undefined);
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
	const { data, error } = await supabase
		.from('placements')
		.update(toRow(organisationId, regionId, values))
		.eq('id', id)
		.eq('organisation_id', organisationId)
		.eq('updated_at', version)
		.select('id, updated_at');
	if (error) return refused('Plaatsing wijzigen', error);
	if (data.length === 1) return ok(data[0].updated_at);
	return conflictOrForbidden(supabase, id, version);
}

export async function deletePlacement(
	supabase: Supabase,
	id: string,
	version: string,
	organisationId: string
): Promise<PlacementWriteResult> {
	const { data, error } = await supabase
		.from('placements')
		.delete()
		.eq('id', id)
		.eq('organisation_id', organisationId)
		.eq('updated_at', version)
		.select('id');
	if (error) return refused('Plaatsing verwijderen', error);
	if (data.length === 1) return ok(undefined);
	return conflictOrForbidden(supabase, id, version);
}

async function conflictOrForbidden(
	supabase: Supabase,
	id: string,
	version: string
): Promise<PlacementWriteResult> {
	const { data, error } = await supabase.from('placements').select(LINE_COLUMNS).eq('id', id).maybeSingle();
	if (error) throw dataError('Plaatsing ophalen', error);
	if (!data) return conflict(null);
	if (data.updated_at !== version) return conflict(toLine(data));
	return refusal('forbidden');
}

export async function saveTarget(
	supabase: Supabase,
	regionId: string,
	target: RegionalTarget
): Promise<WriteResult> {
	const { error } = await supabase.from('regional_targets').upsert(
		{
			region_id: regionId,
			year: target.year,
			sector: target.sector,
			baseline_jobs: target.baselineJobs,
			target_jobs: target.targetJobs
		},
		{ onConflict: 'region_id,year,sector' }
	);
	if (error) return refused('Opgave opslaan', error);
	return ok();
}

/** The region's standing per sector today, for the overview. */
export async function loadBaanafsprakenSummary(
	supabase: Supabase,
	regionId: string,
	today: Date
): Promise<{ year: number; standings: SectorStanding[]; persons: number }> {
	const { year, quarter } = quarterOf(today);
	const [placements, targets] = await Promise.all([
		listRegionPlacementFigures(supabase, regionId, [year]),
		listTargets(supabase, regionId, [year])
	]);
	const standings = sectorYears(placements, targets, year, quarter, yearFraction(year, today)).map(
		(s) => s.standing
	);
	return { year, standings, persons: totalPersons(placements) };
}
