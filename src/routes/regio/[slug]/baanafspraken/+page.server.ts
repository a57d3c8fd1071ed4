import { listPlacementYears, listRegionPlacements, listTargets } from '$lib/data/placements';
import { quarterOf, yearFraction } from '$lib/domain/periods';
import { queryParams } from '$lib/server/params';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, url, depends }) => {
	depends('app:baanafspraken');
	const { regionContext } = await parent();
	const regionId = regionContext.region.id;
	const current = quarterOf(new Date());
	const years = [...new Set([current.year, ...(await listPlacementYears(locals.supabase, regionId))])].sort(
		(a, b) => b - a
	);
	const requested = queryParams(url).year('jaar');
	const year = requested !== null && years.includes(requested) ? requested : current.year;
	const [placements, targets] = await Promise.all([
		listRegionPlacements(locals.supabase, regionId, [year]),
		listTargets(locals.supabase, regionId, [year])
	]);
	return {
		year,
		years,
		uptoQuarter: year === current.year ? current.quarter : (4 as const),
		yearFraction: yearFraction(year, new Date()),
		asOf: new Date().toISOString(),
		placements,
		targets
	};
};
