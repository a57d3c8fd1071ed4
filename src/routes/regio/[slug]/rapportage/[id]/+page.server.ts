import { error } from '@sveltejs/kit';
import { getPreviousVersion, getPublishedReport } from '$lib/data/reports';
import { correctionsBetween } from '$lib/domain/report';
import { m } from '$lib/paraglide/messages';
import type { PageServerLoad } from './$types';
import { isUuid } from '$lib/domain/url-params';

/** A published report exactly as it was published: its own snapshot, never today's figures. */
export const load: PageServerLoad = async ({ locals, parent, params }) => {
	const { regionContext } = await parent();
	if (!isUuid(params.id)) error(404, m.error_not_found_title());
	const report = await getPublishedReport(locals.supabase, regionContext.region.id, params.id);
	if (!report) error(404, m.error_not_found_title());
	const previous = await getPreviousVersion(locals.supabase, regionContext.region.id, report);
	return {
		report,
		corrections:
			previous?.snapshot && report.snapshot
				? { version: previous.version, list: correctionsBetween(previous.snapshot, report.snapshot) }
				: null
	};
};
