import { error, fail, redirect } from '@sveltejs/kit';
import { listProgrammes } from '$lib/data/budgets';
import { createGoal } from '$lib/data/goals';
import { parseDutchNumber } from '$lib/domain/numbers';
import { fieldErrors, goalSchema, parseCommitment, readGoalForm } from '$lib/forms/goal';
import type { FormMessage } from '$lib/forms/messages';
import { requireRegionContext } from '$lib/server/region';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

/** Only the region's coordinator drafts goals (RLS refuses everyone else as well). */
export const load: PageServerLoad = async ({ locals, parent }) => {
	const { regionContext } = await parent();
	if (!regionContext.isCoordinator) error(403, m.goals_new_forbidden());
	const programmes = await listProgrammes(locals.supabase, regionContext.region.id);
	return { programmes: programmes.filter((p) => p.active).map((p) => ({ id: p.id, name: p.name })) };
};

export const actions: Actions = {
	default: async ({ request, locals, params }) => {
		const values = readGoalForm(await request.formData());
		const parsed = goalSchema.safeParse(values);
		if (!parsed.success) {
			return fail(400, {
				values,
				errors: fieldErrors(parsed.error),
				message: { kind: 'error', text: m.goals_error_summary() } satisfies FormMessage
			});
		}
		const context = await requireRegionContext(locals, params.slug);
		if (!context.isCoordinator) error(403, m.goals_new_forbidden());
		const v = parsed.data;
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
			milestones: v.milestones
				.filter((row) => row.dueDate !== '' || row.targetValue !== '')
				.map((row) => ({ dueDate: row.dueDate, targetValue: parseDutchNumber(row.targetValue) })),
			contributions: v.contributions.map((c) => {
				const commitment = parseCommitment(c.commitment);
				return {
					organisationId: c.organisationId,
					commitmentValue: commitment.value,
					commitmentText: commitment.text ?? (commitment.value === null ? m.goals_commitment_default() : null)
				};
			})
		});
		if (!result.ok) {
			return fail(result.kind === 'forbidden' ? 403 : 400, {
				values,
				errors: {},
				message: {
					kind: 'error',
					text: result.kind === 'forbidden' ? m.goals_new_forbidden() : result.message
				} satisfies FormMessage
			});
		}
		redirect(303, `/regio/${params.slug}/doelen/${result.value}`);
	}
};
