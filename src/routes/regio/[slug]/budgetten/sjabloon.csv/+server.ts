import { listProgrammes } from '$lib/data/budgets';
import { toCsv } from '$lib/forms/csv-import';
import { BUDGET_CSV_COLUMNS, budgetCsvExample } from '$lib/forms/budget-csv';
import { requireRegionContext } from '$lib/server/region';
import type { RequestHandler } from './$types';

/** The import template, with one example line for a programme of this region (rows name their programme). */
export const GET: RequestHandler = async ({ locals, params }) => {
	const context = await requireRegionContext(locals, params.slug);
	const programmes = await listProgrammes(locals.supabase, context.region.id);
	return new Response(toCsv(BUDGET_CSV_COLUMNS, budgetCsvExample(programmes, new Date().getFullYear())), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="budgetten-sjabloon-${context.region.slug}.csv"`
		}
	});
};
