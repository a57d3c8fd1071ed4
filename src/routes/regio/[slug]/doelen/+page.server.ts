import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { endorseVision, listGoals, loadVision, saveVision, withdrawEndorsement } from '$lib/data/goals';
import { visionSchema, fieldErrors } from '$lib/forms/goal';
import type { FormMessage } from '$lib/forms/messages';
import { requireRegionContext } from '$lib/server/region';
import { queryParams } from '$lib/server/params';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, url, depends }) => {
	depends('app:doelen');
	const { regionContext } = await parent();
	const [goals, vision] = await Promise.all([
		listGoals(locals.supabase, regionContext.region.id),
		loadVision(locals.supabase, regionContext.region.id)
	]);
	const query = queryParams(url);
	const requested = query.uuid('partner');
	const partnerFilter = regionContext.partners.some((p) => p.id === requested) ? requested : null;
	return { goals, vision, partnerFilter, editVision: query.oneOf('visie', ['bewerken']) === 'bewerken' };
};

const organisationField = z.object({ organisationId: z.uuid() });

export const actions: Actions = {
	vision: async ({ request, locals, params }) => {
		const form = await request.formData();
		const parsed = visionSchema.safeParse({ statement: String(form.get('statement') ?? '') });
		if (!parsed.success) {
			return fail(400, {
				action: 'vision',
				values: { statement: String(form.get('statement') ?? '') },
				errors: fieldErrors(parsed.error)
			});
		}
		const context = await requireRegionContext(locals, params.slug);
		if (!context.isCoordinator) error(403, m.goals_vision_forbidden());
		const result = await saveVision(locals.supabase, context.region.id, parsed.data.statement);
		if (!result.ok) {
			return fail(result.kind === 'forbidden' ? 403 : 400, {
				action: 'vision',
				message: { kind: 'error', text: result.message } satisfies FormMessage
			});
		}
		redirect(303, `/regio/${params.slug}/doelen`);
	},
	endorse: async ({ request, locals, params }) => {
		const parsed = organisationField.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { action: 'endorse' });
		await requireRegionContext(locals, params.slug);
		const result = await endorseVision(locals.supabase, parsed.data.organisationId);
		if (!result.ok) {
			return fail(result.kind === 'forbidden' ? 403 : 400, {
				action: 'endorse',
				message: {
					kind: 'error',
					text: result.kind === 'forbidden' ? m.goals_endorse_forbidden() : result.message
				} satisfies FormMessage
			});
		}
		return {
			action: 'endorse',
			message: { kind: 'success', text: m.goals_endorsed() } satisfies FormMessage
		};
	},
	withdrawEndorsement: async ({ request, locals, params }) => {
		const parsed = organisationField.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { action: 'endorse' });
		await requireRegionContext(locals, params.slug);
		await withdrawEndorsement(locals.supabase, parsed.data.organisationId);
		return {
			action: 'endorse',
			message: { kind: 'success', text: m.goals_endorsement_withdrawn() } satisfies FormMessage
		};
	}
};
