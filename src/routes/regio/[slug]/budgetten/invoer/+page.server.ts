import { fail } from '@sveltejs/kit';
import { message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from '$lib/forms/adapters';
import {
	amountText,
	commitmentDeleteSchema,
	commitmentEditSchemaFor,
	commitmentSchemaFor,
	hoursText,
	toCommitmentValues
} from '$lib/forms/budget';
import { BUDGET_CSV_COLUMNS, commitmentKey, validateBudgetCsv } from '$lib/forms/budget-csv';
import { readCsvUpload, refuseImport } from '$lib/server/csv-upload';
import type { FormMessage } from '$lib/forms/messages';
import {
	addCommitments,
	deleteCommitment,
	listPartnerCommitments,
	listProgrammes,
	updateCommitment,
	type CommitmentLine,
	type CommitmentWriteResult,
	type Programme
} from '$lib/data/budgets';
import { errorMessage, errorStatus } from '$lib/server/errors';
import { isBudgetYear, lastBudgetYear } from '$lib/domain/budget';
import { partnerToEnterFor } from '$lib/domain/partners';
import type { RegionContext } from '$lib/data/regions';
import { requireEditablePartner } from '$lib/server/region';
import { queryParams, type QueryParams } from '$lib/server/params';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';
import { readFormData } from '$lib/server/form-data';

const choosePartner = (context: RegionContext, requested: string | null) =>
	partnerToEnterFor(context.editableOrganisationIds, context.myMemberships, requested);

function chooseYear(query: QueryParams, today: Date): number {
	const year = query.year('jaar');
	return year !== null && isBudgetYear(year, today) ? year : today.getFullYear();
}

/** A stored commitment as the edit form shows it: numbers as the editor types them. */
function editValues(line: CommitmentLine) {
	return {
		id: line.id,
		version: line.updatedAt,
		programmeId: line.programmeId,
		year: line.year,
		committedAmount: amountText(line.committedAmount),
		committedStaffHours: hoursText(line.committedStaffHours),
		realisedAmount: amountText(line.realisedAmount),
		realisedStaffHours: hoursText(line.realisedStaffHours),
		note: line.note ?? '',
		through: ''
	};
}

export const load: PageServerLoad = async ({ locals, parent, url, depends }) => {
	depends('app:budgetten');
	const { regionContext } = await parent();
	const today = new Date();
	const query = queryParams(url);
	const partnerId = choosePartner(regionContext, query.uuid('partner'));
	const year = chooseYear(query, today);
	const [programmes, lines] = await Promise.all([
		listProgrammes(locals.supabase, regionContext.region.id),
		partnerId ? listPartnerCommitments(locals.supabase, partnerId, year) : Promise.resolve([])
	]);
	const editingId = query.uuid('bewerk');
	const editing = lines.find((line) => line.id === editingId) ?? null;
	// The add form starts on the first active programme this partner has nothing for yet this year.
	const taken = new Set(lines.map((line) => line.programmeId));
	const active = programmes.filter((p) => p.active);
	const firstFree = active.find((p) => !taken.has(p.id)) ?? active[0];

	const addForm = await superValidate(
		{ programmeId: firstFree?.id ?? '', year, committedAmount: '' },
		zod4(commitmentSchemaFor(today)),
		{ id: 'add', errors: false }
	);
	const editForm = editing
		? await superValidate(editValues(editing), zod4(commitmentEditSchemaFor(today)), {
				id: 'edit',
				errors: false
			})
		: null;
	return {
		partnerId,
		year,
		programmes,
		lines,
		editingId: editing?.id ?? null,
		editForm,
		addForm,
		currentYear: today.getFullYear(),
		lastYear: lastBudgetYear(today),
		csvColumns: BUDGET_CSV_COLUMNS
	};
};

/** The partner the form writes for, when the user may enter its figures (else 403). */
const editablePartner = (locals: App.Locals, slug: string, formData: FormData) =>
	requireEditablePartner(locals, slug, formData, m.budget_error_forbidden());

/** Only the region's active programmes take new commitments; a stored one may keep its (inactive) programme. */
function programmeProblem(
	programmes: Programme[],
	programmeId: string,
	allowInactive: boolean
): string | null {
	const programme = programmes.find((p) => p.id === programmeId);
	if (!programme) return m.budget_error_programme();
	if (!programme.active && !allowInactive) return m.budget_error_programme_inactive({ name: programme.name });
	return null;
}

function refusalText(result: Extract<CommitmentWriteResult, { ok: false }>) {
	const text = errorMessage(result.error, {
		forbidden: m.budget_error_forbidden,
		duplicate: m.budget_error_duplicate,
		invalid: m.budget_error_programme,
		conflict: result.current ? m.budget_error_conflict : m.budget_error_conflict_deleted
	});
	return { text, status: errorStatus(result.error) };
}

const isDuplicate = (result: CommitmentWriteResult) => !result.ok && result.error.kind === 'duplicate';

export const actions: Actions = {
	add: async ({ request, locals, params }) => {
		const formData = await readFormData(request);
		const form = await superValidate(formData, zod4(commitmentSchemaFor(new Date())), { id: 'add' });
		if (!form.valid) return fail(400, { form });
		const { organisationId, regionId } = await editablePartner(locals, params.slug, formData);
		const problem = programmeProblem(
			await listProgrammes(locals.supabase, regionId),
			form.data.programmeId,
			false
		);
		if (problem) return setError(form, 'programmeId', problem);
		const result = await addCommitments(locals.supabase, organisationId, [toCommitmentValues(form.data)]);
		if (isDuplicate(result)) return setError(form, 'programmeId', m.budget_error_duplicate());
		if (!result.ok) {
			const { text, status } = refusalText(result);
			return message(form, { kind: 'error', text } satisfies FormMessage, { status });
		}
		form.data.committedAmount = '';
		form.data.committedStaffHours = '';
		form.data.realisedAmount = '';
		form.data.realisedStaffHours = '';
		form.data.note = '';
		form.data.through = '';
		return message(form, { kind: 'success', text: m.budget_added() } satisfies FormMessage);
	},

	update: async ({ request, locals, params }) => {
		const formData = await readFormData(request);
		const schema = zod4(commitmentEditSchemaFor(new Date()));
		const form = await superValidate(formData, schema, { id: 'edit' });
		if (!form.valid) return fail(400, { form });
		const { organisationId, regionId } = await editablePartner(locals, params.slug, formData);
		const problem = programmeProblem(
			await listProgrammes(locals.supabase, regionId),
			form.data.programmeId,
			true
		);
		if (problem) return setError(form, 'programmeId', problem);
		const result = await updateCommitment(
			locals.supabase,
			form.data.id,
			form.data.version,
			organisationId,
			regionId,
			toCommitmentValues(form.data)
		);
		if (result.ok) {
			// The saved values with their new version: saving again from this form is not a conflict.
			if (result.value) form.data = editValues(result.value);
			return message(form, { kind: 'success', text: m.budget_updated() } satisfies FormMessage);
		}
		if (isDuplicate(result)) return setError(form, 'programmeId', m.budget_error_duplicate());
		const { text, status } = refusalText(result);
		if (result.current) {
			// Show the other person's version; the editor re-applies their change knowingly.
			const current = await superValidate(editValues(result.current), schema, { id: 'edit', errors: false });
			return message(current, { kind: 'error', text } satisfies FormMessage, { status });
		}
		return message(form, { kind: 'error', text } satisfies FormMessage, { status });
	},

	delete: async ({ request, locals, params }) => {
		const formData = await readFormData(request);
		const { organisationId } = await editablePartner(locals, params.slug, formData);
		const parsed = commitmentDeleteSchema.safeParse(Object.fromEntries(formData));
		if (!parsed.success)
			return fail(400, {
				deleteMessage: { kind: 'error', text: m.budget_error_save() } satisfies FormMessage
			});
		const result = await deleteCommitment(
			locals.supabase,
			parsed.data.id,
			parsed.data.version,
			organisationId
		);
		if (result.ok)
			return { deleteMessage: { kind: 'success', text: m.budget_deleted() } satisfies FormMessage };
		const { text, status } =
			result.error.kind === 'conflict' && result.current
				? { text: m.budget_error_delete_conflict(), status: errorStatus(result.error) }
				: refusalText(result);
		return fail(status, { deleteMessage: { kind: 'error', text } satisfies FormMessage });
	},

	import: async ({ request, locals, params }) => {
		const formData = await readFormData(request);
		const { organisationId, regionId, regionContext } = await editablePartner(locals, params.slug, formData);
		const upload = await readCsvUpload(formData);
		if (!upload.ok) return refuseImport(upload.error);
		const [programmes, stored] = await Promise.all([
			listProgrammes(locals.supabase, regionId),
			listPartnerCommitments(locals.supabase, organisationId)
		]);
		const validation = validateBudgetCsv(upload.text, programmes, {
			existing: new Set(stored.map((line) => commitmentKey(line.programmeId, line.year)))
		});
		if (!validation.ok) return refuseImport(validation.fileError, validation.rowErrors);
		const result = await addCommitments(
			locals.supabase,
			organisationId,
			validation.rows.map(toCommitmentValues),
			'Import opslaan'
		).catch(() => null);
		if (!result) return refuseImport(m.budget_error_save());
		if (!result.ok) return refuseImport(refusalText(result).text);
		const partner = regionContext.partners.find((p) => p.id === organisationId)?.name ?? '';
		return {
			importResult: {
				ok: true as const,
				text: m.budget_import_done({ count: validation.rows.length, partner })
			}
		};
	}
};
