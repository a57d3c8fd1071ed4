import { loadNetworkView } from '$lib/data/network';
import { networkMap, shownLines } from '$lib/domain/network-graph';
import { PARTNER_TYPES, type PartnerType } from '$lib/domain/partners';
import { queryParams } from '$lib/server/params';
import type { PageServerLoad } from './$types';

const EDGE_KINDS = ['contacten', 'enquete', 'beide'] as const;
type EdgeChoice = (typeof EDGE_KINDS)[number];

export const load: PageServerLoad = async ({ locals, parent, url, depends }) => {
	depends('app:netwerk');
	const { regionContext } = await parent();
	const query = queryParams(url);
	const from = query.date('van');
	const to = query.date('tot');
	const requestedTypes = query.allOf('soort', PARTNER_TYPES);
	const types: PartnerType[] = requestedTypes.length ? requestedTypes : [...PARTNER_TYPES];
	const edges: EdgeChoice = query.oneOf('lijnen', EDGE_KINDS) ?? 'contacten';

	const partners = regionContext.partners.filter((p) => p.active && types.includes(p.type));
	const ids = new Set(partners.map((p) => p.id));
	const view = await loadNetworkView(locals.supabase, regionContext.region.id, { from, to });
	const lines = shownLines(view, ids, { contacts: edges !== 'enquete', survey: edges !== 'contacten' });
	const { metrics, rows } = networkMap(
		partners.map((p) => p.id),
		lines,
		view.results?.partners ?? [],
		view.results?.change.partners ?? []
	);

	return {
		filters: { from, to, types: requestedTypes, edges },
		lines,
		metrics: {
			nodeCount: metrics.nodeCount,
			edgeCount: metrics.edgeCount,
			pairCount: metrics.pairCount,
			density: metrics.density,
			degreeCentralization: metrics.degreeCentralization,
			isolates: metrics.isolates.length,
			contactGini: metrics.contactGini
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
