// The partnership network: contacts, the trust and value survey, positions and interests, and what the graph
// and the health check read. Survey answers of other partners never reach this code: the database only hands
// out the caller's own answers and aggregates (see supabase/migrations/20261130020000_network.sql).
import { loadGoalHealthFacts } from './goals';
import {
	changeSincePreviousRound,
	type NetworkMetrics,
	type PartnerScore,
	type RoundChange
} from '$lib/domain/network-metrics';
import { contactFacts, networkHealth, type NetworkHealth } from '$lib/domain/network-health';
import {
	contactEdges,
	contactMetrics,
	surveyEdges,
	type GraphEdge,
	type SurveyRelation
} from '$lib/domain/network-graph';
import {
	SURVEY_ITEMS,
	networkMeans,
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
	respondents: number;
	answers: number;
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
		respondents: row.respondents,
		answers: row.answers,
		minRespondents: row.min_respondents,
		trust: numberOrNull(row.trust),
		value: numberOrNull(row.value)
	};
}

export async function roundRelations(supabase: Supabase, roundId: string): Promise<SurveyRelation[]> {
	const { data, error } = await supabase.rpc('survey_round_relations', { round: roundId });
	if (error) throw dataError('Relaties uit de enquête ophalen', error);
	return data.map((row) => ({ a: row.organisation_a, b: row.organisation_b, reportedBy: row.reported_by }));
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
	contacts: Contact[];
	contactEdges: GraphEdge[];
	surveyEdges: GraphEdge[];
	results: SurveyResults | null;
}

/** Contact and survey lines of the region (contacts in the period; relations of the latest closed round). */
export async function loadNetworkView(
	supabase: Supabase,
	regionId: string,
	period: ContactPeriod
): Promise<NetworkView> {
	const [contacts, rounds] = await Promise.all([
		listContacts(supabase, regionId, period),
		listSurveyRounds(supabase, regionId)
	]);
	const results = await latestResults(supabase, rounds);
	const relations = results ? await roundRelations(supabase, results.round.id) : [];
	return {
		contacts,
		contactEdges: contactEdges(contacts),
		surveyEdges: surveyEdges(relations, results?.partners ?? []),
		results
	};
}

// ---------------------------------------------------------------------------------------------------
// Health check

export async function loadNetworkHealth(
	supabase: Supabase,
	region: { id: string; leadOrganisationId: string | null },
	partnerIds: string[]
): Promise<{
	health: NetworkHealth;
	metrics: NetworkMetrics | null;
	trust: number | null;
	contacts: number;
}> {
	const [contacts, rounds, budgets, goals] = await Promise.all([
		listContacts(supabase, region.id),
		listSurveyRounds(supabase, region.id),
		loadBudgetOverview(supabase, region.id, new Date().getFullYear()),
		loadGoalHealthFacts(supabase, region.id)
	]);
	const results = await latestResults(supabase, rounds);
	const { trust } = networkMeans(results);
	const metrics = contactMetrics(partnerIds, contacts);
	const health = networkHealth({
		goals,
		// R3 (domain brief §4): programmes without 'zwak' in the window, of those with commitments in it.
		budget:
			budgets.health.programmes_assessed > 0
				? {
						programmesAssessed: budgets.health.programmes_assessed,
						programmesStable: budgets.health.programmes_without_weak
					}
				: null,
		leadOrganisationSet: region.leadOrganisationId !== null,
		contacts: contactFacts(metrics),
		trust
	});
	return { health, metrics, trust, contacts: contacts.length };
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
