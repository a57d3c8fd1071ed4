import { error, fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from '$lib/forms/adapters';
import { partnerContactSchema } from '$lib/forms/partner-contact';
import { loadPartner, savePartnerContact, type PartnerDetail } from '$lib/data/partners';
import { refuseForm } from '$lib/server/errors';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';
import { isUuid } from '$lib/domain/url-params';

function formValues(partner: PartnerDetail) {
	return {
		contactName: partner.contactName ?? '',
		contactEmail: partner.contactEmail ?? '',
		description: partner.description ?? '',
		version: partner.updatedAt
	};
}

export const load: PageServerLoad = async ({ locals, params, depends, parent }) => {
	depends('app:partner');
	if (!isUuid(params.id)) error(404, m.error_not_found_title());
	const { region } = (await parent()).regionContext;
	const found = await loadPartner(locals.supabase, region.id, params.id);
	if (!found) error(404, m.error_not_found_title());
	const form = await superValidate(formValues(found.partner), zod4(partnerContactSchema), { errors: false });
	return { region, partner: found.partner, canEdit: found.canEdit, form };
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		if (!isUuid(params.id)) error(404, m.error_not_found_title());
		const form = await superValidate(request, zod4(partnerContactSchema));
		if (!form.valid) return fail(400, { form });
		const result = await savePartnerContact(locals.supabase, params.id, form.data.version, {
			contactName: form.data.contactName || null,
			contactEmail: form.data.contactEmail || null,
			description: form.data.description || null
		});
		if (result.ok) {
			form.data = formValues(result.value);
			return message(form, { kind: 'success', text: m.partner_saved() });
		}
		if (result.error.kind === 'missing') error(404, m.error_not_found_title());
		if (result.current) {
			// Show the other person's version; the editor re-applies their change knowingly.
			const conflict = await superValidate(formValues(result.current), zod4(partnerContactSchema), {
				errors: false
			});
			return refuseForm(conflict, result.error, { conflict: m.partner_error_conflict });
		}
		return refuseForm(form, result.error, { forbidden: m.partner_error_forbidden });
	}
};
