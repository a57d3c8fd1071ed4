import { loadNetworkView, type GraphEdge } from '$lib/data/network';
import { computeNetworkMetrics } from '$lib/domain/network-metrics';
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
	const inSet = (edge: GraphEdge) => ids.has(edge.source) && ids.has(edge.target);
	const lines = [
		...(edges !== 'enquete' ? view.contactEdges.filter(inSet) : []),
		...(edges !== 'contacten' ? view.surveyEdges.filter(inSet) : [])
	];
	const metrics = computeNetworkMetrics({ nodes: partners.map((p) => ({ id: p.id })), edges: lines });
	const scores = new Map((view.results?.partners ?? []).map((s) => [s.organisationId, s] as const));
	const changes = new Map((view.results?.change.partners ?? []).map((c) => [c.organisationId, c] as const));

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
		rows: partners.map((p) => {
			const node = metrics.nodes[p.id];
			const score = scores.get(p.id);
			const change = changes.get(p.id);
			return {
				id: p.id,
				degree: node.degree,
				strength: node.strength,
				degreeCentrality: node.degreeCentrality,
				betweennessCentrality: node.betweennessCentrality,
				respondents: score?.respondents ?? 0,
				trust: score?.trust ?? null,
				value: score?.value ?? null,
				trustChange: change?.trust ?? null,
				valueChange: change?.value ?? null
			};
		}),
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
