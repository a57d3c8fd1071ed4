import { error } from '@sveltejs/kit';
import { loadRegionContext, regionAccess } from '$lib/data/regions';
import { m } from '$lib/paraglide/messages';
import type { LayoutServerLoad } from './$types';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Every region screen: 404 for a region that does not exist, 403 for someone else's region. */
export const load: LayoutServerLoad = async ({ locals, params, depends }) => {
	depends('app:region-context');
	const { user } = await locals.safeGetSession();
	if (!user || !SLUG.test(params.slug) || params.slug.length > 60) error(404, m.error_not_found_title());
	const context = await loadRegionContext(locals.supabase, params.slug, user.id);
	// A membership in one of the region's partners is membership of the region; only without one is the
	// database asked whether the region is someone else's (403) or does not exist (404).
	if (context && context.myMemberships.length > 0) return { regionContext: context };
	const access = await regionAccess(locals.supabase, params.slug);
	if (access === 'forbidden') error(403, m.error_forbidden_title());
	if (access === 'missing' || !context) error(404, m.error_not_found_title());
	return { regionContext: context };
};
