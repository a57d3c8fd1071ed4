import { loadRegionOverview } from '$lib/data/regions';
import { loadBaanafsprakenSummary } from '$lib/data/placements';
import { loadGoalCounts } from '$lib/data/goals';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, depends }) => {
	depends('app:region-context');
	const { regionContext } = await parent();
	const [overview, baanafspraken, goalCounts] = await Promise.all([
		loadRegionOverview(locals.supabase, regionContext.region.id),
		loadBaanafsprakenSummary(locals.supabase, regionContext.region.id, new Date()),
		loadGoalCounts(locals.supabase, regionContext.region.id)
	]);
	return { overview, baanafspraken, goalCounts, renderedAt: new Date().toISOString() };
};
