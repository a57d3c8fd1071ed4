import { error } from '@sveltejs/kit';
import { listProgrammes, listRegionCommitments, loadBudgetOverview } from '$lib/data/budgets';
import { budgetOverview } from '$lib/domain/budget';
import { budgetSheets, sheetToDutchCsv } from '$lib/forms/budget-export';
import { requireRegionContext } from '$lib/server/region';
import { queryParams } from '$lib/server/params';
import { m } from '$lib/paraglide/messages';
import { download, toXlsx } from '$lib/server/spreadsheet';
import type { RequestHandler } from './$types';

const FORMATS = ['csv', 'xlsx'] as const;

/** What the budget page shows, as CSV (the partner table) or Excel (partners, programmes per year, stability). */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const query = queryParams(url);
	const format = query.oneOf('formaat', FORMATS) ?? error(400, m.error_bad_param({ name: 'formaat' }));
	const year = query.year('jaar') ?? error(400, m.error_bad_param({ name: 'jaar' }));
	const context = await requireRegionContext(locals, params.slug);
	const [programmes, commitments, facts] = await Promise.all([
		listProgrammes(locals.supabase, context.region.id),
		listRegionCommitments(locals.supabase, context.region.id),
		loadBudgetOverview(locals.supabase, context.region.id, year)
	]);
	const names = new Map(context.partners.map((p) => [p.id, p.name]));
	const sheets = budgetSheets(budgetOverview(programmes, commitments, year), names, year, facts);
	const filename = `budgetten-${context.region.slug}-${year}`;
	return format === 'csv'
		? download(sheetToDutchCsv(sheets.partners), filename, 'csv')
		: download(await toXlsx([sheets.partners, sheets.programmes, sheets.stability]), filename, 'xlsx');
};
