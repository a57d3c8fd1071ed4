import { error } from '@sveltejs/kit';
import { loadRegionOverview, regionAccess } from '$lib/data/regions';
import { m } from '$lib/paraglide/messages';
import type { PageServerLoad } from './$types';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const load: PageServerLoad = async ({ locals, params, depends }) => {
	depends('app:region');
	const { user } = await locals.safeGetSession();
	if (!user || !SLUG.test(params.slug) || params.slug.length > 60) error(404, m.error_not_found_title());
	const access = await regionAccess(locals.supabase, params.slug);
	if (access === 'missing') error(404, m.error_not_found_title());
	if (access === 'forbidden') error(403, m.error_forbidden_title());
	const overview = await loadRegionOverview(locals.supabase, params.slug, user.id);
	if (!overview) error(404, m.error_not_found_title());
	return { overview, renderedAt: new Date().toISOString() };
};
