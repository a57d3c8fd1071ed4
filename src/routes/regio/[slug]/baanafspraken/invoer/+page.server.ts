import { fail, redirect } from '@sveltejs/kit';
import { message, setError, superValidate, type SuperValidated } from 'sveltekit-superforms';
import { zod4 } from '$lib/forms/adapters';
import {
	PLACEMENT_ERROR_FIELDS,
	placementEditSchemaFor,
	placementSchemaFor,
	toPlacementValues,
	type PlacementOutput
} from '$lib/forms/placement';
import { validatePlacementCsv, placementColumnOf, PLACEMENT_CSV_COLUMNS } from '$lib/forms/placement-csv';
import type { CsvRowError } from '$lib/forms/csv-import';
import { readCsvUpload, refuseImport } from '$lib/server/csv-upload';
import { formText, isVersion } from '$lib/forms/fields';
import type { FormMessage } from '$lib/forms/messages';
import {
	addPlacement,
	closeQuarter,
	deletePlacement,
	importPlacements,
	importSummary,
	listClosedQuarters,
	listPartnerQuarter,
	reopenQuarter,
	updatePlacement,
	type PlacementLine
} from '$lib/data/placements';
import { listGemeenten, type Gemeente } from '$lib/data/banenafspraak';
import type { DataError } from '$lib/data/errors';
import { errorMessage, errorStatus } from '$lib/server/errors';
import { entryQuarter, quarterOfIso } from '$lib/domain/banenafspraak';
import { isEnterableQuarter, type Quarter } from '$lib/domain/periods';
import { partnerToEnterFor } from '$lib/domain/partners';
import { localDate } from '$lib/domain/report';
import type { RegionContext } from '$lib/data/regions';
import { m } from '$lib/paraglide/messages';
import { requireEditablePartner } from '$lib/server/region';
import { queryParams, type QueryParams } from '$lib/server/params';
import type { Actions, PageServerLoad } from './$types';
import { isUuid } from '$lib/domain/url-params';
import { readFormData } from '$lib/server/form-data';

const today = () => localDate(new Date().toISOString());

function lineFormValues(line: PlacementLine) {
	return {
		id: line.id,
		version: line.updatedAt,
		personKey: line.personKey,
		klantgroep: line.klantgroep,
		woongemeente: line.woongemeente ?? '',
		inDoelgroepregister: line.inDoelgroepregister ? ('ja' as const) : ('nee' as const),
		employerName: line.employerName,
		employerKvk: line.employerKvk ?? '',
		dienstverband: line.dienstverband,
		sector: line.sector ?? ('' as const),
		startDate: line.startDate,
		endDate: line.endDate ?? '',
		hoursPerWeek: String(line.hoursPerWeek).replace('.', ','),
		hoursChecked: line.hoursChecked,
		mediatedBy: line.mediatedBy ?? '',
		instrument: line.instrument ?? ('' as const),
		note: line.note ?? ''
	};
}

const choosePartner = (context: RegionContext, requested: string | null) =>
	partnerToEnterFor(context.editableOrganisationIds, context.myMemberships, requested);

/** The period asked for when it has begun, else the quarter this partner is reporting. */
function choosePeriod(query: QueryParams, reporting: Quarter): Quarter {
	const year = query.year('jaar');
	const quarter = query.quarter('kwartaal');
	if (year !== null && quarter !== null && isEnterableQuarter({ year, quarter }, new Date()))
		return { year, quarter };
	return reporting;
}

/** Gemeenten a woongemeente can be: every one the app knows (the database checks it existed on the start date). */
const codesOf = (gemeenten: Gemeente[]) => gemeenten.map((g) => g.code);

/** What a new line of this partner starts with: its own gemeente, UWV's klantgroep, an SW-bedrijf's detachering. */
function newLineDefaults(context: RegionContext, partnerId: string | null) {
	const partner = context.partners.find((p) => p.id === partnerId);
	return {
		klantgroep: partner?.type === 'uwv' ? ('uwv' as const) : ('gemeente' as const),
		woongemeente: partner?.cbsCode ?? '',
		dienstverband: partner?.type === 'sw_bedrijf' ? ('detachering' as const) : ('regulier' as const),
		sector: partner?.type === 'sw_bedrijf' ? ('' as const) : ('markt' as const)
	};
}

export const load: PageServerLoad = async ({ locals, parent, url, depends }) => {
	depends('app:baanafspraken');
	const { regionContext } = await parent();
	const query = queryParams(url);
	const partnerId = choosePartner(regionContext, query.uuid('partner'));
	const [closed, gemeenten] = await Promise.all([
		partnerId ? listClosedQuarters(locals.supabase, partnerId) : Promise.resolve([]),
		listGemeenten(locals.supabase)
	]);
	const reporting = entryQuarter(closed[0] ?? null, today());
	const period = choosePeriod(query, reporting);
	const added = query.uuid('toegevoegd');
	const changed = query.uuid('gewijzigd');
	const importId = query.uuid('import');
	const [{ lines, total }, imported] = await Promise.all([
		partnerId
			? listPartnerQuarter(locals.supabase, partnerId, period)
			: Promise.resolve({ lines: [], total: 0 }),
		partnerId && importId ? importSummary(locals.supabase, partnerId, importId) : Promise.resolve(null)
	]);
	const editingId = query.uuid('bewerk');
	const editing = lines.find((line) => line.id === editingId) ?? null;
	const codes = codesOf(gemeenten);
	const now = new Date();

	const addForm = await superValidate(
		{
			personKey: '',
			startDate: '',
			hoursPerWeek: '',
			employerName: '',
			...newLineDefaults(regionContext, partnerId)
		},
		zod4(placementSchemaFor(now, codes)),
		{ id: 'add', errors: false }
	);
	const editForm = editing
		? await superValidate(lineFormValues(editing), zod4(placementEditSchemaFor(now, codes)), {
				id: 'edit',
				errors: false
			})
		: null;
	return {
		partnerId,
		period,
		reporting,
		closed,
		lines,
		total,
		added,
		changed,
		importId,
		imported,
		gemeenten,
		editForm,
		addForm,
		today: today(),
		csvColumns: PLACEMENT_CSV_COLUMNS
	};
};

/** The partner the form writes for, when the user may enter its figures (else 403). */
const editablePartner = (locals: App.Locals, slug: string, formData: FormData) =>
	requireEditablePartner(locals, slug, formData, m.entry_forbidden());

/** The entry forms' words for a refusal (a line checked by the form is refused for rights or a conflict). */
const REFUSED = { forbidden: m.entry_forbidden, conflict: m.entry_conflict, invalid: m.entry_error_save };

/** The list of a quarter, showing the line that was just written (the quarter of its start date). */
function listUrl(organisationId: string, startDate: string, mark: string) {
	const { year, quarter } = quarterOfIso(startDate);
	return `?partner=${organisationId}&jaar=${year}&kwartaal=${quarter}&${mark}`;
}

/** A refusal of the database as a message at the field it is about, or above the form. */
function refuseLine<T extends Record<string, unknown>>(
	form: SuperValidated<T, FormMessage>,
	refusal: DataError
) {
	const text = errorMessage(refusal, REFUSED);
	const field = refusal.code ? PLACEMENT_ERROR_FIELDS[refusal.code] : undefined;
	if (field) return setError(form, field as never, text, { status: errorStatus(refusal) });
	return message(form, { kind: 'error', text } satisfies FormMessage, { status: errorStatus(refusal) });
}

/** The CSV line a refusal of the database is about, when it names the person (a double plaatsing, the hours). */
function rowErrorOf(refusal: DataError, rows: PlacementOutput[]): CsvRowError[] {
	const field = refusal.code ? PLACEMENT_ERROR_FIELDS[refusal.code] : undefined;
	let personKey: string | undefined;
	try {
		personKey = (JSON.parse(refusal.detail ?? '') as { person_key?: string }).person_key;
	} catch {
		personKey = undefined;
	}
	const index = personKey ? rows.findLastIndex((row) => row.personKey === personKey) : -1;
	if (index < 0 || !field) return [];
	return [{ line: index + 2, column: placementColumnOf(field), message: errorMessage(refusal, REFUSED) }];
}

export const actions: Actions = {
	add: async ({ request, locals, params }) => {
		const formData = await readFormData(request);
		const gemeenten = codesOf(await listGemeenten(locals.supabase));
		const form = await superValidate(formData, zod4(placementSchemaFor(new Date(), gemeenten)), {
			id: 'add'
		});
		if (!form.valid) return fail(400, { form });
		const { organisationId, regionId } = await editablePartner(locals, params.slug, formData);
		const result = await addPlacement(
			locals.supabase,
			organisationId,
			regionId,
			toPlacementValues(form.data)
		);
		if (!result.ok) return refuseLine(form, result.error);
		redirect(303, listUrl(organisationId, form.data.startDate, `toegevoegd=${result.value}`));
	},

	update: async ({ request, locals, params }) => {
		const formData = await readFormData(request);
		const gemeenten = codesOf(await listGemeenten(locals.supabase));
		const form = await superValidate(formData, zod4(placementEditSchemaFor(new Date(), gemeenten)), {
			id: 'edit'
		});
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
		if (result.ok) redirect(303, listUrl(organisationId, form.data.startDate, `gewijzigd=${form.data.id}`));
		if (result.current) {
			// Show the other person's version of the line; the editor re-applies their change knowingly.
			Object.assign(form.data, lineFormValues(result.current));
			return message(form, { kind: 'error', text: m.entry_conflict() });
		}
		return refuseLine(form, result.error);
	},

	delete: async ({ request, locals, params }) => {
		const formData = await readFormData(request);
		const { organisationId } = await editablePartner(locals, params.slug, formData);
		const id = formText(formData, 'id');
		const version = formText(formData, 'version');
		if (!isUuid(id) || !isVersion(version))
			return fail(400, { deleteMessage: { kind: 'error' as const, text: m.entry_error_save() } });
		const result = await deletePlacement(locals.supabase, id, version, organisationId);
		if (result.ok) return { deleteMessage: { kind: 'success' as const, text: m.entry_deleted() } };
		return fail(errorStatus(result.error), {
			deleteMessage: { kind: 'error' as const, text: errorMessage(result.error, REFUSED) }
		});
	},

	import: async ({ request, locals, params }) => {
		const formData = await readFormData(request);
		const { organisationId, regionId } = await editablePartner(locals, params.slug, formData);
		const upload = await readCsvUpload(formData);
		if (!upload.ok) return refuseImport(upload.error);
		const validation = validatePlacementCsv(upload.text, await listGemeenten(locals.supabase));
		if (!validation.ok) return refuseImport(validation.fileError, validation.rowErrors);
		const importId = crypto.randomUUID();
		const result = await importPlacements(
			locals.supabase,
			organisationId,
			regionId,
			validation.rows.map(toPlacementValues),
			importId
		).catch(() => null);
		if (!result) return refuseImport(m.entry_error_save());
		if (!result.ok) {
			const rowErrors = rowErrorOf(result.error, validation.rows);
			return rowErrors.length
				? refuseImport(null, rowErrors)
				: refuseImport(errorMessage(result.error, REFUSED));
		}
		const latest = validation.rows
			.map((row) => row.startDate)
			.sort()
			.at(-1)!;
		redirect(303, listUrl(organisationId, latest, `import=${importId}`));
	},

	close: async ({ request, locals, params }) => {
		const formData = await readFormData(request);
		const { organisationId, regionId } = await editablePartner(locals, params.slug, formData);
		const period = {
			year: Number(formText(formData, 'year')),
			quarter: Number(formText(formData, 'quarter'))
		};
		if (!Number.isInteger(period.year) || ![1, 2, 3, 4].includes(period.quarter))
			return fail(400, { closeMessage: { kind: 'error' as const, text: m.entry_error_save() } });
		const result = await closeQuarter(locals.supabase, organisationId, regionId, period as Quarter);
		if (result.ok) return { closeMessage: { kind: 'success' as const, text: m.bn_quarter_closed_done() } };
		return fail(errorStatus(result.error), {
			closeMessage: { kind: 'error' as const, text: errorMessage(result.error, REFUSED) }
		});
	},

	reopen: async ({ request, locals, params }) => {
		const formData = await readFormData(request);
		const { organisationId } = await editablePartner(locals, params.slug, formData);
		const period = {
			year: Number(formText(formData, 'year')),
			quarter: Number(formText(formData, 'quarter'))
		};
		if (!Number.isInteger(period.year) || ![1, 2, 3, 4].includes(period.quarter))
			return fail(400, { closeMessage: { kind: 'error' as const, text: m.entry_error_save() } });
		const result = await reopenQuarter(locals.supabase, organisationId, period as Quarter);
		if (result.ok) return { closeMessage: { kind: 'success' as const, text: m.bn_quarter_reopened() } };
		return fail(errorStatus(result.error), {
			closeMessage: { kind: 'error' as const, text: errorMessage(result.error, REFUSED) }
		});
	}
};
