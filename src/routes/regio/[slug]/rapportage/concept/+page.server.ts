import { error, fail, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from '$lib/forms/adapters';
import { listPublishableSections, publishReport } from '$lib/data/reports';
import { choiceFromQuery, publishSchema, resolveChoice } from '$lib/forms/report';
import type { FormMessage } from '$lib/forms/messages';
import { gemeenteIdsOf, snapshotFor } from '$lib/server/report';
import { requireRegionContext } from '$lib/server/region';
import { periodLabel } from '$lib/components/report/labels';
import { refuseForm } from '$lib/server/errors';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

/** A draft: the chosen report with today's figures; the coordinator adds the text and publishes it. */
export const load: PageServerLoad = async ({ locals, parent, url }) => {
	const { regionContext } = await parent();
	const input = choiceFromQuery(url.searchParams);
	const resolved = resolveChoice(input, gemeenteIdsOf(regionContext), new Date());
	if (!resolved.ok) {
		const form = await superValidate(
			{ ...input, title: '', introduction: '', conclusion: '' },
			zod4(publishSchema),
			{
				errors: false
			}
		);
		return { invalid: resolved.errors, snapshot: null, form, publishable: [] };
	}
	const [snapshot, publishable] = await Promise.all([
		snapshotFor(locals.supabase, regionContext, resolved.choice),
		listPublishableSections(locals.supabase)
	]);
	const scopeName = snapshot.scope.kind === 'gemeente' ? snapshot.scope.name : regionContext.region.name;
	const form = await superValidate(
		{
			...input,
			sections: resolved.choice.sections,
			title: m.rep_default_title({ scope: scopeName, period: periodLabel(snapshot.period) }),
			introduction: '',
			conclusion: ''
		},
		zod4(publishSchema),
		{ errors: false }
	);
	return { invalid: null, snapshot, form, publishable };
};

export const actions: Actions = {
	publish: async ({ request, locals, params }) => {
		const form = await superValidate(request, zod4(publishSchema));
		if (!form.valid) return fail(400, { form });
		const context = await requireRegionContext(locals, params.slug);
		if (!context.isCoordinator) {
			return message(form, { kind: 'error', text: m.rep_publish_forbidden() } satisfies FormMessage, {
				status: 403
			});
		}
		const resolved = resolveChoice(form.data, gemeenteIdsOf(context), new Date());
		if (!resolved.ok) error(400, Object.values(resolved.errors).join(' '));
		// Only the sections the database builds are published (the draft says which).
		const publishable = await listPublishableSections(locals.supabase);
		const sections = resolved.choice.sections.filter((id) => publishable.includes(id));
		if (sections.length === 0) {
			return message(form, { kind: 'error', text: m.rep_publish_nothing() } satisfies FormMessage, {
				status: 400
			});
		}
		// Publishing is final: the first submit asks for confirmation, the second (confirmed) publishes.
		if (!form.data.confirmed) {
			form.data.confirming = true;
			return { form };
		}
		// The database builds the published figures itself (publish_report); only the choices and the text go.
		const result = await publishReport(locals.supabase, {
			regionId: context.region.id,
			...resolved.choice,
			sections,
			title: form.data.title,
			introduction: form.data.introduction,
			conclusion: form.data.conclusion
		});
		if (!result.ok) return refuseForm(form, result.error, { forbidden: m.rep_publish_forbidden });
		const { id, version } = result.value;
		redirect(303, `/regio/${params.slug}/rapportage/${id}?gepubliceerd=${version}`);
	}
};
