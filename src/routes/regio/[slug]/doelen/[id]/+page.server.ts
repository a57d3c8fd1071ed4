import { error, fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from '$lib/forms/adapters';
import { z } from 'zod';
import {
	closeGoal,
	consentToVersion,
	deleteConceptGoal,
	deleteActual,
	loadGoal,
	proposeGoal,
	proposeGoalChange,
	saveActual,
	withdrawVersion
} from '$lib/data/goals';
import type { WriteResult } from '$lib/data/errors';
import { parseDutchNumber } from '$lib/domain/numbers';
import {
	actualButtonSchema,
	actualSchema,
	changeSchema,
	closeButtonSchema,
	consentButtonSchema,
	versionButtonSchema
} from '$lib/forms/goal';
import type { FormMessage } from '$lib/forms/messages';
import { refuseAction, refuseForm, type KindMessages } from '$lib/server/errors';
import { requireRegionContext } from '$lib/server/region';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

const UUID = z.uuid();

export const load: PageServerLoad = async ({ locals, parent, params, depends }) => {
	depends('app:doel');
	const { regionContext } = await parent();
	if (!UUID.safeParse(params.id).success) error(404, m.error_not_found_title());
	const goal = await loadGoal(locals.supabase, regionContext.region.id, params.id);
	if (!goal) error(404, m.error_not_found_title());
	const [changeForm, actualForm] = await Promise.all([
		superValidate(zod4(changeSchema), { id: 'change' }),
		superValidate(zod4(actualSchema), { id: 'actual' })
	]);
	return { goal, changeForm, actualForm };
};

/** The buttons of the page (propose, consent, withdraw, close, remove an actual) answer under their name. */
type ButtonAction = 'propose' | 'consent' | 'withdraw' | 'close' | 'remove' | 'deleteActual';

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
	const parsed = schema.safeParse(Object.fromEntries(await request.formData()));
	return parsed.success
		? { ok: true as const, data: parsed.data }
		: { ok: false as const, failure: fail(400, { action, message: undefined }) };
}

/** Every action: the user's region context, and a goal id that can be one (else 404, never a database error). */
async function goalContext(locals: App.Locals, params: { slug: string; id: string }) {
	if (!UUID.safeParse(params.id).success) error(404, m.error_not_found_title());
	return requireRegionContext(locals, params.slug);
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
		const fields = await buttonFields('consent', request, consentButtonSchema);
		if (!fields.ok) return fields.failure;
		await goalContext(locals, params);
		const { versionId, organisationId } = fields.data;
		return button('consent', await consentToVersion(locals.supabase, versionId, organisationId), (status) =>
			status === 'vastgesteld' ? m.goals_consented_complete() : m.goals_consented()
		);
	},
	withdraw: async ({ request, locals, params }) => {
		const fields = await buttonFields('withdraw', request, versionButtonSchema);
		if (!fields.ok) return fields.failure;
		await goalContext(locals, params);
		return button('withdraw', await withdrawVersion(locals.supabase, fields.data.versionId), () =>
			m.goals_withdrawn()
		);
	},
	close: async ({ request, locals, params }) => {
		const fields = await buttonFields('close', request, closeButtonSchema);
		if (!fields.ok) return fields.failure;
		await goalContext(locals, params);
		const { outcome } = fields.data;
		return button('close', await closeGoal(locals.supabase, params.id, outcome), () =>
			outcome === 'afgerond' ? m.goals_closed() : m.goals_stopped()
		);
	},
	deleteActual: async ({ request, locals, params }) => {
		const fields = await buttonFields('deleteActual', request, actualButtonSchema);
		if (!fields.ok) return fields.failure;
		await goalContext(locals, params);
		return button('deleteActual', await deleteActual(locals.supabase, fields.data.actualId), () =>
			m.goals_actual_deleted()
		);
	},
	change: async ({ request, locals, params }) => {
		const form = await superValidate(request, zod4(changeSchema), { id: 'change' });
		if (!form.valid) return fail(400, { form });
		await goalContext(locals, params);
		const v = form.data;
		const result = await proposeGoalChange(locals.supabase, params.id, {
			targetValue: v.targetValue ? parseDutchNumber(v.targetValue) : null,
			targetDate: v.targetDate || null,
			indicator: v.indicator || null,
			unit: v.unit || null,
			toezichthouderId: v.toezichthouderId || null,
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
