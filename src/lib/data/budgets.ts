// Relative imports (not $lib) for what runs: the integration tests load this module without SvelteKit's aliases.
import {
	budgetTotals,
	committedByYear,
	realisationRate,
	stabilityOf,
	DEFAULT_DROP_THRESHOLD,
	type BudgetTotals,
	type CommitmentFigure,
	type Stability
} from '../domain/budget';
import type { CommitmentValues } from '$lib/forms/budget';
import { dataError, PG_CODES } from './errors';
import type { Supabase } from './types';

export interface Programme {
	id: string;
	name: string;
	description: string | null;
	active: boolean;
	updatedAt: string;
}

export interface CommitmentLine extends CommitmentFigure {
	id: string;
	note: string | null;
	updatedAt: string;
}

const PROGRAMME_COLUMNS = 'id, name, description, active, updated_at';
const LINE_COLUMNS =
	'id, programme_id, organisation_id, year, committed_amount, committed_staff_hours, realised_amount, realised_staff_hours, note, updated_at';

interface ProgrammeRow {
	id: string;
	name: string;
	description: string | null;
	active: boolean;
	updated_at: string;
}

interface LineRow {
	id: string;
	programme_id: string;
	organisation_id: string;
	year: number;
	committed_amount: number;
	committed_staff_hours: number | null;
	realised_amount: number | null;
	realised_staff_hours: number | null;
	note: string | null;
	updated_at: string;
}

function toProgramme(row: ProgrammeRow): Programme {
	return {
		id: row.id,
		name: row.name,
		description: row.description,
		active: row.active,
		updatedAt: row.updated_at
	};
}

// PostgREST sends numeric as a JSON number; Number() also accepts it as a string.
const numberOrNull = (value: number | string | null) => (value === null ? null : Number(value));

type FigureRow = Omit<LineRow, 'id' | 'note' | 'updated_at'>;

function toFigure(row: FigureRow): CommitmentFigure {
	return {
		programmeId: row.programme_id,
		organisationId: row.organisation_id,
		year: row.year,
		committedAmount: Number(row.committed_amount),
		committedStaffHours: numberOrNull(row.committed_staff_hours),
		realisedAmount: numberOrNull(row.realised_amount),
		realisedStaffHours: numberOrNull(row.realised_staff_hours)
	};
}

function toLine(row: LineRow): CommitmentLine {
	return { id: row.id, ...toFigure(row), note: row.note, updatedAt: row.updated_at };
}

// ---------------------------------------------------------------------------------------------------
// Reading

/** The region's programmes, active ones first, then by name (RLS: members only). */
export async function listProgrammes(supabase: Supabase, regionId: string): Promise<Programme[]> {
	const { data, error } = await supabase
		.from('programmes')
		.select(PROGRAMME_COLUMNS)
		.eq('region_id', regionId)
		.order('active', { ascending: false })
		.order('name');
	if (error) throw dataError('Programma’s ophalen', error);
	return data.map(toProgramme);
}

/** All commitments of a region, for the given years or (without years) for every year. */
export async function listRegionCommitments(
	supabase: Supabase,
	regionId: string,
	years?: number[]
): Promise<CommitmentLine[]> {
	let query = supabase.from('budget_commitments').select(LINE_COLUMNS).eq('region_id', regionId);
	if (years) query = query.in('year', years);
	const { data, error } = await query.order('year').order('programme_id').order('organisation_id');
	if (error) throw dataError('Budgetafspraken ophalen', error);
	return data.map(toLine);
}

const FIGURE_COLUMNS =
	'programme_id, organisation_id, year, committed_amount, committed_staff_hours, realised_amount, realised_staff_hours';

/** Only the amounts of every year, for summaries (the overview tile): no ids, notes or timestamps. */
export async function listRegionCommitmentFigures(
	supabase: Supabase,
	regionId: string
): Promise<CommitmentFigure[]> {
	const { data, error } = await supabase
		.from('budget_commitments')
		.select(FIGURE_COLUMNS)
		.eq('region_id', regionId);
	if (error) throw dataError('Budgetafspraken ophalen', error);
	return data.map(toFigure);
}

/** The years the region has commitments for, newest first. */
export async function listCommitmentYears(supabase: Supabase, regionId: string): Promise<number[]> {
	const { data, error } = await supabase
		.from('budget_commitments')
		.select('year')
		.eq('region_id', regionId)
		.order('year', { ascending: false });
	if (error) throw dataError('Jaren ophalen', error);
	return [...new Set(data.map((row) => row.year))];
}

/** One partner's commitments, for one year or (without a year) for every year. */
export async function listPartnerCommitments(
	supabase: Supabase,
	organisationId: string,
	year?: number
): Promise<CommitmentLine[]> {
	let query = supabase.from('budget_commitments').select(LINE_COLUMNS).eq('organisation_id', organisationId);
	if (year !== undefined) query = query.eq('year', year);
	const { data, error } = await query.order('year').order('created_at');
	if (error) throw dataError('Budgetafspraken ophalen', error);
	return data.map(toLine);
}

// ---------------------------------------------------------------------------------------------------
// Writing commitments

export type WriteResult =
	/** With the stored line (and its new version) when the write returns one. */
	| { status: 'ok'; line?: CommitmentLine }
	| { status: 'forbidden' }
	/** The partner already has a commitment for this programme and year (one per programme, partner, year). */
	| { status: 'duplicate' }
	/** The programme is not one of this partner's region. */
	| { status: 'invalid' }
	| { status: 'conflict'; current: CommitmentLine | null };

function toRow(organisationId: string, regionId: string, values: CommitmentValues) {
	return {
		programme_id: values.programmeId,
		organisation_id: organisationId,
		// The database derives the region from the partner; sending it only satisfies the column's NOT NULL.
		region_id: regionId,
		year: values.year,
		committed_amount: values.committedAmount,
		committed_staff_hours: values.committedStaffHours,
		realised_amount: values.realisedAmount,
		realised_staff_hours: values.realisedStaffHours,
		note: values.note
	};
}

/** Refusals the form can explain; anything else is a real failure. */
function refusal(code: string | undefined): WriteResult | null {
	if (code === PG_CODES.insufficientPrivilege) return { status: 'forbidden' };
	if (code === PG_CODES.uniqueViolation) return { status: 'duplicate' };
	// derive_figure_region: a programme of another region (23514) or an unknown programme (23503).
	if (code === PG_CODES.checkViolation || code === PG_CODES.foreignKeyViolation) return { status: 'invalid' };
	return null;
}

export async function addCommitment(
	supabase: Supabase,
	organisationId: string,
	regionId: string,
	values: CommitmentValues
): Promise<WriteResult> {
	const { error } = await supabase.from('budget_commitments').insert(toRow(organisationId, regionId, values));
	if (error) {
		const refused = refusal(error.code);
		if (refused) return refused;
		throw dataError('Budgetafspraak opslaan', error);
	}
	return { status: 'ok' };
}

/**
 * Imports a partner's commitments in one statement: PostgREST runs it in one transaction, so either every line
 * is stored or, on any refusal (a constraint, a duplicate, RLS), none is.
 */
export async function importCommitments(
	supabase: Supabase,
	organisationId: string,
	regionId: string,
	lines: CommitmentValues[]
): Promise<WriteResult> {
	if (lines.length === 0) return { status: 'ok' };
	const { error } = await supabase
		.from('budget_commitments')
		.insert(lines.map((values) => toRow(organisationId, regionId, values)));
	if (error) {
		const refused = refusal(error.code);
		if (refused) return refused;
		throw dataError('Import opslaan', error);
	}
	return { status: 'ok' };
}

/** Saves only when the commitment is still at `version` (its updated_at): nobody's change is overwritten unseen. */
export async function updateCommitment(
	supabase: Supabase,
	id: string,
	version: string,
	organisationId: string,
	regionId: string,
	values: CommitmentValues
): Promise<WriteResult> {
	const { data, error } = await supabase
		.from('budget_commitments')
		.update(toRow(organisationId, regionId, values))
		.eq('id', id)
		.eq('organisation_id', organisationId)
		.eq('updated_at', version)
		.select(LINE_COLUMNS);
	if (error) {
		const refused = refusal(error.code);
		if (refused) return refused;
		throw dataError('Budgetafspraak wijzigen', error);
	}
	if (data.length === 1) return { status: 'ok', line: toLine(data[0]) };
	return conflictOrForbidden(supabase, id, version);
}

/** Records what was realised on a commitment, from the version the editor saw. */
export async function recordRealisation(
	supabase: Supabase,
	id: string,
	version: string,
	organisationId: string,
	realised: { realisedAmount: number | null; realisedStaffHours: number | null }
): Promise<WriteResult> {
	const { data, error } = await supabase
		.from('budget_commitments')
		.update({ realised_amount: realised.realisedAmount, realised_staff_hours: realised.realisedStaffHours })
		.eq('id', id)
		.eq('organisation_id', organisationId)
		.eq('updated_at', version)
		.select(LINE_COLUMNS);
	if (error) {
		const refused = refusal(error.code);
		if (refused) return refused;
		throw dataError('Realisatie opslaan', error);
	}
	if (data.length === 1) return { status: 'ok', line: toLine(data[0]) };
	return conflictOrForbidden(supabase, id, version);
}

export async function deleteCommitment(
	supabase: Supabase,
	id: string,
	version: string,
	organisationId: string
): Promise<WriteResult> {
	const { data, error } = await supabase
		.from('budget_commitments')
		.delete()
		.eq('id', id)
		.eq('organisation_id', organisationId)
		.eq('updated_at', version)
		.select('id');
	if (error?.code === PG_CODES.insufficientPrivilege) return { status: 'forbidden' };
	if (error) throw dataError('Budgetafspraak verwijderen', error);
	if (data.length === 1) return { status: 'ok' };
	return conflictOrForbidden(supabase, id, version);
}

async function conflictOrForbidden(supabase: Supabase, id: string, version: string): Promise<WriteResult> {
	const { data, error } = await supabase
		.from('budget_commitments')
		.select(LINE_COLUMNS)
		.eq('id', id)
		.maybeSingle();
	if (error) throw dataError('Budgetafspraak ophalen', error);
	if (!data) return { status: 'conflict', current: null };
	if (data.updated_at !== version) return { status: 'conflict', current: toLine(data) };
	return { status: 'forbidden' };
}

// ---------------------------------------------------------------------------------------------------
// Programmes (RLS: only the region's coordinator writes)

export type ProgrammeWriteResult =
	| { status: 'ok'; programme: Programme }
	| { status: 'forbidden' }
	/** Another programme of the region already has this name. */
	| { status: 'duplicate' }
	| { status: 'conflict'; current: Programme | null };

export async function addProgramme(
	supabase: Supabase,
	regionId: string,
	values: { name: string; description: string | null }
): Promise<ProgrammeWriteResult> {
	const { data, error } = await supabase
		.from('programmes')
		.insert({ region_id: regionId, name: values.name, description: values.description })
		.select(PROGRAMME_COLUMNS)
		.single();
	if (error?.code === PG_CODES.insufficientPrivilege) return { status: 'forbidden' };
	if (error?.code === PG_CODES.uniqueViolation) return { status: 'duplicate' };
	if (error) throw dataError('Programma toevoegen', error);
	return { status: 'ok', programme: toProgramme(data) };
}

/** Renames (and re-describes) and/or (de)activates a programme, only from the version the coordinator saw. */
export async function updateProgramme(
	supabase: Supabase,
	id: string,
	version: string,
	regionId: string,
	changes: { name?: string; description?: string | null; active?: boolean }
): Promise<ProgrammeWriteResult> {
	const { data, error } = await supabase
		.from('programmes')
		.update(changes)
		.eq('id', id)
		.eq('region_id', regionId)
		.eq('updated_at', version)
		.select(PROGRAMME_COLUMNS);
	if (error?.code === PG_CODES.insufficientPrivilege) return { status: 'forbidden' };
	if (error?.code === PG_CODES.uniqueViolation) return { status: 'duplicate' };
	if (error) throw dataError('Programma wijzigen', error);
	if (data.length === 1) return { status: 'ok', programme: toProgramme(data[0]) };

	const { data: current, error: readError } = await supabase
		.from('programmes')
		.select(PROGRAMME_COLUMNS)
		.eq('id', id)
		.eq('region_id', regionId)
		.maybeSingle();
	if (readError) throw dataError('Programma ophalen', readError);
	if (!current) return { status: 'conflict', current: null };
	if (current.updated_at !== version) return { status: 'conflict', current: toProgramme(current) };
	return { status: 'forbidden' };
}

export const renameProgramme = (
	supabase: Supabase,
	id: string,
	version: string,
	regionId: string,
	values: { name: string; description: string | null }
) => updateProgramme(supabase, id, version, regionId, values);

export const setProgrammeActive = (
	supabase: Supabase,
	id: string,
	version: string,
	regionId: string,
	active: boolean
) => updateProgramme(supabase, id, version, regionId, { active });

// ---------------------------------------------------------------------------------------------------
// What the screens show (pure: the same figures for the page, its exports and the overview tile)

export interface ProgrammeYear {
	year: number;
	committed: number;
	/** Null while nothing of that year's commitments has been realised. */
	realised: number | null;
	/** Realised as a share of what was committed on the realised commitments; null without realisations. */
	rate: number | null;
	/** Change of the total commitment against the previous year (-0.25 = 25 % less); null for the first year. */
	change: number | null;
	flagged: boolean;
}

export interface ProgrammeOverview {
	programme: Programme;
	years: ProgrammeYear[];
	stability: Stability;
}

export interface PartnerYear {
	organisationId: string;
	totals: BudgetTotals;
	rate: number | null;
	/** Some of the partner's commitments of the year have a realised amount. */
	hasRealisation: boolean;
}

const isRealised = (c: CommitmentFigure) => c.realisedAmount !== null;

export interface BudgetOverview {
	/** Every year with commitments, oldest first. */
	years: number[];
	programmes: ProgrammeOverview[];
	/** Per partner in the chosen year, largest commitment first. */
	partners: PartnerYear[];
	/** The region in the chosen year. */
	totals: BudgetTotals;
	rate: number | null;
	hasRealisation: boolean;
}

/**
 * Committed against realised per programme over the years, with each programme's stability (year-on-year change
 * of its total commitment; drops larger than the threshold flagged), and per partner for one year.
 */
export function budgetOverview(
	programmes: readonly Programme[],
	commitments: readonly CommitmentFigure[],
	year: number,
	threshold = DEFAULT_DROP_THRESHOLD
): BudgetOverview {
	const years = [...new Set(commitments.map((c) => c.year))].sort((a, b) => a - b);
	const programmeOverviews = programmes.map((programme) => {
		const own = commitments.filter((c) => c.programmeId === programme.id);
		const stability = stabilityOf(committedByYear(own), threshold);
		const changes = new Map(stability.years.map((y) => [y.year, y] as const));
		return {
			programme,
			stability,
			years: years.map((y) => {
				const ofYear = own.filter((c) => c.year === y);
				const totals = budgetTotals(ofYear);
				const change = changes.get(y);
				return {
					year: y,
					committed: totals.committed,
					realised: ofYear.some(isRealised) ? totals.realised : null,
					rate: realisationRate(totals),
					change: change?.change ?? null,
					flagged: change?.flagged ?? false
				};
			})
		};
	});
	const inYear = commitments.filter((c) => c.year === year);
	const partners = [...new Set(inYear.map((c) => c.organisationId))]
		.map((organisationId) => {
			const own = inYear.filter((c) => c.organisationId === organisationId);
			const totals = budgetTotals(own);
			return { organisationId, totals, rate: realisationRate(totals), hasRealisation: own.some(isRealised) };
		})
		.sort((a, b) => b.totals.committed - a.totals.committed);
	const totals = budgetTotals(inYear);
	return {
		years,
		programmes: programmeOverviews,
		partners,
		totals,
		rate: realisationRate(totals),
		hasRealisation: inYear.some(isRealised)
	};
}

export interface BudgetSummary {
	/** Committed in the year over all programmes. */
	committed: number;
	/** Realised in the year (over the commitments that have a realisation). */
	realised: number;
	/** Programmes whose total commitment dropped more than the threshold in some year. */
	unstableProgrammes: number;
	/** Programmes of the region (active and inactive). */
	programmes: number;
}

/** The budget tile of the region overview: the year's totals and how many programmes lost funding. */
export async function loadBudgetSummary(
	supabase: Supabase,
	regionId: string,
	year: number
): Promise<BudgetSummary> {
	const [programmes, commitments] = await Promise.all([
		listProgrammes(supabase, regionId),
		listRegionCommitmentFigures(supabase, regionId)
	]);
	const overview = budgetOverview(programmes, commitments, year);
	return {
		committed: overview.totals.committed,
		realised: overview.totals.realised,
		unstableProgrammes: overview.programmes.filter((p) => p.stability.verdict === 'unstable').length,
		programmes: programmes.length
	};
}
