import { error, fail, redirect } from '@sveltejs/kit';
import { createMeeting, listMeetings } from '$lib/data/meetings';
import { localMeetingTime } from '$lib/domain/meetings';
import { fieldErrors, newMeetingFromForm, newMeetingSchema } from '$lib/forms/meeting';
import { requireRegionContext } from '$lib/server/region';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, depends }) => {
	depends('app:vergadering');
	const { regionContext } = await parent();
	const meetings = await listMeetings(locals.supabase, regionContext.region.id);
	return { meetings, now: new Date().toISOString() };
};

export const actions: Actions = {
	/** The coordinator schedules a meeting; open actions of earlier meetings join its agenda. */
	create: async ({ request, locals, params }) => {
		const raw = newMeetingFromForm(await request.formData());
		const context = await requireRegionContext(locals, params.slug);
		if (!context.isCoordinator) error(403, m.meeting_error_forbidden());
		const parsed = newMeetingSchema.safeParse(raw);
		if (!parsed.success) {
			return fail(400, { values: raw, errors: fieldErrors(parsed.error), message: m.meeting_error_check() });
		}
		const partnerIds = new Set(context.partners.map((p) => p.id));
		const input = parsed.data;
		if (input.invited.some((id) => !partnerIds.has(id))) {
			return fail(400, {
				values: raw,
				errors: { invited: m.meeting_error_invited() },
				message: m.meeting_error_check()
			});
		}
		const result = await createMeeting(
			locals.supabase,
			context.region.id,
			{
				title: input.title,
				startsAt: localMeetingTime(input.date, input.time)!,
				location: input.location || null,
				invitedOrganisationIds: input.invited,
				items: input.items
					.filter((item) => item.title.length > 0)
					.map((item) => ({
						title: item.title,
						linkKind: item.linkKind,
						linkTarget: item.linkKind === 'goal' && item.linkTarget ? item.linkTarget : null
					}))
			},
			(description) => m.meeting_carried_title({ description })
		);
		if (result.status === 'forbidden') {
			return fail(403, { values: raw, errors: {}, message: m.meeting_error_forbidden() });
		}
		redirect(303, `/regio/${context.region.slug}/vergadering/${result.id}`);
	}
};
