import {
	type BudgetOverviewFacts,
	type BudgetOverview as DomainBudgetOverview,
	type BudgetSummary,
	type CommitmentFigure,
	type ProgrammeOverview as DomainProgrammeOverview
} from '$lib/domain/budget';
import type { CommitmentValues } from '$lib/forms/budget';
import { conflict, dataError, ok, refusal, refused, type WriteResult } from './errors';
import { deleteVersioned, staleOrForbidden, versioned } from './writes';
import type { TablesUpdate } from './database.types';
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

function fromRow(row: LineRow): CommitmentLine {
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
	return data.map(fromRow);
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
	return data.map(fromRow);
}

// ---------------------------------------------------------------------------------------------------
// Writing commitments

/**
 * A commitment write: with the stored line (and its new version) when the write returns one. Refused as
 * 'duplicate' when the partner already has a commitment for the programme and year, 'invalid' for a programme
 * of another region, 'conflict' (with the line as it is now) when someone changed it meanwhile.
 */
export type CommitmentWriteResult = WriteResult<CommitmentLine | undefined, CommitmentLine>;

/** The columns of a commitment that the editor fills in. */
function commitmentColumns(values: CommitmentValues) {
	return {
		programme_id: values.programmeId,
		year: values.year,
		committed_amount: values.committedAmount,
		committed_staff_hours: values.committedStaffHours,
		realised_amount: values.realisedAmount,
		realised_staff_hours: values.realisedStaffHours,
		note: values.note
	};
}

function toRow(organisationId: string, regionId: string, values: CommitmentValues) {
	return {
		...commitmentColumns(values),
		organisation_id: organisationId,
		// The database derives the region from the partner; sending it only satisfies the column's NOT NULL.
		region_id: regionId
	};
}

/** One line as add_budget_commitments takes it (the partner is the call's). */
function toLine(values: CommitmentValues) {
	return { ...commitmentColumns(values), through: values.through };
}

/**
 * Stores a partner's new commitments through add_budget_commitments: one transaction, so either every line is
 * stored or, on any refusal (a constraint, a duplicate, RLS), none is. A line with "toegezegd t/m" starts or
 * lengthens the agreement of its year; without it the year gets its own agreement when none covers it.
 */
export async function addCommitments(
	supabase: Supabase,
	organisationId: string,
	lines: CommitmentValues[],
	what = 'Budgetafspraak opslaan'
): Promise<CommitmentWriteResult> {
	if (lines.length === 0) return ok(undefined);
	const { error } = await supabase.rpc('add_budget_commitments', {
		organisation: organisationId,
		lines: lines.map(toLine)
	});
	if (error) return refused(what, error);
	return ok(undefined);
}

/** Saves only when the commitment is still at `version` (its updated_at): nobody's change is overwritten unseen. */
export async function updateCommitment(
	supabase: Supabase,
	id: string,
	version: string,
	organisationId: string,
	regionId: string,
	values: CommitmentValues
): Promise<CommitmentWriteResult> {
	return updateAtVersion(
		supabase,
		'Budgetafspraak wijzigen',
		{ id, version, organisationId },
		toRow(organisationId, regionId, values)
	);
}

/** Records what was realised on a commitment, from the version the editor saw. */
export async function recordRealisation(
	supabase: Supabase,
	id: string,
	version: string,
	organisationId: string,
	realised: { realisedAmount: number | null; realisedStaffHours: number | null }
): Promise<CommitmentWriteResult> {
	return updateAtVersion(
		supabase,
		'Realisatie opslaan',
		{ id, version, organisationId },
		{ realised_amount: realised.realisedAmount, realised_staff_hours: realised.realisedStaffHours }
	);
}

/** Changes a partner's commitment only while it is still at the version the editor saw. */
function updateAtVersion(
	supabase: Supabase,
	context: string,
	line: { id: string; version: string; organisationId: string },
	changes: TablesUpdate<'budget_commitments'>
): Promise<CommitmentWriteResult> {
	return versioned(
		context,
		supabase
			.from('budget_commitments')
			.update(changes)
			.eq('id', line.id)
			.eq('organisation_id', line.organisationId)
			.eq('updated_at', line.version)
			.select(LINE_COLUMNS),
		fromRow,
		() => conflictOrForbidden(supabase, line.id, line.version)
	);
}

export async function deleteCommitment(
	supabase: Supabase,
	id: string,
	version: string,
	organisationId: string
): Promise<CommitmentWriteResult> {
	return deleteVersioned(
		supabase,
		'budget_commitments',
		{ id, version, organisationId },
		'Budgetafspraak verwijderen',
		() => conflictOrForbidden(supabase, id, version)
	);
}

/** Why a write guarded by `version` touched no row of budget_commitments. */
const conflictOrForbidden = (supabase: Supabase, id: string, version: string) =>
	staleOrForbidden(
		'Budgetafspraak ophalen',
		supabase.from('budget_commitments').select(LINE_COLUMNS).eq('id', id).maybeSingle(),
		version,
		fromRow
	);

// ---------------------------------------------------------------------------------------------------
// Programmes (RLS: only the region's coordinator writes)

/** A programme write; 'duplicate' when another programme of the region already has the name. */
export type ProgrammeWriteResult = WriteResult<Programme, Programme>;

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
	if (error) return refused('Programma toevoegen', error);
	return ok(toProgramme(data));
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
	if (error) return refused('Programma wijzigen', error);
	if (data.length === 1) return ok(toProgramme(data[0]));

	const { data: current, error: readError } = await supabase
		.from('programmes')
		.select(PROGRAMME_COLUMNS)
		.eq('id', id)
		.eq('region_id', regionId)
		.maybeSingle();
	if (readError) throw dataError('Programma ophalen', readError);
	if (!current) return conflict(null);
	if (current.updated_at !== version) return conflict(toProgramme(current));
	return refusal('forbidden');
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
// What the screens show (the rules are in domain/budget.ts)

export type ProgrammeOverview = DomainProgrammeOverview<Programme>;
export type BudgetOverview = DomainBudgetOverview<Programme>;
/** Kept for src/lib/forms/budget-export(.test).ts, which another change is rewriting; use domain/budget.ts. */
export { budgetOverview } from '$lib/domain/budget';

// ---------------------------------------------------------------------------------------------------
// The one budget summary: public.budget_overview(region, budget_year, gemeente) in
// supabase/migrations/20261207110000_budget_overview.sql. The budget page, the overview tile, the meeting room,
// the network health check and the report read it, so two screens never show one fact differently. The shape
// below is stable (the published report snapshot is built from it in SQL); add keys, never rename them.

export type {
	BudgetAgreementSpan,
	BudgetDrop,
	BudgetOverviewFacts,
	BudgetPartnerFacts,
	BudgetProgrammeFacts,
	BudgetVerdict,
	BudgetYearSums
} from '$lib/domain/budget';

/** The region's budget facts for a year, under the caller's RLS (a non-member gets an empty overview). */
export async function loadBudgetOverview(
	supabase: Supabase,
	regionId: string,
	year: number,
	gemeenteId?: string
): Promise<BudgetOverviewFacts> {
	const { data, error } = await supabase.rpc('budget_overview', {
		region: regionId,
		budget_year: year,
		...(gemeenteId ? { gemeente: gemeenteId } : {})
	});
	if (error) throw dataError('Budgetoverzicht ophalen', error);
	return data as unknown as BudgetOverviewFacts;
}

/** Programmes whose verdict in the window is not 'stabiel' (aandacht or zwak). */
export function programmesNeedingAttention(facts: Pick<BudgetOverviewFacts, 'programmes'>): number {
	return facts.programmes.filter((p) => p.verdict === 'aandacht' || p.verdict === 'zwak').length;
}

/** The budget tile of the region overview and the meeting room: one year's totals and verdicts. */
export async function loadBudgetSummary(
	supabase: Supabase,
	regionId: string,
	year: number
): Promise<BudgetSummary> {
	const facts = await loadBudgetOverview(supabase, regionId, year);
	return {
		year: facts.year,
		committed: facts.totals.committed,
		realised: facts.totals.realised ?? 0,
		hasRealisation: facts.totals.realised !== null,
		unstableProgrammes: programmesNeedingAttention(facts),
		weakProgrammes: facts.programmes.filter((p) => p.verdict === 'zwak').length,
		programmes: facts.programmes.length,
		window: facts.window,
		partners: facts.totals.partners
	};
}
