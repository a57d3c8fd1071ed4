import { listPlacementYears } from '$lib/data/placements';
import { listPublishedReports } from '$lib/data/reports';
import { quarterOf, selectableYears } from '$lib/domain/periods';
import { lastCompleteQuarter, periodKey, reportablePeriods } from '$lib/domain/report';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, depends }) => {
	depends('app:reports');
	const { regionContext } = await parent();
	const regionId = regionContext.region.id;
	const current = quarterOf(new Date());
	const [reports, placementYears] = await Promise.all([
		listPublishedReports(locals.supabase, regionId),
		listPlacementYears(locals.supabase, regionId, current.year)
	]);
	const periods = reportablePeriods(selectableYears(current.year, placementYears), current);
	return { reports, periods, defaultPeriod: periodKey(lastCompleteQuarter(current)) };
};
