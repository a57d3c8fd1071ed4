import { toCsv } from '$lib/forms/csv-import';
import { OFFICIAL_CSV_COLUMNS, OFFICIAL_CSV_EXAMPLE } from '$lib/forms/official-standing';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = () =>
	new Response(toCsv(OFFICIAL_CSV_COLUMNS, OFFICIAL_CSV_EXAMPLE), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="uwv-stand-sjabloon.csv"'
		}
	});
