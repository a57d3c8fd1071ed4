import { error, fail } from '@sveltejs/kit';
import { importContextFigures, listContextFigures, listGemeenten } from '$lib/data/banenafspraak';
import { MAX_CSV_BYTES, decodeCsv, type CsvRowError } from '$lib/forms/csv-import';
import { validateContextCsv } from '$lib/forms/context-csv';
import { isGemeente } from '$lib/domain/partners';
import { LIMITS } from '$lib/domain/limits';
import { errorMessage } from '$lib/server/errors';
import { requireRegionContext } from '$lib/server/region';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';
import { formText } from '$lib/forms/fields';
import { readFormData } from '$lib/server/form-data';

export const load: PageServerLoad = async ({ locals, parent, depends }) => {
	depends('app:baanafspraken');
	const { regionContext } = await parent();
	const [figures, gemeenten] = await Promise.all([
		listContextFigures(locals.supabase, regionContext.region.id),
		listGemeenten(locals.supabase)
	]);
	return { figures, gemeenten };
};

const SOURCE = LIMITS.context_figures.source;

export const actions: Actions = {
	import: async ({ request, locals, params }) => {
		const formData = await readFormData(request);
		const context = await requireRegionContext(locals, params.slug);
		if (!context.isCoordinator) error(403, m.context_forbidden());
		const refuse = (fileError: string | null, rowErrors: CsvRowError[] = []) =>
			fail(400, { importResult: { ok: false as const, fileError, rowErrors } });
		const source = formText(formData, 'source').trim();
		if (source.length < (SOURCE.min ?? 0) || source.length > SOURCE.max)
			return refuse(m.context_error_source());
		const file = formData.get('file');
		if (!(file instanceof File) || file.size === 0) return refuse(m.csv_error_missing());
		if (file.size > MAX_CSV_BYTES) return refuse(m.csv_error_too_large());
		const decoded = decodeCsv(await file.arrayBuffer());
		if (!decoded.ok) return refuse(decoded.error);
		const regionCodes = context.partners.filter(isGemeente).flatMap((p) => (p.cbsCode ? [p.cbsCode] : []));
		const validation = validateContextCsv(decoded.text, await listGemeenten(locals.supabase), regionCodes);
		if (!validation.ok) return refuse(validation.fileError, validation.rowErrors);
		const result = await importContextFigures(
			locals.supabase,
			context.region.id,
			validation.rows.map((row) => ({
				gemeente: row.gemeente,
				periodLabel: row.periodLabel,
				periodStart: row.periodStart,
				periodEnd: row.periodEnd,
				value: row.value,
				status: row.status,
				source,
				sourceRef: `${file.name.slice(0, 200)}, regel ${row.line}`
			})),
			crypto.randomUUID()
		);
		if (!result.ok) return refuse(errorMessage(result.error, { forbidden: m.context_forbidden }));
		return {
			importResult: {
				ok: true as const,
				text: m.context_imported({
					count: validation.rows.length,
					notGemeente: validation.skippedNotGemeente,
					outside: validation.skippedOutsideRegion,
					noFigure: validation.skippedNoFigure
				})
			}
		};
	}
};
