import { error, redirect } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from '$lib/forms/adapters';
import { listProgrammes } from '$lib/data/budgets';
import { createGoal, listSuccessorFreeStops } from '$lib/data/goals';
import { parseDutchNumber } from '$lib/domain/numbers';
import { contributionsOf, filledMilestones, goalSchema, parseCommitment } from '$lib/forms/goal';
import type { FormMessage } from '$lib/forms/messages';
import { refuseForm } from '$lib/server/errors';
import { requireRegionContext } from '$lib/server/region';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

/** Only the region's coordinator drafts goals (RLS refuses everyone else as well). */
export const load: PageServerLoad = async ({ locals, parent }) => {
	const { regionContext } = await parent();
	if (!regionContext.isCoordinator) error(403, m.goals_new_forbidden());
	const [programmes, stopped] = await Promise.all([
		listProgrammes(locals.supabase, regionContext.region.id),
		listSuccessorFreeStops(locals.supabase, regionContext.region.id)
	]);
	// One contribution row per active partner, in the order of the table.
	const partners = regionContext.partners
		.filter((p) => p.active)
		.sort((a, b) => a.name.localeCompare(b.name, 'nl'))
		.map((p) => p.id);
	const form = await superValidate(
		{ commitmentPartner: partners, commitment: partners.map(() => '') },
		zod4(goalSchema),
		{ errors: false }
	);
	return {
		form,
		programmes: programmes.filter((p) => p.active).map((p) => ({ id: p.id, name: p.name })),
		stopped
	};
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const form = await superValidate(request, zod4(goalSchema));
		if (!form.valid) {
			return message(form, { kind: 'error', text: m.goals_error_summary() } satisfies FormMessage, {
				status: 400
			});
		}
		const context = await requireRegionContext(locals, params.slug);
		if (!context.isCoordinator) error(403, m.goals_new_forbidden());
		const v = form.data;
		const result = await createGoal(locals.supabase, context.region.id, {
			title: v.title,
			description: v.description || null,
			indicator: v.indicator,
			unit: v.unit,
			source: v.source,
			sourceSector: v.source === 'baanafspraken' && v.sourceSector ? v.sourceSector : null,
			sourceProgrammeId: v.source === 'budget' && v.sourceProgrammeId ? v.sourceProgrammeId : null,
			baselineValue: parseDutchNumber(v.baselineValue),
			baselineDate: v.baselineDate,
			targetValue: parseDutchNumber(v.targetValue),
			targetDate: v.targetDate,
			toezichthouderId: v.toezichthouderId,
			predecessorId: v.predecessorId || null,
			milestones: filledMilestones(v).map((row) => ({
				dueDate: row.dueDate,
				targetValue: parseDutchNumber(row.targetValue)
			})),
			contributions: contributionsOf(v).map((c) => {
				const commitment = parseCommitment(c.commitment);
				return {
					organisationId: c.organisationId,
					commitmentValue: commitment.value,
					commitmentText: commitment.text ?? (commitment.value === null ? m.goals_commitment_default() : null)
				};
			})
		});
		if (!result.ok) return refuseForm(form, result.error, { forbidden: m.goals_new_forbidden });
		redirect(303, `/regio/${params.slug}/doelen/${result.value}`);
	}
};
