import { error, fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from '$lib/forms/adapters';
import { opgaveSchema } from '$lib/forms/target';
import {
	defaultOfficialPeildatum,
	officialStandingSchemaFor,
	toOfficialStandingValues,
	validateOfficialCsv,
	OFFICIAL_CSV_COLUMNS
} from '$lib/forms/official-standing';
import { readCsvUpload, refuseImport } from '$lib/server/csv-upload';
import {
	deleteOfficialStanding,
	listOfficialStandings,
	listOpgave,
	saveOfficialStandings,
	saveOpgave
} from '$lib/data/banenafspraak';
import { errorMessage, errorStatus, refuseForm } from '$lib/server/errors';
import { parseDutchNumber } from '$lib/domain/numbers';
import { localDate } from '$lib/domain/report';
import { requireRegionContext } from '$lib/server/region';
import { queryParams } from '$lib/server/params';
import { isUuid } from '$lib/domain/url-params';
import type { FormMessage } from '$lib/forms/messages';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';
import { formText } from '$lib/forms/fields';
import { readFormData } from '$lib/server/form-data';

const asText = (value: number | null | undefined) =>
	value === null || value === undefined ? '' : String(value).replace('.', ',');
const today = () => localDate(new Date().toISOString());

export const load: PageServerLoad = async ({ locals, parent, url }) => {
	const { regionContext } = await parent();
	if (!regionContext.isCoordinator) error(403, m.target_forbidden());
	const regionId = regionContext.region.id;
	const [opgave, standings] = await Promise.all([
		listOpgave(locals.supabase, regionId),
		listOfficialStandings(locals.supabase, regionId)
	]);
	const currentYear = Number(today().slice(0, 4));
	const year = queryParams(url).year('jaar') ?? currentYear;
	const existing = opgave.find((o) => o.year === year);
	const opgaveForm = await superValidate(
		{
			year,
			markt: asText(existing?.markt),
			overheid: asText(existing?.overheid),
			source: existing?.source ?? ''
		},
		zod4(opgaveSchema),
		{ id: 'opgave', errors: false }
	);
	const standingForm = await superValidate(
		{
			peildatum: defaultOfficialPeildatum(today()),
			regulierMarkt: '',
			regulierOverheid: '',
			inleenverband: '',
			source: ''
		},
		zod4(officialStandingSchemaFor(today())),
		{ id: 'standing', errors: false }
	);
	return {
		opgave,
		standings,
		year,
		years: Array.from({ length: currentYear + 6 - 2015 }, (_, i) => currentYear + 5 - i),
		opgaveForm,
		standingForm,
		today: today(),
		csvColumns: OFFICIAL_CSV_COLUMNS
	};
};

async function coordinatorRegion(locals: App.Locals, slug: string) {
	const context = await requireRegionContext(locals, slug);
	if (!context.isCoordinator) error(403, m.target_forbidden());
	return context.region.id;
}

export const actions: Actions = {
	opgave: async ({ request, locals, params }) => {
		const form = await superValidate(request, zod4(opgaveSchema), { id: 'opgave' });
		if (!form.valid) return fail(400, { form });
		const regionId = await coordinatorRegion(locals, params.slug);
		const result = await saveOpgave(locals.supabase, regionId, {
			year: form.data.year,
			markt: parseDutchNumber(form.data.markt),
			overheid: parseDutchNumber(form.data.overheid),
			source: form.data.source
		});
		if (!result.ok) return refuseForm(form, result.error, { forbidden: m.target_forbidden });
		return message(form, {
			kind: 'success',
			text: m.target_saved({ year: form.data.year })
		} satisfies FormMessage);
	},

	standing: async ({ request, locals, params }) => {
		const form = await superValidate(request, zod4(officialStandingSchemaFor(today())), { id: 'standing' });
		if (!form.valid) return fail(400, { form });
		const regionId = await coordinatorRegion(locals, params.slug);
		const result = await saveOfficialStandings(locals.supabase, regionId, [
			toOfficialStandingValues(form.data)
		]);
		if (!result.ok) return refuseForm(form, result.error, { forbidden: m.target_forbidden });
		return message(form, { kind: 'success', text: m.official_saved() } satisfies FormMessage);
	},

	deleteStanding: async ({ request, locals, params }) => {
		const formData = await readFormData(request);
		const regionId = await coordinatorRegion(locals, params.slug);
		const id = formText(formData, 'id');
		if (!isUuid(id)) return fail(400, { deleteMessage: m.entry_error_save() });
		const result = await deleteOfficialStanding(locals.supabase, regionId, id);
		if (!result.ok) return fail(errorStatus(result.error), { deleteMessage: errorMessage(result.error) });
		return { deleteMessage: m.official_deleted() };
	},

	import: async ({ request, locals, params }) => {
		const formData = await readFormData(request);
		const regionId = await coordinatorRegion(locals, params.slug);
		const upload = await readCsvUpload(formData);
		if (!upload.ok) return refuseImport(upload.error);
		const validation = validateOfficialCsv(upload.text, today());
		if (!validation.ok) return refuseImport(validation.fileError, validation.rowErrors);
		const result = await saveOfficialStandings(
			locals.supabase,
			regionId,
			validation.rows.map(toOfficialStandingValues)
		);
		if (!result.ok) return refuseImport(errorMessage(result.error, { forbidden: m.target_forbidden }));
		return {
			importResult: { ok: true as const, text: m.official_imported({ count: validation.rows.length }) }
		};
	}
};
