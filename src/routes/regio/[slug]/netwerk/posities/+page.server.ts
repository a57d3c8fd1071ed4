import { fail } from '@sveltejs/kit';
import { message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from '$lib/forms/adapters';
import { addPosition, deletePosition, listPositions } from '$lib/data/network';
import { idButtonSchema, positionSchema } from '$lib/forms/network';
import type { FormMessage } from '$lib/forms/messages';
import { refuseAction, refuseForm } from '$lib/server/errors';
import { requireRegionContext } from '$lib/server/region';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';
import { readFormData } from '$lib/server/form-data';

export const load: PageServerLoad = async ({ locals, parent, depends }) => {
	depends('app:netwerk');
	const { regionContext } = await parent();
	// A position is the partner's own voice: only the partners the user acts for.
	const editable = new Set(regionContext.actingOrganisationIds);
	// The partner the user most likely writes for: their own (first) editable one.
	const organisationId =
		regionContext.myMemberships.find((mm) => editable.has(mm.organisationId))?.organisationId ??
		regionContext.partners.find((p) => editable.has(p.id))?.id ??
		'';
	const [positions, form] = await Promise.all([
		listPositions(locals.supabase, regionContext.region.id),
		superValidate({ organisationId }, zod4(positionSchema), { id: 'add', errors: false })
	]);
	return { positions, form };
};

export const actions: Actions = {
	add: async ({ request, locals, params }) => {
		const form = await superValidate(request, zod4(positionSchema), { id: 'add' });
		if (!form.valid) {
			return message(form, { kind: 'error', text: m.network_error_fix() } satisfies FormMessage, {
				status: 400
			});
		}
		const context = await requireRegionContext(locals, params.slug);
		const result = await addPosition(locals.supabase, context.region.id, {
			organisationId: form.data.organisationId,
			dossier: form.data.dossier,
			position: form.data.position,
			interests: form.data.interests || null
		});
		if (!result.ok) {
			// One position per partner and dossier: the dossier field says so.
			if (result.error.kind === 'duplicate')
				return setError(form, 'dossier', m.network_position_duplicate(), { status: 409 });
			return refuseForm(form, result.error, { forbidden: m.network_error_forbidden });
		}
		const partner = context.partners.find((p) => p.id === form.data.organisationId)?.name ?? '';
		return message(form, {
			kind: 'success',
			text: m.network_position_saved({ partner, dossier: form.data.dossier })
		} satisfies FormMessage);
	},

	delete: async ({ request, locals }) => {
		const parsed = idButtonSchema.safeParse(Object.fromEntries(await readFormData(request)));
		if (!parsed.success) {
			return fail(400, {
				action: 'delete' as const,
				message: { kind: 'error', text: m.network_error_save() } satisfies FormMessage
			});
		}
		const result = await deletePosition(locals.supabase, parsed.data.id);
		if (!result.ok) return refuseAction('delete', result.error, { forbidden: m.network_error_forbidden });
		return {
			action: 'delete' as const,
			message: { kind: 'success', text: m.network_position_deleted() } satisfies FormMessage
		};
	}
};
