import { error } from '@sveltejs/kit';
import { loadPeildatum, loadReportSection } from '$lib/data/banenafspraak';
import { baanafsprakenSection, localDate, stackTables, type BanenafspraakSnapshot } from '$lib/domain/report';
import { requireRegionContext } from '$lib/server/region';
import { queryParams } from '$lib/server/params';
import { m } from '$lib/paraglide/messages';
import { download, sheetToCsv, toXlsx } from '$lib/server/spreadsheet';
import type { RequestHandler } from './$types';

const FORMATS = ['csv', 'xlsx'] as const;

/**
 * What the banenafspraak page shows on a peildatum (the current one unless asked): the standing, the quarters,
 * the partners and the gemeenten in context, the same tables as the report's section. Excel: one sheet each;
 * CSV: the tables one under the other.
 */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const query = queryParams(url);
	const format = query.oneOf('formaat', FORMATS) ?? error(400, m.error_bad_param({ name: 'formaat' }));
	const today = localDate(new Date().toISOString());
	const requested = query.peildatum('peildatum', today);
	const context = await requireRegionContext(locals, params.slug);
	const state = await loadPeildatum(locals.supabase, context.region.id, today);
	if (state.peildatum === null || (requested !== null && requested > state.peildatum)) {
		error(400, m.error_bad_param({ name: 'peildatum' }));
	}
	const peildatum = requested ?? state.peildatum;
	const data = (await loadReportSection(
		locals.supabase,
		context.region.id,
		null,
		peildatum
	)) as unknown as BanenafspraakSnapshot;
	const sheets = baanafsprakenSection.sheets({ ...data, requestedPeildatum: peildatum, missing: [] });
	const filename = `banenafspraak-${context.region.slug}-${peildatum}`;
	return format === 'csv'
		? download(sheetToCsv(stackTables('Banenafspraak', sheets)), filename, 'csv')
		: download(await toXlsx(sheets), filename, 'xlsx');
};
