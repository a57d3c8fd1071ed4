import { budgetOverview, listProgrammes, listRegionCommitments } from '$lib/data/budgets';
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
	const years = [...new Set([currentYear, ...commitments.map((c) => c.year)])].sort((a, b) => b - a);
	const requested = queryParams(url).year('jaar');
	const year = requested !== null && years.includes(requested) ? requested : currentYear;
	return { year, years, overview: budgetOverview(programmes, commitments, year) };
};
