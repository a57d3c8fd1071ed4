import { fail } from '@sveltejs/kit';
import { addPosition, deletePosition, listPositions } from '$lib/data/network';
import { fieldErrors, positionSchema } from '$lib/forms/network';
import type { FormMessage } from '$lib/forms/messages';
import { requireRegionContext } from '$lib/server/region';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';
import { isUuid } from '$lib/domain/url-params';

export const load: PageServerLoad = async ({ locals, parent, depends }) => {
	depends('app:netwerk');
	const { regionContext } = await parent();
	return { positions: await listPositions(locals.supabase, regionContext.region.id) };
};

export const actions: Actions = {
	add: async ({ request, locals, params }) => {
		const form = await request.formData();
		const values = {
			organisationId: String(form.get('organisationId') ?? ''),
			dossier: String(form.get('dossier') ?? ''),
			position: String(form.get('position') ?? ''),
			interests: String(form.get('interests') ?? '')
		};
		const parsed = positionSchema.safeParse(values);
		if (!parsed.success)
			return fail(400, {
				add: {
					values,
					errors: fieldErrors(parsed.error),
					message: { kind: 'error', text: m.network_error_fix() } as FormMessage
				}
			});
		const context = await requireRegionContext(locals, params.slug);
		const status = await addPosition(locals.supabase, context.region.id, {
			organisationId: parsed.data.organisationId,
			dossier: parsed.data.dossier,
			position: parsed.data.position,
			interests: parsed.data.interests || null
		});
		if (status === 'duplicate')
			return fail(409, {
				add: { values, errors: { dossier: m.network_position_duplicate() }, message: undefined }
			});
		if (status !== 'ok')
			return fail(403, {
				add: {
					values,
					errors: {},
					message: { kind: 'error', text: m.network_error_forbidden() } as FormMessage
				}
			});
		const partner = context.partners.find((p) => p.id === parsed.data.organisationId)?.name ?? '';
		return {
			add: {
				values: null,
				errors: {},
				message: {
					kind: 'success',
					text: m.network_position_saved({ partner, dossier: parsed.data.dossier })
				} as FormMessage
			}
		};
	},

	delete: async ({ request, locals }) => {
		const id = String((await request.formData()).get('id') ?? '');
		if (!isUuid(id))
			return fail(400, { deleteMessage: { kind: 'error', text: m.network_error_save() } as FormMessage });
		const status = await deletePosition(locals.supabase, id);
		if (status !== 'ok')
			return fail(403, {
				deleteMessage: { kind: 'error', text: m.network_error_forbidden() } as FormMessage
			});
		return { deleteMessage: { kind: 'success', text: m.network_position_deleted() } as FormMessage };
	}
};
