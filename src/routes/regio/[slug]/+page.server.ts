import { loadRegionOverview } from '$lib/data/regions';
import { loadBanenafspraakSummary } from '$lib/data/banenafspraak';
import { localDate } from '$lib/domain/report';
import { loadBudgetSummary } from '$lib/data/budgets';
import { loadGoalCounts } from '$lib/data/goals';
import { loadNetworkOverview } from '$lib/data/network';
import { loadForYou } from '$lib/data/for-you';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, depends }) => {
	depends('app:region-context');
	const { regionContext } = await parent();
	const today = new Date();
	const budgetYear = today.getFullYear();
	const [overview, baanafspraken, budget, goalCounts, network, forYou] = await Promise.all([
		loadRegionOverview(locals.supabase, regionContext.region.id),
		loadBanenafspraakSummary(locals.supabase, regionContext.region.id, localDate(today.toISOString())),
		loadBudgetSummary(locals.supabase, regionContext.region.id, budgetYear),
		loadGoalCounts(locals.supabase, regionContext.region.id),
		loadNetworkOverview(locals.supabase, regionContext.region.id),
		loadForYou(locals.supabase, regionContext.region.id)
	]);
	return {
		overview,
		baanafspraken,
		budget,
		budgetYear,
		goalCounts,
		network,
		forYou,
		renderedAt: new Date().toISOString()
	};
};
