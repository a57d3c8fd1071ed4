import { error } from '@sveltejs/kit';
import {
	loadGemeenteShares,
	loadPartnerStandings,
	loadPeildatum,
	loadSeries,
	loadStanding
} from '$lib/data/banenafspraak';
import { previousQuarter, quarterEnd, quarterOfIso } from '$lib/domain/banenafspraak';
import { localDate } from '$lib/domain/report';
import { formatQuarter } from '$lib/format';
import { m } from '$lib/paraglide/messages';
import { queryParams } from '$lib/server/params';
import type { PageServerLoad } from './$types';

/** How many earlier peildata the page offers besides the current one. */
const EARLIER_PEILDATA = 11;

export const load: PageServerLoad = async ({ locals, parent, url, depends }) => {
	depends('app:baanafspraken');
	const { regionContext } = await parent();
	const regionId = regionContext.region.id;
	const today = localDate(new Date().toISOString());
	const state = await loadPeildatum(locals.supabase, regionId, today);
	const requested = queryParams(url).peildatum('peildatum', today);
	// Never a quarter not every partner has reported: asking for one is a bad address, not a figure.
	if (requested !== null && (state.peildatum === null || requested > state.peildatum)) {
		error(400, m.bn_error_peildatum_not_in({ quarter: formatQuarter(quarterOfIso(requested)) }));
	}
	const peildatum = requested ?? state.peildatum;
	if (peildatum === null) {
		return { today, state, peildatum, peildata: [], standing: [], series: [], partners: [], gemeenten: [] };
	}
	const year = Number(peildatum.slice(0, 4));
	const [standing, series, partners, gemeenten] = await Promise.all([
		loadStanding(locals.supabase, regionId, peildatum),
		loadSeries(locals.supabase, regionId, `${year - 1}-12-31`, `${year}-12-31`, peildatum),
		loadPartnerStandings(locals.supabase, regionId, peildatum),
		loadGemeenteShares(locals.supabase, regionId, peildatum)
	]);
	const peildata: string[] = [];
	for (let q = quarterOfIso(state.peildatum!), i = 0; i <= EARLIER_PEILDATA; q = previousQuarter(q), i++) {
		peildata.push(quarterEnd(q));
	}
	return { today, state, peildatum, peildata, standing, series, partners, gemeenten };
};
