import { error, redirect } from '@sveltejs/kit';
import { message, setError, superValidate } from 'sveltekit-superforms';
import { zod4 } from '$lib/forms/adapters';
import { createMeeting, listAgendaGoals, listMeetings } from '$lib/data/meetings';
import { localMeetingTime } from '$lib/domain/meetings';
import { agendaRows, newMeetingSchema } from '$lib/forms/meeting';
import type { FormMessage } from '$lib/forms/messages';
import { refuseForm } from '$lib/server/errors';
import { requireRegionContext } from '$lib/server/region';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, depends }) => {
	depends('app:vergadering');
	const { regionContext } = await parent();
	const [meetings, goals] = await Promise.all([
		listMeetings(locals.supabase, regionContext.region.id),
		regionContext.isCoordinator ? listAgendaGoals(locals.supabase, regionContext.region.id) : []
	]);
	const form = await superValidate(zod4(newMeetingSchema), { id: 'create' });
	const now = new Date();
	// The budget years an agenda item can be about: last year to two years ahead (multi-year agreements).
	const budgetYears = [-1, 0, 1, 2].map((step) => now.getFullYear() + step);
	return { meetings, form, goals, budgetYears, now: now.toISOString() };
};

const check = (): FormMessage => ({ kind: 'error', text: m.meeting_error_check() });

export const actions: Actions = {
	/** The coordinator schedules a meeting; open actions of earlier meetings join its agenda. */
	create: async ({ request, locals, params }) => {
		const form = await superValidate(request, zod4(newMeetingSchema), { id: 'create' });
		const context = await requireRegionContext(locals, params.slug);
		if (!context.isCoordinator) error(403, m.meeting_error_forbidden());
		if (!form.valid) return message(form, check(), { status: 400 });
		const partnerIds = new Set(context.partners.map((p) => p.id));
		const input = form.data;
		if (input.invited.some((id) => !partnerIds.has(id))) {
			setError(form, 'invited._errors', m.meeting_error_invited());
			return message(form, check(), { status: 400 });
		}
		const rows = agendaRows(input);
		const goalIds = new Set((await listAgendaGoals(locals.supabase, context.region.id)).map((g) => g.id));
		const strangeGoal = rows.findIndex(
			(row) => row.link.kind === 'goal' && !goalIds.has(row.link.target ?? '')
		);
		if (strangeGoal !== -1) {
			setError(form, `itemLink[${strangeGoal}]`, m.meeting_error_goal());
			return message(form, check(), { status: 400 });
		}
		const invited = input.inviteAll
			? context.partners.filter((p) => p.active).map((p) => p.id)
			: input.invited;
		const result = await createMeeting(
			locals.supabase,
			context.region.id,
			{
				title: input.title,
				startsAt: localMeetingTime(input.date, input.time)!,
				location: input.location || null,
				invitedOrganisationIds: [...new Set(invited)],
				items: rows
					.filter((item) => item.title.length > 0)
					.map((item) => ({ title: item.title, linkKind: item.link.kind, linkTarget: item.link.target }))
			},
			(description) => m.meeting_carried_title({ description })
		);
		if (!result.ok) return refuseForm(form, result.error, { forbidden: m.meeting_error_forbidden });
		redirect(303, `/regio/${context.region.slug}/vergadering/${result.value}`);
	}
};
