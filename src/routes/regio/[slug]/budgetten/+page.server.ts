import { listProgrammes, listRegionCommitments } from '$lib/data/budgets';
import { budgetOverview } from '$lib/domain/budget';
import { chosenYear, selectableYears } from '$lib/domain/periods';
import { queryParams } from '$lib/server/params';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, url, depends }) => {
	depends('app:budgetten');
	const { regionContext } = await parent();
	const regionId = regionContext.region.id;
	const currentYear = new Date().getFullYear();
	const [programmes, commitments] = await Promise.all([
		listProgrammes(locals.supabase, regionId),
		listRegionCommitments(locals.supabase, regionId)
	]);
	const years = selectableYears(
		currentYear,
		commitments.map((c) => c.year)
	);
	const year = chosenYear(queryParams(url).year('jaar'), years, currentYear);
	return { year, years, overview: budgetOverview(programmes, commitments, year) };
};
