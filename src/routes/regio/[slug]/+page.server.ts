import { loadRegionOverview } from '$lib/data/regions';
import { loadBaanafsprakenSummary } from '$lib/data/placements';
import { loadBudgetSummary } from '$lib/data/budgets';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, depends }) => {
	depends('app:region-context');
	const { regionContext } = await parent();
	const today = new Date();
	const budgetYear = today.getFullYear();
	const [overview, baanafspraken, budget] = await Promise.all([
		loadRegionOverview(locals.supabase, regionContext.region.id),
		loadBaanafsprakenSummary(locals.supabase, regionContext.region.id, today),
		loadBudgetSummary(locals.supabase, regionContext.region.id, budgetYear)
	]);
	return { overview, baanafspraken, budget, budgetYear, renderedAt: new Date().toISOString() };
};
