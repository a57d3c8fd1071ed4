import { error, fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from '$lib/forms/adapters';
import { placementEditSchemaFor, placementSchemaFor, toPlacementValues } from '$lib/forms/placement';
import { validatePlacementCsv, PLACEMENT_CSV_COLUMNS } from '$lib/forms/placement-csv';
import { MAX_CSV_BYTES, decodeCsv, type CsvRowError } from '$lib/forms/csv-import';
import { formText } from '$lib/forms/fields';
import type { FormMessage } from '$lib/forms/messages';
import {
	addPlacement,
	deletePlacement,
	importPlacements,
	listPartnerQuarter,
	updatePlacement,
	type PlacementLine,
	type PlacementWriteResult
} from '$lib/data/placements';
import { errorMessage, errorStatus } from '$lib/server/errors';
import { quarterOf, isEnterableQuarter, type Quarter } from '$lib/domain/periods';
import { partnerToEnterFor } from '$lib/domain/partners';
import type { RegionContext } from '$lib/data/regions';
import { m } from '$lib/paraglide/messages';
import { requireRegionContext } from '$lib/server/region';
import { queryParams, type QueryParams } from '$lib/server/params';
import type { Actions, PageServerLoad } from './$types';
import { isUuid } from '$lib/domain/url-params';

function lineFormValues(line: PlacementLine) {
	return {
		id: line.id,
		version: line.updatedAt,
		year: line.year,
		quarter: line.quarter,
		sector: line.sector,
		persons: String(line.persons),
		hoursPerWeek: String(line.hoursPerWeek).replace('.', ','),
		employerName: line.employerName ?? '',
		instrument: line.instrument ?? ('' as const),
		note: line.note ?? ''
	};
}

const choosePartner = (context: RegionContext, requested: string | null) =>
	partnerToEnterFor(context.editableOrganisationIds, context.myMemberships, requested);

function choosePeriod(query: QueryParams, today: Date): Quarter {
	const year = query.year('jaar');
	const quarter = query.quarter('kwartaal');
	if (year !== null && quarter !== null && isEnterableQuarter({ year, quarter }, today))
		return { year, quarter };
	return quarterOf(today);
}

export const load: PageServerLoad = async ({ locals, parent, url, depends }) => {
	depends('app:baanafspraken');
	const { regionContext } = await parent();
	const today = new Date();
	const query = queryParams(url);
	const partnerId = choosePartner(regionContext, query.uuid('partner'));
	const period = choosePeriod(query, today);
	const lines = partnerId
		? await listPartnerQuarter(locals.supabase, partnerId, period.year, period.quarter)
		: [];
	const editingId = query.uuid('bewerk');
	const editing = lines.find((line) => line.id === editingId) ?? null;

	const addForm = await superValidate(
		{ year: period.year, quarter: period.quarter, sector: 'markt' as const, persons: '', hoursPerWeek: '' },
		zod4(placementSchemaFor(today)),
		{ id: 'add', errors: false }
	);
	const editForm = editing
		? await superValidate(lineFormValues(editing), zod4(placementEditSchemaFor(today)), {
				id: 'edit',
				errors: false
			})
		: null;
	return {
		partnerId,
		period,
		lines,
		editForm,
		addForm,
		currentQuarter: quarterOf(today),
		csvColumns: PLACEMENT_CSV_COLUMNS
	};
};

async function editablePartner(locals: App.Locals, slug: string, formData: FormData) {
	const regionContext = await requireRegionContext(locals, slug);
	const organisationId = formText(formData, 'organisationId');
	if (!regionContext.editableOrganisationIds.includes(organisationId)) error(403, m.entry_forbidden());
	return { organisationId, regionId: regionContext.region.id, regionContext };
}

/** The entry forms' words for a refusal (a line checked by the form is refused for rights or a conflict). */
const REFUSED = { forbidden: m.entry_forbidden, conflict: m.entry_conflict, invalid: m.entry_error_save };

function resultMessage(
	result: PlacementWriteResult,
	success: string
): { message: FormMessage; status: 200 | ReturnType<typeof errorStatus> } {
	if (result.ok) return { message: { kind: 'success', text: success }, status: 200 };
	return {
		message: { kind: 'error', text: errorMessage(result.error, REFUSED) },
		status: errorStatus(result.error)
	};
}

export const actions: Actions = {
	add: async ({ request, locals, params }) => {
		const formData = await request.formData();
		const form = await superValidate(formData, zod4(placementSchemaFor(new Date())), { id: 'add' });
		if (!form.valid) return fail(400, { form });
		const { organisationId, regionId } = await editablePartner(locals, params.slug, formData);
		const result = await addPlacement(
			locals.supabase,
			organisationId,
			regionId,
			toPlacementValues(form.data)
		);
		const { message: text, status } = resultMessage(result, m.entry_added());
		if (result.ok) {
			form.data.persons = '';
			form.data.hoursPerWeek = '';
			form.data.employerName = '';
			form.data.note = '';
		}
		return status === 200 ? message(form, text) : message(form, text, { status });
	},

	update: async ({ request, locals, params }) => {
		const formData = await request.formData();
		const form = await superValidate(formData, zod4(placementEditSchemaFor(new Date())), { id: 'edit' });
		if (!form.valid) return fail(400, { form });
		const { organisationId, regionId } = await editablePartner(locals, params.slug, formData);
		const result = await updatePlacement(
			locals.supabase,
			form.data.id,
			form.data.version,
			organisationId,
			regionId,
			toPlacementValues(form.data)
		);
		if (result.ok && result.value) form.data.version = result.value;
		if (!result.ok && result.current) {
			// Show the other person's version of the line; the editor re-applies their change knowingly.
			Object.assign(form.data, lineFormValues(result.current));
		}
		const { message: text, status } = resultMessage(result, m.entry_updated());
		// A conflict is answered as a handled result so the page refreshes the list and shows the winning version.
		return status === 200 || status === 409 ? message(form, text) : message(form, text, { status });
	},

	delete: async ({ request, locals, params }) => {
		const formData = await request.formData();
		const { organisationId } = await editablePartner(locals, params.slug, formData);
		const id = formText(formData, 'id');
		const version = formText(formData, 'version');
		if (!isUuid(id) || !version)
			return fail(400, { deleteMessage: { kind: 'error', text: m.entry_error_save() } });
		const result = await deletePlacement(locals.supabase, id, version, organisationId);
		const { message: text, status } = resultMessage(result, m.entry_deleted());
		return status === 200 ? { deleteMessage: text } : fail(status, { deleteMessage: text });
	},

	import: async ({ request, locals, params }) => {
		const formData = await request.formData();
		const { organisationId, regionId, regionContext } = await editablePartner(locals, params.slug, formData);
		const file = formData.get('file');
		const refuse = (fileError: string | null, rowErrors: CsvRowError[] = []) =>
			fail(400, { importResult: { ok: false as const, fileError, rowErrors } });
		if (!(file instanceof File) || file.size === 0) return refuse(m.csv_error_missing());
		if (file.size > MAX_CSV_BYTES) return refuse(m.csv_error_too_large());
		const decoded = decodeCsv(await file.arrayBuffer());
		if (!decoded.ok) return refuse(decoded.error);
		const validation = validatePlacementCsv(decoded.text);
		if (!validation.ok) return refuse(validation.fileError, validation.rowErrors);
		const result = await importPlacements(
			locals.supabase,
			organisationId,
			regionId,
			validation.rows.map(toPlacementValues)
		).catch(() => null);
		if (!result) return refuse(m.entry_error_save());
		if (!result.ok) return refuse(errorMessage(result.error, REFUSED));
		const partner = regionContext.partners.find((p) => p.id === organisationId)?.name ?? '';
		return {
			importResult: { ok: true as const, text: m.import_done({ count: validation.rows.length, partner }) }
		};
	}
};
