// The partnership network: contacts, the trust and value survey, positions and interests, and what the graph
// and the health check read. Survey answers of other partners never reach this code: the database only hands
// out the caller's own answers and aggregates (see supabase/migrations/20261208030000_network_health.sql).
import { changeSincePreviousRound, type PartnerScore, type RoundChange } from '$lib/domain/network-metrics';
import { networkHealth, type HealthInputs, type NetworkHealth } from '$lib/domain/network-health';
import { contactLines, type GraphEdge } from '$lib/domain/network-graph';
import {
	SURVEY_ITEMS,
	roundsToCompare,
	withNetworkChange,
	type SurveyItem
} from '$lib/domain/network-survey';
import { loadBudgetOverview } from './budgets';
import { dataError, ok, refusal, refused, SQLSTATE, type WriteResult } from './errors';
import type { Supabase } from './types';

import {
	CONTACT_FREQUENCIES,
	CONTACT_KINDS,
	type ContactFrequency,
	type ContactKind,
	type SurveyStatus
} from '$lib/domain/enums';

export { CONTACT_FREQUENCIES, CONTACT_KINDS, type ContactFrequency, type ContactKind };

/** The survey's items are a domain rule; the forms read them from here with the rest of the network. */
export { SURVEY_ITEMS, TRUST_ITEMS, VALUE_ITEMS, type SurveyItem } from '$lib/domain/network-survey';

function written(context: string, error: { code?: string; message: string } | null): WriteResult {
	return error ? refused(context, error) : ok();
}

/** An update or delete of one row; no row changed means RLS kept it from the caller: not theirs. */
const oneRowChanged = (
	context: string,
	result: { data: unknown[] | null; error: { code?: string; message: string } | null }
): WriteResult =>
	result.error ? refused(context, result.error) : result.data?.length === 1 ? ok() : refusal('forbidden');

// ---------------------------------------------------------------------------------------------------
// Contacts

export interface Contact {
	id: string;
	kind: ContactKind;
	occurredOn: string;
	topic: string;
	note: string | null;
	source: string;
	recordedByOrganisationId: string;
	participantIds: string[];
}

export interface ContactPeriod {
	/** ISO dates, inclusive; either may be missing. */
	from?: string | null;
	to?: string | null;
}

export async function listContacts(
	supabase: Supabase,
	regionId: string,
	period: ContactPeriod = {}
): Promise<Contact[]> {
	let query = supabase
		.from('contacts')
		.select(
			'id, kind, occurred_on, topic, note, source, recorded_by_organisation_id, contact_participants(organisation_id)'
		)
		.eq('region_id', regionId);
	if (period.from) query = query.gte('occurred_on', period.from);
	if (period.to) query = query.lte('occurred_on', period.to);
	const { data, error } = await query.order('occurred_on', { ascending: false }).limit(5000);
	if (error) throw dataError('Contacten ophalen', error);
	return data.map((row) => ({
		id: row.id,
		kind: row.kind,
		occurredOn: row.occurred_on,
		topic: row.topic,
		note: row.note,
		source: row.source,
		recordedByOrganisationId: row.recorded_by_organisation_id,
		participantIds: row.contact_participants.map((p) => p.organisation_id)
	}));
}

export interface ContactValues {
	recordedByOrganisationId: string;
	kind: ContactKind;
	occurredOn: string;
	topic: string;
	note: string | null;
	participantIds: string[];
}

/** A contact and its participants (the recording partner always takes part). All or nothing. */
export async function addContact(
	supabase: Supabase,
	regionId: string,
	values: ContactValues
): Promise<WriteResult> {
	const { data, error } = await supabase
		.from('contacts')
		.insert({
			// The database derives it again from the recording partner.
			region_id: regionId,
			kind: values.kind,
			occurred_on: values.occurredOn,
			topic: values.topic,
			note: values.note,
			recorded_by_organisation_id: values.recordedByOrganisationId
		})
		.select('id')
		.single();
	// No row back (PGRST116): RLS did not let the caller see what it wrote, so it was not theirs to write.
	if (error?.code === SQLSTATE.noRows) return refusal('forbidden');
	if (error) return refused('Contact opslaan', error);
	const participants = [...new Set([values.recordedByOrganisationId, ...values.participantIds])];
	const inserted = await supabase.from('contact_participants').insert(
		participants.map((organisationId) => ({
			contact_id: data.id,
			organisation_id: organisationId,
			region_id: regionId
		}))
	);
	if (inserted.error) {
		await supabase.from('contacts').delete().eq('id', data.id);
		return refused('Deelnemers opslaan', inserted.error);
	}
	return ok();
}

export async function deleteContact(supabase: Supabase, id: string): Promise<WriteResult> {
	return oneRowChanged(
		'Contact verwijderen',
		await supabase.from('contacts').delete().eq('id', id).select('id')
	);
}

// ---------------------------------------------------------------------------------------------------
// Survey rounds

export interface SurveyRound {
	id: string;
	title: string;
	status: SurveyStatus;
	minRespondents: number;
	openedAt: string;
	closedAt: string | null;
	updatedAt: string;
}

/** The region's rounds, newest first. */
export async function listSurveyRounds(supabase: Supabase, regionId: string): Promise<SurveyRound[]> {
	const { data, error } = await supabase
		.from('survey_rounds')
		.select('id, title, status, min_respondents, opened_at, closed_at, updated_at')
		.eq('region_id', regionId)
		.order('opened_at', { ascending: false });
	if (error) throw dataError('Enquêterondes ophalen', error);
	return data.map((row) => ({
		id: row.id,
		title: row.title,
		status: row.status,
		minRespondents: row.min_respondents,
		openedAt: row.opened_at,
		closedAt: row.closed_at,
		updatedAt: row.updated_at
	}));
}

export async function openSurveyRound(
	supabase: Supabase,
	regionId: string,
	title: string,
	minRespondents: number
): Promise<WriteResult> {
	const { error } = await supabase
		.from('survey_rounds')
		.insert({ region_id: regionId, title, min_respondents: minRespondents });
	return written('Enquêteronde openen', error);
}

export async function closeSurveyRound(supabase: Supabase, roundId: string): Promise<WriteResult> {
	return oneRowChanged(
		'Enquêteronde sluiten',
		await supabase
			.from('survey_rounds')
			.update({ status: 'closed', closed_at: new Date().toISOString() })
			.eq('id', roundId)
			.eq('status', 'open')
			.select('id')
	);
}

export interface SurveyAnswer {
	ratedOrganisationId: string;
	scores: Record<SurveyItem, number>;
	contactFrequency: ContactFrequency;
	updatedAt: string;
}

/** A partner's own answers in a round (RLS hands out no others). */
export async function listOwnAnswers(
	supabase: Supabase,
	roundId: string,
	respondentOrganisationId: string
): Promise<SurveyAnswer[]> {
	const { data, error } = await supabase
		.from('survey_responses')
		.select(`rated_organisation_id, ${SURVEY_ITEMS.join(', ')}, contact_frequency, updated_at`)
		.eq('round_id', roundId)
		.eq('respondent_organisation_id', respondentOrganisationId);
	if (error) throw dataError('Antwoorden ophalen', error);
	return (data as unknown as Record<string, string | number>[]).map((row) => ({
		ratedOrganisationId: String(row.rated_organisation_id),
		scores: Object.fromEntries(SURVEY_ITEMS.map((item) => [item, Number(row[item])])) as Record<
			SurveyItem,
			number
		>,
		contactFrequency: row.contact_frequency as ContactFrequency,
		updatedAt: String(row.updated_at)
	}));
}

export interface AnswerValues {
	ratedOrganisationId: string;
	scores: Record<SurveyItem, number>;
	contactFrequency: ContactFrequency;
}

/** Saves (inserts or replaces) the respondent's answers about the given partners. */
export async function saveAnswers(
	supabase: Supabase,
	regionId: string,
	roundId: string,
	respondentOrganisationId: string,
	answers: AnswerValues[]
): Promise<WriteResult> {
	if (answers.length === 0) return ok();
	const { error } = await supabase.from('survey_responses').upsert(
		answers.map((answer) => ({
			round_id: roundId,
			region_id: regionId,
			respondent_organisation_id: respondentOrganisationId,
			rated_organisation_id: answer.ratedOrganisationId,
			...answer.scores,
			contact_frequency: answer.contactFrequency
		})),
		{ onConflict: 'round_id,respondent_organisation_id,rated_organisation_id' }
	);
	return written('Antwoorden opslaan', error);
}

/** Withdraws the respondent's answer about one partner ("I do not work with them"). */
export async function withdrawAnswer(
	supabase: Supabase,
	roundId: string,
	respondentOrganisationId: string,
	ratedOrganisationId: string
): Promise<WriteResult> {
	const { error } = await supabase
		.from('survey_responses')
		.delete()
		.eq('round_id', roundId)
		.eq('respondent_organisation_id', respondentOrganisationId)
		.eq('rated_organisation_id', ratedOrganisationId);
	return written('Antwoord intrekken', error);
}

export interface PartnerResult extends PartnerScore {
	items: Record<SurveyItem, number | null>;
}

export interface RoundSummary {
	/** How many partners answered; null while the round is open (the database tells no live counts). */
	respondents: number | null;
	/** How many answers count in the means; null while the round is open. */
	answers: number | null;
	minRespondents: number;
	trust: number | null;
	value: number | null;
}

const numberOrNull = (value: number | string | null | undefined) =>
	value === null || value === undefined ? null : Number(value);

/** Per rated partner: respondents and (past the minimum) mean scores. Empty for an open round. */
export async function roundResults(supabase: Supabase, roundId: string): Promise<PartnerResult[]> {
	const { data, error } = await supabase.rpc('survey_round_results', { round: roundId });
	if (error) throw dataError('Enquêteresultaten ophalen', error);
	return data.map((row) => ({
		organisationId: row.organisation_id,
		respondents: row.respondents,
		trust: numberOrNull(row.trust),
		value: numberOrNull(row.value),
		items: Object.fromEntries(
			SURVEY_ITEMS.map((item) => [item, numberOrNull(row[item] as number | null)])
		) as Record<SurveyItem, number | null>
	}));
}

export async function roundSummary(supabase: Supabase, roundId: string): Promise<RoundSummary | null> {
	const { data, error } = await supabase.rpc('survey_round_summary', { round: roundId });
	if (error) throw dataError('Enquêteronde samenvatten', error);
	const row = data[0];
	if (!row) return null;
	return {
		respondents: numberOrNull(row.respondents),
		answers: numberOrNull(row.answers),
		minRespondents: row.min_respondents,
		trust: numberOrNull(row.trust),
		value: numberOrNull(row.value)
	};
}

/**
 * How the partners judged the trekker's equal treatment in a round: the mean from the round's minimum on;
 * neither count nor mean while the round is open.
 */
export async function roundEqualTreatment(
	supabase: Supabase,
	roundId: string
): Promise<{ respondents: number | null; mean: number | null } | null> {
	const { data, error } = await supabase.rpc('survey_round_equal_treatment', { round: roundId });
	if (error) throw dataError('Oordeel over de trekker ophalen', error);
	const row = data[0];
	return row ? { respondents: numberOrNull(row.respondents), mean: numberOrNull(row.mean) } : null;
}

/** The respondent's own answer on the trekker item in a round (RLS hands out no other), or null. */
export async function ownEqualTreatment(
	supabase: Supabase,
	roundId: string,
	respondentOrganisationId: string
): Promise<number | null> {
	const { data, error } = await supabase
		.from('survey_trekker_ratings')
		.select('equal_treatment')
		.eq('round_id', roundId)
		.eq('respondent_organisation_id', respondentOrganisationId)
		.maybeSingle();
	if (error) throw dataError('Antwoord over de trekker ophalen', error);
	return data?.equal_treatment ?? null;
}

/**
 * Saves (or, with null, withdraws) the respondent's answer on the trekker item. The database takes the trekker
 * from the region and refuses an answer by the trekker itself.
 */
export async function saveEqualTreatment(
	supabase: Supabase,
	regionId: string,
	roundId: string,
	respondentOrganisationId: string,
	score: number | null
): Promise<WriteResult> {
	if (score === null) {
		const { error } = await supabase
			.from('survey_trekker_ratings')
			.delete()
			.eq('round_id', roundId)
			.eq('respondent_organisation_id', respondentOrganisationId);
		return written('Antwoord over de trekker intrekken', error);
	}
	const { error } = await supabase.from('survey_trekker_ratings').upsert(
		{
			round_id: roundId,
			region_id: regionId,
			respondent_organisation_id: respondentOrganisationId,
			// Replaced by the database with the region's trekker.
			trekker_organisation_id: respondentOrganisationId,
			equal_treatment: score
		},
		{ onConflict: 'round_id,respondent_organisation_id' }
	);
	return written('Antwoord over de trekker opslaan', error);
}

export interface SurveyResults {
	round: SurveyRound;
	summary: RoundSummary | null;
	partners: PartnerResult[];
	previous: SurveyRound | null;
	change: RoundChange;
}

/** The latest closed round's results with the change since the round before it; null without closed rounds. */
export async function latestResults(
	supabase: Supabase,
	rounds: SurveyRound[]
): Promise<SurveyResults | null> {
	const compared = roundsToCompare(rounds);
	if (!compared) return null;
	const { latest: round, previous } = compared;
	const [partners, summary, before, summaryBefore] = await Promise.all([
		roundResults(supabase, round.id),
		roundSummary(supabase, round.id),
		previous ? roundResults(supabase, previous.id) : Promise.resolve(null),
		previous ? roundSummary(supabase, previous.id) : Promise.resolve(null)
	]);
	const change = withNetworkChange(changeSincePreviousRound(partners, before), summary, summaryBefore);
	return { round, summary, partners, previous, change };
}

// ---------------------------------------------------------------------------------------------------
// Positions and interests

export interface Position {
	id: string;
	organisationId: string;
	dossier: string;
	position: string;
	interests: string | null;
	updatedAt: string;
}

export async function listPositions(supabase: Supabase, regionId: string): Promise<Position[]> {
	const { data, error } = await supabase
		.from('partner_positions')
		.select('id, organisation_id, dossier, position, interests, updated_at')
		.eq('region_id', regionId)
		.order('dossier')
		.order('updated_at', { ascending: false });
	if (error) throw dataError('Posities ophalen', error);
	return data.map((row) => ({
		id: row.id,
		organisationId: row.organisation_id,
		dossier: row.dossier,
		position: row.position,
		interests: row.interests,
		updatedAt: row.updated_at
	}));
}

export interface PositionValues {
	organisationId: string;
	dossier: string;
	position: string;
	interests: string | null;
}

export async function addPosition(
	supabase: Supabase,
	regionId: string,
	values: PositionValues
): Promise<WriteResult> {
	const { error } = await supabase.from('partner_positions').insert({
		organisation_id: values.organisationId,
		region_id: regionId,
		dossier: values.dossier,
		position: values.position,
		interests: values.interests
	});
	return written('Positie opslaan', error);
}

export async function deletePosition(supabase: Supabase, id: string): Promise<WriteResult> {
	return oneRowChanged(
		'Positie verwijderen',
		await supabase.from('partner_positions').delete().eq('id', id).select('id')
	);
}

// ---------------------------------------------------------------------------------------------------
// The graph

export interface NetworkView {
	/** Pairs of partners with the contact points they shared in the period. */
	lines: GraphEdge[];
	/** Contacts in the period. */
	contacts: number;
	results: SurveyResults | null;
}

/** Contact points per pair of partners in the period, summed by the database (contact_pair_points). */
export async function contactPairs(
	supabase: Supabase,
	regionId: string,
	period: ContactPeriod
): Promise<GraphEdge[]> {
	const { data, error } = await supabase.rpc('contact_pair_points', {
		region: regionId,
		from_date: (period.from ?? null) as string,
		to_date: (period.to ?? null) as string
	});
	if (error) throw dataError('Contactpunten ophalen', error);
	return contactLines(
		data.map((row) => ({
			a: row.organisation_a,
			b: row.organisation_b,
			points: Number(row.points),
			contacts: row.contacts,
			inContact: row.in_contact
		}))
	);
}

/** Contacts recorded in the region in the period. */
export async function countContacts(
	supabase: Supabase,
	regionId: string,
	period: ContactPeriod
): Promise<number> {
	let query = supabase
		.from('contacts')
		.select('id', { count: 'exact', head: true })
		.eq('region_id', regionId);
	if (period.from) query = query.gte('occurred_on', period.from);
	if (period.to) query = query.lte('occurred_on', period.to);
	const { count, error } = await query;
	if (error) throw dataError('Contacten tellen', error);
	return count ?? 0;
}

/** The map's lines (contacts in the period) and the latest closed round's scores per partner. */
export async function loadNetworkView(
	supabase: Supabase,
	regionId: string,
	period: ContactPeriod
): Promise<NetworkView> {
	const [lines, contacts, rounds] = await Promise.all([
		contactPairs(supabase, regionId, period),
		countContacts(supabase, regionId, period),
		listSurveyRounds(supabase, regionId)
	]);
	return { lines, contacts, results: await latestResults(supabase, rounds) };
}

// ---------------------------------------------------------------------------------------------------
// Health check

interface InputsRow {
	peildatum: string;
	window: { from: string; to: string };
	partners: string[];
	lead_organisation_id: string | null;
	in_contact_points: number;
	contact_weights: Record<string, number>;
	contacts_in_window: number;
	contact_pairs: { a: string; b: string; points: number; in_contact: boolean }[];
	goals: HealthInputs['goals'];
	vision: { statement: boolean; endorsed_by: number };
	positions: { dossier: string; partners: number }[];
	lead_mandate: {
		mandate: { decision_reference: string; decision_date: string; valid_until: string | null } | null;
		gemeenten: number;
		ratified_by: number;
	};
	survey: {
		title: string;
		min_respondents: number;
		trust: number | null;
		value: number | null;
		equal_treatment: number | null;
	} | null;
}

/**
 * What the health check reads at a peildatum (today when null), summarised by the database under the caller's
 * row-level security: network_health_inputs(region, peildatum). Null for someone who is not a member.
 */
export async function loadHealthInputs(
	supabase: Supabase,
	regionId: string,
	peildatum: string | null
): Promise<HealthInputs | null> {
	const { data, error } = await supabase.rpc('network_health_inputs', {
		region: regionId,
		peildatum: peildatum as string
	});
	if (error) throw dataError('Gezondheidscheck ophalen', error);
	if (!data) return null;
	const row = data as unknown as InputsRow;
	const mandate = row.lead_mandate.mandate;
	return {
		peildatum: row.peildatum,
		window: row.window,
		partners: row.partners,
		leadOrganisationId: row.lead_organisation_id,
		inContactPoints: Number(row.in_contact_points),
		contactWeights: row.contact_weights,
		contactsInWindow: Number(row.contacts_in_window),
		contactPairs: row.contact_pairs.map((p) => ({
			a: p.a,
			b: p.b,
			points: Number(p.points),
			inContact: p.in_contact
		})),
		goals: row.goals,
		vision: { statement: row.vision.statement, endorsedBy: Number(row.vision.endorsed_by) },
		positions: row.positions.map((p) => ({ dossier: p.dossier, partners: Number(p.partners) })),
		leadMandate: {
			mandate: mandate && {
				decisionReference: mandate.decision_reference,
				decisionDate: mandate.decision_date,
				validUntil: mandate.valid_until
			},
			gemeenten: Number(row.lead_mandate.gemeenten),
			ratifiedBy: Number(row.lead_mandate.ratified_by)
		},
		survey: row.survey && {
			title: row.survey.title,
			minRespondents: row.survey.min_respondents,
			trust: numberOrNull(row.survey.trust),
			value: numberOrNull(row.survey.value),
			equalTreatment: numberOrNull(row.survey.equal_treatment)
		}
	};
}

export interface HealthResult {
	health: NetworkHealth;
	inputs: HealthInputs;
}

/** The health check of a region at a peildatum (today when null); null for someone who is not a member. */
export async function loadNetworkHealth(
	supabase: Supabase,
	regionId: string,
	peildatum: string | null
): Promise<HealthResult | null> {
	const inputs = await loadHealthInputs(supabase, regionId, peildatum);
	if (!inputs) return null;
	const budgets = await loadBudgetOverview(supabase, regionId, Number(inputs.peildatum.slice(0, 4)));
	// R3 (domain brief §4): programmes without 'zwak' in the window, of those with commitments in it.
	const health = networkHealth(
		inputs,
		budgets.health.programmes_assessed > 0
			? {
					programmesAssessed: budgets.health.programmes_assessed,
					programmesStable: budgets.health.programmes_without_weak
				}
			: null
	);
	return { health, inputs };
}

// ---------------------------------------------------------------------------------------------------
// Region overview tile

export interface NetworkOverview {
	partners: number;
	pairsInContact: number;
	isolated: number;
	/** Mean trust (1-4) of the latest closed survey round; null before one reached its minimum. */
	trust: number | null;
}

/** The counts the overview's network tile shows, computed in the database (see network_overview()). */
export async function loadNetworkOverview(supabase: Supabase, regionId: string): Promise<NetworkOverview> {
	const { data, error } = await supabase.rpc('network_overview', { region: regionId }).single();
	if (error) throw dataError('Netwerkoverzicht ophalen', error);
	return {
		partners: data.partners,
		pairsInContact: data.pairs_in_contact,
		isolated: data.isolated,
		trust: data.trust === null ? null : Number(data.trust)
	};
}
