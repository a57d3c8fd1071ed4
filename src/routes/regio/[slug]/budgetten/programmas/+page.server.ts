import { error, fail } from '@sveltejs/kit';
import { message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from '$lib/forms/adapters';
import { programmeActiveSchema, programmeEditSchema, programmeSchema } from '$lib/forms/budget';
import type { FormMessage } from '$lib/forms/messages';
import {
	addProgramme,
	listProgrammes,
	renameProgramme,
	setProgrammeActive,
	type Programme,
	type ProgrammeWriteResult
} from '$lib/data/budgets';
import { errorMessage, errorStatus, refuseForm } from '$lib/server/errors';
import { requireRegionContext } from '$lib/server/region';
import { queryParams } from '$lib/server/params';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';
import { readFormData } from '$lib/server/form-data';

const editValues = (programme: Programme) => ({
	id: programme.id,
	version: programme.updatedAt,
	name: programme.name,
	description: programme.description ?? ''
});

/** Only the region's coordinator manages the programmes; everyone else gets 403 (RLS refuses them as well). */
export const load: PageServerLoad = async ({ locals, parent, url, depends }) => {
	depends('app:budgetten');
	const { regionContext } = await parent();
	if (!regionContext.isCoordinator) error(403, m.error_forbidden_title());
	const programmes = await listProgrammes(locals.supabase, regionContext.region.id);
	const editingId = queryParams(url).uuid('bewerk');
	const editing = programmes.find((p) => p.id === editingId) ?? null;
	const addForm = await superValidate(zod4(programmeSchema), { id: 'add' });
	const editForm = editing
		? await superValidate(editValues(editing), zod4(programmeEditSchema), { id: 'rename', errors: false })
		: null;
	return { programmes, editingId: editing?.id ?? null, addForm, editForm };
};

async function coordinatorContext(locals: App.Locals, slug: string) {
	const context = await requireRegionContext(locals, slug);
	if (!context.isCoordinator) error(403, m.budget_programme_error_forbidden());
	return context;
}

const conflictText = (current: Programme | null | undefined) =>
	current ? m.budget_programme_error_conflict() : m.budget_programme_error_gone();

/** A refused programme write in words: the same for adding, renaming and switching on or off. */
function refusalText(result: Extract<ProgrammeWriteResult, { ok: false }>) {
	return errorMessage(result.error, {
		forbidden: m.budget_programme_error_forbidden,
		duplicate: m.budget_programme_error_duplicate,
		conflict: () => conflictText(result.current)
	});
}

export const actions: Actions = {
	add: async ({ request, locals, params }) => {
		const form = await superValidate(request, zod4(programmeSchema), { id: 'add' });
		if (!form.valid) return fail(400, { form });
		const context = await coordinatorContext(locals, params.slug);
		const result = await addProgramme(locals.supabase, context.region.id, {
			name: form.data.name,
			description: form.data.description || null
		});
		if (!result.ok) {
			if (result.error.kind === 'duplicate')
				return setError(form, 'name', m.budget_programme_error_duplicate());
			return refuseForm(form, result.error, { forbidden: m.budget_programme_error_forbidden });
		}
		form.data = { name: '', description: '' };
		return message(form, {
			kind: 'success',
			text: m.budget_programme_added({ name: result.value.name })
		} satisfies FormMessage);
	},

	rename: async ({ request, locals, params }) => {
		const schema = zod4(programmeEditSchema);
		const form = await superValidate(request, schema, { id: 'rename' });
		if (!form.valid) return fail(400, { form });
		const context = await coordinatorContext(locals, params.slug);
		const result = await renameProgramme(
			locals.supabase,
			form.data.id,
			form.data.version,
			context.region.id,
			{
				name: form.data.name,
				description: form.data.description || null
			}
		);
		if (result.ok) {
			form.data = editValues(result.value);
			return message(form, {
				kind: 'success',
				text: m.budget_programme_saved({ name: result.value.name })
			} satisfies FormMessage);
		}
		if (result.error.kind === 'duplicate')
			return setError(form, 'name', m.budget_programme_error_duplicate());
		if (result.current) {
			// Show the other person's version; the coordinator re-applies their change knowingly.
			const current = await superValidate(editValues(result.current), schema, {
				id: 'rename',
				errors: false
			});
			return refuseForm(current, result.error, { conflict: () => conflictText(result.current) });
		}
		return message(form, { kind: 'error', text: refusalText(result) } satisfies FormMessage, {
			status: errorStatus(result.error)
		});
	},

	active: async ({ request, locals, params }) => {
		const formData = await readFormData(request);
		const parsed = programmeActiveSchema.safeParse(Object.fromEntries(formData));
		if (!parsed.success)
			return fail(400, {
				activeMessage: { kind: 'error', text: m.budget_error_save() } satisfies FormMessage
			});
		const context = await coordinatorContext(locals, params.slug);
		const { id, version, active } = parsed.data;
		const result = await setProgrammeActive(locals.supabase, id, version, context.region.id, active);
		if (!result.ok)
			return fail(errorStatus(result.error), {
				activeMessage: { kind: 'error', text: refusalText(result) } satisfies FormMessage
			});
		return {
			activeMessage: {
				kind: 'success',
				text: active
					? m.budget_programme_activated({ name: result.value.name })
					: m.budget_programme_deactivated({ name: result.value.name })
			} satisfies FormMessage
		};
	}
};
