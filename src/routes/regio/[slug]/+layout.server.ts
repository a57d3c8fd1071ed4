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
	const access = await regionAccess(locals.supabase, params.slug);
	if (access === 'missing') error(404, m.error_not_found_title());
	if (access === 'forbidden') error(403, m.error_forbidden_title());
	const context = await loadRegionContext(locals.supabase, params.slug, user.id);
	if (!context) error(404, m.error_not_found_title());
	return { regionContext: context };
};
