import { error, fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from '$lib/forms/adapters';
import { targetSchema } from '$lib/forms/target';
import { listTargets, saveTarget } from '$lib/data/placements';
import { isPlanningYear } from '$lib/domain/periods';
import { SECTORS, type Sector } from '$lib/domain/enums';
import { refuseForm } from '$lib/server/errors';
import { parseDutchNumber } from '$lib/domain/numbers';
import { requireRegionContext } from '$lib/server/region';
import { queryParams } from '$lib/server/params';
import type { FormMessage } from '$lib/forms/messages';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

const asText = (value: number | undefined) => (value === undefined ? '' : String(value).replace('.', ','));

export const load: PageServerLoad = async ({ locals, parent, url }) => {
	const { regionContext } = await parent();
	if (!regionContext.isCoordinator) error(403, m.target_forbidden());
	const today = new Date();
	const requested = queryParams(url).year('jaar');
	const year = requested !== null && isPlanningYear(requested, today) ? requested : today.getFullYear();
	const targets = await listTargets(locals.supabase, regionContext.region.id, [year]);
	const of = (sector: Sector) => targets.find((t) => t.sector === sector);
	const form = await superValidate(
		{
			year,
			marktBaseline: asText(of('markt')?.baselineJobs),
			marktTarget: asText(of('markt')?.targetJobs),
			overheidBaseline: asText(of('overheid')?.baselineJobs),
			overheidTarget: asText(of('overheid')?.targetJobs)
		},
		zod4(targetSchema),
		{ errors: false }
	);
	return { form, year };
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const form = await superValidate(request, zod4(targetSchema));
		if (!form.valid) return fail(400, { form });
		if (!isPlanningYear(form.data.year, new Date())) return fail(400, { form });
		const context = await requireRegionContext(locals, params.slug);
		const results = await Promise.all(
			SECTORS.map((sector) =>
				saveTarget(locals.supabase, context.region.id, {
					year: form.data.year,
					sector,
					baselineJobs: parseDutchNumber(form.data[`${sector}Baseline`]),
					targetJobs: parseDutchNumber(form.data[`${sector}Target`])
				})
			)
		);
		const refusal = results.find((result) => !result.ok);
		if (refusal && !refusal.ok) return refuseForm(form, refusal.error, { forbidden: m.target_forbidden });
		return message(form, { kind: 'success', text: m.target_saved() } satisfies FormMessage);
	}
};
