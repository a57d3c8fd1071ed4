import { fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from '$lib/forms/adapters';
import { addContact, deleteContact, listContacts } from '$lib/data/network';
import { contactSchemaFor, idButtonSchema } from '$lib/forms/network';
import type { FormMessage } from '$lib/forms/messages';
import { refuseAction, refuseForm, type KindMessages } from '$lib/server/errors';
import { requireRegionContext } from '$lib/server/region';
import { queryParams } from '$lib/server/params';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';
import { readFormData } from '$lib/server/form-data';

const today = () => new Date().toISOString().slice(0, 10);

export const load: PageServerLoad = async ({ locals, parent, url, depends }) => {
	depends('app:netwerk');
	const { regionContext } = await parent();
	const query = queryParams(url);
	const from = query.date('van');
	const to = query.date('tot');
	const contacts = await listContacts(locals.supabase, regionContext.region.id, { from, to });
	const editable = new Set(regionContext.editableOrganisationIds);
	// The partner the user most likely records for: their own (first) editable one.
	const recordedBy =
		regionContext.myMemberships.find((mm) => editable.has(mm.organisationId))?.organisationId ??
		regionContext.partners.find((p) => editable.has(p.id))?.id ??
		'';
	const form = await superValidate({ recordedBy, occurredOn: today() }, zod4(contactSchemaFor(today())), {
		id: 'add',
		errors: false
	});
	return { contacts, form, filters: { from, to }, today: today() };
};

/** The network pages' words for a refused write. */
const REFUSED: KindMessages = {
	forbidden: m.network_error_forbidden,
	invalid: m.network_error_invalid,
	duplicate: m.network_error_save,
	missing: m.network_error_save,
	conflict: m.network_error_save
};

export const actions: Actions = {
	add: async ({ request, locals, params }) => {
		const form = await superValidate(request, zod4(contactSchemaFor(today())), { id: 'add' });
		if (!form.valid) {
			return message(form, { kind: 'error', text: m.network_error_fix() } satisfies FormMessage, {
				status: 400
			});
		}
		const context = await requireRegionContext(locals, params.slug);
		if (!context.editableOrganisationIds.includes(form.data.recordedBy)) {
			return message(form, { kind: 'error', text: m.network_error_forbidden() } satisfies FormMessage, {
				status: 403
			});
		}
		const result = await addContact(locals.supabase, context.region.id, {
			recordedByOrganisationId: form.data.recordedBy,
			kind: form.data.kind,
			occurredOn: form.data.occurredOn,
			topic: form.data.topic,
			note: form.data.note || null,
			participantIds: form.data.participants
		});
		if (!result.ok) return refuseForm(form, result.error, REFUSED);
		return message(form, {
			kind: 'success',
			text: m.network_contact_saved({ topic: form.data.topic })
		} satisfies FormMessage);
	},

	delete: async ({ request, locals }) => {
		const parsed = idButtonSchema.safeParse(Object.fromEntries(await readFormData(request)));
		if (!parsed.success) {
			return fail(400, {
				action: 'delete' as const,
				message: { kind: 'error', text: m.network_error_invalid() } satisfies FormMessage
			});
		}
		const result = await deleteContact(locals.supabase, parsed.data.id);
		if (!result.ok) return refuseAction('delete', result.error, REFUSED);
		return {
			action: 'delete' as const,
			message: { kind: 'success', text: m.network_contact_deleted() } satisfies FormMessage
		};
	}
};
