import { describe, expect, it } from 'vitest';
import { signInAs } from './helpers';

const DEMO_USERS = [
	'coordinator@heerlen.example',
	'editor@maastricht.example',
	'viewer@uwv.example',
	'admin@zuid-limburg.example',
	'editor@tilburg.example'
];

// Many users at once, as in a meeting: parallel sign-ins and queries through the gateway, PostgREST's pool
// and the embedded PostgreSQL. (The first embedded database, PGlite, served every connection through one
// backend; this load broke statements and sign-ins there.)
describe('concurrent clients on the embedded database', () => {
	it('parallel sign-ins and parallel queries all succeed, round after round', async () => {
		for (let round = 0; round < 6; round++) {
			const clients = await Promise.all(DEMO_USERS.map((email) => signInAs(email)));
			const queries = clients.flatMap((client, index) =>
				(['organisations', 'audit_log', 'regions', 'memberships'] as const).map((table) => ({
					label: `${DEMO_USERS[index]} ${table}`,
					result: client.from(table).select('id').limit(5)
				}))
			);
			const results = await Promise.all(queries.map((query) => query.result));
			expect(results.map((result) => result.error?.message ?? null)).toEqual(results.map(() => null));
			// Every user sees its own region, organisations and memberships; audit rows may not exist yet
			// in every region, so audit_log only adds load here.
			const empty = queries.filter(
				(query, index) => !query.label.endsWith('audit_log') && (results[index].data?.length ?? 0) === 0
			);
			expect(empty.map((query) => query.label)).toEqual([]);
		}
	}, 120_000);
});
