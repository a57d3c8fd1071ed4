import { collectSnapshot } from '$lib/data/reports';
import type { RegionContext } from '$lib/data/regions';
import type { ReportChoice } from '$lib/forms/report';
import type { Supabase } from '$lib/data/types';
import { isGemeente } from '$lib/domain/partners';

/** The region's gemeenten: the scopes a report can have besides the whole region. */
export function gemeenteIdsOf(context: RegionContext): string[] {
	return context.partners.filter(isGemeente).map((p) => p.id);
}

/** The figures of a report as they are now, read with the signed-in user's rights. */
export function snapshotFor(supabase: Supabase, context: RegionContext, choice: ReportChoice) {
	return collectSnapshot(supabase, {
		region: { id: context.region.id, name: context.region.name, demoData: context.region.demoData },
		partners: context.partners.map((p) => ({ id: p.id, name: p.name })),
		...choice
	});
}
