import { redirect } from '@sveltejs/kit';
import { listMyRegions } from '$lib/data/regions';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const regions = await listMyRegions(locals.supabase);
	if (regions.length === 1) redirect(303, `/regio/${regions[0].slug}`);
	return { regions };
};
