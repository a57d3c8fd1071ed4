import { loadRegionOverview } from '$lib/data/regions';
import { loadBaanafsprakenSummary } from '$lib/data/placements';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, depends }) => {
	depends('app:region-context');
	const { regionContext } = await parent();
	const [overview, baanafspraken] = await Promise.all([
		loadRegionOverview(locals.supabase, regionContext.region.id),
		loadBaanafsprakenSummary(locals.supabase, regionContext.region.id, new Date())
	]);
	return { overview, baanafspraken, renderedAt: new Date().toISOString() };
};
