import { loadBudgetOverview } from '$lib/data/budgets';
import { nextCouncilElections } from '$lib/domain/budget';
import { chosenYear, selectableYears } from '$lib/domain/periods';
import { queryParams } from '$lib/server/params';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, url, depends }) => {
	depends('app:budgetten');
	const { regionContext } = await parent();
	const regionId = regionContext.region.id;
	const today = new Date();
	const currentYear = today.getFullYear();
	const requested = queryParams(url).year('jaar');
	// One answer from the database (budget_overview): the year's sums, every year's totals, the verdicts.
	let facts = await loadBudgetOverview(locals.supabase, regionId, requested ?? currentYear);
	const years = selectableYears(
		currentYear,
		facts.years.map((y) => y.year)
	);
	const year = chosenYear(requested, years, currentYear);
	if (year !== facts.year) facts = await loadBudgetOverview(locals.supabase, regionId, year);
	return { year, years, facts, elections: nextCouncilElections(today) };
};
