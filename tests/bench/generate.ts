// Builds a large, fictitious region straight through the database connection (fast, one transaction per
// dataset): 40 partners, 52 users, 10 years of quarterly baanafspraken, regional targets and budget
// commitments. Goals, contacts and survey rounds belong to modules built in parallel: each has its own
// function that is skipped, with the reason printed, while its table does not exist.
import type pg from 'pg';

export const BENCH_REGION_SLUG = 'benchmarkregio';
export const BENCH_PASSWORD = 'Bench-2026!';
export const MEMBER_COUNT = 50;
export const PARTNER_COUNT = 40;
export const YEARS = 10;

export interface BenchUser {
	id: string;
	email: string;
}

export interface GeneratedRegion {
	regionId: string;
	slug: string;
	coordinator: BenchUser;
	editor: BenchUser & { organisationId: string; placementId: string };
	/** Viewers spread over the partners: the realtime subscribers and the signed-in page visitors. */
	members: BenchUser[];
	/** Rows per table, as inserted. */
	counts: Record<string, number>;
	/** Datasets that could not be generated, and why. */
	skipped: { dataset: string; reason: string }[];
}

const PARTNER_TYPES: [type: string, count: number, label: string][] = [
	['centrumgemeente', 1, 'Centrumgemeente Benchstad'],
	['gemeente', 15, 'Gemeente'],
	['uwv', 1, 'UWV Benchregio'],
	['werkgeversorganisatie', 3, 'Werkgeversorganisatie'],
	['werknemersorganisatie', 2, 'Vakbond'],
	['sw_bedrijf', 4, 'SW-bedrijf'],
	['onderwijs', 6, 'Onderwijsinstelling'],
	['overig', 8, 'Re-integratiepartner']
];

const PROGRAMMES = [
	'Werkgeversservicepunt',
	'Leerwerkloket',
	'Perspectief op Werk',
	'Jobcoachpool',
	'Beschut werk regionaal',
	'Praktijkroute mbo'
];

function partners(): { type: string; name: string; cbsCode: string | null }[] {
	const list: { type: string; name: string; cbsCode: string | null }[] = [];
	let gemeente = 0;
	for (const [type, count, label] of PARTNER_TYPES) {
		for (let i = 1; i <= count; i++) {
			const isGemeente = type === 'gemeente' || type === 'centrumgemeente';
			// Fictitious CBS codes (GM9xxx) that no real gemeente has.
			const cbsCode = isGemeente ? `GM${9001 + gemeente++}` : null;
			list.push({ type, name: count === 1 ? label : `${label} ${i} (fictief)`, cbsCode });
		}
	}
	if (list.length !== PARTNER_COUNT)
		throw new Error(`expected ${PARTNER_COUNT} partners, got ${list.length}`);
	return list;
}

async function inTransaction<T>(db: pg.Client, work: () => Promise<T>): Promise<T> {
	await db.query('begin');
	try {
		const result = await work();
		await db.query('commit');
		return result;
	} catch (error) {
		await db.query('rollback').catch(() => {});
		throw error;
	}
}

export async function tableExists(db: pg.Client, table: string, schema = 'public'): Promise<boolean> {
	const { rows } = await db.query(
		'select 1 from information_schema.tables where table_schema = $1 and table_name = $2',
		[schema, table]
	);
	return rows.length > 0;
}

/** The region, its partners and users with memberships. */
async function generateCore(db: pg.Client): Promise<
	Omit<GeneratedRegion, 'editor' | 'counts' | 'skipped'> & {
		editorUser: BenchUser;
		editorOrganisationId: string;
	}
> {
	return inTransaction(db, async () => {
		const region = await db.query<{ id: string }>(
			`insert into public.regions (name, slug, vision_statement)
			values ('Benchmarkregio (fictief)', $1, 'Fictieve regio voor npm run bench: geen echte cijfers.')
			returning id`,
			[BENCH_REGION_SLUG]
		);
		const regionId = region.rows[0].id;
		const list = partners();
		const organisations = await db.query<{ id: string; type: string; name: string }>(
			`insert into public.organisations (region_id, type, name, cbs_code, contact_name, contact_email)
			select $1, p.type::public.partner_type, p.name, p.cbs_code, 'Team Werk (fictief)',
				'werk' || p.ord || '@bench.example'
			from unnest($2::text[], $3::text[], $4::text[]) with ordinality as p (type, name, cbs_code, ord)
			order by p.ord
			returning id, type, name`,
			[regionId, list.map((p) => p.type), list.map((p) => p.name), list.map((p) => p.cbsCode)]
		);
		const byName = new Map(organisations.rows.map((row) => [row.name, row.id]));
		const orgIds = list.map((p) => byName.get(p.name)!);
		const leadId = orgIds[0];
		await db.query('update public.regions set lead_organisation_id = $1 where id = $2', [leadId, regionId]);

		const emails = [
			'coordinator@bench.example',
			'editor@bench.example',
			...Array.from({ length: MEMBER_COUNT }, (_, i) => `lid${String(i + 1).padStart(2, '0')}@bench.example`)
		];
		const users = await db.query<{ id: string; email: string }>(
			`with hash as (select extensions.crypt($1, extensions.gen_salt('bf', 10)) as value)
			insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
				raw_app_meta_data, raw_user_meta_data, created_at, updated_at)
			select '00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated', 'authenticated',
				e.email, hash.value, now(), '{"provider":"email","providers":["email"]}'::jsonb,
				jsonb_build_object('display_name', 'Bench ' || split_part(e.email, '@', 1)), now(), now()
			from unnest($2::text[]) as e (email), hash
			returning id, email`,
			[BENCH_PASSWORD, emails]
		);
		const userIds = new Map(users.rows.map((row) => [row.email, row.id]));
		await db.query(
			`insert into auth.identities (provider_id, user_id, identity_data, provider, email, last_sign_in_at)
			select id::text, id, jsonb_build_object('sub', id::text, 'email', email, 'email_verified', true),
				'email', email, now()
			from auth.users where email like '%@bench.example';
			insert into public.profiles (id, display_name, preferred_language)
			select id, raw_user_meta_data ->> 'display_name', 'nl' from auth.users where email like '%@bench.example'
			on conflict (id) do nothing;`
		);
		const editorOrganisationId = orgIds[1];
		const memberEmails = emails.slice(2);
		const membershipUsers = [
			userIds.get(emails[0])!,
			userIds.get(emails[1])!,
			...memberEmails.map((e) => userIds.get(e)!)
		];
		const membershipOrgs = [
			leadId,
			editorOrganisationId,
			...memberEmails.map((_, i) => orgIds[i % orgIds.length])
		];
		const membershipRoles = ['coordinator', 'editor', ...memberEmails.map(() => 'viewer')];
		await db.query(
			`insert into public.memberships (user_id, organisation_id, role)
			select m.user_id, m.organisation_id, m.role::public.membership_role
			from unnest($1::uuid[], $2::uuid[], $3::text[]) as m (user_id, organisation_id, role)`,
			[membershipUsers, membershipOrgs, membershipRoles]
		);
		return {
			regionId,
			slug: BENCH_REGION_SLUG,
			coordinator: { id: userIds.get(emails[0])!, email: emails[0] },
			editorUser: { id: userIds.get(emails[1])!, email: emails[1] },
			editorOrganisationId,
			members: memberEmails.map((email) => ({ id: userIds.get(email)!, email }))
		};
	});
}

/** A stable pseudo-random number in [0, 1) per key, in SQL (as in supabase/seed.sql). */
const RANDOM = (key: string) => `((abs(hashtext(${key})) % 1000) / 1000.0)`;

/** Ten years of quarterly placements: two lines per partner, quarter and sector, up to today's quarter. */
async function generatePlacements(db: pg.Client, regionId: string, today: Date): Promise<number> {
	const lastYear = today.getUTCFullYear();
	const lastQuarter = Math.floor(today.getUTCMonth() / 3) + 1;
	return inTransaction(db, async () => {
		const result = await db.query(
			`insert into public.placements (organisation_id, region_id, year, quarter, sector, persons,
				hours_per_week, instrument, employer_name)
			select o.id, $1, y, q, s::public.job_sector, p.persons,
				round(p.persons * (16 + 14 * ${RANDOM(`o.name || y || q || s || line || 'h'`)}), 1),
				(array['loonkostensubsidie', 'jobcoaching', 'no_risk_polis', 'detachering', 'beschut_werk', 'overig'])
					[1 + floor(6 * ${RANDOM(`o.name || y || q || s || line || 'i'`)})::int]::public.placement_instrument,
				'Werkgever ' || (1 + floor(200 * ${RANDOM(`o.name || y || q || s || line || 'e'`)})::int) || ' (fictief)'
			from public.organisations o,
				generate_series($2::int - ${YEARS - 1}, $2::int) as y,
				generate_series(1, 4) as q,
				(values ('markt'), ('overheid')) as sectors (s),
				generate_series(1, 2) as line,
				lateral (
					select greatest(0, round(
						(case o.type when 'centrumgemeente' then 3 when 'uwv' then 3 when 'sw_bedrijf' then 2 else 1 end)
						* (case s when 'markt' then 2.2 else 0.5 end)
						* (0.5 + ${RANDOM(`o.name || y || q || s || line`)})))::int as persons
				) as p
			where o.region_id = $1 and (y < $2::int or q <= $3::int)`,
			[regionId, lastYear, lastQuarter]
		);
		return result.rowCount ?? 0;
	});
}

/** The regional targets per year and sector, six programmes and the partners' commitments to them. */
async function generateBudgets(
	db: pg.Client,
	regionId: string,
	today: Date
): Promise<Record<string, number>> {
	const lastYear = today.getUTCFullYear();
	return inTransaction(db, async () => {
		const targets = await db.query(
			`insert into public.regional_targets (region_id, year, sector, baseline_jobs, target_jobs)
			select $1, y, s::public.job_sector,
				case s when 'markt' then 900 + (y - $2::int) * 160 else 200 + (y - $2::int) * 35 end,
				case s when 'markt' then 1060 + (y - $2::int) * 160 else 235 + (y - $2::int) * 35 end
			from generate_series($2::int, $2::int + ${YEARS - 1}) as y, (values ('markt'), ('overheid')) as sectors (s)`,
			[regionId, lastYear - (YEARS - 1)]
		);
		const programmes = await db.query(
			`insert into public.programmes (region_id, name, description)
			select $1, name, 'Fictief programma voor de benchmark.' from unnest($2::text[]) as name`,
			[regionId, PROGRAMMES]
		);
		const commitments = await db.query(
			`insert into public.budget_commitments (programme_id, organisation_id, region_id, year,
				committed_amount, committed_staff_hours, realised_amount, realised_staff_hours)
			select pr.id, o.id, $1, y,
				round(20000 + 180000 * ${RANDOM(`pr.name || o.name || y || 'a'`)}, 2),
				round(100 + 900 * ${RANDOM(`pr.name || o.name || y || 'h'`)}, 2),
				case when y < $2::int then round((20000 + 180000 * ${RANDOM(`pr.name || o.name || y || 'a'`)})
					* (0.7 + 0.4 * ${RANDOM(`pr.name || o.name || y || 'r'`)}), 2) end,
				case when y < $2::int then round(100 + 900 * ${RANDOM(`pr.name || o.name || y || 'h'`)}, 2) end
			from public.programmes pr
			join public.organisations o on o.region_id = pr.region_id,
				generate_series($2::int - ${YEARS - 1}, $2::int) as y
			where pr.region_id = $1 and ${RANDOM(`pr.name || o.name`)} < 0.5`,
			[regionId, lastYear]
		);
		return {
			regional_targets: targets.rowCount ?? 0,
			programmes: programmes.rowCount ?? 0,
			budget_commitments: commitments.rowCount ?? 0
		};
	});
}

/**
 * The datasets of modules built in parallel. Each names its table; while the table does not exist the
 * dataset is skipped with that reason. After merging, the integrator writes `generate` for each (the
 * volumes are in `wanted`) and removes the "not written yet" error.
 */
interface OptionalDataset {
	dataset: string;
	table: string;
	wanted: string;
	generate: (db: pg.Client, regionId: string) => Promise<number>;
}

class NotWrittenYet extends Error {}

const OPTIONAL_DATASETS: OptionalDataset[] = [
	{
		dataset: 'doelen',
		table: 'goals',
		wanted: '30 gezamenlijke doelen met meetpunten over 10 jaar',
		generate: async (db, regionId) => {
			// Agreed goals, written like the seed does (triggers off for this transaction): agreeing one through
			// the step functions takes every contributor's consent, which is not what this dataset measures.
			await db.query(`set local session_replication_role = replica`);
			const goals = await db.query(
				`insert into public.goals (region_id, title, indicator, unit, baseline_value, baseline_date,
					target_value, target_date, toezichthouder_id, status, version, agreed_at)
				select $1, 'Benchmarkdoel ' || g, 'Indicator ' || g, 'personen', 0, date '2017-01-01',
					1000 + g * 10, date '2026-12-31',
					(select id from public.organisations where region_id = $1 order by name offset (g % 40) limit 1),
					'vastgesteld', 1, timestamptz '2017-02-01 10:00+01'
				from generate_series(1, 30) as g`,
				[regionId]
			);
			await db.query(
				`insert into public.goal_milestones (goal_id, region_id, due_date, target_value)
				select g.id, $1, make_date(y, 12, 31), round(g.target_value * (y - 2016) / 10.0, 2)
				from public.goals g, generate_series(2017, 2025) as y
				where g.region_id = $1`,
				[regionId]
			);
			await db.query(
				`insert into public.goal_contributions (goal_id, region_id, organisation_id, commitment_value)
				select g.id, $1, o.id, round(g.target_value / 4, 2)
				from public.goals g
				join lateral (
					select id from public.organisations where region_id = $1
					order by ${RANDOM(`g.title || name`)} limit 4
				) o on true
				where g.region_id = $1`,
				[regionId]
			);
			await db.query(
				`insert into public.goal_actuals (goal_id, region_id, period_date, value)
				select g.id, $1, make_date(y, 12, 31),
					round(g.target_value * (y - 2016) / 10.0 * (0.8 + 0.3 * ${RANDOM(`g.title || y`)}), 2)
				from public.goals g, generate_series(2017, 2025) as y
				where g.region_id = $1`,
				[regionId]
			);
			return goals.rowCount ?? 0;
		}
	},
	{
		dataset: 'contacten',
		table: 'contacts',
		wanted: '2.000 contacten tussen partners (het netwerk)',
		generate: async (db, regionId) => {
			const contacts = await db.query(
				`insert into public.contacts (region_id, kind, occurred_on, topic, recorded_by_organisation_id)
				select $1,
					(array['overleg', 'workshop', 'gezamenlijk_project', 'casusoverleg', 'conferentie'])[1 + c % 5]::public.contact_kind,
					date '2017-01-01' + (c * 1.8)::int,
					'Benchmarkcontact ' || c,
					(select id from public.organisations where region_id = $1 order by name offset (c * 7 % 40) limit 1)
				from generate_series(1, 2000) as c`,
				[regionId]
			);
			// Two to five partners per contact: the recorder plus a few others picked by hash.
			await db.query(
				`insert into public.contact_participants (contact_id, organisation_id, region_id)
				select c.id, o.id, $1
				from public.contacts c
				join lateral (
					select id from public.organisations
					where region_id = $1 and id <> c.recorded_by_organisation_id
					order by ${RANDOM(`c.topic || name`)}
					limit 1 + (abs(hashtext(c.topic)) % 4)
				) o on true
				where c.region_id = $1
				union all
				select c.id, c.recorded_by_organisation_id, $1 from public.contacts c where c.region_id = $1`,
				[regionId]
			);
			return contacts.rowCount ?? 0;
		}
	},
	{
		dataset: 'vertrouwensmetingen',
		table: 'survey_rounds',
		wanted: '3 enquêterondes met antwoorden van alle partners',
		generate: async (db, regionId) => {
			const rounds = await db.query(
				`insert into public.survey_rounds (region_id, title, status, opened_at, closed_at)
				select $1, 'Benchmarkronde ' || r, 'closed', make_date(2023 + r, 3, 1), make_date(2023 + r, 4, 1)
				from generate_series(1, 3) as r`,
				[regionId]
			);
			// Every partner rates ten others in every round.
			await db.query(
				`insert into public.survey_responses (round_id, region_id, respondent_organisation_id,
					rated_organisation_id, trust_reliability, trust_openness, trust_mission, value_power,
					value_involvement, value_resources, contact_frequency)
				select r.id, $1, a.id, b.id,
					1 + (abs(hashtext(r.title || a.name || b.name || '1')) % 4),
					1 + (abs(hashtext(r.title || a.name || b.name || '2')) % 4),
					1 + (abs(hashtext(r.title || a.name || b.name || '3')) % 4),
					1 + (abs(hashtext(r.title || a.name || b.name || '4')) % 4),
					1 + (abs(hashtext(r.title || a.name || b.name || '5')) % 4),
					1 + (abs(hashtext(r.title || a.name || b.name || '6')) % 4),
					(array['jaarlijks', 'kwartaal', 'maandelijks', 'wekelijks'])[1 + abs(hashtext(a.name || b.name)) % 4]::public.contact_frequency
				from public.survey_rounds r
				join public.organisations a on a.region_id = r.region_id
				join lateral (
					select id, name from public.organisations
					where region_id = r.region_id and id <> a.id
					order by ${RANDOM(`r.title || a.name || name`)} limit 10
				) b on true
				where r.region_id = $1`,
				[regionId]
			);
			return rounds.rowCount ?? 0;
		}
	}
];

export async function generateRegion(
	db: pg.Client,
	log: (message: string) => void,
	today = new Date()
): Promise<GeneratedRegion> {
	const core = await generateCore(db);
	const counts: Record<string, number> = {
		organisations: PARTNER_COUNT,
		users: MEMBER_COUNT + 2
	};
	counts.placements = await generatePlacements(db, core.regionId, today);
	Object.assign(counts, await generateBudgets(db, core.regionId, today));

	const skipped: GeneratedRegion['skipped'] = [];
	for (const optional of OPTIONAL_DATASETS) {
		if (!(await tableExists(db, optional.table))) {
			const reason = `tabel public.${optional.table} bestaat (nog) niet; overgeslagen (${optional.wanted})`;
			skipped.push({ dataset: optional.dataset, reason });
			log(`${optional.dataset}: ${reason}`);
			continue;
		}
		try {
			counts[optional.table] = await inTransaction(db, () => optional.generate(db, core.regionId));
		} catch (error) {
			if (!(error instanceof NotWrittenYet)) throw error;
			const reason = `tabel public.${optional.table} bestaat, maar de generator is nog niet geschreven (tests/bench/generate.ts; gewenst: ${optional.wanted})`;
			skipped.push({ dataset: optional.dataset, reason });
			log(`${optional.dataset}: ${reason}`);
		}
	}

	const placement = await db.query<{ id: string }>(
		`select id from public.placements where organisation_id = $1 order by year desc, quarter desc limit 1`,
		[core.editorOrganisationId]
	);
	const audit = await db.query<{ count: string }>(
		'select count(*) from public.audit_log where region_id = $1',
		[core.regionId]
	);
	counts.audit_log = Number(audit.rows[0].count);
	return {
		regionId: core.regionId,
		slug: core.slug,
		coordinator: core.coordinator,
		editor: {
			...core.editorUser,
			organisationId: core.editorOrganisationId,
			placementId: placement.rows[0].id
		},
		members: core.members,
		counts,
		skipped
	};
}
