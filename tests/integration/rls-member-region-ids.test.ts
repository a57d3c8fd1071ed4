// member_region_ids(): the set the "members read" policies of audit_log, placements and budget_commitments
// test each row against (supabase/migrations/20261130090000_rls_member_region_ids.sql). Through the API
// it tells a signed-in user only their own regions, and nothing to an anonymous visitor.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGION, signInActors, signOutActors, who, type Actors } from './rls-fixtures';

let actors: Actors;

beforeAll(async () => {
	actors = await signInActors();
});
afterAll(async () => {
	await signOutActors(actors);
});

describe('member_region_ids()', () => {
	for (const name of ['viewer', 'editor', 'coordinator', 'admin'] as const) {
		it(`gives the ${who(name)} only Zuid-Limburg`, async () => {
			const { data, error } = await actors[name].rpc('member_region_ids');
			expect(error).toBeNull();
			expect(data).toEqual([REGION.zuidLimburg]);
		});
	}

	it(`gives the ${who('tilburg')} only Midden-Brabant`, async () => {
		const { data, error } = await actors.tilburg.rpc('member_region_ids');
		expect(error).toBeNull();
		expect(data).toEqual([REGION.middenBrabant]);
	});

	it(`refuses the ${who('anon')}`, async () => {
		const { data, error } = await actors.anon.rpc('member_region_ids');
		expect(error?.code).toBe('42501');
		expect(data).toBeNull();
	});
});
