import { error } from '@sveltejs/kit';
import { loadRegionContext, type RegionContext } from '$lib/data/regions';
import { formText } from '$lib/forms/fields';
import { m } from '$lib/paraglide/messages';

/** For form actions, which have no parent(): the region context of the signed-in user, or 404. */
export async function requireRegionContext(locals: App.Locals, slug: string): Promise<RegionContext> {
	const { user } = await locals.safeGetSession();
	if (!user) error(401, m.error_forbidden_title());
	const context = await loadRegionContext(locals.supabase, slug, user.id);
	if (!context) error(404, m.error_not_found_title());
	return context;
}

/**
 * For the entry forms of a partner's figures: the partner named by the form's `organisationId`, when the user
 * may enter figures for it (else 403 with `forbidden`), with its region.
 */
export async function requireEditablePartner(
	locals: App.Locals,
	slug: string,
	formData: FormData,
	forbidden: string
): Promise<{ organisationId: string; regionId: string; regionContext: RegionContext }> {
	const regionContext = await requireRegionContext(locals, slug);
	const organisationId = formText(formData, 'organisationId');
	if (!regionContext.editableOrganisationIds.includes(organisationId)) error(403, forbidden);
	return { organisationId, regionId: regionContext.region.id, regionContext };
}
