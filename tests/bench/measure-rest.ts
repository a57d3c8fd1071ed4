// 2. REST read of the region overview's data: through the gateway (/rest/v1, as the app does), straight to
// PostgREST, and straight to Postgres (the same queries under the same role and JWT claims, so RLS applies).
import pg from 'pg';
import { signedInClient, closeClient } from './clients.ts';
import type { GeneratedRegion } from './generate.ts';
import { round2, statusFor, timedAgainst, type ResultRow } from './report.ts';
import type { BenchStackInfo } from './stack.ts';
import { summarize } from './stats.ts';

const TARGET_OVERHEAD = 0.1;

interface OverviewQuery {
	/** PostgREST path and query string, without /rest/v1. */
	rest: string;
	/** The same read in SQL. */
	sql: string;
}

/** The reads the region overview's load function makes (src/lib/data/regions.ts, placements.ts). */
export function overviewQueries(region: GeneratedRegion, year: number): OverviewQuery[] {
	const id = region.regionId;
	const lineColumns =
		'id, organisation_id, year, quarter, sector, persons, hours_per_week, employer_name, instrument, note, updated_at';
	return [
		{
			rest: `regions?select=id,name,slug,lead_organisation_id,vision_statement&slug=eq.${region.slug}`,
			sql: `select id, name, slug, lead_organisation_id, vision_statement from public.regions where slug = '${region.slug}'`
		},
		{
			rest: `organisations?select=id,type,name,cbs_code,active,contact_name,contact_email,description,updated_at&region_id=eq.${id}`,
			sql: `select id, type, name, cbs_code, active, contact_name, contact_email, description, updated_at
				from public.organisations where region_id = '${id}'`
		},
		{
			rest: 'organisation_activity?select=organisation_id,last_activity_at',
			sql: 'select organisation_id, last_activity_at from public.organisation_activity'
		},
		{
			rest: `audit_log?select=id,table_name,action,organisation_id,user_id,old_values,new_values,created_at&region_id=eq.${id}&order=created_at.desc&limit=8`,
			sql: `select id, table_name, action, organisation_id, user_id, old_values, new_values, created_at
				from public.audit_log where region_id = '${id}' order by created_at desc limit 8`
		},
		{
			rest: `placements?select=${lineColumns.replaceAll(' ', '')}&region_id=eq.${id}&year=in.(${year})&order=year.asc,quarter.asc`,
			sql: `select ${lineColumns} from public.placements where region_id = '${id}' and year in (${year})
				order by year, quarter`
		},
		{
			rest: `regional_targets?select=id,year,sector,baseline_jobs,target_jobs,updated_at&region_id=eq.${id}&year=in.(${year})`,
			sql: `select id, year, sector, baseline_jobs, target_jobs, updated_at from public.regional_targets
				where region_id = '${id}' and year in (${year})`
		}
	];
}

function claimsOf(accessToken: string): string {
	return Buffer.from(accessToken.split('.')[1], 'base64url').toString('utf8');
}

export async function measureRestRead(
	stack: BenchStackInfo,
	region: GeneratedRegion,
	runs: number,
	warmup: number
): Promise<ResultRow[]> {
	const { client, accessToken } = await signedInClient(stack, region.coordinator.email);
	await closeClient(client);
	const queries = overviewQueries(region, new Date().getUTCFullYear());
	const claims = claimsOf(accessToken).replaceAll("'", "''");
	const db = new pg.Client({ connectionString: stack.dbUrl });
	await db.connect();

	const viaHttp = async (base: string, headers: Record<string, string>) => {
		let rows = 0;
		for (const query of queries) {
			const response = await fetch(`${base}/${query.rest}`, { headers });
			if (!response.ok) throw new Error(`${base}/${query.rest}: ${response.status} ${await response.text()}`);
			rows += ((await response.json()) as unknown[]).length;
		}
		return rows;
	};
	const paths = {
		gateway: () =>
			viaHttp(`${stack.apiUrl}/rest/v1`, { apikey: stack.anonKey, authorization: `Bearer ${accessToken}` }),
		postgrest: () => viaHttp(stack.postgrestUrl, { authorization: `Bearer ${accessToken}` }),
		postgres: async () => {
			let rows = 0;
			for (const query of queries) {
				// One round trip per read, as PostgREST does: its own transaction, role and claims.
				const results = (await db.query(
					`begin; set local role authenticated;
					select set_config('request.jwt.claims', '${claims}', true);
					select coalesce(json_agg(t), '[]'::json) as body from (${query.sql}) as t;
					commit;`
				)) as unknown as pg.QueryResult<{ body: unknown[] }>[];
				rows += results[3].rows[0].body.length;
			}
			return rows;
		}
	};
	type PathName = keyof typeof paths;
	const order: PathName[] = ['gateway', 'postgrest', 'postgres'];
	const samples: Record<PathName, number[]> = { gateway: [], postgrest: [], postgres: [] };
	const rowCounts = new Set<number>();
	try {
		// Interleaved, in a rotating order, so that noise from the shared machine hits all three alike.
		for (let i = -warmup; i < runs; i++) {
			const rotation = ((i % 3) + 3) % 3;
			for (const name of [...order.slice(rotation), ...order.slice(0, rotation)]) {
				const start = performance.now();
				rowCounts.add(await paths[name]());
				if (i >= 0) samples[name].push(performance.now() - start);
			}
		}
	} finally {
		await db.end();
	}
	if (rowCounts.size !== 1)
		throw new Error(`De drie wegen gaven verschillende aantallen rijen: ${[...rowCounts].join(', ')}`);
	const gateway = summarize(samples.gateway);
	const postgrest = summarize(samples.postgrest);
	const postgres = summarize(samples.postgres);
	const overhead = (gateway.median - postgrest.median) / postgrest.median;
	const met = overhead < TARGET_OVERHEAD;
	const described = `${queries.length} verzoeken na elkaar, ${[...rowCounts][0]} rijen; ${runs} keer na ${warmup} keer opwarmen, de drie wegen afgewisseld`;
	return [
		{
			key: 'rest-gateway',
			measurement: '2. REST overzichtsdata via gateway',
			...timedAgainst(gateway, 'PostgREST direct', postgrest),
			ratio: round2(gateway.median / postgrest.median),
			ratioOf: 'mediaan',
			target: `overhead < ${TARGET_OVERHEAD * 100} % van PostgREST`,
			status: statusFor(met),
			notes: [
				described,
				`overhead van de gateway: ${(gateway.median - postgrest.median).toFixed(2)} ms = ${(overhead * 100).toFixed(1)} % van PostgREST (medianen)`
			]
		},
		{
			key: 'rest-postgrest',
			measurement: '2b. REST overzichtsdata, PostgREST direct',
			...timedAgainst(postgrest, 'Postgres direct', postgres),
			ratio: round2(postgrest.median / postgres.median),
			ratioOf: 'mediaan',
			target: '–',
			status: 'info',
			notes: [
				'Postgres direct: dezelfde lezingen in SQL, elk in een eigen transactie met rol authenticated en dezelfde JWT-claims (RLS doet mee), één round trip per lezing'
			]
		}
	];
}
