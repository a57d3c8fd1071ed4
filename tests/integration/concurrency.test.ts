import { describe, expect, it } from 'vitest';
import { signInAs } from './helpers';

const DEMO_USERS = [
	'coordinator@heerlen.example',
	'editor@maastricht.example',
	'viewer@uwv.example',
	'admin@zuid-limburg.example',
	'editor@tilburg.example'
];

// PGlite is one backend shared by all connections; interleaved extended-protocol messages from different
// connections once broke statements ("portal does not exist") and sign-ins. This load reproduced it.
describe('concurrent clients on the embedded database', () => {
	it('parallel sign-ins and parallel queries all succeed, round after round', async () => {
		for (let round = 0; round < 6; round++) {
			const clients = await Promise.all(DEMO_USERS.map((email) => signInAs(email)));
			const results = await Promise.all(
				clients.flatMap((client) => [
					client.from('organisations').select('id'),
					client.from('audit_log').select('id').limit(5),
					client.from('regions').select('id'),
					client.from('memberships').select('id')
				])
			);
			expect(results.map((result) => result.error?.message ?? null)).toEqual(results.map(() => null));
			expect(results.every((result) => (result.data?.length ?? 0) > 0)).toBe(true);
		}
	}, 120_000);
});
