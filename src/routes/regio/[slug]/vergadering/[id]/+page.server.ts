import { error, fail } from '@sveltejs/kit';
import { message, superValidate, type SuperValidated } from 'sveltekit-superforms';
import { zod4 } from '$lib/forms/adapters';
import { loadBanenafspraakSummary } from '$lib/data/banenafspraak';
import { localDate } from '$lib/domain/report';
import { loadBudgetSummary } from '$lib/data/budgets';
import { listGoals } from '$lib/data/goals';
import { loadNetworkOverview } from '$lib/data/network';
import {
	addAction,
	addDecision,
	loadMeeting,
	loadRoomPeople,
	loadRoomState,
	setActionStatus,
	setAttendance,
	setMeetingOpen
} from '$lib/data/meetings';
import type { WriteResult } from '$lib/data/errors';
import { budgetYearOf } from '$lib/domain/meetings';
import { actionSchema, actionStatusSchema, attendanceSchema, decisionSchema } from '$lib/forms/meeting';
import type { FormMessage } from '$lib/forms/messages';
import { refuseAction, refuseForm, type KindMessages } from '$lib/server/errors';
import { requireRegionContext } from '$lib/server/region';
import { queryParams } from '$lib/server/params';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';
import { readFormData } from '$lib/server/form-data';

export const load: PageServerLoad = async ({ locals, parent, params, url, depends }) => {
	depends('app:vergadering');
	const { regionContext } = await parent();
	const regionId = regionContext.region.id;
	const initialItemId = queryParams(url).uuid('punt');
	const today = new Date();
	const meeting = await loadMeeting(locals.supabase, regionId, params.id);
	if (!meeting) error(404, m.error_not_found_title());
	// What each agenda item is about, in full: the linked goals, the budgets of each item's year, the network.
	const kinds = new Set(meeting.items.map((item) => item.linkKind));
	const budgetYears = [
		...new Set(
			meeting.items
				.filter((item) => item.linkKind === 'budgetten')
				.map((item) => budgetYearOf(item, meeting.startsAt))
		)
	];
	const [baanafspraken, budgets, goals, network, roomPeople, roomState] = await Promise.all([
		loadBanenafspraakSummary(locals.supabase, regionId, localDate(today.toISOString())),
		Promise.all(budgetYears.map((year) => loadBudgetSummary(locals.supabase, regionId, year))),
		kinds.has('goal') ? listGoals(locals.supabase, regionId, today) : [],
		kinds.has('netwerk') ? loadNetworkOverview(locals.supabase, regionId) : null,
		loadRoomPeople(locals.supabase, regionId),
		// Who chairs and where, and whether the meeting is on: from the database, not from presence.
		loadRoomState(locals.supabase, meeting.id)
	]);
	const goalIds = new Set(
		meeting.items.flatMap((item) => (item.linkKind === 'goal' ? [item.linkTarget] : []))
	);
	const [decisionForm, actionForm] = await Promise.all([
		superValidate(zod4(decisionSchema), { id: 'decision' }),
		superValidate(zod4(actionSchema), { id: 'action' })
	]);
	return {
		meeting,
		decisionForm,
		actionForm,
		roomState,
		roomPeople,
		baanafspraken,
		budgets,
		goals: goals.filter((goal) => goalIds.has(goal.id)),
		network,
		today: today.toISOString().slice(0, 10),
		now: today.toISOString(),
		initialItemId
	};
};

/** Every write in the room is the chair's: the coordinator of the region (RLS refuses anyone else too). */
async function chairMeeting(locals: App.Locals, slug: string, id: string) {
	const context = await requireRegionContext(locals, slug);
	if (!context.isCoordinator) error(403, m.meeting_error_forbidden());
	const meeting = await loadMeeting(locals.supabase, context.region.id, id);
	if (!meeting) error(404, m.error_not_found_title());
	return { context, meeting };
}

/** The chair's words for a refusal: not the chair, or something that does not fit this meeting. */
const REFUSED: KindMessages = { forbidden: m.meeting_error_forbidden, invalid: m.meeting_error_invalid };

/** A decision or action form's answer: saved, or refused in the chair's words. */
function answer<T extends Record<string, unknown>>(
	form: SuperValidated<T, FormMessage>,
	result: WriteResult,
	success: string
) {
	if (!result.ok) return refuseForm(form, result.error, REFUSED);
	return message(form, { kind: 'success', text: success });
}

/** A button's answer (marking an action done, correcting attendance). */
function buttonAnswer<A extends string>(action: A, result: WriteResult, success: string) {
	if (!result.ok) return refuseAction(action, result.error, REFUSED);
	return { action, message: { kind: 'success', text: success } satisfies FormMessage };
}

const check = (): FormMessage => ({ kind: 'error', text: m.meeting_error_check() });

/** Opening or closing: the chair's buttons, which work without JavaScript too. */
async function openOrClose(locals: App.Locals, params: { slug: string; id: string }, open: boolean) {
	const { meeting } = await chairMeeting(locals, params.slug, params.id);
	const result = await setMeetingOpen(locals.supabase, meeting.id, open);
	return buttonAnswer('room', result, open ? m.meeting_opened() : m.meeting_closed());
}

export const actions: Actions = {
	open: ({ locals, params }) => openOrClose(locals, params, true),
	close: ({ locals, params }) => openOrClose(locals, params, false),
	decision: async ({ request, locals, params }) => {
		const form = await superValidate(request, zod4(decisionSchema), { id: 'decision' });
		const { meeting } = await chairMeeting(locals, params.slug, params.id);
		if (!form.valid) return message(form, check(), { status: 400 });
		const result = await addDecision(locals.supabase, meeting, form.data.agendaItemId, form.data.body);
		return answer(form, result, m.meeting_decision_saved());
	},
	action: async ({ request, locals, params }) => {
		const form = await superValidate(request, zod4(actionSchema), { id: 'action' });
		const { meeting } = await chairMeeting(locals, params.slug, params.id);
		if (!form.valid) return message(form, check(), { status: 400 });
		const result = await addAction(locals.supabase, meeting, form.data);
		return answer(form, result, m.meeting_action_saved());
	},
	actionStatus: async ({ request, locals, params }) => {
		const formData = await readFormData(request);
		await chairMeeting(locals, params.slug, params.id);
		const parsed = actionStatusSchema.safeParse(Object.fromEntries(formData));
		if (!parsed.success) return fail(400, { action: 'actionStatus' as const, message: check() });
		const result = await setActionStatus(locals.supabase, parsed.data.actionId, parsed.data.status);
		return buttonAnswer('actionStatus', result, m.meeting_action_status_saved());
	},
	attendance: async ({ request, locals, params }) => {
		const formData = await readFormData(request);
		const { context, meeting } = await chairMeeting(locals, params.slug, params.id);
		const parsed = attendanceSchema.safeParse(Object.fromEntries(formData));
		if (!parsed.success || !context.partners.some((p) => p.id === parsed.data.organisationId)) {
			return fail(400, {
				action: 'attendance' as const,
				message: { kind: 'error', text: m.meeting_error_invalid() } satisfies FormMessage
			});
		}
		const result = await setAttendance(
			locals.supabase,
			meeting,
			parsed.data.organisationId,
			parsed.data.present
		);
		return buttonAnswer('attendance', result, m.meeting_attendance_saved());
	}
};
