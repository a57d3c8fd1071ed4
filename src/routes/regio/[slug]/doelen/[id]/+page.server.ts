import { error, fail, redirect } from '@sveltejs/kit';
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
	withdrawVersion,
	type GoalWriteResult
} from '$lib/data/goals';
import { parseDutchNumber } from '$lib/domain/numbers';
import { actualSchema, changeSchema, fieldErrors } from '$lib/forms/goal';
import type { FormMessage } from '$lib/forms/messages';
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
	return { goal };
};

type Action = 'propose' | 'consent' | 'withdraw' | 'change' | 'close' | 'actual' | 'remove';

function answer(action: Action, result: GoalWriteResult<unknown>, success: string) {
	if (!result.ok) {
		return fail(result.kind === 'forbidden' ? 403 : result.kind === 'missing' ? 404 : 400, {
			action,
			message: { kind: 'error', text: result.message } satisfies FormMessage
		});
	}
	return { action, message: { kind: 'success', text: success } satisfies FormMessage };
}

const field = (form: FormData, name: string) => String(form.get(name) ?? '');

/** Every action: the user's region context, and a goal id that can be one (else 404, never a database error). */
async function goalContext(locals: App.Locals, params: { slug: string; id: string }) {
	if (!UUID.safeParse(params.id).success) error(404, m.error_not_found_title());
	return requireRegionContext(locals, params.slug);
}

export const actions: Actions = {
	propose: async ({ locals, params }) => {
		await goalContext(locals, params);
		return answer('propose', await proposeGoal(locals.supabase, params.id), m.goals_proposed());
	},
	remove: async ({ locals, params }) => {
		await goalContext(locals, params);
		const result = await deleteConceptGoal(locals.supabase, params.id);
		if (!result.ok) {
			return fail(result.kind === 'forbidden' ? 403 : 400, {
				action: 'remove',
				message: {
					kind: 'error',
					text: result.kind === 'forbidden' ? m.goals_remove_forbidden() : result.message
				} satisfies FormMessage
			});
		}
		redirect(303, `/regio/${params.slug}/doelen`);
	},
	consent: async ({ request, locals, params }) => {
		const form = await request.formData();
		const version = UUID.safeParse(field(form, 'versionId'));
		const organisation = UUID.safeParse(field(form, 'organisationId'));
		if (!version.success || !organisation.success) return fail(400, { action: 'consent' });
		await goalContext(locals, params);
		const result = await consentToVersion(locals.supabase, version.data, organisation.data);
		const agreed = result.ok && result.value === 'vastgesteld';
		return answer('consent', result, agreed ? m.goals_consented_complete() : m.goals_consented());
	},
	withdraw: async ({ request, locals, params }) => {
		const version = UUID.safeParse(field(await request.formData(), 'versionId'));
		if (!version.success) return fail(400, { action: 'withdraw' });
		await goalContext(locals, params);
		return answer('withdraw', await withdrawVersion(locals.supabase, version.data), m.goals_withdrawn());
	},
	change: async ({ request, locals, params }) => {
		const form = await request.formData();
		const values = {
			targetValue: field(form, 'targetValue'),
			targetDate: field(form, 'targetDate'),
			indicator: field(form, 'indicator'),
			unit: field(form, 'unit'),
			toezichthouderId: field(form, 'toezichthouderId'),
			reason: field(form, 'reason')
		};
		const parsed = changeSchema.safeParse(values);
		if (!parsed.success) {
			return fail(400, { action: 'change', values, errors: fieldErrors(parsed.error) });
		}
		await goalContext(locals, params);
		const v = parsed.data;
		const result = await proposeGoalChange(locals.supabase, params.id, {
			targetValue: v.targetValue ? parseDutchNumber(v.targetValue) : null,
			targetDate: v.targetDate || null,
			indicator: v.indicator || null,
			unit: v.unit || null,
			toezichthouderId: v.toezichthouderId || null,
			reason: v.reason
		});
		if (!result.ok) {
			return fail(result.kind === 'forbidden' ? 403 : 400, {
				action: 'change',
				values,
				errors: {},
				message: { kind: 'error', text: result.message } satisfies FormMessage
			});
		}
		return {
			action: 'change',
			message: { kind: 'success', text: m.goals_change_proposed() } satisfies FormMessage
		};
	},
	close: async ({ request, locals, params }) => {
		const outcome = z.enum(['afgerond', 'gestopt']).safeParse(field(await request.formData(), 'outcome'));
		if (!outcome.success) return fail(400, { action: 'close' });
		await goalContext(locals, params);
		return answer(
			'close',
			await closeGoal(locals.supabase, params.id, outcome.data),
			outcome.data === 'afgerond' ? m.goals_closed() : m.goals_stopped()
		);
	},
	actual: async ({ request, locals, params }) => {
		const form = await request.formData();
		const values = {
			periodDate: field(form, 'periodDate'),
			value: field(form, 'value'),
			note: field(form, 'note')
		};
		const parsed = actualSchema.safeParse(values);
		if (!parsed.success) {
			return fail(400, { action: 'actual', values, errors: fieldErrors(parsed.error) });
		}
		const context = await goalContext(locals, params);
		const result = await saveActual(locals.supabase, context.region.id, params.id, {
			date: parsed.data.periodDate,
			value: parseDutchNumber(parsed.data.value),
			note: parsed.data.note || null
		});
		if (!result.ok) {
			return fail(result.kind === 'forbidden' ? 403 : 400, {
				action: 'actual',
				values,
				errors: {},
				message: {
					kind: 'error',
					text: result.kind === 'forbidden' ? m.goals_actual_forbidden() : result.message
				} satisfies FormMessage
			});
		}
		return {
			action: 'actual',
			message: { kind: 'success', text: m.goals_actual_saved() } satisfies FormMessage
		};
	},
	deleteActual: async ({ request, locals, params }) => {
		const id = UUID.safeParse(field(await request.formData(), 'actualId'));
		if (!id.success) return fail(400, { action: 'actual' });
		await goalContext(locals, params);
		return answer('actual', await deleteActual(locals.supabase, id.data), m.goals_actual_deleted());
	}
};
