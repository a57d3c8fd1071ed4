import { toCsv } from '$lib/forms/csv-import';
import { PLACEMENT_CSV_COLUMNS, PLACEMENT_CSV_EXAMPLE } from '$lib/forms/placement-csv';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () =>
	new Response(toCsv(PLACEMENT_CSV_COLUMNS, PLACEMENT_CSV_EXAMPLE), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="plaatsingen-sjabloon.csv"'
		}
	});
