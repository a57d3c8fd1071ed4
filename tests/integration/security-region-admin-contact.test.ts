// Attack finding 17 (supabase/migrations/20261217010000_region_admin_and_contact_email.sql), with real sessions:
// - the region's admins are the admins of its lead organisation: another partner's own admin no longer adds
//   viewers under a third partner's mandate, while the lead organisation's admin still does, and the partner's
//   admin still manages its own people;
// - contact_email takes only what the form's address check takes, also when written straight to PostgREST.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
	Cleanup,
	DEMO,
	ORG,
	REGION,
	createMembership,
	createUser,
	deleteUser,
	expectRlsViolation,
	service,
	signInActors,
	signOutActors,
	type Actors
} from './rls-fixtures';
import type { TestUser } from './helpers';

let actors: Actors;
const cleanup = new Cleanup();

beforeAll(async () => {
	actors = await signInActors();
});
afterAll(() => signOutActors(actors));
afterEach(() => cleanup.run());

async function user(label: string): Promise<TestUser> {
	const created = await createUser(label);
	cleanup.add(() => deleteUser(created));
	return created;
}

async function membershipsOf(userId: string, organisationId: string) {
	const { data, error } = await service
		.from('memberships')
		.select('role, granted_via, granted_by')
		.eq('user_id', userId)
		.eq('organisation_id', organisationId);
	if (error) throw new Error(error.message);
	return data;
}

describe('the region admin is the lead organisation’s admin', () => {
	it('another partner’s own admin adds no viewers under Maastricht’s mandate; the region’s admin does', async () => {
		// Maastricht gives the region its mandate (Maastricht has no manager of its own: the operator records it).
		const mandate = await service
			.from('membership_mandates')
			.insert({ organisation_id: ORG.maastricht, region_id: REGION.zuidLimburg })
			.select('region_id')
			.single();
		expect(mandate.error).toBeNull();
		cleanup.add(
			async () => await service.from('membership_mandates').delete().eq('organisation_id', ORG.maastricht)
		);
		// Kerkrade's own admin: an admin membership, but at a partner that is not the lead organisation.
		const kerkradeAdmin = await user('kerkrade-admin');
		await createMembership(kerkradeAdmin.id, ORG.kerkrade, 'admin');

		const observer = await user('maastricht-observer');
		const byPartnerAdmin = await kerkradeAdmin.client
			.from('memberships')
			.insert({ user_id: observer.id, organisation_id: ORG.maastricht, role: 'viewer' })
			.select();
		expectRlsViolation(byPartnerAdmin, 'memberships');
		expect(await membershipsOf(observer.id, ORG.maastricht)).toEqual([]);

		// The lead organisation's admin (Heerlen) still acts for the region under the mandate.
		const byRegionAdmin = await actors.admin
			.from('memberships')
			.insert({ user_id: observer.id, organisation_id: ORG.maastricht, role: 'viewer' })
			.select('granted_via, granted_by')
			.single();
		expect(byRegionAdmin.error).toBeNull();
		expect(byRegionAdmin.data).toEqual({ granted_via: 'region', granted_by: DEMO.admin.id });

		// Kerkrade's admin still manages Kerkrade's own people.
		const ownPerson = await user('kerkrade-viewer');
		const own = await kerkradeAdmin.client
			.from('memberships')
			.insert({ user_id: ownPerson.id, organisation_id: ORG.kerkrade, role: 'viewer' })
			.select('granted_via')
			.single();
		expect(own.error).toBeNull();
		expect(own.data).toEqual({ granted_via: 'partner' });
	});
});

describe('contact_email', () => {
	const refused = [
		'javascript:alert(1)//@x.nl',
		'werk@maastricht.nl?bcc=buit@evil.example',
		'werk?bcc=buit@evil.example',
		'werk@maastricht',
		'<script>@x.nl',
		'werk@@maastricht.nl'
	];
	const accepted = ['werk@maastricht.nl', "o'brien+team.werk@gemeente-maastricht.nl", 'W.E.R.K@sub.domein.example'];

	it('refuses what is no plain address, also past the form; the partner’s editor still saves a real one', async () => {
		const before = await service.from('organisations').select('contact_email').eq('id', ORG.maastricht).single();
		cleanup.add(
			async () =>
				await service
					.from('organisations')
					.update({ contact_email: before.data?.contact_email ?? null })
					.eq('id', ORG.maastricht)
		);
		for (const address of refused) {
			const result = await actors.editor
				.from('organisations')
				.update({ contact_email: address })
				.eq('id', ORG.maastricht)
				.select('contact_email');
			expect(result.error?.code, address).toBe('23514');
			// The form refuses the same address.
			expect(z.email().safeParse(address).success, address).toBe(false);
		}
		const stored = await service.from('organisations').select('contact_email').eq('id', ORG.maastricht).single();
		expect(stored.data?.contact_email).toBe(before.data?.contact_email);

		for (const address of accepted) {
			const result = await actors.editor
				.from('organisations')
				.update({ contact_email: address })
				.eq('id', ORG.maastricht)
				.select('contact_email')
				.single();
			expect(result.error, address).toBeNull();
			expect(result.data?.contact_email).toBe(address);
			expect(z.email().safeParse(address).success, address).toBe(true);
		}
	});
});
