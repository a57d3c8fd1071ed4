import { error, fail } from '@sveltejs/kit';
import type { z } from 'zod';
import { loadBaanafsprakenSummary } from '$lib/data/placements';
import { loadBudgetSummary } from '$lib/data/budgets';
import {
	addAction,
	addDecision,
	loadMeeting,
	loadRoomPeople,
	loadRoomState,
	setActionStatus,
	setAttendance,
	type SimpleWriteResult
} from '$lib/data/meetings';
import {
	actionSchema,
	actionStatusSchema,
	attendanceSchema,
	decisionSchema,
	fieldErrors,
	formValues
} from '$lib/forms/meeting';
import { requireRegionContext } from '$lib/server/region';
import { queryParams } from '$lib/server/params';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, params, url, depends }) => {
	depends('app:vergadering');
	const { regionContext } = await parent();
	const regionId = regionContext.region.id;
	const today = new Date();
	const [meeting, baanafspraken, budget, roomPeople] = await Promise.all([
		loadMeeting(locals.supabase, regionId, params.id),
		loadBaanafsprakenSummary(locals.supabase, regionId, today),
		loadBudgetSummary(locals.supabase, regionId, today.getFullYear()),
		loadRoomPeople(locals.supabase, regionId)
	]);
	if (!meeting) error(404, m.error_not_found_title());
	return {
		meeting,
		// Who chairs and where, and who the region's people are: from the database, not from presence.
		roomState: await loadRoomState(locals.supabase, meeting.id),
		roomPeople,
		baanafspraken,
		budget: { ...budget, year: today.getFullYear() },
		today: today.toISOString().slice(0, 10),
		initialItemId: queryParams(url).uuid('punt')
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

function outcome(form: string, result: SimpleWriteResult, values: Record<string, string>, success: string) {
	switch (result.status) {
		case 'ok':
			return { form, success };
		case 'forbidden':
			return fail(403, { form, values, errors: {}, message: m.meeting_error_forbidden() });
		case 'invalid':
			return fail(400, { form, values, errors: {}, message: m.meeting_error_invalid() });
	}
}

function invalid(form: string, values: Record<string, string>, zodError: z.ZodError) {
	return fail(400, { form, values, errors: fieldErrors(zodError), message: m.meeting_error_check() });
}

export const actions: Actions = {
	decision: async ({ request, locals, params }) => {
		const values = formValues(await request.formData());
		const { meeting } = await chairMeeting(locals, params.slug, params.id);
		const parsed = decisionSchema.safeParse(values);
		if (!parsed.success) return invalid('decision', values, parsed.error);
		const result = await addDecision(locals.supabase, meeting, parsed.data.agendaItemId, parsed.data.body);
		return outcome('decision', result, values, m.meeting_decision_saved());
	},
	action: async ({ request, locals, params }) => {
		const values = formValues(await request.formData());
		const { meeting } = await chairMeeting(locals, params.slug, params.id);
		const parsed = actionSchema.safeParse(values);
		if (!parsed.success) return invalid('action', values, parsed.error);
		const result = await addAction(locals.supabase, meeting, parsed.data);
		return outcome('action', result, values, m.meeting_action_saved());
	},
	actionStatus: async ({ request, locals, params }) => {
		const values = formValues(await request.formData());
		await chairMeeting(locals, params.slug, params.id);
		const parsed = actionStatusSchema.safeParse(values);
		if (!parsed.success) return invalid('actionStatus', values, parsed.error);
		const result = await setActionStatus(locals.supabase, parsed.data.actionId, parsed.data.status);
		return outcome('actionStatus', result, values, m.meeting_action_status_saved());
	},
	attendance: async ({ request, locals, params }) => {
		const values = formValues(await request.formData());
		const { context, meeting } = await chairMeeting(locals, params.slug, params.id);
		const parsed = attendanceSchema.safeParse(values);
		if (!parsed.success || !context.partners.some((p) => p.id === parsed.data.organisationId)) {
			return fail(400, { form: 'attendance', values, errors: {}, message: m.meeting_error_invalid() });
		}
		const result = await setAttendance(
			locals.supabase,
			meeting,
			parsed.data.organisationId,
			parsed.data.present
		);
		return outcome('attendance', result, values, m.meeting_attendance_saved());
	}
};
