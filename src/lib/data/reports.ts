import {
	isSectionId,
	networkSnapshot,
	periodKey,
	readStoredSnapshot,
	referenceDate,
	localDate,
	type NamedPartner,
	type ReportPeriod,
	type ReportScope,
	type ReportSnapshot,
	type SectionDataMap,
	type SectionId
} from '$lib/domain/report';
import { dataError, ok, refused, type WriteResult } from './errors';
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
 * The sections the database does not build yet, collected here for the draft only: publish_report() refuses
 * them, so they are never published (the draft says so). Every other section comes from the database
 * (report_draft_snapshot), the same function publishing stores.
 */
const COLLECTORS: { [K in SectionId]?: Collector<K> } = {
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

/** The sections the app collects itself for a draft, because the database does not build them yet. */
export const COLLECTED_IN_APP = Object.keys(COLLECTORS).filter(isSectionId);

/**
 * The figures of the chosen sections as they are now: a draft. The database builds it (report_draft_snapshot,
 * the snapshot publish_report() would store at this moment); only the sections it does not build yet are
 * collected here, and those cannot be published.
 */
export async function collectSnapshot(
	supabase: Supabase,
	request: ReportRequest,
	now = new Date()
): Promise<ReportSnapshot> {
	const { data, error } = await supabase.rpc('report_draft_snapshot', {
		region: request.region.id,
		gemeente: gemeenteOf(request) as string,
		period_year: request.period.year,
		period_quarter: request.period.quarter as number,
		sections: request.sections
	});
	if (error) throw dataError('Concept samenstellen', error);
	// The database's snapshot is read as any stored one: a shape the report cannot show is a bug, never a page.
	const stored = readStoredSnapshot(data);
	if (!stored.readable || stored.unreadableSections.length > 0) {
		throw new Error(
			`Concept samenstellen: de database gaf een vorm die de rapportage niet kan lezen (${
				stored.readable ? stored.unreadableSections.join(', ') : 'geheel'
			})`
		);
	}
	const sections: ReportSnapshot['sections'] = { ...stored.snapshot.sections };
	await Promise.all(
		request.sections
			.filter((id) => sections[id] === undefined)
			.map(async (id) => {
				const collector = COLLECTORS[id] as Collector<typeof id> | undefined;
				if (collector) Object.assign(sections, { [id]: await collector(supabase, request, now) });
			})
	);
	return { ...stored.snapshot, sections };
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
	/** The stored figures as the app can show them; null when the stored snapshot is not one it can read. */
	snapshot: ReportSnapshot | null;
	/** Sections stored in a shape the app cannot read (an old or malformed snapshot): left out, named. */
	unreadableSections: SectionId[];
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
	const stored = readStoredSnapshot(data.snapshot);
	return {
		...toSummary(data),
		introduction: data.introduction,
		conclusion: data.conclusion,
		sections: data.sections as SectionId[],
		snapshot: stored.readable ? stored.snapshot : null,
		unreadableSections: stored.readable ? stored.unreadableSections : []
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

/** The sections the database builds for a published report (publish_report refuses the others). */
export async function listPublishableSections(supabase: Supabase): Promise<SectionId[]> {
	const { data, error } = await supabase.rpc('report_sections_in_database');
	if (error) throw dataError('Publiceerbare onderdelen ophalen', error);
	return ((data as string[] | null) ?? []).filter(isSectionId);
}

export interface PublishInput {
	regionId: string;
	scope: ReportScope;
	period: ReportPeriod;
	title: string;
	introduction: string;
	conclusion: string;
	sections: SectionId[];
}

/** The published version's id and number. */
export type PublishResult = WriteResult<{ id: string; version: number }>;

/**
 * Publishes the next version of a report (scope and period) through publish_report(): the database builds the
 * snapshot from the figures themselves, numbers the version, records who published it and when, and keeps it
 * unchanged from then on. Nothing of the figures is sent from here.
 */
export async function publishReport(supabase: Supabase, input: PublishInput): Promise<PublishResult> {
	const { data, error } = await supabase
		.rpc('publish_report', {
			region: input.regionId,
			gemeente: (input.scope.kind === 'gemeente' ? input.scope.organisationId : null) as string,
			period_year: input.period.year,
			period_quarter: input.period.quarter as number,
			title: input.title,
			introduction: input.introduction,
			conclusion: input.conclusion,
			sections: input.sections
		})
		.single();
	if (error) return refused(`Rapportage ${periodKey(input.period)} publiceren`, error);
	return ok({ id: data.id, version: data.version });
}
