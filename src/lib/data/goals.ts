// Shared goals and the region's vision: reads under the caller's row-level security, writes through the
// database's own life-cycle functions (propose, consent, change, close), which enforce the rules.
import {
	countByStatus,
	goalProgress,
	type Forecast,
	type Point,
	type StandingResult
} from '$lib/domain/goals';
import type {
	GoalSource,
	GoalStatus,
	GoalVerdict,
	GoalVersionKind,
	GoalVersionState,
	MandateLevel,
	MembershipRole,
	Sector as JobSector
} from '$lib/domain/enums';
import type { MandateInput, RecordedMandate } from '$lib/domain/mandate';
import type { Json } from '$lib/data/database.types';
import { dataError, ok, refused, type WriteResult } from './errors';
import { namesWithPartners } from './profiles';
import { removed, written } from './writes';
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
	/** The role the person had at the partner when consenting; null for consents from before it was recorded. */
	actingRole: MembershipRole | null;
	mandate: RecordedMandate;
	createdAt: string;
}

/** The toezichthouder's verdict that closed a goal. */
export interface Verdict {
	organisationId: string;
	verdict: GoalVerdict;
	verdictDate: string;
	realisation: number;
	explanation: string;
	mandate: RecordedMandate;
	recordedByName: string | null;
	actingRole: MembershipRole | null;
	createdAt: string;
}

/** The mandate columns, as goal_consents, vision_endorsements, goal_verdicts and ratifications store them. */
const MANDATE_COLUMNS =
	'mandate_level, acting_as, decision_reference, decision_date, ratify_before, acting_role';

interface MandateRow {
	mandate_level: MandateLevel | null;
	acting_as: string | null;
	decision_reference: string | null;
	decision_date: string | null;
	ratify_before: string | null;
	acting_role: MembershipRole | null;
}

function mandateOf(row: MandateRow): RecordedMandate {
	return {
		level: row.mandate_level,
		actingAs: row.acting_as,
		decisionReference: row.decision_reference,
		decisionDate: row.decision_date,
		ratifyBefore: row.ratify_before
	};
}

/** A mandate as the database functions take it (empty texts as null). */
function mandateArgs(mandate: MandateInput) {
	return {
		mandate_level: mandate.level as MandateLevel,
		acting_as: (mandate.actingAs?.trim() || null) as string,
		decision_reference: (mandate.decisionReference?.trim() || null) as string,
		decision_date: (mandate.decisionDate || null) as string,
		ratify_before: (mandate.ratifyBefore || null) as string
	};
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
	proposedBy: string | null;
	proposedByName: string | null;
	createdAt: string;
	decidedAt: string | null;
	consents: Consent[];
}

/** What defines a goal: what is measured, from where to where, and who oversees it. */
export interface GoalDefinition {
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

export interface GoalSummary extends GoalDefinition {
	id: string;
	status: GoalStatus;
	version: number;
	agreedAt: string | null;
	closedAt: string | null;
	/** The stopped goal this goal succeeds. */
	predecessorId: string | null;
	updatedAt: string;
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
	verdict: Verdict | null;
	/** The goal this one succeeds, and the goal that succeeds it (both by title). */
	predecessor: { id: string; title: string } | null;
	successor: { id: string; title: string } | null;
}

export interface Endorsement {
	organisationId: string;
	endorsedByName: string | null;
	actingRole: MembershipRole | null;
	mandate: RecordedMandate;
	createdAt: string;
}

export interface Vision {
	statement: string | null;
	endorsements: Endorsement[];
}

const GOAL_COLUMNS =
	'id, title, description, indicator, unit, source, source_sector, source_programme_id, baseline_value, baseline_date, target_value, target_date, toezichthouder_id, status, version, agreed_at, closed_at, predecessor_id, updated_at';

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
	closed_at: string | null;
	predecessor_id: string | null;
	updated_at: string;
}

function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/**
 * The actual values of the linked goals among `goals` (banenafspraak or budget programme), as the database computes
 * them on `today` (goal_actual_points: the one place, which the council report reads too).
 */
async function loadLinkedActuals(
	supabase: Supabase,
	regionId: string,
	goals: GoalRow[],
	today: string
): Promise<Map<string, Point[]>> {
	const linked = new Set(goals.filter((g) => g.source !== 'handmatig').map((g) => g.id));
	const points = new Map<string, Point[]>();
	if (linked.size === 0) return points;
	const { data, error } = await supabase.rpc('goal_actual_points', { region: regionId, today });
	if (error) throw dataError('Realisaties uit de cijfers ophalen', error);
	for (const row of data) {
		if (!linked.has(row.goal_id)) continue;
		const list = points.get(row.goal_id) ?? [];
		list.push({ date: row.point_date, value: Number(row.value) });
		points.set(row.goal_id, list);
	}
	for (const list of points.values()) list.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
	return points;
}

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
		closedAt: row.closed_at,
		predecessorId: row.predecessor_id,
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
	const todayIso = isoDate(today);
	const linked = await loadLinkedActuals(supabase, regionId, goals.data, todayIso);
	return goals.data.map((row) => {
		const own = <T extends { goal_id: string }>(rows: T[]) => rows.filter((r) => r.goal_id === row.id);
		const rowActuals =
			row.source === 'handmatig'
				? own(actuals.data)
						.map((a) => ({ date: a.period_date, value: Number(a.value) }))
						.sort((a, b) => (a.date < b.date ? -1 : 1))
				: (linked.get(row.id) ?? []);
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
	const [milestones, contributions, actuals, versions, consents, verdicts, related, linked] =
		await Promise.all([
			supabase
				.from('goal_milestones')
				.select('due_date, target_value')
				.eq('goal_id', goalId)
				.order('due_date'),
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
				.select(`version_id, organisation_id, consented_by, created_at, ${MANDATE_COLUMNS}`)
				.eq('goal_id', goalId)
				.order('created_at'),
			supabase
				.from('goal_verdicts')
				.select(
					`organisation_id, verdict, verdict_date, realisation, explanation, recorded_by, created_at, ${MANDATE_COLUMNS}`
				)
				.eq('goal_id', goalId),
			supabase
				.from('goals')
				.select('id, title, predecessor_id')
				.eq('region_id', regionId)
				.or(`predecessor_id.eq.${goalId}${row.predecessor_id ? `,id.eq.${row.predecessor_id}` : ''}`),
			loadLinkedActuals(supabase, regionId, [row], isoDate(today))
		]);
	if (milestones.error) throw dataError('Tussendoelen ophalen', milestones.error);
	if (contributions.error) throw dataError('Bijdragen ophalen', contributions.error);
	if (actuals.error) throw dataError('Realisaties ophalen', actuals.error);
	if (versions.error) throw dataError('Versies ophalen', versions.error);
	if (consents.error) throw dataError('Instemmingen ophalen', consents.error);
	if (verdicts.error) throw dataError('Oordeel ophalen', verdicts.error);
	if (related.error) throw dataError('Voorganger en opvolger ophalen', related.error);

	const names = await namesWithPartners(supabase, regionId, [
		...versions.data.map((v) => v.proposed_by),
		...consents.data.map((c) => c.consented_by),
		...verdicts.data.map((v) => v.recorded_by)
	]);
	const actualRows: GoalActual[] =
		row.source === 'handmatig'
			? actuals.data.map((a) => ({ id: a.id, date: a.period_date, value: Number(a.value), note: a.note }))
			: (linked.get(row.id) ?? []).map((p) => ({ ...p, id: null, note: null }));
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
		proposedBy: v.proposed_by,
		proposedByName: v.proposed_by ? (names.get(v.proposed_by) ?? null) : null,
		createdAt: v.created_at,
		decidedAt: v.decided_at,
		consents: consents.data
			.filter((c) => c.version_id === v.id)
			.map((c) => ({
				organisationId: c.organisation_id,
				consentedBy: c.consented_by,
				consentedByName: c.consented_by ? (names.get(c.consented_by) ?? null) : null,
				actingRole: c.acting_role,
				mandate: mandateOf(c),
				createdAt: c.created_at
			}))
	}));
	const verdictRow = verdicts.data[0];
	const titled = (goal: { id: string; title: string } | undefined) =>
		goal ? { id: goal.id, title: goal.title } : null;
	return {
		...summary,
		actualRows,
		versions: history,
		openVersion: history.find((v) => v.state === 'open') ?? null,
		verdict: verdictRow
			? {
					organisationId: verdictRow.organisation_id,
					verdict: verdictRow.verdict,
					verdictDate: verdictRow.verdict_date,
					realisation: Number(verdictRow.realisation),
					explanation: verdictRow.explanation,
					mandate: mandateOf(verdictRow),
					recordedByName: verdictRow.recorded_by ? (names.get(verdictRow.recorded_by) ?? null) : null,
					actingRole: verdictRow.acting_role,
					createdAt: verdictRow.created_at
				}
			: null,
		predecessor: titled(related.data.find((g) => g.id === row.predecessor_id)),
		successor: titled(related.data.find((g) => g.predecessor_id === goalId))
	};
}

// ---------------------------------------------------------------------------------------------------
// Writes

export interface NewGoal extends GoalDefinition {
	/** The stopped goal it succeeds. */
	predecessorId?: string | null;
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
			toezichthouder_id: goal.toezichthouderId,
			predecessor_id: goal.predecessorId ?? null
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

/**
 * A contributing partner consents to an open version, on the mandate it records; returns the goal's status
 * afterwards (vastgesteld, the same, or gestopt for a stop).
 */
export function consentToVersion(
	supabase: Supabase,
	versionId: string,
	organisationId: string,
	mandate: MandateInput
) {
	return step<GoalStatus>(
		'Instemmen',
		supabase.rpc('consent_goal_version', {
			proposal: versionId,
			organisation: organisationId,
			...mandateArgs(mandate)
		})
	);
}

export interface GoalChange {
	targetValue: number | null;
	targetDate: string | null;
	indicator: string | null;
	unit: string | null;
	toezichthouderId: string | null;
	/** All milestones as they should be; null (or absent) leaves them as they are. */
	milestones?: Milestone[] | null;
	reason: string;
}

/**
 * The coordinator proposes to change an agreed goal's target, deadline, indicator, toezichthouder or milestones.
 * The database checks the whole plan now, not at the last consent.
 */
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
			reason: change.reason,
			new_milestones: (change.milestones
				? change.milestones.map((m) => ({ due_date: m.dueDate, target_value: m.targetValue }))
				: null) as Json
		})
	);
}

/** The coordinator or a contributing partner proposes to stop an agreed goal; all contributors consent to it. */
export function proposeGoalStop(supabase: Supabase, goalId: string, reason: string) {
	return step<string>('Stoppen voorstellen', supabase.rpc('propose_goal_stop', { goal: goalId, reason }));
}

export interface VerdictValues {
	verdict: GoalVerdict;
	verdictDate: string;
	realisation: number;
	explanation: string;
	mandate: MandateInput;
}

/** The toezichthouder closes an agreed goal with its verdict (nobody else can). */
export function recordVerdict(supabase: Supabase, goalId: string, values: VerdictValues) {
	return step<null>(
		'Oordeel vastleggen',
		supabase.rpc('record_goal_verdict', {
			goal: goalId,
			verdict: values.verdict,
			verdict_date: values.verdictDate,
			realisation: values.realisation,
			explanation: values.explanation,
			...mandateArgs(values.mandate)
		})
	);
}

export function withdrawVersion(supabase: Supabase, versionId: string) {
	return step<null>('Voorstel intrekken', supabase.rpc('withdraw_goal_version', { proposal: versionId }));
}

/** The coordinator removes a concept goal (the database refuses any other state). */
export async function deleteConceptGoal(supabase: Supabase, goalId: string): Promise<WriteResult> {
	// RLS hid the goal from the delete: not the caller's to remove.
	return removed('Doel verwijderen', supabase.from('goals').delete().eq('id', goalId).select('id'));
}

/** Enters (or corrects) the actual value of a period. */
export async function saveActual(
	supabase: Supabase,
	regionId: string,
	goalId: string,
	actual: { date: string; value: number; note: string | null }
): Promise<WriteResult> {
	return written(
		'Realisatie opslaan',
		supabase.from('goal_actuals').upsert(
			// region_id follows the goal (set by the database); given here for the types.
			{
				goal_id: goalId,
				region_id: regionId,
				period_date: actual.date,
				value: actual.value,
				note: actual.note
			},
			{ onConflict: 'goal_id,period_date' }
		)
	);
}

export async function deleteActual(supabase: Supabase, actualId: string): Promise<WriteResult> {
	return removed(
		'Realisatie verwijderen',
		supabase.from('goal_actuals').delete().eq('id', actualId).select('id')
	);
}

// ---------------------------------------------------------------------------------------------------
// Vision (R1)

export async function loadVision(supabase: Supabase, regionId: string): Promise<Vision> {
	const [region, endorsements] = await Promise.all([
		supabase.from('regions').select('vision_statement').eq('id', regionId).single(),
		supabase
			.from('vision_endorsements')
			.select(`organisation_id, endorsed_by, created_at, ${MANDATE_COLUMNS}`)
			.eq('region_id', regionId)
			.order('created_at')
	]);
	if (region.error) throw dataError('Visie ophalen', region.error);
	if (endorsements.error) throw dataError('Onderschrijvingen ophalen', endorsements.error);
	const names = await namesWithPartners(
		supabase,
		regionId,
		endorsements.data.map((e) => e.endorsed_by)
	);
	return {
		statement: region.data.vision_statement,
		endorsements: endorsements.data.map((e) => ({
			organisationId: e.organisation_id,
			endorsedByName: e.endorsed_by ? (names.get(e.endorsed_by) ?? null) : null,
			actingRole: e.acting_role,
			mandate: mandateOf(e),
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
	// Only the coordinator's update reaches the row (RLS).
	return removed(
		'Visie opslaan',
		supabase.from('regions').update({ vision_statement: statement }).eq('id', regionId).select('id')
	);
}

/** A partner endorses the vision, on the mandate it records. */
export async function endorseVision(
	supabase: Supabase,
	organisationId: string,
	mandate: MandateInput
): Promise<WriteResult> {
	// region_id, endorsed_by and acting_role are set by the database.
	return written(
		'Visie onderschrijven',
		supabase
			.from('vision_endorsements')
			.insert({ organisation_id: organisationId, ...mandateArgs(mandate) } as never)
	);
}

/** A partner withdraws its endorsement; no row removed means it was not the caller's to withdraw. */
export async function withdrawEndorsement(supabase: Supabase, organisationId: string): Promise<WriteResult> {
	return removed(
		'Onderschrijving intrekken',
		supabase.from('vision_endorsements').delete().eq('organisation_id', organisationId).select('id')
	);
}

// ---------------------------------------------------------------------------------------------------
// The trekker's mandate (R2): recorded by the coordinator, ratified per gemeente

export interface Ratification {
	organisationId: string;
	ratifiedByName: string | null;
	mandate: RecordedMandate;
	createdAt: string;
}

export interface TrekkerMandate {
	id: string;
	organisationId: string;
	decisionReference: string;
	decisionDate: string;
	validUntil: string | null;
	scope: string | null;
	createdAt: string;
	ratifications: Ratification[];
}

/** The region's latest recorded mandate of the trekker with its ratifications, or null. */
export async function loadTrekkerMandate(
	supabase: Supabase,
	regionId: string
): Promise<TrekkerMandate | null> {
	const { data, error } = await supabase
		.from('trekker_mandates')
		.select(
			`id, organisation_id, decision_reference, decision_date, valid_until, scope, created_at,
			trekker_mandate_ratifications(organisation_id, ratified_by, created_at, ${MANDATE_COLUMNS})`
		)
		.eq('region_id', regionId)
		.order('decision_date', { ascending: false })
		.order('created_at', { ascending: false })
		.limit(1)
		.maybeSingle();
	if (error) throw dataError('Mandaat van de trekker ophalen', error);
	if (!data) return null;
	const ratifications = data.trekker_mandate_ratifications;
	const names = await namesWithPartners(
		supabase,
		regionId,
		ratifications.map((r) => r.ratified_by)
	);
	return {
		id: data.id,
		organisationId: data.organisation_id,
		decisionReference: data.decision_reference,
		decisionDate: data.decision_date,
		validUntil: data.valid_until,
		scope: data.scope,
		createdAt: data.created_at,
		ratifications: ratifications.map((r) => ({
			organisationId: r.organisation_id,
			ratifiedByName: r.ratified_by ? (names.get(r.ratified_by) ?? null) : null,
			mandate: mandateOf(r),
			createdAt: r.created_at
		}))
	};
}

export interface TrekkerMandateValues {
	decisionReference: string;
	decisionDate: string;
	validUntil: string | null;
	scope: string | null;
}

/** The coordinator records the decision that gives the trekker its mandate (the trekker is the region's lead). */
export async function recordTrekkerMandate(
	supabase: Supabase,
	regionId: string,
	values: TrekkerMandateValues
): Promise<WriteResult> {
	return written(
		'Mandaat vastleggen',
		supabase.from('trekker_mandates').insert({
			region_id: regionId,
			// Replaced by the database with the region's lead organisation.
			organisation_id: regionId,
			decision_reference: values.decisionReference,
			decision_date: values.decisionDate,
			valid_until: values.validUntil,
			scope: values.scope
		})
	);
}

/** The coordinator removes a recorded mandate (for instance one entered by mistake). */
export async function removeTrekkerMandate(supabase: Supabase, mandateId: string): Promise<WriteResult> {
	return removed(
		'Mandaat verwijderen',
		supabase.from('trekker_mandates').delete().eq('id', mandateId).select('id')
	);
}

/** A gemeente ratifies the trekker's mandate, bestuurlijk or politiek. */
export async function ratifyTrekkerMandate(
	supabase: Supabase,
	regionId: string,
	mandateId: string,
	organisationId: string,
	mandate: MandateInput
): Promise<WriteResult> {
	return written(
		'Mandaat bekrachtigen',
		supabase.from('trekker_mandate_ratifications').insert({
			mandate_id: mandateId,
			region_id: regionId,
			organisation_id: organisationId,
			...mandateArgs(mandate)
		})
	);
}

export async function withdrawRatification(
	supabase: Supabase,
	mandateId: string,
	organisationId: string
): Promise<WriteResult> {
	return removed(
		'Bekrachtiging intrekken',
		supabase
			.from('trekker_mandate_ratifications')
			.delete()
			.eq('mandate_id', mandateId)
			.eq('organisation_id', organisationId)
			.select('id')
	);
}

/** Stopped goals of the region that no goal succeeds yet: what a new goal can name as its predecessor. */
export async function listSuccessorFreeStops(
	supabase: Supabase,
	regionId: string
): Promise<{ id: string; title: string; closedAt: string | null }[]> {
	const [stopped, successors] = await Promise.all([
		supabase
			.from('goals')
			.select('id, title, closed_at')
			.eq('region_id', regionId)
			.eq('status', 'gestopt')
			.order('closed_at', { ascending: false }),
		supabase
			.from('goals')
			.select('predecessor_id')
			.eq('region_id', regionId)
			.not('predecessor_id', 'is', null)
	]);
	if (stopped.error) throw dataError('Gestopte doelen ophalen', stopped.error);
	if (successors.error) throw dataError('Opvolgers ophalen', successors.error);
	const taken = new Set(successors.data.map((g) => g.predecessor_id));
	return stopped.data
		.filter((g) => !taken.has(g.id))
		.map((g) => ({ id: g.id, title: g.title, closedAt: g.closed_at }));
}

/** The overview tile: number of goals per status. */
export async function loadGoalCounts(supabase: Supabase, regionId: string) {
	const { data, error } = await supabase.from('goals').select('status').eq('region_id', regionId);
	if (error) throw dataError('Doelen tellen', error);
	return countByStatus(data);
}
