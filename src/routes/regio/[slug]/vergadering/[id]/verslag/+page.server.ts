import { error } from '@sveltejs/kit';
import { loadMeeting } from '$lib/data/meetings';
import { m } from '$lib/paraglide/messages';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, params }) => {
	const { regionContext } = await parent();
	const meeting = await loadMeeting(locals.supabase, regionContext.region.id, params.id);
	if (!meeting) error(404, m.error_not_found_title());
	return { meeting, today: new Date().toISOString().slice(0, 10) };
};
