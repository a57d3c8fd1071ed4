import { listPlacementYears } from '$lib/data/placements';
import { listPublishedReports } from '$lib/data/reports';
import { quarterOf } from '$lib/domain/periods';
import { periodKey, type ReportPeriod } from '$lib/domain/report';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, depends }) => {
	depends('app:reports');
	const { regionContext } = await parent();
	const regionId = regionContext.region.id;
	const [reports, placementYears] = await Promise.all([
		listPublishedReports(locals.supabase, regionId),
		listPlacementYears(locals.supabase, regionId)
	]);
	const current = quarterOf(new Date());
	const years = [...new Set([current.year, ...placementYears])].sort((a, b) => b - a);
	// Periods that have begun: every year with figures, and its quarters up to the running one.
	const periods: ReportPeriod[] = years.flatMap((year) => [
		{ year, quarter: null },
		...([4, 3, 2, 1] as const)
			.filter((quarter) => year < current.year || quarter <= current.quarter)
			.map((quarter) => ({ year, quarter }))
	]);
	// The last complete quarter is what a council usually gets next.
	const lastComplete: ReportPeriod =
		current.quarter === 1
			? { year: current.year - 1, quarter: 4 }
			: { year: current.year, quarter: (current.quarter - 1) as 1 | 2 | 3 };
	return { reports, periods, defaultPeriod: periodKey(lastComplete) };
};
