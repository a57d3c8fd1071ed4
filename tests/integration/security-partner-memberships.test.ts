// A partner's people are that partner's (issue 13, item 1; supabase/migrations/20261205020000_partner_memberships.sql).
// The attack as it was seen: the Zuid-Limburg admin (a membership at Heerlen) gave itself a membership at
// Maastricht, consented to a goal for Maastricht and read Maastricht's raw survey answers. Each step is tried
// again here with real sessions, next to the people who must still get through: Maastricht's own editor, a
// partner's own managers, and the region under a mandate the partner gave.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { TestUser } from './helpers';
import {
	DEMO,
	ORG,
	REGION,
	cleanupAfterEach,
	createMembership,
	createPartner,
	createUser,
	deleteUser,
	demoActors,
	expectRlsViolation,
	service,
	updateById
} from './rls-fixtures';

const actors = demoActors();
const cleanup = cleanupAfterEach();

async function membershipsOf(userId: string, organisationId: string) {
	const { data, error } = await service
		.from('memberships')
		.select('id, role, granted_via, granted_by')
		.eq('user_id', userId)
		.eq('organisation_id', organisationId);
	if (error) throw new Error(error.message);
	return data;
}

/** A throwaway user, removed after the test. */
async function user(label: string): Promise<TestUser> {
	const created = await createUser(label);
	cleanup.add(() => deleteUser(created));
	return created;
}

/** A throwaway partner of Zuid-Limburg with its own admin (set up by the operator). */
async function partnerWithAdmin(): Promise<{ partnerId: string; admin: TestUser }> {
	const partnerId = await createPartner(REGION.zuidLimburg, 'Eigen beheer');
	cleanup.add(async () => await service.from('organisations').delete().eq('id', partnerId));
	const admin = await user('partner-admin');
	await createMembership(admin.id, partnerId, 'admin');
	return { partnerId, admin };
}

describe('the region admin cannot act as another partner', () => {
	it('cannot give itself (or anyone) a membership at Maastricht; Maastricht keeps its one member', async () => {
		const self = await actors.admin
			.from('memberships')
			.insert({ user_id: DEMO.admin.id, organisation_id: ORG.maastricht, role: 'editor' })
			.select();
		expectRlsViolation(self, 'memberships');
		const other = await user('maastricht-claimed');
		const forOther = await actors.admin
			.from('memberships')
			.insert({ user_id: other.id, organisation_id: ORG.maastricht, role: 'editor' })
			.select();
		expectRlsViolation(forOther, 'memberships');
		expect(await membershipsOf(DEMO.admin.id, ORG.maastricht)).toEqual([]);
		expect(await membershipsOf(other.id, ORG.maastricht)).toEqual([]);
	});

	it('cannot move its own membership to Maastricht, nor change the Maastricht editor’s', async () => {
		const own = (await membershipsOf(DEMO.admin.id, ORG.heerlen))[0];
		const moved = await updateById(actors.admin, 'memberships', own.id, { organisation_id: ORG.maastricht });
		expect(moved.error?.code).toBe('42501');
		const editor = (await membershipsOf(DEMO.editor.id, ORG.maastricht))[0];
		const changed = await updateById(actors.admin, 'memberships', editor.id, { role: 'viewer' });
		expect(changed.error).toBeNull();
		expect(changed.data).toEqual([]);
		expect((await membershipsOf(DEMO.editor.id, ORG.maastricht))[0].role).toBe('editor');
		expect((await membershipsOf(DEMO.admin.id, ORG.heerlen))[0].role).toBe('admin');
	});

	it('cannot consent to a goal for Maastricht; Maastricht’s own editor can', async () => {
		const title = `membership-consent-${randomUUID().slice(0, 8)}`;
		const goal = await actors.coordinator.rpc('create_goal', {
			goal: {
				region_id: REGION.zuidLimburg,
				title,
				indicator: 'Plaatsingen',
				unit: 'personen',
				baseline_value: 0,
				baseline_date: '2026-01-01',
				target_value: 10,
				target_date: '2027-01-01',
				toezichthouder_id: ORG.uwvZuidLimburg
			},
			contributions: [
				{ organisation_id: ORG.heerlen, commitment_value: 5 },
				{ organisation_id: ORG.maastricht, commitment_value: 5 }
			]
		});
		expect(goal.error).toBeNull();
		cleanup.add(
			async () =>
				await service
					.from('goals')
					.delete()
					.eq('id', goal.data as string)
		);
		const proposal = await actors.coordinator.rpc('propose_goal', { goal: goal.data });
		expect(proposal.error).toBeNull();

		const forged = await actors.admin.rpc('consent_goal_version', {
			proposal: proposal.data,
			organisation: ORG.maastricht,
			mandate_level: 'ambtelijk',
			acting_as: 'beleidsadviseur Werk'
		});
		expect(forged.error?.code).toBe('42501');
		const { data: consents } = await service
			.from('goal_consents')
			.select('organisation_id')
			.eq('version_id', proposal.data);
		expect(consents).toEqual([]);

		const own = await actors.editor.rpc('consent_goal_version', {
			proposal: proposal.data,
			organisation: ORG.maastricht,
			mandate_level: 'ambtelijk',
			acting_as: 'beleidsadviseur Werk'
		});
		expect(own.error).toBeNull();
		const heerlen = await actors.admin.rpc('consent_goal_version', {
			proposal: proposal.data,
			organisation: ORG.heerlen,
			mandate_level: 'ambtelijk',
			acting_as: 'beleidsadviseur Werk'
		});
		expect(heerlen.error).toBeNull();
		expect(heerlen.data).toBe('vastgesteld');
	});

	it('reads none of Maastricht’s raw survey answers (the seed has them); Maastricht’s editor reads its own', async () => {
		const { count: seeded } = await service
			.from('survey_responses')
			.select('id', { count: 'exact', head: true })
			.eq('respondent_organisation_id', ORG.maastricht);
		expect(seeded).toBeGreaterThan(0);
		const asAdmin = await actors.admin
			.from('survey_responses')
			.select('id')
			.eq('respondent_organisation_id', ORG.maastricht);
		expect(asAdmin.error).toBeNull();
		expect(asAdmin.data).toEqual([]);
		const asEditor = await actors.editor
			.from('survey_responses')
			.select('id')
			.eq('respondent_organisation_id', ORG.maastricht);
		expect(asEditor.data).toHaveLength(seeded!);
	});
});

describe('a partner grants its own memberships', () => {
	it('its admin grants roles up to admin; the grant records the partner and who granted it', async () => {
		const { partnerId, admin } = await partnerWithAdmin();
		const colleague = await user('colleague');
		const granted = await admin.client
			.from('memberships')
			.insert({ user_id: colleague.id, organisation_id: partnerId, role: 'editor', granted_via: 'platform' })
			.select('role, granted_via, granted_by')
			.single();
		expect(granted.error).toBeNull();
		expect(granted.data).toEqual({ role: 'editor', granted_via: 'partner', granted_by: admin.id });
	});

	it('its coordinator grants up to coordinator, never above its own role, and never to itself', async () => {
		const { partnerId } = await partnerWithAdmin();
		const coordinator = await user('partner-coordinator');
		await createMembership(coordinator.id, partnerId, 'coordinator');
		const colleague = await user('colleague');

		const tooHigh = await coordinator.client
			.from('memberships')
			.insert({ user_id: colleague.id, organisation_id: partnerId, role: 'admin' })
			.select();
		expect(tooHigh.error?.code).toBe('42501');
		expect(tooHigh.error?.message).toBe('membership_role_too_high');

		const self = (await membershipsOf(coordinator.id, partnerId))[0];
		const promoteSelf = await updateById(coordinator.client, 'memberships', self.id, { role: 'admin' });
		expect(promoteSelf.error?.message).toBe('membership_self_grant');

		const ok = await coordinator.client
			.from('memberships')
			.insert({ user_id: colleague.id, organisation_id: partnerId, role: 'coordinator' })
			.select('granted_via')
			.single();
		expect(ok.error).toBeNull();
		expect(ok.data?.granted_via).toBe('partner');
	});

	it('a manager cannot move a membership to another person or partner', async () => {
		const { partnerId, admin } = await partnerWithAdmin();
		const colleague = await user('colleague');
		const membership = await createMembership(colleague.id, partnerId, 'viewer');
		const moved = await updateById(admin.client, 'memberships', membership.id, { user_id: admin.id });
		expect(moved.error?.message).toBe('membership_fixed');
		expect((await membershipsOf(colleague.id, partnerId))[0].role).toBe('viewer');
	});

	it('Maastricht’s editor is no manager: it grants nothing', async () => {
		const someone = await user('maastricht-colleague');
		const grant = await actors.editor
			.from('memberships')
			.insert({ user_id: someone.id, organisation_id: ORG.maastricht, role: 'viewer' })
			.select();
		expectRlsViolation(grant, 'memberships');
		expect(await membershipsOf(someone.id, ORG.maastricht)).toEqual([]);
	});
});

/** The mandate as Maastricht would give it (Maastricht has no manager of its own: the operator records it). */
async function maastrichtGivesMandate(): Promise<void> {
	const { error } = await service
		.from('membership_mandates')
		.insert({ organisation_id: ORG.maastricht, region_id: REGION.zuidLimburg });
	expect(error).toBeNull();
	cleanup.add(
		async () => await service.from('membership_mandates').delete().eq('organisation_id', ORG.maastricht)
	);
}

describe('the region under the partner’s mandate', () => {
	it('adds viewers only while the partner gives it a mandate, and they never act for the partner', async () => {
		const { partnerId, admin } = await partnerWithAdmin();
		const observer = await user('observer');

		// No mandate: the region admin is refused, and cannot give itself one.
		const before = await actors.admin
			.from('memberships')
			.insert({ user_id: observer.id, organisation_id: partnerId, role: 'viewer' })
			.select();
		expectRlsViolation(before, 'memberships');
		const forgedMandate = await actors.admin
			.from('membership_mandates')
			.insert({ organisation_id: partnerId, region_id: REGION.zuidLimburg })
			.select();
		expectRlsViolation(forgedMandate, 'membership_mandates');

		// The partner records the mandate; everyone in the region sees it, Tilburg does not.
		const mandate = await admin.client
			.from('membership_mandates')
			.insert({ organisation_id: partnerId, region_id: REGION.middenBrabant })
			.select('id, region_id, granted_by')
			.single();
		expect(mandate.error).toBeNull();
		expect(mandate.data).toMatchObject({ region_id: REGION.zuidLimburg, granted_by: admin.id });
		const seenByViewer = await actors.viewer
			.from('membership_mandates')
			.select('id')
			.eq('organisation_id', partnerId);
		expect(seenByViewer.data).toHaveLength(1);
		const seenByTilburg = await actors.tilburg
			.from('membership_mandates')
			.select('id')
			.eq('organisation_id', partnerId);
		expect(seenByTilburg.data).toEqual([]);

		// Under the mandate: viewers, not editors, not itself.
		const editor = await actors.admin
			.from('memberships')
			.insert({ user_id: observer.id, organisation_id: partnerId, role: 'editor' })
			.select();
		expect(editor.error?.message).toBe('membership_region_viewer_only');
		const itself = await actors.admin
			.from('memberships')
			.insert({ user_id: DEMO.admin.id, organisation_id: partnerId, role: 'viewer' })
			.select();
		expect(itself.error?.message).toBe('membership_self_grant');
		const viewer = await actors.admin
			.from('memberships')
			.insert({ user_id: observer.id, organisation_id: partnerId, role: 'viewer' })
			.select('granted_via, granted_by')
			.single();
		expect(viewer.error).toBeNull();
		expect(viewer.data).toEqual({ granted_via: 'region', granted_by: DEMO.admin.id });

		// The partner's own people stay the partner's.
		const adminMembership = (await membershipsOf(admin.id, partnerId))[0];
		const demote = await updateById(actors.admin, 'memberships', adminMembership.id, { role: 'viewer' });
		expect(demote.error?.message).toBe('membership_not_granted');

		// The region's viewer reads the region but never speaks for the partner.
		const regionRead = await observer.client.from('organisations').select('id').eq('id', partnerId);
		expect(regionRead.data).toHaveLength(1);
		const endorse = await observer.client
			.from('vision_endorsements')
			.insert({
				organisation_id: partnerId,
				region_id: REGION.zuidLimburg,
				mandate_level: 'ambtelijk',
				acting_as: 'beleidsadviseur Werk'
			})
			.select();
		expectRlsViolation(endorse, 'vision_endorsements');

		// Withdrawing the mandate ends the region's grants.
		const withdrawn = await admin.client
			.from('membership_mandates')
			.delete()
			.eq('organisation_id', partnerId)
			.select('id');
		expect(withdrawn.data).toHaveLength(1);
		expect(await membershipsOf(observer.id, partnerId)).toEqual([]);
		expect(await membershipsOf(admin.id, partnerId)).toHaveLength(1);
	});

	it('a viewer the region added at Maastricht reads none of Maastricht’s raw survey answers', async () => {
		await maastrichtGivesMandate();
		const observer = await user('maastricht-observer');
		const added = await actors.admin
			.from('memberships')
			.insert({ user_id: observer.id, organisation_id: ORG.maastricht, role: 'viewer' })
			.select('granted_via')
			.single();
		expect(added.data).toEqual({ granted_via: 'region' });
		const answers = await observer.client
			.from('survey_responses')
			.select('id')
			.eq('respondent_organisation_id', ORG.maastricht);
		expect(answers.error).toBeNull();
		expect(answers.data).toEqual([]);
		const ownViewer = await user('maastricht-own-viewer');
		await createMembership(ownViewer.id, ORG.maastricht, 'viewer');
		const own = await ownViewer.client
			.from('survey_responses')
			.select('id')
			.eq('respondent_organisation_id', ORG.maastricht);
		expect(own.data?.length).toBeGreaterThan(0);
	});

	it('comes from the lead organisation’s admins: another partner’s own admin adds no viewers under it', async () => {
		// Attack finding 17: private.is_region_admin counted an admin membership at any partner of the region.
		await maastrichtGivesMandate();
		const { partnerId, admin: partnerAdmin } = await partnerWithAdmin();
		const observer = await user('maastricht-observer');
		const byPartnerAdmin = await partnerAdmin.client
			.from('memberships')
			.insert({ user_id: observer.id, organisation_id: ORG.maastricht, role: 'viewer' })
			.select();
		expectRlsViolation(byPartnerAdmin, 'memberships');
		expect(await membershipsOf(observer.id, ORG.maastricht)).toEqual([]);

		// The lead organisation's admin (Heerlen) acts for the region under the mandate ...
		const byRegionAdmin = await actors.admin
			.from('memberships')
			.insert({ user_id: observer.id, organisation_id: ORG.maastricht, role: 'viewer' })
			.select('granted_via, granted_by')
			.single();
		expect(byRegionAdmin.error).toBeNull();
		expect(byRegionAdmin.data).toEqual({ granted_via: 'region', granted_by: DEMO.admin.id });
		// ... and the partner's admin still manages its own people.
		const ownPerson = await user('partner-viewer');
		const own = await partnerAdmin.client
			.from('memberships')
			.insert({ user_id: ownPerson.id, organisation_id: partnerId, role: 'viewer' })
			.select('granted_via')
			.single();
		expect(own.data).toEqual({ granted_via: 'partner' });
	});

	it('even the operator cannot record a region grant above viewer', async () => {
		const observer = await user('observer');
		const { error } = await service
			.from('memberships')
			.insert({ user_id: observer.id, organisation_id: ORG.kerkrade, role: 'editor', granted_via: 'region' });
		expect(error?.code).toBe('23514');
	});
});

describe('partners’ positions are their own voice', () => {
	it('the coordinator no longer writes Maastricht’s position; Maastricht’s editor does', async () => {
		const dossier = `Dossier ${randomUUID().slice(0, 8)}`;
		const row = {
			organisation_id: ORG.maastricht,
			region_id: REGION.zuidLimburg,
			dossier,
			position: 'Ons standpunt'
		};
		const byCoordinator = await actors.coordinator.from('partner_positions').insert(row).select();
		expectRlsViolation(byCoordinator, 'partner_positions');
		const byEditor = await actors.editor.from('partner_positions').insert(row).select('id').single();
		expect(byEditor.error).toBeNull();
		cleanup.add(async () => await service.from('partner_positions').delete().eq('id', byEditor.data!.id));
	});
});

describe('the seed gives every demo account what the README says', () => {
	it('one membership each, set up by the operator, with the documented partner and role', async () => {
		const { data, error } = await service
			.from('memberships')
			.select('user_id, organisation_id, role, granted_via')
			.in(
				'user_id',
				Object.values(DEMO).map((d) => d.id)
			)
			.order('user_id');
		expect(error).toBeNull();
		expect(data).toEqual([
			{
				user_id: DEMO.coordinator.id,
				organisation_id: ORG.heerlen,
				role: 'coordinator',
				granted_via: 'platform'
			},
			{ user_id: DEMO.editor.id, organisation_id: ORG.maastricht, role: 'editor', granted_via: 'platform' },
			{
				user_id: DEMO.viewer.id,
				organisation_id: ORG.uwvZuidLimburg,
				role: 'viewer',
				granted_via: 'platform'
			},
			{ user_id: DEMO.admin.id, organisation_id: ORG.heerlen, role: 'admin', granted_via: 'platform' },
			{ user_id: DEMO.tilburg.id, organisation_id: ORG.tilburg, role: 'editor', granted_via: 'platform' }
		]);
	});

	it('each account can do what its role promises, and no more', async () => {
		const coordinates = async (name: keyof typeof DEMO) =>
			(await actors[name].rpc('is_region_coordinator', { region: REGION.zuidLimburg })).data;
		expect(await coordinates('coordinator')).toBe(true);
		expect(await coordinates('admin')).toBe(true);
		expect(await coordinates('editor')).toBe(false);
		expect(await coordinates('viewer')).toBe(false);
		const edits = async (name: keyof typeof DEMO, organisation: string) =>
			(await actors[name].rpc('can_edit_organisation', { organisation })).data;
		expect(await edits('editor', ORG.maastricht)).toBe(true);
		expect(await edits('editor', ORG.heerlen)).toBe(false);
		expect(await edits('viewer', ORG.uwvZuidLimburg)).toBe(false);
		expect(await edits('tilburg', ORG.tilburg)).toBe(true);
		expect(await edits('tilburg', ORG.maastricht)).toBe(false);
		const { data: regions } = await actors.tilburg.from('regions').select('id');
		expect(regions).toEqual([{ id: REGION.middenBrabant }]);
	});
});
