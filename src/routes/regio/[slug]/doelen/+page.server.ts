import { error, fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from '$lib/forms/adapters';
import {
	endorseVision,
	listGoals,
	loadTrekkerMandate,
	loadVision,
	ratifyTrekkerMandate,
	recordTrekkerMandate,
	removeTrekkerMandate,
	saveVision,
	withdrawEndorsement,
	withdrawRatification
} from '$lib/data/goals';
import type { RegionContext } from '$lib/data/regions';
import { isGemeente } from '$lib/domain/partners';
import { localDate } from '$lib/domain/report';
import {
	endorseSchemaFor,
	mandateButtonSchema,
	partnerButtonSchema,
	ratifySchemaFor,
	trekkerMandateSchemaFor,
	visionSchema
} from '$lib/forms/goal';
import { mandateInput } from '$lib/forms/mandate';
import type { FormMessage } from '$lib/forms/messages';
import { refuseAction, refuseForm } from '$lib/server/errors';
import { requireRegionContext } from '$lib/server/region';
import { queryParams } from '$lib/server/params';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';
import { readFormData } from '$lib/server/form-data';

const today = () => localDate(new Date().toISOString());
const typeOf = (context: RegionContext) => (id: string) =>
	context.partners.find((p) => p.id === id)?.type ?? 'overig';

/** The gemeenten the user ratifies the trekker's mandate for: its own, other than the trekker itself. */
function ratifyingFor(context: RegionContext): string[] {
	return context.actingOrganisationIds.filter(
		(id) =>
			id !== context.region.leadOrganisationId && context.partners.some((p) => p.id === id && isGemeente(p))
	);
}

export const load: PageServerLoad = async ({ locals, parent, url, depends }) => {
	depends('app:doelen');
	const { regionContext } = await parent();
	const [goals, vision, mandate] = await Promise.all([
		listGoals(locals.supabase, regionContext.region.id),
		loadVision(locals.supabase, regionContext.region.id),
		loadTrekkerMandate(locals.supabase, regionContext.region.id)
	]);
	const endorsed = new Set(vision.endorsements.map((e) => e.organisationId));
	const endorsing = regionContext.actingOrganisationIds.filter((id) => !endorsed.has(id));
	const ratified = new Set(mandate?.ratifications.map((r) => r.organisationId) ?? []);
	const ratifying = mandate ? ratifyingFor(regionContext).filter((id) => !ratified.has(id)) : [];
	const [visionForm, endorseForm, mandateForm, ratifyForm] = await Promise.all([
		superValidate({ statement: vision.statement ?? '' }, zod4(visionSchema), { id: 'vision', errors: false }),
		superValidate(
			{ organisationId: endorsing[0] ?? '' },
			zod4(endorseSchemaFor(typeOf(regionContext), today())),
			{ id: 'endorse', errors: false }
		),
		superValidate(zod4(trekkerMandateSchemaFor(today())), { id: 'mandate', errors: false }),
		superValidate(
			{ mandateId: mandate?.id ?? '', organisationId: ratifying[0] ?? '', mandateLevel: 'bestuurlijk' },
			zod4(ratifySchemaFor(typeOf(regionContext), today())),
			{ id: 'ratify', errors: false }
		)
	]);
	const query = queryParams(url);
	const requested = query.uuid('partner');
	const partnerFilter = regionContext.partners.some((p) => p.id === requested) ? requested : null;
	return {
		goals,
		vision,
		visionForm,
		endorsing,
		endorseForm,
		mandate,
		mandateForm,
		ratifying,
		ratifyForm,
		partnerFilter,
		editVision: query.oneOf('visie', ['bewerken']) === 'bewerken'
	};
};

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
		const context = await requireRegionContext(locals, params.slug);
		const form = await superValidate(request, zod4(endorseSchemaFor(typeOf(context), today())), {
			id: 'endorse'
		});
		if (!form.valid) return fail(400, { form });
		const result = await endorseVision(locals.supabase, form.data.organisationId, mandateInput(form.data));
		if (!result.ok) return refuseForm(form, result.error, { forbidden: m.goals_endorse_forbidden });
		return message(form, { kind: 'success', text: m.goals_endorsed() } satisfies FormMessage);
	},
	withdrawEndorsement: async ({ request, locals, params }) => {
		const parsed = partnerButtonSchema.safeParse(Object.fromEntries(await readFormData(request)));
		if (!parsed.success) return fail(400, { action: 'endorsement' as const, message: undefined });
		await requireRegionContext(locals, params.slug);
		const result = await withdrawEndorsement(locals.supabase, parsed.data.organisationId);
		// Nothing removed means it was not the caller's endorsement to withdraw (attack finding 16).
		if (!result.ok)
			return refuseAction('endorsement', result.error, { forbidden: m.goals_endorse_forbidden });
		return {
			action: 'endorsement' as const,
			message: { kind: 'success', text: m.goals_endorsement_withdrawn() } satisfies FormMessage
		};
	},
	mandate: async ({ request, locals, params }) => {
		const form = await superValidate(request, zod4(trekkerMandateSchemaFor(today())), { id: 'mandate' });
		if (!form.valid) return fail(400, { form });
		const context = await requireRegionContext(locals, params.slug);
		const result = await recordTrekkerMandate(locals.supabase, context.region.id, {
			decisionReference: form.data.decisionReference,
			decisionDate: form.data.decisionDate,
			validUntil: form.data.validUntil || null,
			scope: form.data.scope || null
		});
		if (!result.ok) return refuseForm(form, result.error, { forbidden: m.goals_mandate_forbidden });
		return message(form, { kind: 'success', text: m.goals_mandate_recorded() } satisfies FormMessage);
	},
	removeMandate: async ({ request, locals, params }) => {
		const parsed = mandateButtonSchema.safeParse(Object.fromEntries(await readFormData(request)));
		if (!parsed.success) return fail(400, { action: 'mandate' as const, message: undefined });
		await requireRegionContext(locals, params.slug);
		const result = await removeTrekkerMandate(locals.supabase, parsed.data.mandateId);
		if (!result.ok) return refuseAction('mandate', result.error, { forbidden: m.goals_mandate_forbidden });
		return {
			action: 'mandate' as const,
			message: { kind: 'success', text: m.goals_mandate_removed() } satisfies FormMessage
		};
	},
	ratify: async ({ request, locals, params }) => {
		const context = await requireRegionContext(locals, params.slug);
		const form = await superValidate(request, zod4(ratifySchemaFor(typeOf(context), today())), {
			id: 'ratify'
		});
		if (!form.valid) return fail(400, { form });
		const result = await ratifyTrekkerMandate(
			locals.supabase,
			context.region.id,
			form.data.mandateId,
			form.data.organisationId,
			mandateInput(form.data)
		);
		if (!result.ok) return refuseForm(form, result.error, { forbidden: m.goals_ratify_forbidden });
		return message(form, { kind: 'success', text: m.goals_ratified() } satisfies FormMessage);
	},
	withdrawRatification: async ({ request, locals, params }) => {
		const parsed = mandateButtonSchema.safeParse(Object.fromEntries(await readFormData(request)));
		if (!parsed.success || !parsed.data.organisationId)
			return fail(400, { action: 'mandate' as const, message: undefined });
		await requireRegionContext(locals, params.slug);
		const result = await withdrawRatification(
			locals.supabase,
			parsed.data.mandateId,
			parsed.data.organisationId
		);
		if (!result.ok) return refuseAction('mandate', result.error, { forbidden: m.goals_ratify_forbidden });
		return {
			action: 'mandate' as const,
			message: { kind: 'success', text: m.goals_ratification_withdrawn() } satisfies FormMessage
		};
	}
};
