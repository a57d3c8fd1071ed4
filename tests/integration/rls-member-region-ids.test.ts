// private.member_region_ids(): the set the "members read" policies test each row against
// (supabase/migrations/20261130090000_rls_member_region_ids.sql; in the private schema since
// 20261205010000_private_helpers.sql). It is no API: nobody can call it over PostgREST. Asked in the database as
// each demo user, it gives only their own regions.
import pg from 'pg';
import { afterAll, describe, expect, it, type TestContext } from 'vitest';
import { stack } from './helpers';
import { DEMO, REGION, demoActors, who, type DemoName } from './rls-fixtures';

const actors = demoActors();
let db: pg.Pool | undefined;

afterAll(async () => {
	await db?.end();
});

/** member_region_ids() as the signed-in user would get it inside a policy. */
async function regionsOf(context: TestContext, name: DemoName): Promise<string[]> {
	if (!stack.dbUrl) context.skip('geen directe databaseverbinding (gehoste Supabase zonder SUPABASE_DB_URL)');
	db ??= new pg.Pool({ connectionString: stack.dbUrl, max: 1 });
	const client = await db.connect();
	try {
		await client.query('begin');
		await client.query(`select set_config('request.jwt.claims', $1, true)`, [
			JSON.stringify({ sub: DEMO[name].id, role: 'authenticated' })
		]);
		await client.query('set local role authenticated');
		const { rows } = await client.query<{ id: string }>('select private.member_region_ids() as id');
		return rows.map((row) => row.id);
	} finally {
		await client.query('rollback');
		client.release();
	}
}

describe('member_region_ids()', () => {
	for (const name of ['viewer', 'editor', 'coordinator', 'admin'] as const) {
		it(`gives the ${who(name)} only Zuid-Limburg`, async (context) => {
			expect(await regionsOf(context, name)).toEqual([REGION.zuidLimburg]);
		});
	}

	it(`gives the ${who('tilburg')} only Midden-Brabant`, async (context) => {
		expect(await regionsOf(context, 'tilburg')).toEqual([REGION.middenBrabant]);
	});

	it('is not callable over the API, signed in or not', async () => {
		for (const name of ['editor', 'tilburg', 'anon'] as const) {
			const { data, error } = await actors[name].rpc('member_region_ids');
			expect(data).toBeNull();
			expect(['42501', 'PGRST202']).toContain(error?.code);
		}
	});
});
