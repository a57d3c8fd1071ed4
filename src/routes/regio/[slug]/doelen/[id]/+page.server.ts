import { error, fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from '$lib/forms/adapters';
import { z } from 'zod';
import {
	consentToVersion,
	deleteConceptGoal,
	deleteActual,
	loadGoal,
	proposeGoal,
	proposeGoalChange,
	proposeGoalStop,
	recordVerdict,
	saveActual,
	withdrawVersion,
	type GoalDetail
} from '$lib/data/goals';
import type { RegionContext } from '$lib/data/regions';
import type { WriteResult } from '$lib/data/errors';
import { parseDutchNumber } from '$lib/domain/numbers';
import { consentableFor, missingConsents, suggestedVerdict } from '$lib/domain/goals';
import { localDate } from '$lib/domain/report';
import {
	actualButtonSchema,
	actualSchema,
	changeSchemaFor,
	consentSchemaFor,
	milestoneRowsOf,
	proposedMilestones,
	stopSchema,
	verdictSchemaFor,
	versionButtonSchema
} from '$lib/forms/goal';
import { mandateInput } from '$lib/forms/mandate';
import type { FormMessage } from '$lib/forms/messages';
import { refuseAction, refuseForm, type KindMessages } from '$lib/server/errors';
import { requireRegionContext } from '$lib/server/region';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';
import { readFormData } from '$lib/server/form-data';

const UUID = z.uuid();
const today = () => localDate(new Date().toISOString());

/** A partner's type (for the mandate levels it can give); 'overig' for an unknown id, which the database refuses. */
const typeOf = (context: RegionContext) => (id: string) =>
	context.partners.find((p) => p.id === id)?.type ?? 'overig';

/** The value a number field shows: as the Dutch type it (12,5), without thousands separators. */
const fieldValue = (value: number) => String(Math.round(value * 100) / 100).replace('.', ',');

/** The forms of an agreed goal's page: change proposal, verdict; both start from the goal as it stands. */
const changeForm = (goal: GoalDetail) => zod4(changeSchemaFor(goal));
const verdictForm = (goal: GoalDetail, context: RegionContext) =>
	zod4(
		verdictSchemaFor(goal, goal.toezichthouderId ? typeOf(context)(goal.toezichthouderId) : 'overig', today())
	);

export const load: PageServerLoad = async ({ locals, parent, params, depends }) => {
	depends('app:doel');
	const { regionContext } = await parent();
	if (!UUID.safeParse(params.id).success) error(404, m.error_not_found_title());
	const goal = await loadGoal(locals.supabase, regionContext.region.id, params.id);
	if (!goal) error(404, m.error_not_found_title());
	const open = goal.openVersion;
	const mine = consentableFor(
		goal.contributorIds,
		open ? open.consents.map((c) => c.organisationId) : [],
		regionContext.actingOrganisationIds
	);
	const realisation = goal.standing.actual?.value ?? goal.baselineValue;
	const [change, actual, consent, stop, verdict] = await Promise.all([
		superValidate(milestoneRowsOf(goal.milestones, fieldValue) as never, changeForm(goal), {
			id: 'change',
			errors: false
		}),
		superValidate(zod4(actualSchema), { id: 'actual' }),
		superValidate(
			{ versionId: open?.id ?? '', organisationId: mine[0] ?? '' },
			zod4(consentSchemaFor(typeOf(regionContext), today())),
			{ id: 'consent', errors: false }
		),
		superValidate(zod4(stopSchema), { id: 'stop' }),
		superValidate(
			{
				verdict: suggestedVerdict(goal, realisation),
				verdictDate: today(),
				realisation: fieldValue(realisation)
			},
			verdictForm(goal, regionContext),
			{ id: 'verdict', errors: false }
		)
	]);
	return {
		goal,
		waitingFor: open
			? missingConsents(
					goal.contributorIds,
					open.consents.map((c) => c.organisationId)
				)
			: [],
		canConsentFor: mine,
		changeForm: change,
		actualForm: actual,
		consentForm: consent,
		stopForm: stop,
		verdictForm: verdict
	};
};

/** The buttons of the page (propose, withdraw, remove, remove an actual) answer under their name. */
type ButtonAction = 'propose' | 'withdraw' | 'remove' | 'deleteActual';

function button<A extends ButtonAction, T>(
	action: A,
	result: WriteResult<T>,
	success: (value: T) => string,
	messages?: KindMessages
) {
	if (!result.ok) return refuseAction(action, result.error, messages);
	return { action, message: { kind: 'success', text: success(result.value) } satisfies FormMessage };
}

/** The fields a button posts, or a 400 when they are not what the page sends. */
async function buttonFields<T extends z.ZodType>(action: ButtonAction, request: Request, schema: T) {
	const parsed = schema.safeParse(Object.fromEntries(await readFormData(request)));
	return parsed.success
		? { ok: true as const, data: parsed.data }
		: { ok: false as const, failure: fail(400, { action, message: undefined }) };
}

/** Every action: the user's region context, and a goal id that can be one (else 404, never a database error). */
async function goalContext(locals: App.Locals, params: { slug: string; id: string }) {
	if (!UUID.safeParse(params.id).success) error(404, m.error_not_found_title());
	return requireRegionContext(locals, params.slug);
}

/** The goal an action is about, as it stands (the forms of an agreed goal are checked against it). */
async function currentGoal(locals: App.Locals, context: RegionContext, id: string) {
	const goal = await loadGoal(locals.supabase, context.region.id, id);
	if (!goal) error(404, m.error_not_found_title());
	return goal;
}

export const actions: Actions = {
	propose: async ({ locals, params }) => {
		await goalContext(locals, params);
		return button('propose', await proposeGoal(locals.supabase, params.id), () => m.goals_proposed());
	},
	remove: async ({ locals, params }) => {
		await goalContext(locals, params);
		const result = await deleteConceptGoal(locals.supabase, params.id);
		if (!result.ok) return refuseAction('remove', result.error, { forbidden: m.goals_remove_forbidden });
		redirect(303, `/regio/${params.slug}/doelen`);
	},
	consent: async ({ request, locals, params }) => {
		const context = await goalContext(locals, params);
		const form = await superValidate(request, zod4(consentSchemaFor(typeOf(context), today())), {
			id: 'consent'
		});
		if (!form.valid) return fail(400, { form });
		const result = await consentToVersion(
			locals.supabase,
			form.data.versionId,
			form.data.organisationId,
			mandateInput(form.data)
		);
		if (!result.ok) return refuseForm(form, result.error);
		const text =
			result.value === 'vastgesteld'
				? m.goals_consented_complete()
				: result.value === 'gestopt'
					? m.goals_consented_stopped()
					: m.goals_consented();
		return message(form, { kind: 'success', text } satisfies FormMessage);
	},
	withdraw: async ({ request, locals, params }) => {
		const fields = await buttonFields('withdraw', request, versionButtonSchema);
		if (!fields.ok) return fields.failure;
		await goalContext(locals, params);
		return button('withdraw', await withdrawVersion(locals.supabase, fields.data.versionId), () =>
			m.goals_withdrawn()
		);
	},
	stop: async ({ request, locals, params }) => {
		const form = await superValidate(request, zod4(stopSchema), { id: 'stop' });
		if (!form.valid) return fail(400, { form });
		await goalContext(locals, params);
		const result = await proposeGoalStop(locals.supabase, params.id, form.data.reason);
		if (!result.ok) return refuseForm(form, result.error);
		return message(form, { kind: 'success', text: m.goals_stop_proposed() } satisfies FormMessage);
	},
	verdict: async ({ request, locals, params }) => {
		const context = await goalContext(locals, params);
		const goal = await currentGoal(locals, context, params.id);
		const form = await superValidate(request, verdictForm(goal, context), { id: 'verdict' });
		if (!form.valid) return fail(400, { form });
		const v = form.data;
		const result = await recordVerdict(locals.supabase, params.id, {
			verdict: v.verdict as Exclude<typeof v.verdict, ''>,
			verdictDate: v.verdictDate,
			realisation: parseDutchNumber(v.realisation),
			explanation: v.explanation,
			mandate: mandateInput(v)
		});
		if (!result.ok) return refuseForm(form, result.error);
		return message(form, { kind: 'success', text: m.goals_verdict_recorded() } satisfies FormMessage);
	},
	deleteActual: async ({ request, locals, params }) => {
		const fields = await buttonFields('deleteActual', request, actualButtonSchema);
		if (!fields.ok) return fields.failure;
		await goalContext(locals, params);
		return button(
			'deleteActual',
			await deleteActual(locals.supabase, fields.data.actualId),
			() => m.goals_actual_deleted(),
			{ forbidden: m.goals_actual_forbidden }
		);
	},
	change: async ({ request, locals, params }) => {
		const context = await goalContext(locals, params);
		const goal = await currentGoal(locals, context, params.id);
		const form = await superValidate(request, changeForm(goal), { id: 'change' });
		if (!form.valid) return fail(400, { form });
		const v = form.data;
		const result = await proposeGoalChange(locals.supabase, params.id, {
			targetValue: v.targetValue ? parseDutchNumber(v.targetValue) : null,
			targetDate: v.targetDate || null,
			indicator: v.indicator || null,
			unit: v.unit || null,
			toezichthouderId: v.toezichthouderId || null,
			milestones: proposedMilestones(v, goal.milestones),
			reason: v.reason
		});
		if (!result.ok) return refuseForm(form, result.error);
		return message(form, { kind: 'success', text: m.goals_change_proposed() } satisfies FormMessage);
	},
	actual: async ({ request, locals, params }) => {
		const form = await superValidate(request, zod4(actualSchema), { id: 'actual' });
		if (!form.valid) return fail(400, { form });
		const context = await goalContext(locals, params);
		const result = await saveActual(locals.supabase, context.region.id, params.id, {
			date: form.data.periodDate,
			value: parseDutchNumber(form.data.value),
			note: form.data.note || null
		});
		if (!result.ok) return refuseForm(form, result.error, { forbidden: m.goals_actual_forbidden });
		return message(form, { kind: 'success', text: m.goals_actual_saved() } satisfies FormMessage);
	}
};
