// Row-level security of memberships (who has which role at which partner) and profiles, exercised with
// real sessions through supabase-js. Throwaway users, partners and regions are made with the service key.
import { describe, expect, it } from 'vitest';
import type { TestUser } from './helpers';
import { namesWithPartners } from '../../src/lib/data/profiles';
import {
	ALL_DEMO,
	DEMO,
	ORG,
	REGION,
	ZUID_LIMBURG_MEMBERS,
	cleanupAfterEach,
	createMembership,
	createRegion,
	createUser,
	deleteById,
	deleteRegion,
	deleteUser,
	demoActors,
	expectDeleted,
	expectError,
	expectNoRowsAffected,
	expectPermissionDenied,
	expectRlsViolation,
	expectRowKept,
	idsOf,
	membershipIdsOf,
	memberUserIdsOf,
	service,
	serviceInsert,
	serviceRow,
	serviceUpdate,
	updateById,
	who,
	type Membership,
	type ThrowawayRegion
} from './rls-fixtures';

const actors = demoActors();
const cleanup = cleanupAfterEach();

const CODE_LAST_ADMIN = 'last_admin';

async function throwawayUser(label: string): Promise<TestUser> {
	const user = await createUser(label);
	cleanup.add(() => deleteUser(user));
	return user;
}

async function throwawayRegion(): Promise<ThrowawayRegion> {
	const region = await createRegion();
	cleanup.add(() => deleteRegion(region));
	return region;
}

/** The seeded membership of a demo account (each has exactly one). */
async function seededMembership(name: keyof typeof DEMO): Promise<Membership> {
	const { data, error } = await service.from('memberships').select('*').eq('user_id', DEMO[name].id);
	if (error || data?.length !== 1) throw new Error(`expected one membership for ${name}: ${error?.message}`);
	return data[0] as Membership;
}

async function membershipsOfUser(userId: string): Promise<Membership[]> {
	const { data, error } = await service.from('memberships').select('*').eq('user_id', userId);
	if (error) throw new Error(error.message);
	return data as Membership[];
}

function restoreMembershipAfterTest(membership: Membership): void {
	cleanup.add(async () => {
		const current = await serviceRow('memberships', membership.id);
		if (current)
			await serviceUpdate('memberships', membership.id, {
				role: membership.role,
				organisation_id: membership.organisation_id
			});
		else await serviceInsert('memberships', { ...membership });
	});
}

describe('memberships', () => {
	describe('select', () => {
		it('anon has no access at all', async () => {
			expectPermissionDenied(await actors.anon.from('memberships').select('id'), 'memberships');
		});

		for (const name of ZUID_LIMBURG_MEMBERS)
			it(`the ${who(name)} reads exactly the memberships of Zuid-Limburg, of every partner`, async () => {
				const { data, error } = await actors[name].from('memberships').select('id, user_id');
				expect(error).toBeNull();
				expect(idsOf(data)).toEqual(await membershipIdsOf(REGION.zuidLimburg));
				const userIds = (data ?? []).map((row: { user_id: string }) => row.user_id);
				expect(userIds).toEqual(
					expect.arrayContaining([DEMO.coordinator.id, DEMO.editor.id, DEMO.viewer.id, DEMO.admin.id])
				);
				expect(userIds).not.toContain(DEMO.tilburg.id);
			});

		it('the Tilburg editor reads exactly the memberships of Midden-Brabant', async () => {
			const { data, error } = await actors.tilburg
				.from('memberships')
				.select('id, user_id, organisation_id, role');
			expect(error).toBeNull();
			expect(idsOf(data)).toEqual(await membershipIdsOf(REGION.middenBrabant));
			expect(data).toContainEqual(
				expect.objectContaining({ user_id: DEMO.tilburg.id, organisation_id: ORG.tilburg, role: 'editor' })
			);
		});

		it('a user with a membership in another region only reads that region', async () => {
			const region = await throwawayRegion();
			const user = await throwawayUser('elsewhere');
			const own = await createMembership(user.id, region.otherId, 'viewer');
			const { data, error } = await user.client.from('memberships').select('id');
			expect(error).toBeNull();
			expect(idsOf(data)).toEqual([own.id]);
		});

		it('a signed-in user without any membership reads none', async () => {
			const user = await throwawayUser('nobody');
			expectNoRowsAffected(await user.client.from('memberships').select('id'));
		});
	});

	describe('insert', () => {
		it('the admin adds a user to its own partner (Heerlen), who then reads the region', async () => {
			const user = await throwawayUser('new-member');
			expectNoRowsAffected(await user.client.from('regions').select('id'));

			const { data, error } = await actors.admin
				.from('memberships')
				.insert({ user_id: user.id, organisation_id: ORG.heerlen, role: 'viewer' })
				.select('user_id, organisation_id, role')
				.single();
			expect(error).toBeNull();
			expect(data).toEqual({ user_id: user.id, organisation_id: ORG.heerlen, role: 'viewer' });
			expect(await membershipsOfUser(user.id)).toEqual([
				expect.objectContaining({ organisation_id: ORG.heerlen, role: 'viewer', granted_via: 'partner' })
			]);
			const regions = await user.client.from('regions').select('id');
			expect(idsOf(regions.data)).toEqual([REGION.zuidLimburg]);
		});

		it('the admin of Zuid-Limburg may not add a member to a partner in Midden-Brabant', async () => {
			const user = await throwawayUser('brabant');
			const result = await actors.admin
				.from('memberships')
				.insert({ user_id: user.id, organisation_id: ORG.tilburg, role: 'viewer' })
				.select();
			expectRlsViolation(result, 'memberships');
			expect(await membershipsOfUser(user.id)).toEqual([]);
		});

		for (const { actor, organisation, where } of [
			{ actor: 'viewer', organisation: ORG.uwvZuidLimburg, where: 'their own partner' },
			{ actor: 'editor', organisation: ORG.maastricht, where: 'their own partner' },
			{ actor: 'editor', organisation: ORG.kerkrade, where: 'another partner of the region' },
			{ actor: 'coordinator', organisation: ORG.maastricht, where: 'another partner of the region' },
			{ actor: 'admin', organisation: ORG.maastricht, where: 'another partner of the region' },
			{ actor: 'admin', organisation: ORG.kerkrade, where: 'a partner without people of its own yet' },
			{ actor: 'tilburg', organisation: ORG.tilburg, where: 'their own partner' },
			{ actor: 'tilburg', organisation: ORG.maastricht, where: 'a partner in Zuid-Limburg' }
		] as const)
			it(`the ${who(actor)} may not add members to ${where} (memberships are the partner’s own)`, async () => {
				const user = await throwawayUser(`by-${actor}`);
				const result = await actors[actor]
					.from('memberships')
					.insert({ user_id: user.id, organisation_id: organisation, role: 'viewer' })
					.select();
				expectRlsViolation(result, 'memberships');
				expect(await membershipsOfUser(user.id)).toEqual([]);
			});

		it('the coordinator adds a member to its own partner (Heerlen), up to its own role', async () => {
			const user = await throwawayUser('heerlen-colleague');
			const added = await actors.coordinator
				.from('memberships')
				.insert({ user_id: user.id, organisation_id: ORG.heerlen, role: 'editor' })
				.select('role, granted_via, granted_by')
				.single();
			expect(added.error).toBeNull();
			expect(added.data).toEqual({ role: 'editor', granted_via: 'partner', granted_by: DEMO.coordinator.id });
			const admin = await throwawayUser('heerlen-admin');
			expectError(
				await actors.coordinator
					.from('memberships')
					.insert({ user_id: admin.id, organisation_id: ORG.heerlen, role: 'admin' })
					.select(),
				'42501',
				'membership_role_too_high'
			);
			expect(await membershipsOfUser(admin.id)).toEqual([]);
		});

		it('an editor may not give themselves a second, stronger membership', async () => {
			const result = await actors.editor
				.from('memberships')
				.insert({ user_id: DEMO.editor.id, organisation_id: ORG.heerlen, role: 'coordinator' })
				.select();
			expectRlsViolation(result, 'memberships');
			expect(await membershipsOfUser(DEMO.editor.id)).toEqual([
				expect.objectContaining({ organisation_id: ORG.maastricht, role: 'editor' })
			]);
		});

		it('anon may not add members', async () => {
			const user = await throwawayUser('anon-target');
			expectPermissionDenied(
				await actors.anon
					.from('memberships')
					.insert({ user_id: user.id, organisation_id: ORG.maastricht, role: 'admin' })
					.select(),
				'memberships'
			);
			expect(await membershipsOfUser(user.id)).toEqual([]);
		});
	});

	describe('update', () => {
		it('the admin changes the role of a member of its own partner', async () => {
			const user = await throwawayUser('promoted');
			const membership = await createMembership(user.id, ORG.heerlen, 'viewer');
			const { data, error } = await updateById(
				actors.admin,
				'memberships',
				membership.id,
				{ role: 'editor' },
				'id, role'
			);
			expect(error).toBeNull();
			expect(data).toEqual([{ id: membership.id, role: 'editor' }]);
			expect((await serviceRow('memberships', membership.id))?.role).toBe('editor');
		});

		it('the coordinator cannot change its own role (nobody grants themselves anything)', async () => {
			const own = await seededMembership('coordinator');
			const before = await serviceRow('memberships', own.id);
			expectError(
				await updateById(actors.coordinator, 'memberships', own.id, { role: 'admin' }),
				'42501',
				'membership_self_grant'
			);
			expect(await serviceRow('memberships', own.id)).toEqual(before);
		});

		for (const name of ['viewer', 'editor', 'admin', 'tilburg'] as const)
			it(`the ${who(name)} cannot change roles at another partner, nor their own: no row affected`, async () => {
				const target = await seededMembership(name === 'tilburg' || name === 'admin' ? 'editor' : name);
				const before = await serviceRow('memberships', target.id);
				const result = await updateById(actors[name], 'memberships', target.id, { role: 'admin' });
				await expectRowKept(result, 'memberships', target.id, before);
			});

		for (const name of ['viewer', 'editor', 'coordinator', 'admin', 'tilburg'] as const)
			it(`the ${who(name)} cannot change the role of a member of another partner (Kerkrade)`, async () => {
				const user = await throwawayUser(`kerkrade-${name}`);
				const membership = await createMembership(user.id, ORG.kerkrade, 'viewer');
				const before = await serviceRow('memberships', membership.id);
				const result = await updateById(actors[name], 'memberships', membership.id, { role: 'editor' });
				await expectRowKept(result, 'memberships', membership.id, before);
			});

		it('the admin of Zuid-Limburg cannot change a membership in Midden-Brabant', async () => {
			const target = await seededMembership('tilburg');
			const before = await serviceRow('memberships', target.id);
			const result = await updateById(actors.admin, 'memberships', target.id, { role: 'viewer' });
			await expectRowKept(result, 'memberships', target.id, before);
		});

		it('the admin cannot move a membership of its partner to a partner in Midden-Brabant', async () => {
			const user = await throwawayUser('mover');
			const membership = await createMembership(user.id, ORG.heerlen, 'viewer');
			const result = await updateById(actors.admin, 'memberships', membership.id, {
				organisation_id: ORG.tilburg
			});
			expectError(result, '42501', 'membership_fixed');
			expect((await serviceRow('memberships', membership.id))?.organisation_id).toBe(ORG.heerlen);
		});

		it('anon cannot change roles', async () => {
			const target = await seededMembership('viewer');
			expectPermissionDenied(
				await updateById(actors.anon, 'memberships', target.id, { role: 'admin' }),
				'memberships'
			);
			expect((await serviceRow('memberships', target.id))?.role).toBe('viewer');
		});

		it('the last admin of the region cannot demote themselves', async () => {
			const own = await seededMembership('admin');
			restoreMembershipAfterTest(own);
			const result = await updateById(actors.admin, 'memberships', own.id, { role: 'coordinator' });
			expectError(result, '23514', CODE_LAST_ADMIN);
			expect((await serviceRow('memberships', own.id))?.role).toBe('admin');
		});

		it('with a second admin in the region, an admin can be demoted', async () => {
			const user = await throwawayUser('second-admin');
			const second = await createMembership(user.id, ORG.heerlen, 'admin');
			const { data, error } = await updateById(
				actors.admin,
				'memberships',
				second.id,
				{ role: 'editor' },
				'role'
			);
			expect(error).toBeNull();
			expect(data).toEqual([{ role: 'editor' }]);
			expect((await serviceRow('memberships', second.id))?.role).toBe('editor');
		});

		it('the only admin of a region cannot move their membership to a partner in another region', async () => {
			const first = await throwawayRegion();
			const second = await throwawayRegion();
			const user = await throwawayUser('two-regions');
			const membership = await createMembership(user.id, first.otherId, 'admin');
			await createMembership(user.id, second.otherId, 'admin');
			const result = await updateById(user.client, 'memberships', membership.id, {
				organisation_id: second.leadId
			});
			expectError(result, '23514', CODE_LAST_ADMIN);
			expect((await serviceRow('memberships', membership.id))?.organisation_id).toBe(first.otherId);
		});
	});

	describe('delete', () => {
		it('the admin removes a member of its partner, who then no longer reads the region', async () => {
			const user = await throwawayUser('leaver');
			const membership = await createMembership(user.id, ORG.heerlen, 'editor');
			expect(idsOf((await user.client.from('regions').select('id')).data)).toEqual([REGION.zuidLimburg]);

			await expectDeleted(
				await deleteById(actors.admin, 'memberships', membership.id, 'id'),
				'memberships',
				membership.id
			);
			expectNoRowsAffected(await user.client.from('regions').select('id'));
		});

		for (const name of ['viewer', 'editor', 'coordinator', 'admin', 'tilburg'] as const)
			it(`the ${who(name)} cannot remove a member of another partner (Maastricht): no row affected`, async () => {
				const user = await throwawayUser(`removed-by-${name}`);
				const membership = await createMembership(user.id, ORG.maastricht, 'viewer');
				expectNoRowsAffected(await deleteById(actors[name], 'memberships', membership.id));
				expect(await serviceRow('memberships', membership.id)).not.toBeNull();
			});

		it('the editor cannot remove their own membership either', async () => {
			const own = await seededMembership('editor');
			expectNoRowsAffected(await deleteById(actors.editor, 'memberships', own.id));
			expect(await serviceRow('memberships', own.id)).not.toBeNull();
		});

		it('the admin of Zuid-Limburg cannot remove a member of Midden-Brabant', async () => {
			const target = await seededMembership('tilburg');
			expectNoRowsAffected(await deleteById(actors.admin, 'memberships', target.id));
			expect(await serviceRow('memberships', target.id)).not.toBeNull();
		});

		it('anon cannot remove members', async () => {
			const target = await seededMembership('viewer');
			expectPermissionDenied(await deleteById(actors.anon, 'memberships', target.id), 'memberships');
			expect(await serviceRow('memberships', target.id)).not.toBeNull();
		});

		it('the last admin of the region cannot remove themselves', async () => {
			const own = await seededMembership('admin');
			restoreMembershipAfterTest(own);
			const result = await deleteById(actors.admin, 'memberships', own.id);
			expectError(result, '23514', CODE_LAST_ADMIN);
			expect(await serviceRow('memberships', own.id)).toEqual(expect.objectContaining({ role: 'admin' }));
		});

		it('with a second admin in the region, an admin can be removed', async () => {
			const user = await throwawayUser('second-admin');
			const second = await createMembership(user.id, ORG.heerlen, 'admin');
			await expectDeleted(
				await deleteById(actors.admin, 'memberships', second.id, 'id'),
				'memberships',
				second.id
			);
		});

		it('the coordinator cannot take the last admin away by deleting the partner that holds them', async () => {
			const region = await throwawayRegion();
			const coordinator = await throwawayUser('region-coordinator');
			const admin = await throwawayUser('region-admin');
			await createMembership(coordinator.id, region.leadId, 'coordinator');
			const adminMembership = await createMembership(admin.id, region.otherId, 'admin');

			const refused = await deleteById(coordinator.client, 'organisations', region.otherId);
			expectError(refused, '23514', CODE_LAST_ADMIN);
			expect(await serviceRow('organisations', region.otherId)).not.toBeNull();
			expect(await serviceRow('memberships', adminMembership.id)).not.toBeNull();

			// With another admin elsewhere in the region the partner (and its memberships) can go.
			await createMembership(admin.id, region.leadId, 'admin');
			const { data, error } = await deleteById(coordinator.client, 'organisations', region.otherId, 'id');
			expect(error).toBeNull();
			expect(data).toEqual([{ id: region.otherId }]);
			expect(await serviceRow('memberships', adminMembership.id)).toBeNull();
		});
	});
});

describe('profiles', () => {
	async function profileIdsOf(userIds: readonly string[]): Promise<string[]> {
		const { data, error } = await service
			.from('profiles')
			.select('id')
			.in('id', [...userIds]);
		if (error) throw new Error(error.message);
		return idsOf(data);
	}

	describe('select', () => {
		it('anon has no access at all', async () => {
			expectPermissionDenied(await actors.anon.from('profiles').select('id'), 'profiles');
		});

		for (const name of ZUID_LIMBURG_MEMBERS)
			it(`the ${who(name)} reads their own profile and those of colleagues in Zuid-Limburg only`, async () => {
				const { data, error } = await actors[name].from('profiles').select('id, display_name');
				expect(error).toBeNull();
				expect(idsOf(data)).toEqual(await profileIdsOf(await memberUserIdsOf(REGION.zuidLimburg)));
				expect(data).toEqual(
					expect.arrayContaining([
						{ id: DEMO.coordinator.id, display_name: 'Coördinator Heerlen' },
						{ id: DEMO.editor.id, display_name: 'Beleidsmedewerker Maastricht' },
						{ id: DEMO.viewer.id, display_name: 'Adviseur UWV Zuid-Limburg' },
						{ id: DEMO.admin.id, display_name: 'Beheerder Zuid-Limburg' }
					])
				);
				expect(idsOf(data)).not.toContain(DEMO.tilburg.id);
			});

		it('the Tilburg editor reads only profiles of Midden-Brabant (their own)', async () => {
			const { data, error } = await actors.tilburg.from('profiles').select('id, display_name');
			expect(error).toBeNull();
			expect(idsOf(data)).toEqual(await profileIdsOf(await memberUserIdsOf(REGION.middenBrabant)));
			expect(data).toContainEqual({ id: DEMO.tilburg.id, display_name: 'Beleidsmedewerker Tilburg' });
			expect(idsOf(data)).not.toContain(DEMO.editor.id);
		});

		it('a user without memberships reads only their own profile', async () => {
			const user = await throwawayUser('loner');
			await serviceInsert('profiles', { id: user.id, display_name: 'Alleen' });
			const { data, error } = await user.client.from('profiles').select('id, display_name');
			expect(error).toBeNull();
			expect(data).toEqual([{ id: user.id, display_name: 'Alleen' }]);
		});
	});

	describe('insert', () => {
		it('a user creates their own profile', async () => {
			const user = await throwawayUser('profile-owner');
			const { data, error } = await user.client
				.from('profiles')
				.insert({ id: user.id, display_name: 'Nieuwe collega', preferred_language: 'en' })
				.select('id, display_name, preferred_language');
			expect(error).toBeNull();
			expect(data).toEqual([{ id: user.id, display_name: 'Nieuwe collega', preferred_language: 'en' }]);
			expect(await serviceRow('profiles', user.id)).toMatchObject({ display_name: 'Nieuwe collega' });
		});

		it('a user may not create a profile for someone else', async () => {
			const author = await throwawayUser('profile-author');
			const victim = await throwawayUser('profile-victim');
			const result = await author.client
				.from('profiles')
				.insert({ id: victim.id, display_name: 'Ondergeschoven' })
				.select();
			expectRlsViolation(result, 'profiles');
			expect(await serviceRow('profiles', victim.id)).toBeNull();
		});

		it('anon may not create profiles', async () => {
			const user = await throwawayUser('anon-profile');
			expectPermissionDenied(
				await actors.anon.from('profiles').insert({ id: user.id, display_name: 'anon' }).select(),
				'profiles'
			);
			expect(await serviceRow('profiles', user.id)).toBeNull();
		});
	});

	describe('update', () => {
		it('a user updates their own profile', async () => {
			const before = await serviceRow('profiles', DEMO.editor.id);
			cleanup.add(() => serviceUpdate('profiles', DEMO.editor.id, { display_name: before?.display_name }));
			const { data, error } = await updateById(
				actors.editor,
				'profiles',
				DEMO.editor.id,
				{ display_name: 'Beleidsadviseur Maastricht' },
				'id, display_name'
			);
			expect(error).toBeNull();
			expect(data).toEqual([{ id: DEMO.editor.id, display_name: 'Beleidsadviseur Maastricht' }]);
			expect((await serviceRow('profiles', DEMO.editor.id))?.display_name).toBe('Beleidsadviseur Maastricht');
		});

		it('a name cannot pass for someone else: no invisible characters, and others see the partner beside it (attack 5 Dec, D)', async () => {
			const before = await serviceRow('profiles', DEMO.editor.id);
			cleanup.add(() => serviceUpdate('profiles', DEMO.editor.id, { display_name: before?.display_name }));
			for (const trick of [
				'Co\u00f6rdinator \u202eneelreH',
				'Co\u200bördinator Heerlen',
				'Coördinator\u0007Heerlen'
			]) {
				const refused = await updateById(actors.editor, 'profiles', DEMO.editor.id, { display_name: trick });
				expectError(refused, '23514', /profiles_display_name_plain_text/);
			}
			expect(await serviceRow('profiles', DEMO.editor.id)).toEqual(before);

			// Taking the coordinator's name is allowed (names are free text), but nobody is fooled by it.
			expect(
				(await updateById(actors.editor, 'profiles', DEMO.editor.id, { display_name: 'Coördinator Heerlen' }))
					.error
			).toBeNull();
			const names = await namesWithPartners(actors.viewer, REGION.zuidLimburg, [
				DEMO.editor.id,
				DEMO.coordinator.id
			]);
			expect(names.get(DEMO.editor.id)).toBe('Coördinator Heerlen (Gemeente Maastricht)');
			expect(names.get(DEMO.coordinator.id)).toBe('Coördinator Heerlen (Gemeente Heerlen)');
		});

		for (const { actor, target, why } of [
			{ actor: 'editor', target: 'coordinator', why: 'a colleague they can read' },
			{ actor: 'admin', target: 'viewer', why: 'a colleague, even as admin' },
			{ actor: 'tilburg', target: 'editor', why: 'someone in another region' }
		] as const)
			it(`the ${who(actor)} cannot update the profile of ${why}: no row affected`, async () => {
				const before = await serviceRow('profiles', DEMO[target].id);
				const result = await updateById(actors[actor], 'profiles', DEMO[target].id, {
					display_name: `Hernoemd door ${actor}`
				});
				await expectRowKept(result, 'profiles', DEMO[target].id, before);
			});

		it('a user cannot hand their profile to someone else by changing its id', async () => {
			const user = await throwawayUser('id-changer');
			await serviceInsert('profiles', { id: user.id, display_name: 'Eigen profiel' });
			const other = await throwawayUser('id-target');
			const result = await updateById(user.client, 'profiles', user.id, { id: other.id });
			expectRlsViolation(result, 'profiles');
			expect(await serviceRow('profiles', user.id)).not.toBeNull();
			expect(await serviceRow('profiles', other.id)).toBeNull();
		});

		it('anon cannot update profiles', async () => {
			const before = await serviceRow('profiles', DEMO.viewer.id);
			const result = await updateById(actors.anon, 'profiles', DEMO.viewer.id, { display_name: 'anon' });
			await expectRowKept(result, 'profiles', DEMO.viewer.id, before, 'denied');
		});
	});

	describe('delete', () => {
		for (const name of ALL_DEMO)
			it(`the ${who(name)} cannot delete profiles, not even their own: no row affected`, async () => {
				const own = await deleteById(actors[name], 'profiles', DEMO[name].id);
				expectNoRowsAffected(own);
				expect(await serviceRow('profiles', DEMO[name].id)).not.toBeNull();
				const colleague = name === 'viewer' ? DEMO.editor.id : DEMO.viewer.id;
				expectNoRowsAffected(await deleteById(actors[name], 'profiles', colleague));
				expect(await serviceRow('profiles', colleague)).not.toBeNull();
			});

		it('anon cannot delete profiles', async () => {
			expectPermissionDenied(await deleteById(actors.anon, 'profiles', DEMO.viewer.id), 'profiles');
			expect(await serviceRow('profiles', DEMO.viewer.id)).not.toBeNull();
		});
	});
});
