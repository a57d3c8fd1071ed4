import { loadNetworkView } from '$lib/data/network';
import { networkMap, rollingYear, shownLines } from '$lib/domain/network-graph';
import { localDate } from '$lib/domain/report';
import { PARTNER_TYPES, type PartnerType } from '$lib/domain/partners';
import { queryParams } from '$lib/server/params';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, parent, url, depends }) => {
	depends('app:netwerk');
	const { regionContext } = await parent();
	const query = queryParams(url);
	// Without a period chosen: the 12 months up to today, the window the health check counts.
	const year = rollingYear(localDate(new Date().toISOString()));
	const chosen = { from: query.date('van'), to: query.date('tot') };
	const period = chosen.from || chosen.to ? chosen : year;
	const requestedTypes = query.allOf('soort', PARTNER_TYPES);
	const types: PartnerType[] = requestedTypes.length ? requestedTypes : [...PARTNER_TYPES];

	const partners = regionContext.partners.filter((p) => p.active && types.includes(p.type));
	const ids = new Set(partners.map((p) => p.id));
	const view = await loadNetworkView(locals.supabase, regionContext.region.id, period);
	const lines = shownLines(view.lines, ids);
	const { metrics, rows } = networkMap(
		partners.map((p) => p.id),
		lines,
		view.results?.partners ?? [],
		view.results?.change.partners ?? []
	);

	return {
		filters: { from: period.from ?? null, to: period.to ?? null, types: requestedTypes },
		rollingYear: period === year,
		contacts: view.contacts,
		lines,
		metrics: {
			nodeCount: metrics.nodeCount,
			edgeCount: metrics.edgeCount,
			pairCount: metrics.pairCount,
			density: metrics.density,
			degreeCentralization: metrics.degreeCentralization,
			isolates: metrics.isolates.length
		},
		rows,
		round: view.results
			? {
					title: view.results.round.title,
					minRespondents: view.results.round.minRespondents,
					trust: view.results.summary?.trust ?? null,
					value: view.results.summary?.value ?? null
				}
			: null
	};
};
