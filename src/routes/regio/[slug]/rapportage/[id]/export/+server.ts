import { error } from '@sveltejs/kit';
import { getPublishedReport } from '$lib/data/reports';
import { keyFigureSheet, periodKey, sheetsOf } from '$lib/domain/report';
import { requireRegionContext } from '$lib/server/region';
import { queryParams } from '$lib/server/params';
import { m } from '$lib/paraglide/messages';
import { download, sheetToCsv, toXlsx } from '$lib/server/spreadsheet';
import type { RequestHandler } from './$types';
import { isUuid } from '$lib/domain/url-params';
import { keyFigureWords } from '$lib/components/report/labels';

const FORMATS = ['csv', 'xlsx'] as const;

/** A published report's figures: Excel with the key figures and one sheet per section table, or CSV. */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const format =
		queryParams(url).oneOf('formaat', FORMATS) ?? error(400, m.error_bad_param({ name: 'formaat' }));
	if (!isUuid(params.id)) error(404, 'Rapportage niet gevonden');
	const context = await requireRegionContext(locals, params.slug);
	const report = await getPublishedReport(locals.supabase, context.region.id, params.id);
	if (!report) error(404, 'Rapportage niet gevonden');
	// An old or malformed stored snapshot: say so, never a 500.
	if (!report.snapshot) error(409, m.rep_snapshot_unreadable());
	const keyFigures = keyFigureSheet(report.snapshot, keyFigureWords());
	const filename = `rapportage-${context.region.slug}-${periodKey(report.period)}-v${report.version}`;
	return format === 'csv'
		? download(sheetToCsv(keyFigures), filename, 'csv')
		: download(await toXlsx([keyFigures, ...sheetsOf(report.snapshot)]), filename, 'xlsx');
};
