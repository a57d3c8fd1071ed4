import { error } from '@sveltejs/kit';
import { listProgrammes, listRegionCommitments } from '$lib/data/budgets';
import { budgetOverview } from '$lib/domain/budget';
import { DEFAULT_DROP_THRESHOLD } from '$lib/domain/budget';
import { budgetSheets, sheetToDutchCsv } from '$lib/forms/budget-export';
import { requireRegionContext } from '$lib/server/region';
import { download, toXlsx } from '$lib/server/spreadsheet';
import type { RequestHandler } from './$types';

/** What the budget page shows, as CSV (the partner table) or Excel (partners, programmes per year, stability). */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const format = url.searchParams.get('formaat');
	if (format !== 'csv' && format !== 'xlsx') error(400, 'formaat moet csv of xlsx zijn');
	const year = Number(url.searchParams.get('jaar'));
	if (!Number.isInteger(year) || year < 2013 || year > 2100) error(400, 'jaar ontbreekt of klopt niet');
	const context = await requireRegionContext(locals, params.slug);
	const [programmes, commitments] = await Promise.all([
		listProgrammes(locals.supabase, context.region.id),
		listRegionCommitments(locals.supabase, context.region.id)
	]);
	const names = new Map(context.partners.map((p) => [p.id, p.name]));
	const sheets = budgetSheets(
		budgetOverview(programmes, commitments, year),
		names,
		year,
		DEFAULT_DROP_THRESHOLD
	);
	const filename = `budgetten-${context.region.slug}-${year}`;
	return format === 'csv'
		? download(sheetToDutchCsv(sheets.partners), filename, 'csv')
		: download(await toXlsx([sheets.partners, sheets.programmes, sheets.stability]), filename, 'xlsx');
};
