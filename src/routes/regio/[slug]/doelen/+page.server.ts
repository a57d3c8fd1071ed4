import { error, fail, redirect } from '@sveltejs/kit';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from '$lib/forms/adapters';
import { endorseVision, listGoals, loadVision, saveVision, withdrawEndorsement } from '$lib/data/goals';
import { partnerButtonSchema, visionSchema } from '$lib/forms/goal';
import type { FormMessage } from '$lib/forms/messages';
import { refuseAction, refuseForm } from '$lib/server/errors';
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
	const visionForm = await superValidate({ statement: vision.statement ?? '' }, zod4(visionSchema), {
		id: 'vision',
		errors: false
	});
	const query = queryParams(url);
	const requested = query.uuid('partner');
	const partnerFilter = regionContext.partners.some((p) => p.id === requested) ? requested : null;
	return {
		goals,
		vision,
		visionForm,
		partnerFilter,
		editVision: query.oneOf('visie', ['bewerken']) === 'bewerken'
	};
};

/** Endorsing and withdrawing both answer as 'endorse': the message shows in the vision panel. */
const endorsed = (text: string) => ({
	action: 'endorse' as const,
	message: { kind: 'success', text } satisfies FormMessage
});

export const actions: Actions = {
	vision: async ({ request, locals, params }) => {
		const form = await superValidate(request, zod4(visionSchema), { id: 'vision' });
		if (!form.valid) return fail(400, { form });
		const context = await requireRegionContext(locals, params.slug);
		if (!context.isCoordinator) error(403, m.goals_vision_forbidden());
		const result = await saveVision(locals.supabase, context.region.id, form.data.statement);
		if (!result.ok) return refuseForm(form, result.error, { forbidden: m.goals_vision_forbidden });
		redirect(303, `/regio/${params.slug}/doelen`);
	},
	endorse: async ({ request, locals, params }) => {
		const parsed = partnerButtonSchema.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { action: 'endorse' as const, message: undefined });
		await requireRegionContext(locals, params.slug);
		const result = await endorseVision(locals.supabase, parsed.data.organisationId);
		if (!result.ok) return refuseAction('endorse', result.error, { forbidden: m.goals_endorse_forbidden });
		return endorsed(m.goals_endorsed());
	},
	withdrawEndorsement: async ({ request, locals, params }) => {
		const parsed = partnerButtonSchema.safeParse(Object.fromEntries(await request.formData()));
		if (!parsed.success) return fail(400, { action: 'endorse' as const, message: undefined });
		await requireRegionContext(locals, params.slug);
		const result = await withdrawEndorsement(locals.supabase, parsed.data.organisationId);
		if (!result.ok) return refuseAction('endorse', result.error);
		return endorsed(m.goals_endorsement_withdrawn());
	}
};
