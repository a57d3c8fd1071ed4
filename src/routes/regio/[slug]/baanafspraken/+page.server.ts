import { listPlacementYears, listRegionPlacements, listTargets } from '$lib/data/placements';
import { chosenYear, selectableYears, uptoQuarter, yearFraction } from '$lib/domain/periods';
import { queryParams } from '$lib/server/params';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, url, depends }) => {
	depends('app:baanafspraken');
	const { regionContext } = await parent();
	const regionId = regionContext.region.id;
	const today = new Date();
	const currentYear = today.getFullYear();
	const years = selectableYears(currentYear, await listPlacementYears(locals.supabase, regionId));
	const year = chosenYear(queryParams(url).year('jaar'), years, currentYear);
	const [placements, targets] = await Promise.all([
		listRegionPlacements(locals.supabase, regionId, [year]),
		listTargets(locals.supabase, regionId, [year])
	]);
	return {
		year,
		years,
		uptoQuarter: uptoQuarter(year, today),
		yearFraction: yearFraction(year, today),
		asOf: today.toISOString(),
		placements,
		targets
	};
};
