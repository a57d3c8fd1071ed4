import { error } from '@sveltejs/kit';
import { listRegionPlacements, listTargets } from '$lib/data/placements';
import { SECTORS, partnerContributions, sectorYear } from '$lib/domain/baanafspraken';
import { uptoQuarter } from '$lib/domain/periods';
import { requireRegionContext } from '$lib/server/region';
import { queryParams } from '$lib/server/params';
import { m } from '$lib/paraglide/messages';
import { download, sheetToCsv, toXlsx, type Sheet } from '$lib/server/spreadsheet';
import type { RequestHandler } from './$types';

const FORMATS = ['csv', 'xlsx'] as const;

const round = (value: number, decimals = 2) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** What the baanafspraken page shows, as CSV (the partner table) or Excel (both tables). */
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const query = queryParams(url);
	const format = query.oneOf('formaat', FORMATS) ?? error(400, m.error_bad_param({ name: 'formaat' }));
	const year = query.year('jaar') ?? error(400, m.error_bad_param({ name: 'jaar' }));
	const context = await requireRegionContext(locals, params.slug);
	const [placements, targets] = await Promise.all([
		listRegionPlacements(locals.supabase, context.region.id, [year]),
		listTargets(locals.supabase, context.region.id, [year])
	]);
	const names = new Map(context.partners.map((p) => [p.id, p.name]));

	const partnerSheet: Sheet = {
		name: `Per partner ${year}`,
		columns: ['partner', 'personen', 'banen_markt', 'banen_overheid', 'banen_totaal', 'aandeel_procent'],
		rows: partnerContributions(placements, year, uptoQuarter(year, new Date())).map((row) => [
			names.get(row.organisationId) ?? row.organisationId,
			row.total.persons,
			round(row.markt.countedJobs),
			round(row.overheid.countedJobs),
			round(row.total.countedJobs),
			round(row.share * 100, 1)
		])
	};
	const quarterSheet: Sheet = {
		name: `Per kwartaal ${year}`,
		columns: [
			'jaar',
			'kwartaal',
			'sector',
			'personen',
			'uren_per_week',
			'getelde_banen',
			'cumulatief',
			'traject'
		],
		rows: SECTORS.flatMap((sector) =>
			sectorYear(placements, year, sector, targets.find((t) => t.sector === sector) ?? null).map((point) => [
				year,
				point.quarter,
				sector,
				point.persons,
				round(point.hoursPerWeek),
				round(point.countedJobs),
				round(point.cumulativeJobs),
				point.expectedJobs === null ? null : round(point.expectedJobs)
			])
		)
	};
	const filename = `baanafspraken-${context.region.slug}-${year}`;
	return format === 'csv'
		? download(sheetToCsv(partnerSheet), filename, 'csv')
		: download(await toXlsx([partnerSheet, quarterSheet]), filename, 'xlsx');
};
