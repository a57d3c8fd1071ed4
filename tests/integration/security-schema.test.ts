// What the schema as a whole promises (issue 13, items 5 and 6):
// - no helper answers over the API: from Tilburg, region_of_organisation, region_of_goal and is_survey_round_open
//   answered with Zuid-Limburg's ids and its open round; every function anon or a signed-in user may execute is
//   on the list below, with what it answers;
// - every view runs with the caller's rights, every security definer function has a fixed search_path;
// - every row's region is its partner's (and goal's, meeting's, ...) region: the seed crossed regions once
//   (a Maastricht position in Midden-Brabant, read by the Tilburg editor), and nothing in the schema said no.
import pg from 'pg';
import { afterAll, describe, expect, it, type TestContext } from 'vitest';
import { stack } from './helpers';
import { ORG, REGION, demoActors, service } from './rls-fixtures';

const actors = demoActors();
let db: pg.Pool | undefined;

afterAll(async () => {
	await db?.end();
});

function database(context: TestContext): pg.Pool {
	if (!stack.dbUrl) context.skip('geen directe databaseverbinding (gehoste Supabase zonder SUPABASE_DB_URL)');
	db ??= new pg.Pool({ connectionString: stack.dbUrl, max: 2 });
	return db;
}

const SEEDED_GOAL = 'd0000000-0000-4000-8000-000000000001';
const SEEDED_VERSION = 'e0000000-0000-4000-8000-000000000001';

/** The API: every function a signed-in user may call, and what it answers. */
const API_FUNCTIONS: Record<string, string> = {
	service_status: 'that the database answers (also for anonymous visitors)',
	region_access: 'whether a slug exists and whether the caller is a member',
	is_region_coordinator: 'whether the caller coordinates that region',
	can_edit_organisation: 'whether the caller may enter that partner’s figures',
	create_goal: 'a new concept goal, under the caller’s RLS',
	propose_goal: 'a goal step, for the region’s coordinator',
	consent_goal_version: 'a goal step, for the partner’s own editors',
	propose_goal_change: 'a goal step, for the region’s coordinator',
	withdraw_goal_version: 'a goal step, for the region’s coordinator',
	propose_goal_stop: 'a goal step, for the coordinator or a contributing partner’s editors',
	record_goal_verdict: 'a goal step, for the toezichthouder’s own editors',
	survey_round_results: 'aggregates of a closed round of the caller’s region, past its minimum',
	survey_round_summary:
		'counts and aggregates of a closed round of the caller’s region (no counts while open)',
	survey_round_equal_treatment: 'the mean of the trekker item of a closed round, past its minimum',
	contact_pair_points: 'contact points per pair under the caller’s RLS',
	network_health_inputs: 'the health check’s inputs at a peildatum, under the caller’s RLS',
	for_you: 'what waits for the caller in a region, under the caller’s RLS',
	network_overview: 'counts under the caller’s RLS',
	record_meeting_presence:
		'records the caller in the room and their own partners as present, while it is open',
	leave_meeting_room: 'takes the caller out of the room',
	open_meeting: 'opens a meeting on or after its date, for the region’s coordinator',
	close_meeting: 'closes a meeting, for the region’s coordinator',
	present_meeting_item: 'moves the room, for the region’s coordinator',
	publish_report: 'a report version with the figures the database builds, for the region’s coordinator',
	report_sections_in_database: 'the names of the report sections the database builds (no data)',
	report_draft_snapshot: 'the snapshot publish_report() would store now, under the caller’s RLS, for members',
	goal_actual_points: 'the goals’ actual values (entered or from the figures), under the caller’s RLS',
	banenafspraak_peildatum: 'the last quarter every reporting partner closed, under the caller’s RLS',
	banenafspraak_stand: 'the standing per sector on a peildatum, the region’s, for members',
	banenafspraak_series: 'standing, opgave and registration per quarter, the region’s, for members',
	banenafspraak_registered: 'the partners’ registered stock on dates, the region’s, for members',
	banenafspraak_partners: 'credited and registered jobs per partner, the region’s, for members',
	banenafspraak_gemeenten: 'a gemeente’s share next to its context figure, for members',
	banenafspraak_report: 'the report section as JSON, from the functions above',
	banenafspraak_first_start:
		'the earliest start date of a plaatsing in the region (no person data), for members',
	budget_overview: 'budget sums and verdicts under the caller’s RLS (empty for a non-member)',
	programme_realisations: 'realised amounts per programme and year under the caller’s RLS',
	add_budget_commitments: 'stores a partner’s budget lines under the caller’s RLS, all or nothing'
};

describe('helpers are not an API', () => {
	const probes: [string, Record<string, unknown>][] = [
		['region_of_organisation', { organisation: ORG.maastricht }],
		['region_of_goal', { goal: SEEDED_GOAL }],
		['is_survey_round_open', { round: '00000000-0000-4000-8000-000000000000' }],
		['is_region_member', { region: REGION.zuidLimburg }],
		['is_region_admin', { region: REGION.zuidLimburg }],
		['has_organisation_role', { organisation: ORG.maastricht, minimum: 'viewer' }],
		['member_region_ids', {}],
		['shares_region_with', { other_user: '10000000-0000-4000-8000-000000000002' }],
		['can_enter_goal_actuals', { goal: SEEDED_GOAL }],
		['can_edit_contact', { contact: '00000000-0000-4000-8000-000000000000' }],
		['can_use_meeting_channel', { topic: 'meeting:d7000000-0000-4000-8000-000000000001' }],
		['role_rank', { role: 'admin' }],
		['goal_step_running', {}],
		['goal_snapshot', { goal: SEEDED_GOAL }],
		['sync_meeting_contact', { p_meeting_id: 'd7000000-0000-4000-8000-000000000001' }]
	];
	for (const [name, args] of probes)
		it(`${name} answers nobody: not Tilburg, not a member, not anon`, async () => {
			for (const actor of ['tilburg', 'coordinator', 'anon'] as const) {
				const { data, error } = await actors[actor].rpc(name, args);
				expect(data, `${actor} calling ${name}`).toBeNull();
				expect(['42501', 'PGRST202']).toContain(error?.code);
			}
		});

	it('Tilburg learns nothing about Zuid-Limburg’s open survey round', async () => {
		const { data: round } = await service
			.from('survey_rounds')
			.insert({ region_id: REGION.zuidLimburg, title: `Open ronde ${Date.now()}` })
			.select('id')
			.single();
		try {
			const asked = await actors.tilburg.rpc('is_survey_round_open', { round: round!.id });
			expect(asked.data).toBeNull();
			const summary = await actors.tilburg.rpc('survey_round_summary', { round: round!.id });
			expect(summary.data).toEqual([]);
			const rows = await actors.tilburg.from('survey_rounds').select('id').eq('id', round!.id);
			expect(rows.data).toEqual([]);
		} finally {
			await service.from('survey_rounds').delete().eq('id', round!.id);
		}
	});

	it('every function anon or a signed-in user may execute is on the API list', async (context) => {
		const { rows } = await database(context).query<{ name: string; anon: boolean }>(
			`select p.proname as name, has_function_privilege('anon', p.oid, 'execute') as anon
			from pg_proc p
			where p.pronamespace = 'public'::regnamespace
				and (has_function_privilege('anon', p.oid, 'execute')
					or has_function_privilege('authenticated', p.oid, 'execute'))
			order by 1`
		);
		expect(rows.map((row) => row.name)).toEqual(Object.keys(API_FUNCTIONS).sort());
		expect(rows.filter((row) => row.anon).map((row) => row.name)).toEqual(['service_status']);
	});

	it('anonymous visitors cannot use the private schema', async (context) => {
		const { rows } = await database(context).query<{ anon: boolean; authenticated: boolean }>(
			`select has_schema_privilege('anon', 'private', 'usage') as anon,
				has_schema_privilege('authenticated', 'private', 'usage') as authenticated`
		);
		expect(rows[0]).toEqual({ anon: false, authenticated: true });
	});

	it('every security definer function has a fixed search_path; every view runs with the caller’s rights', async (context) => {
		const pool = database(context);
		const definers = await pool.query<{ name: string }>(
			`select n.nspname || '.' || p.proname as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
			where n.nspname in ('public', 'private') and p.prosecdef
				and not exists (select 1 from unnest(coalesce(p.proconfig, '{}')) c where c like 'search_path=%')`
		);
		expect(definers.rows).toEqual([]);
		const views = await pool.query<{ name: string }>(
			`select c.relname as name from pg_class c
			where c.relnamespace = 'public'::regnamespace and c.relkind in ('v', 'm')
				and not coalesce(c.reloptions @> array['security_invoker=true'], false)`
		);
		expect(views.rows).toEqual([]);
	});
});

describe('every row’s region is its partner’s region', () => {
	it('the seed holds every reference, the Maastricht position included; Tilburg reads none of it', async (context) => {
		const { rows } = await database(context).query('select * from private.reference_violations()');
		expect(rows).toEqual([]);
		const positions = await service
			.from('partner_positions')
			.select('region_id')
			.eq('organisation_id', ORG.maastricht);
		expect(positions.data?.length).toBeGreaterThan(0);
		expect(new Set(positions.data?.map((row) => row.region_id))).toEqual(new Set([REGION.zuidLimburg]));
		const tilburg = await actors.tilburg.from('partner_positions').select('id, organisation_id');
		expect(tilburg.error).toBeNull();
		expect(tilburg.data?.filter((row) => row.organisation_id === ORG.maastricht)).toEqual([]);
	});

	it('a load with triggers off that crosses regions is caught by the check the seed runs last', async (context) => {
		const client = await database(context).connect();
		try {
			await client.query('begin');
			await client.query('set local session_replication_role = replica');
			await client.query(
				`insert into public.partner_positions (organisation_id, region_id, dossier, position)
				values ($1, $2, 'Kruisende regio', 'Hoort niet in Midden-Brabant')`,
				[ORG.maastricht, REGION.middenBrabant]
			);
			await expect(client.query('select private.assert_references_hold()')).rejects.toMatchObject({
				code: '23503',
				message: 'references_broken',
				detail: expect.stringContaining('partner_positions_organisation_id_region_fk')
			});
		} finally {
			await client.query('rollback');
			client.release();
		}
	});

	it('even the service role cannot record a consent of a partner from another region', async () => {
		const { error } = await service.from('goal_consents').insert({
			version_id: SEEDED_VERSION,
			goal_id: SEEDED_GOAL,
			region_id: REGION.zuidLimburg,
			organisation_id: ORG.tilburg
		});
		expect(error?.code).toBe('23503');
		expect(error?.message).toContain('goal_consents_organisation_id_region_fk');
	});

	it('a partner’s row claiming another region stays in its partner’s region, whoever writes it', async () => {
		const { data: position } = await service
			.from('partner_positions')
			.select('id')
			.eq('organisation_id', ORG.maastricht)
			.limit(1)
			.single();
		const moved = await service
			.from('partner_positions')
			.update({ region_id: REGION.middenBrabant })
			.eq('id', position!.id)
			.select('region_id');
		expect(moved.error).toBeNull();
		expect(moved.data).toEqual([{ region_id: REGION.zuidLimburg }]);
	});
});
