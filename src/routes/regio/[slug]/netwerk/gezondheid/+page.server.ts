import { error } from '@sveltejs/kit';
import { loadNetworkHealth } from '$lib/data/network';
import { m } from '$lib/paraglide/messages';
import type { PageServerLoad } from './$types';

/** The health check as it is today: contacts of the 12 months up to today, the latest closed survey round. */
export const load: PageServerLoad = async ({ locals, parent, depends }) => {
	depends('app:netwerk');
	const { regionContext } = await parent();
	const result = await loadNetworkHealth(locals.supabase, regionContext.region.id, null);
	if (!result) error(403, m.error_forbidden_title());
	const { health, inputs } = result;
	return {
		health,
		contacts: inputs.contactsInWindow,
		partners: inputs.partners.length,
		round: inputs.survey?.title ?? null,
		weights: { weights: inputs.contactWeights, inContactPoints: inputs.inContactPoints }
	};
};
