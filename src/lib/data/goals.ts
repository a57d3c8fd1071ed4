// Shared goals and the region's vision: reads under the caller's row-level security, writes through the
// database's own life-cycle functions (propose, consent, change, close), which enforce the rules.
import {
	countByStatus,
	goalProgress,
	linkedActuals,
	type Forecast,
	type LinkedFigures,
	type Point,
	type StandingResult
} from '$lib/domain/goals';
import type {
	GoalSource,
	GoalStatus,
	GoalVersionKind,
	GoalVersionState,
	Sector as JobSector
} from '$lib/domain/enums';
import type { GoalHealthFacts } from '$lib/domain/network-health';
import { listProgrammeRealisations } from './budgets';
import { dataError, ok, refusal, refused, type WriteResult } from './errors';
import type { Supabase } from './types';

export interface Milestone {
	dueDate: string;
	targetValue: number;
}

export interface Contribution {
	organisationId: string;
	commitmentValue: number | null;
	commitmentText: string | null;
}

export interface Consent {
	organisationId: string;
	consentedBy: string | null;
	consentedByName: string | null;
	createdAt: string;
}

export interface FieldChange {
	from: string | number | null;
	to: string | number | null;
}

export interface GoalVersion {
	id: string;
	version: number;
	kind: GoalVersionKind;
	state: GoalVersionState;
	changes: Record<string, FieldChange> | null;
	reason: string | null;
	proposedByName: string | null;
	createdAt: string;
	decidedAt: string | null;
	consents: Consent[];
}

export interface GoalSummary {
	id: string;
	title: string;
	description: string | null;
	indicator: string;
	unit: string;
	source: GoalSource;
	sourceSector: JobSector | null;
	sourceProgrammeId: string | null;
	baselineValue: number;
	baselineDate: string;
	targetValue: number;
	targetDate: string;
	toezichthouderId: string | null;
	status: GoalStatus;
	version: number;
	agreedAt: string | null;
	updatedAt: string;
	milestones: Milestone[];
	contributions: Contribution[];
	contributorIds: string[];
	actuals: Point[];
	standing: StandingResult;
	forecast: Forecast | null;
}

export interface GoalActual extends Point {
	id: string | null;
	note: string | null;
}

export interface GoalDetail extends GoalSummary {
	actualRows: GoalActual[];
	versions: GoalVersion[];
	openVersion: GoalVersion | null;
}

export interface Endorsement {
	organisationId: string;
	endorsedByName: string | null;
	createdAt: string;
}

export interface Vision {
	statement: string | null;
	endorsements: Endorsement[];
}

const GOAL_COLUMNS =
	'id, title, description, indicator, unit, source, source_sector, source_programme_id, baseline_value, baseline_date, target_value, target_date, toezichthouder_id, status, version, agreed_at, updated_at';

interface GoalRow {
	id: string;
	title: string;
	description: string | null;
	indicator: string;
	unit: string;
	source: GoalSource;
	source_sector: JobSector | null;
	source_programme_id: string | null;
	baseline_value: number;
	baseline_date: string;
	target_value: number;
	target_date: string;
	toezichthouder_id: string | null;
	status: GoalStatus;
	version: number;
	agreed_at: string | null;
	updated_at: string;
}

function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

async function loadLinkedFigures(
	supabase: Supabase,
	regionId: string,
	goals: GoalRow[]
): Promise<LinkedFigures> {
	let placements: LinkedFigures['placements'] = [];
	if (goals.some((g) => g.source === 'baanafspraken')) {
		const { data, error } = await supabase
			.from('placements')
			.select('year, quarter, sector, hours_per_week')
			.eq('region_id', regionId);
		if (error) throw dataError('Baanafspraken ophalen', error);
		placements = data.map((row) => ({
			year: row.year,
			quarter: row.quarter,
			sector: row.sector,
			hoursPerWeek: Number(row.hours_per_week)
		}));
	}
	const programmeIds = [
		...new Set(
			goals.flatMap((g) => (g.source === 'budget' && g.source_programme_id ? [g.source_programme_id] : []))
		)
	];
	// Summed per programme and year in the database: never more than a few rows, whatever the region's size.
	const realisations = await listProgrammeRealisations(supabase, regionId, programmeIds);
	const budgets: LinkedFigures['budgets'] = realisations.map((row) => ({
		year: row.year,
		programmeId: row.programmeId,
		realisedAmount: row.realisedAmount
	}));
	return { placements, budgets };
}

const linkedGoal = (row: GoalRow) => ({
	source: row.source,
	sourceSector: row.source_sector,
	sourceProgrammeId: row.source_programme_id,
	baselineValue: Number(row.baseline_value),
	baselineDate: row.baseline_date
});

function summarise(
	row: GoalRow,
	milestones: Milestone[],
	contributions: Contribution[],
	actuals: Point[]
): GoalSummary {
	const goal = {
		baselineValue: Number(row.baseline_value),
		baselineDate: row.baseline_date,
		targetValue: Number(row.target_value),
		targetDate: row.target_date,
		milestones
	};
	return {
		id: row.id,
		title: row.title,
		description: row.description,
		indicator: row.indicator,
		unit: row.unit,
		source: row.source,
		sourceSector: row.source_sector,
		sourceProgrammeId: row.source_programme_id,
		...goal,
		toezichthouderId: row.toezichthouder_id,
		status: row.status,
		version: row.version,
		agreedAt: row.agreed_at,
		updatedAt: row.updated_at,
		contributions,
		contributorIds: contributions.map((c) => c.organisationId),
		actuals,
		...goalProgress(goal, actuals)
	};
}

/** The region's goals with their milestones, contributions, actual values, standing and forecast. */
export async function listGoals(
	supabase: Supabase,
	regionId: string,
	today: Date = new Date()
): Promise<GoalSummary[]> {
	const [goals, milestones, contributions, actuals] = await Promise.all([
		supabase.from('goals').select(GOAL_COLUMNS).eq('region_id', regionId).order('target_date').order('title'),
		supabase.from('goal_milestones').select('goal_id, due_date, target_value').eq('region_id', regionId),
		supabase
			.from('goal_contributions')
			.select('goal_id, organisation_id, commitment_value, commitment_text')
			.eq('region_id', regionId),
		supabase.from('goal_actuals').select('goal_id, period_date, value').eq('region_id', regionId)
	]);
	if (goals.error) throw dataError('Doelen ophalen', goals.error);
	if (milestones.error) throw dataError('Tussendoelen ophalen', milestones.error);
	if (contributions.error) throw dataError('Bijdragen ophalen', contributions.error);
	if (actuals.error) throw dataError('Realisaties ophalen', actuals.error);
	const figures = await loadLinkedFigures(supabase, regionId, goals.data);
	const todayIso = isoDate(today);
	return goals.data.map((row) => {
		const own = <T extends { goal_id: string }>(rows: T[]) => rows.filter((r) => r.goal_id === row.id);
		const rowActuals =
			row.source === 'handmatig'
				? own(actuals.data)
						.map((a) => ({ date: a.period_date, value: Number(a.value) }))
						.sort((a, b) => (a.date < b.date ? -1 : 1))
				: linkedActuals(linkedGoal(row), figures, todayIso);
		return summarise(
			row,
			own(milestones.data)
				.map((m) => ({ dueDate: m.due_date, targetValue: Number(m.target_value) }))
				.sort((a, b) => (a.dueDate < b.dueDate ? -1 : 1)),
			own(contributions.data).map((c) => ({
				organisationId: c.organisation_id,
				commitmentValue: c.commitment_value === null ? null : Number(c.commitment_value),
				commitmentText: c.commitment_text
			})),
			rowActuals
		);
	});
}

async function displayNames(supabase: Supabase, userIds: (string | null)[]): Promise<Map<string, string>> {
	const unique = [...new Set(userIds.filter((id): id is string => !!id))];
	if (unique.length === 0) return new Map();
	const { data, error } = await supabase.from('profiles').select('id, display_name').in('id', unique);
	if (error) throw dataError('Namen ophalen', error);
	return new Map(data.map((p) => [p.id, p.display_name] as const));
}

/** One goal with everything its page shows, or null when it does not exist (or is not visible). */
export async function loadGoal(
	supabase: Supabase,
	regionId: string,
	goalId: string,
	today: Date = new Date()
): Promise<GoalDetail | null> {
	const { data: row, error } = await supabase
		.from('goals')
		.select(GOAL_COLUMNS)
		.eq('region_id', regionId)
		.eq('id', goalId)
		.maybeSingle();
	if (error) throw dataError('Doel ophalen', error);
	if (!row) return null;
	const [milestones, contributions, actuals, versions, consents, figures] = await Promise.all([
		supabase.from('goal_milestones').select('due_date, target_value').eq('goal_id', goalId).order('due_date'),
		supabase
			.from('goal_contributions')
			.select('organisation_id, commitment_value, commitment_text')
			.eq('goal_id', goalId),
		supabase
			.from('goal_actuals')
			.select('id, period_date, value, note')
			.eq('goal_id', goalId)
			.order('period_date'),
		supabase
			.from('goal_versions')
			.select('id, version, kind, state, changes, reason, proposed_by, created_at, decided_at')
			.eq('goal_id', goalId)
			.order('version', { ascending: false }),
		supabase
			.from('goal_consents')
			.select('version_id, organisation_id, consented_by, created_at')
			.eq('goal_id', goalId)
			.order('created_at'),
		loadLinkedFigures(supabase, regionId, [row])
	]);
	if (milestones.error) throw dataError('Tussendoelen ophalen', milestones.error);
	if (contributions.error) throw dataError('Bijdragen ophalen', contributions.error);
	if (actuals.error) throw dataError('Realisaties ophalen', actuals.error);
	if (versions.error) throw dataError('Versies ophalen', versions.error);
	if (consents.error) throw dataError('Instemmingen ophalen', consents.error);

	const names = await displayNames(supabase, [
		...versions.data.map((v) => v.proposed_by),
		...consents.data.map((c) => c.consented_by)
	]);
	const actualRows: GoalActual[] =
		row.source === 'handmatig'
			? actuals.data.map((a) => ({ id: a.id, date: a.period_date, value: Number(a.value), note: a.note }))
			: linkedActuals(linkedGoal(row), figures, isoDate(today)).map((p) => ({ ...p, id: null, note: null }));
	const summary = summarise(
		row,
		milestones.data.map((m) => ({ dueDate: m.due_date, targetValue: Number(m.target_value) })),
		contributions.data.map((c) => ({
			organisationId: c.organisation_id,
			commitmentValue: c.commitment_value === null ? null : Number(c.commitment_value),
			commitmentText: c.commitment_text
		})),
		actualRows.map(({ date, value }) => ({ date, value }))
	);
	const history: GoalVersion[] = versions.data.map((v) => ({
		id: v.id,
		version: v.version,
		kind: v.kind,
		state: v.state,
		changes: (v.changes as Record<string, FieldChange> | null) ?? null,
		reason: v.reason,
		proposedByName: v.proposed_by ? (names.get(v.proposed_by) ?? null) : null,
		createdAt: v.created_at,
		decidedAt: v.decided_at,
		consents: consents.data
			.filter((c) => c.version_id === v.id)
			.map((c) => ({
				organisationId: c.organisation_id,
				consentedBy: c.consented_by,
				consentedByName: c.consented_by ? (names.get(c.consented_by) ?? null) : null,
				createdAt: c.created_at
			}))
	}));
	return {
		...summary,
		actualRows,
		versions: history,
		openVersion: history.find((v) => v.state === 'open') ?? null
	};
}

// ---------------------------------------------------------------------------------------------------
// Writes

export interface NewGoal {
	title: string;
	description: string | null;
	indicator: string;
	unit: string;
	source: GoalSource;
	sourceSector: JobSector | null;
	sourceProgrammeId: string | null;
	baselineValue: number;
	baselineDate: string;
	targetValue: number;
	targetDate: string;
	toezichthouderId: string | null;
	milestones: Milestone[];
	contributions: Contribution[];
}

/** Creates a concept goal with its milestones and contributions in one transaction: all or nothing. */
export async function createGoal(
	supabase: Supabase,
	regionId: string,
	goal: NewGoal
): Promise<WriteResult<string>> {
	const { data, error } = await supabase.rpc('create_goal', {
		goal: {
			region_id: regionId,
			title: goal.title,
			description: goal.description,
			indicator: goal.indicator,
			unit: goal.unit,
			source: goal.source,
			source_sector: goal.sourceSector,
			source_programme_id: goal.sourceProgrammeId,
			baseline_value: goal.baselineValue,
			baseline_date: goal.baselineDate,
			target_value: goal.targetValue,
			target_date: goal.targetDate,
			toezichthouder_id: goal.toezichthouderId
		},
		milestones: goal.milestones.map((m) => ({ due_date: m.dueDate, target_value: m.targetValue })),
		contributions: goal.contributions.map((c) => ({
			organisation_id: c.organisationId,
			commitment_value: c.commitmentValue,
			commitment_text: c.commitmentText
		}))
	});
	// RLS refuses the insert itself for anyone but the coordinator.
	if (error) return refused('Doel opslaan', error);
	return ok(data);
}

async function step<T>(
	context: string,
	call: PromiseLike<{ data: unknown; error: { code?: string; message: string } | null }>
): Promise<WriteResult<T>> {
	const { data, error } = await call;
	if (error) return refused(context, error);
	return ok(data as T);
}

/** The coordinator proposes a concept goal; version 1 opens for the contributors' consent. */
export function proposeGoal(supabase: Supabase, goalId: string) {
	return step<string>('Doel voorstellen', supabase.rpc('propose_goal', { goal: goalId }));
}

/** A contributing partner consents to an open version; returns the goal's status afterwards. */
export function consentToVersion(supabase: Supabase, versionId: string, organisationId: string) {
	return step<GoalStatus>(
		'Instemmen',
		supabase.rpc('consent_goal_version', { proposal: versionId, organisation: organisationId })
	);
}

export interface GoalChange {
	targetValue: number | null;
	targetDate: string | null;
	indicator: string | null;
	unit: string | null;
	toezichthouderId: string | null;
	reason: string;
}

/** The coordinator proposes to change an agreed goal's target, deadline, indicator or toezichthouder. */
export function proposeGoalChange(supabase: Supabase, goalId: string, change: GoalChange) {
	return step<string>(
		'Wijziging voorstellen',
		supabase.rpc('propose_goal_change', {
			goal: goalId,
			new_target_value: change.targetValue as number,
			new_target_date: change.targetDate as string,
			new_indicator: change.indicator as string,
			new_unit: change.unit as string,
			new_toezichthouder: change.toezichthouderId as string,
			reason: change.reason
		})
	);
}

export function withdrawVersion(supabase: Supabase, versionId: string) {
	return step<null>('Voorstel intrekken', supabase.rpc('withdraw_goal_version', { proposal: versionId }));
}

/** The coordinator removes a concept goal (the database refuses any other state). */
export async function deleteConceptGoal(supabase: Supabase, goalId: string): Promise<WriteResult> {
	const { data, error } = await supabase.from('goals').delete().eq('id', goalId).select('id');
	if (error) return refused('Doel verwijderen', error);
	// RLS hid the goal from the delete: not the caller's to remove.
	if (data.length === 0) return refusal('forbidden');
	return ok();
}

export function closeGoal(
	supabase: Supabase,
	goalId: string,
	outcome: Extract<GoalStatus, 'afgerond' | 'gestopt'>
) {
	return step<null>('Doel sluiten', supabase.rpc('close_goal', { goal: goalId, outcome }));
}

/** Enters (or corrects) the actual value of a period. */
export async function saveActual(
	supabase: Supabase,
	regionId: string,
	goalId: string,
	actual: { date: string; value: number; note: string | null }
): Promise<WriteResult> {
	const { error } = await supabase.from('goal_actuals').upsert(
		// region_id follows the goal (set by the database); given here for the types.
		{
			goal_id: goalId,
			region_id: regionId,
			period_date: actual.date,
			value: actual.value,
			note: actual.note
		},
		{ onConflict: 'goal_id,period_date' }
	);
	if (error) return refused('Realisatie opslaan', error);
	return ok();
}

export async function deleteActual(supabase: Supabase, actualId: string): Promise<WriteResult> {
	const { data, error } = await supabase.from('goal_actuals').delete().eq('id', actualId).select('id');
	if (error) return refused('Realisatie verwijderen', error);
	if (data.length === 0) return refusal('forbidden');
	return ok();
}

// ---------------------------------------------------------------------------------------------------
// Vision (R1)

export async function loadVision(supabase: Supabase, regionId: string): Promise<Vision> {
	const [region, endorsements] = await Promise.all([
		supabase.from('regions').select('vision_statement').eq('id', regionId).single(),
		supabase
			.from('vision_endorsements')
			.select('organisation_id, endorsed_by, created_at')
			.eq('region_id', regionId)
			.order('created_at')
	]);
	if (region.error) throw dataError('Visie ophalen', region.error);
	if (endorsements.error) throw dataError('Onderschrijvingen ophalen', endorsements.error);
	const names = await displayNames(
		supabase,
		endorsements.data.map((e) => e.endorsed_by)
	);
	return {
		statement: region.data.vision_statement,
		endorsements: endorsements.data.map((e) => ({
			organisationId: e.organisation_id,
			endorsedByName: e.endorsed_by ? (names.get(e.endorsed_by) ?? null) : null,
			createdAt: e.created_at
		}))
	};
}

/** The coordinator writes the vision; the partners' endorsements of the old text are cleared. */
export async function saveVision(
	supabase: Supabase,
	regionId: string,
	statement: string
): Promise<WriteResult> {
	const { data, error } = await supabase
		.from('regions')
		.update({ vision_statement: statement })
		.eq('id', regionId)
		.select('id');
	if (error) return refused('Visie opslaan', error);
	// Only the coordinator's update reaches the row (RLS).
	if (data.length === 0) return refusal('forbidden');
	return ok();
}

export async function endorseVision(supabase: Supabase, organisationId: string): Promise<WriteResult> {
	const { error } = await supabase
		.from('vision_endorsements')
		.insert({ organisation_id: organisationId } as never);
	if (error) return refused('Visie onderschrijven', error);
	return ok();
}

export async function withdrawEndorsement(supabase: Supabase, organisationId: string): Promise<WriteResult> {
	const { error } = await supabase.from('vision_endorsements').delete().eq('organisation_id', organisationId);
	if (error) return refused('Onderschrijving intrekken', error);
	return ok();
}

// ---------------------------------------------------------------------------------------------------
// For the network health check (R1, R2, R4)

export type { GoalHealthFacts };

/**
 * Counts the network health check reads from the goals module, for one region, under the caller's
 * row-level security (a member of the region sees them all; anyone else gets zeros).
 */
export async function loadGoalHealthFacts(supabase: Supabase, regionId: string): Promise<GoalHealthFacts> {
	const count = { count: 'exact', head: true } as const;
	const [total, agreed, withToezichthouder, changes, endorsed, partners] = await Promise.all([
		supabase.from('goals').select('id', count).eq('region_id', regionId),
		supabase
			.from('goals')
			.select('id', count)
			.eq('region_id', regionId)
			.in('status', ['vastgesteld', 'afgerond']),
		supabase.from('goals').select('id', count).eq('region_id', regionId).not('toezichthouder_id', 'is', null),
		supabase
			.from('goal_versions')
			.select('id', count)
			.eq('region_id', regionId)
			.eq('kind', 'wijziging')
			.eq('state', 'aanvaard'),
		supabase.from('vision_endorsements').select('id', count).eq('region_id', regionId),
		supabase.from('organisations').select('id', count).eq('region_id', regionId).eq('active', true)
	]);
	for (const [label, result] of [
		['Doelen tellen', total],
		['Vastgestelde doelen tellen', agreed],
		['Toezichthouders tellen', withToezichthouder],
		['Wijzigingen tellen', changes],
		['Onderschrijvingen tellen', endorsed],
		['Partners tellen', partners]
	] as const) {
		if (result.error) throw dataError(label, result.error);
	}
	return {
		goalsTotal: total.count ?? 0,
		goalsAgreed: agreed.count ?? 0,
		goalsWithOneToezichthouder: withToezichthouder.count ?? 0,
		changesToAgreedGoals: changes.count ?? 0,
		visionEndorsedBy: endorsed.count ?? 0,
		partnersTotal: partners.count ?? 0
	};
}

/** The overview tile: number of goals per status. */
export async function loadGoalCounts(supabase: Supabase, regionId: string) {
	const { data, error } = await supabase.from('goals').select('status').eq('region_id', regionId);
	if (error) throw dataError('Doelen tellen', error);
	return countByStatus(data);
}
