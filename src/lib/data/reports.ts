import {
	budgetSnapshot,
	emptyBanenafspraakSnapshot,
	referenceDate,
	type BanenafspraakSnapshot,
	goalsSnapshot,
	localDate,
	meetingsInPeriod,
	meetingsSnapshot,
	networkSnapshot,
	periodKey,
	reportSnapshot,
	type NamedPartner,
	type ReportPeriod,
	type ReportScope,
	type ReportSnapshot,
	type SectionDataMap,
	type SectionId
} from '$lib/domain/report';
import type { Json } from './database.types';
import { dataError, ok, refused, type WriteResult } from './errors';
import { loadPeildatum, loadReportSection } from './banenafspraak';
import { loadBudgetOverview } from './budgets';
import { listGoals } from './goals';
import { listMeetings, loadMeeting, type Meeting } from './meetings';
import { latestResults, listSurveyRounds, loadNetworkHealth } from './network';
import type { RecommendationKey } from '$lib/domain/network-health';
import { recommendationMessages } from '$lib/components/network/labels';
import type { Supabase } from './types';

/** What a report is about: the region (with its partners' names) and the choices in the builder. */
export interface ReportRequest {
	region: { id: string; name: string; demoData?: boolean };
	partners: NamedPartner[];
	scope: ReportScope;
	period: ReportPeriod;
	sections: SectionId[];
}

type Collector<K extends SectionId> = (
	supabase: Supabase,
	request: ReportRequest,
	now: Date
) => Promise<SectionDataMap[K]>;

const gemeenteOf = (request: ReportRequest) =>
	request.scope.kind === 'gemeente' ? request.scope.organisationId : null;

/**
 * One collector per section: reads the figures the section shows, as the current user may see them.
 */
const COLLECTORS: { [K in SectionId]?: Collector<K> } = {
	async baanafspraken(supabase, request, now) {
		// The banenafspraak on the period's last day, or on the last quarter every partner has reported when that is
		// earlier: a report never stands on a quarter not everyone has reported.
		const requested = referenceDate(request.period);
		const state = await loadPeildatum(supabase, request.region.id, localDate(now.toISOString()));
		const gemeente = gemeenteOf(request);
		const missing = state.missing.map((p) => p.name);
		if (state.peildatum === null) return emptyBanenafspraakSnapshot(requested, gemeente, missing);
		const peildatum = requested < state.peildatum ? requested : state.peildatum;
		const data = (await loadReportSection(
			supabase,
			request.region.id,
			gemeente,
			peildatum
		)) as unknown as Omit<BanenafspraakSnapshot, 'requestedPeildatum' | 'missing'>;
		return { ...data, requestedPeildatum: requested, missing: peildatum < requested ? missing : [] };
	},
	async budgetten(supabase, request) {
		const facts = await loadBudgetOverview(
			supabase,
			request.region.id,
			request.period.year,
			gemeenteOf(request) ?? undefined
		);
		return budgetSnapshot(facts);
	},
	async doelen(supabase, request, now) {
		// Linked goals read their actual values up to now; the snapshot keeps those up to the reference date.
		const goals = await listGoals(supabase, request.region.id, now);
		return goalsSnapshot(goals, request.period, request.partners, gemeenteOf(request));
	},
	async overleggen(supabase, request, now) {
		const inPeriod = meetingsInPeriod(await listMeetings(supabase, request.region.id), request.period);
		const meetings = await Promise.all(
			inPeriod.map((meeting) => loadMeeting(supabase, request.region.id, meeting.id))
		);
		return meetingsSnapshot(
			meetings.filter((meeting): meeting is Meeting => meeting !== null),
			request.period,
			request.partners,
			gemeenteOf(request),
			localDate(now.toISOString())
		);
	},
	async netwerk(supabase, request, now) {
		// The health check at the report's peildatum (today while the period runs): contacts in the 12 months up to
		// it, goals and mandates as they stood then, the latest survey round closed by then.
		const peildatum = [referenceDate(request.period), localDate(now.toISOString())].sort()[0];
		const [network, rounds] = await Promise.all([
			loadNetworkHealth(supabase, request.region.id, peildatum),
			listSurveyRounds(supabase, request.region.id)
		]);
		if (!network) throw new Error('Gezondheidscheck: geen lid van de regio');
		const closedBy = rounds.filter((r) => r.closedAt !== null && localDate(r.closedAt) <= peildatum);
		const results = await latestResults(supabase, closedBy);
		return networkSnapshot(
			{ health: network.health, inputs: network.inputs, partnerScores: results?.partners ?? [] },
			request.partners,
			gemeenteOf(request),
			recommendationTexts
		);
	}
};

/** A recommendation of the health check in both languages: the snapshot keeps the text it was published with. */
function recommendationTexts(key: RecommendationKey) {
	const message = recommendationMessages[key];
	return { nl: message({}, { locale: 'nl' }), en: message({}, { locale: 'en' }) };
}

export function hasCollector(section: SectionId): boolean {
	return COLLECTORS[section] !== undefined;
}

/** The figures of the chosen sections as they are now: a draft, or what publishing stores. */
export async function collectSnapshot(
	supabase: Supabase,
	request: ReportRequest,
	now = new Date()
): Promise<ReportSnapshot> {
	const sections: ReportSnapshot['sections'] = {};
	await Promise.all(
		request.sections.map(async (id) => {
			const collector = COLLECTORS[id] as Collector<typeof id> | undefined;
			if (collector) Object.assign(sections, { [id]: await collector(supabase, request, now) });
		})
	);
	return reportSnapshot(request, sections, now);
}

// ---------------------------------------------------------------------------------------------------
// Published versions

export interface ReportVersionSummary {
	id: string;
	title: string;
	organisationId: string | null;
	period: ReportPeriod;
	version: number;
	referenceDate: string;
	publishedAt: string;
	publisherName: string | null;
}

export interface ReportVersion extends ReportVersionSummary {
	introduction: string;
	conclusion: string;
	sections: SectionId[];
	snapshot: ReportSnapshot;
}

const SUMMARY_COLUMNS =
	'id, title, organisation_id, period_year, period_quarter, version, reference_date, published_at, publisher_name';

interface SummaryRow {
	id: string;
	title: string;
	organisation_id: string | null;
	period_year: number;
	period_quarter: number | null;
	version: number | null;
	reference_date: string;
	published_at: string | null;
	publisher_name: string | null;
}

function toSummary(row: SummaryRow): ReportVersionSummary {
	return {
		id: row.id,
		title: row.title,
		organisationId: row.organisation_id,
		period: { year: row.period_year, quarter: row.period_quarter as ReportPeriod['quarter'] },
		version: row.version ?? 0,
		referenceDate: row.reference_date,
		publishedAt: row.published_at ?? '',
		publisherName: row.publisher_name
	};
}

/** The region's published reports, newest first (RLS: members of the region). */
export async function listPublishedReports(
	supabase: Supabase,
	regionId: string
): Promise<ReportVersionSummary[]> {
	const { data, error } = await supabase
		.from('report_versions')
		.select(SUMMARY_COLUMNS)
		.eq('region_id', regionId)
		.eq('status', 'published')
		.order('published_at', { ascending: false });
	if (error) throw dataError('Rapportages ophalen', error);
	return data.map(toSummary);
}

export async function getPublishedReport(
	supabase: Supabase,
	regionId: string,
	id: string
): Promise<ReportVersion | null> {
	const { data, error } = await supabase
		.from('report_versions')
		.select(`${SUMMARY_COLUMNS}, introduction, conclusion, sections, snapshot`)
		.eq('region_id', regionId)
		.eq('status', 'published')
		.eq('id', id)
		.maybeSingle();
	if (error) throw dataError('Rapportage ophalen', error);
	if (!data) return null;
	return {
		...toSummary(data),
		introduction: data.introduction,
		conclusion: data.conclusion,
		sections: data.sections as SectionId[],
		snapshot: data.snapshot as unknown as ReportSnapshot
	};
}

/** The version published just before this one, of the same scope and period. */
export async function getPreviousVersion(
	supabase: Supabase,
	regionId: string,
	report: ReportVersionSummary
): Promise<ReportVersion | null> {
	if (report.version <= 1) return null;
	let query = supabase
		.from('report_versions')
		.select('id')
		.eq('region_id', regionId)
		.eq('status', 'published')
		.eq('period_year', report.period.year)
		.eq('version', report.version - 1);
	query =
		report.period.quarter === null
			? query.is('period_quarter', null)
			: query.eq('period_quarter', report.period.quarter);
	query =
		report.organisationId === null
			? query.is('organisation_id', null)
			: query.eq('organisation_id', report.organisationId);
	const { data, error } = await query.maybeSingle();
	if (error) throw dataError('Vorige versie ophalen', error);
	return data ? getPublishedReport(supabase, regionId, data.id) : null;
}

export interface PublishInput {
	title: string;
	introduction: string;
	conclusion: string;
	snapshot: ReportSnapshot;
	sections: SectionId[];
}

/** The published version's id and number. */
export type PublishResult = WriteResult<{ id: string; version: number }>;

/**
 * Publishes the snapshot as the next version of its report (scope and period). The database numbers the
 * version, records who published it and when, and keeps it unchanged from then on.
 */
export async function publishReport(supabase: Supabase, input: PublishInput): Promise<PublishResult> {
	const { snapshot } = input;
	const { data, error } = await supabase
		.from('report_versions')
		.insert({
			region_id: snapshot.region.id,
			organisation_id: snapshot.scope.kind === 'gemeente' ? snapshot.scope.organisationId : null,
			period_year: snapshot.period.year,
			period_quarter: snapshot.period.quarter,
			status: 'published',
			title: input.title,
			introduction: input.introduction,
			conclusion: input.conclusion,
			sections: input.sections,
			snapshot: snapshot as unknown as Json,
			reference_date: snapshot.referenceDate
		})
		.select('id, version')
		.single();
	if (error) return refused(`Rapportage ${periodKey(snapshot.period)} publiceren`, error);
	return ok({ id: data.id, version: data.version ?? 1 });
}
