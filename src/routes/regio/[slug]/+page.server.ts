import { loadRegionOverview } from '$lib/data/regions';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, depends }) => {
	depends('app:region-context');
	const { regionContext } = await parent();
	const overview = await loadRegionOverview(locals.supabase, regionContext.region.id);
	return { overview, renderedAt: new Date().toISOString() };
};
