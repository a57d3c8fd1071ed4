import { fail } from '@sveltejs/kit';
import { addContact, deleteContact, listContacts } from '$lib/data/network';
import { contactSchemaFor, fieldErrors } from '$lib/forms/network';
import type { FormMessage } from '$lib/forms/messages';
import { requireRegionContext } from '$lib/server/region';
import { queryParams } from '$lib/server/params';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';
import { isUuid } from '$lib/domain/url-params';

const today = () => new Date().toISOString().slice(0, 10);

export const load: PageServerLoad = async ({ locals, parent, url, depends }) => {
	depends('app:netwerk');
	const { regionContext } = await parent();
	const query = queryParams(url);
	const from = query.date('van');
	const to = query.date('tot');
	const contacts = await listContacts(locals.supabase, regionContext.region.id, { from, to });
	return { contacts, filters: { from, to }, today: today() };
};

const writeMessage = (status: string): FormMessage => ({
	kind: 'error',
	text:
		status === 'forbidden'
			? m.network_error_forbidden()
			: status === 'invalid'
				? m.network_error_invalid()
				: m.network_error_save()
});

export const actions: Actions = {
	add: async ({ request, locals, params }) => {
		const form = await request.formData();
		const values = {
			recordedBy: String(form.get('recordedBy') ?? ''),
			kind: String(form.get('kind') ?? ''),
			occurredOn: String(form.get('occurredOn') ?? ''),
			topic: String(form.get('topic') ?? ''),
			note: String(form.get('note') ?? ''),
			participants: form.getAll('participants').map(String)
		};
		const parsed = contactSchemaFor(today()).safeParse(values);
		if (!parsed.success)
			return fail(400, {
				add: {
					values,
					errors: fieldErrors(parsed.error),
					message: { kind: 'error', text: m.network_error_fix() } as FormMessage
				}
			});
		const context = await requireRegionContext(locals, params.slug);
		if (!context.editableOrganisationIds.includes(parsed.data.recordedBy))
			return fail(403, { add: { values, errors: {}, message: writeMessage('forbidden') } });
		const status = await addContact(locals.supabase, context.region.id, {
			recordedByOrganisationId: parsed.data.recordedBy,
			kind: parsed.data.kind,
			occurredOn: parsed.data.occurredOn,
			topic: parsed.data.topic,
			note: parsed.data.note || null,
			participantIds: parsed.data.participants
		});
		if (status !== 'ok')
			return fail(status === 'forbidden' ? 403 : 400, {
				add: { values, errors: {}, message: writeMessage(status) }
			});
		return {
			add: {
				values: null,
				errors: {},
				message: {
					kind: 'success',
					text: m.network_contact_saved({ topic: parsed.data.topic })
				} as FormMessage
			}
		};
	},

	delete: async ({ request, locals }) => {
		const form = await request.formData();
		const id = String(form.get('id') ?? '');
		if (!isUuid(id)) return fail(400, { deleteMessage: writeMessage('invalid') });
		const status = await deleteContact(locals.supabase, id);
		if (status !== 'ok') return fail(403, { deleteMessage: writeMessage(status) });
		return { deleteMessage: { kind: 'success', text: m.network_contact_deleted() } as FormMessage };
	}
};
