import { loadNetworkHealth, listSurveyRounds } from '$lib/data/network';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, depends }) => {
	depends('app:netwerk');
	const { regionContext } = await parent();
	const partnerIds = regionContext.partners.filter((p) => p.active).map((p) => p.id);
	const [result, rounds] = await Promise.all([
		loadNetworkHealth(locals.supabase, regionContext.region, partnerIds),
		listSurveyRounds(locals.supabase, regionContext.region.id)
	]);
	return {
		health: result.health,
		contacts: result.contacts,
		partners: partnerIds.length,
		round: rounds.find((r) => r.status === 'closed')?.title ?? null
	};
};
