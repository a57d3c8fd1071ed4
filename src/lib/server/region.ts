import { error } from '@sveltejs/kit';
import { loadRegionContext, type RegionContext } from '$lib/data/regions';
import { m } from '$lib/paraglide/messages';

/** For form actions, which have no parent(): the region context of the signed-in user, or 404. */
export async function requireRegionContext(locals: App.Locals, slug: string): Promise<RegionContext> {
	const { user } = await locals.safeGetSession();
	if (!user) error(401, m.error_forbidden_title());
	const context = await loadRegionContext(locals.supabase, slug, user.id);
	if (!context) error(404, m.error_not_found_title());
	return context;
}
