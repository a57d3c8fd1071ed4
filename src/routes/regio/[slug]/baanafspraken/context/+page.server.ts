import { error } from '@sveltejs/kit';
import { importContextFigures, listContextFigures, listGemeenten } from '$lib/data/banenafspraak';
import { readCsvUpload, refuseImport } from '$lib/server/csv-upload';
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
		const source = formText(formData, 'source').trim();
		if (source.length < (SOURCE.min ?? 0) || source.length > SOURCE.max)
			return refuseImport(m.context_error_source());
		const upload = await readCsvUpload(formData);
		if (!upload.ok) return refuseImport(upload.error);
		const regionCodes = context.partners.filter(isGemeente).flatMap((p) => (p.cbsCode ? [p.cbsCode] : []));
		const validation = validateContextCsv(upload.text, await listGemeenten(locals.supabase), regionCodes);
		if (!validation.ok) return refuseImport(validation.fileError, validation.rowErrors);
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
				sourceRef: `${upload.fileName.slice(0, 200)}, regel ${row.line}`
			})),
			crypto.randomUUID()
		);
		if (!result.ok) return refuseImport(errorMessage(result.error, { forbidden: m.context_forbidden }));
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
