// The audit log of the core model: every insert, update and delete on regions, organisations and
// memberships leaves a row with the acting user, the region, the partner and the old/new values; region
// members read their region's rows; nobody changes or removes a row through the API, not even with the
// service-role key.
import { beforeAll, describe, expect, it } from 'vitest';
import type { SupabaseClient } from '@supabase/supabase-js';
import {
	ALL_DEMO,
	DEMO,
	ORG,
	REGION,
	ZUID_LIMBURG_MEMBERS,
	auditRowsSince,
	cleanupAfterEach,
	createMembership,
	createPartner,
	createRegion,
	createUser,
	deleteById,
	deleteRegion,
	deleteUser,
	demoActors,
	expectNoRowsAffected,
	expectPermissionDenied,
	expectRowKept,
	lastAuditId,
	service,
	serviceDelete,
	serviceRow,
	serviceUpdate,
	uniqueName,
	updateById,
	who,
	type AuditRow
} from './rls-fixtures';

const actors = demoActors();
const cleanup = cleanupAfterEach();

/**
 * The audit rows of a region. `ownPartners`: what a member who is not a coordinator reads, the rows for the
 * whole region (not those about report drafts, so the expectation does not depend on which test file wrote a
 * draft before this one) and the person-level rows (plaatsingen) of its own partners only.
 */
async function auditCountOfRegion(region: string, ownPartners?: readonly string[]): Promise<number> {
	const count = async (visibleTo?: string, organisations?: readonly string[]) => {
		let query = service
			.from('audit_log')
			.select('id', { count: 'exact', head: true })
			.eq('region_id', region);
		if (visibleTo) query = query.eq('visible_to', visibleTo);
		if (organisations) query = query.in('organisation_id', [...organisations]);
		const { count, error } = await query;
		if (error || count === null) throw new Error(`counting audit_log: ${error?.message}`);
		return count;
	};
	if (!ownPartners) return count();
	return (await count('region')) + (await count('partner', ownPartners));
}

async function auditCount(): Promise<number> {
	const { count, error } = await service.from('audit_log').select('id', { count: 'exact', head: true });
	if (error || count === null) throw new Error(`counting audit_log: ${error?.message}`);
	return count;
}

/** A recent audit row of Zuid-Limburg to aim updates and deletes at. */
async function someAuditRow(): Promise<AuditRow> {
	const { data, error } = await service
		.from('audit_log')
		.select('*')
		.eq('region_id', REGION.zuidLimburg)
		.order('id', { ascending: false })
		.limit(1)
		.single();
	if (error) throw new Error(error.message);
	return data as AuditRow;
}

describe('audit_log: what is recorded', () => {
	it('records an editor’s update of their partner with user, region, partner and old/new values', async () => {
		const before = await serviceRow('organisations', ORG.maastricht);
		cleanup.add(() =>
			serviceUpdate('organisations', ORG.maastricht, { contact_name: before?.contact_name ?? null })
		);
		const since = await lastAuditId();

		const { error } = await actors.editor
			.from('organisations')
			.update({ contact_name: 'Team Werk Maastricht' })
			.eq('id', ORG.maastricht);
		expect(error).toBeNull();

		const rows = await auditRowsSince(since, 'organisations', ORG.maastricht);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({
			action: 'UPDATE',
			user_id: DEMO.editor.id,
			region_id: REGION.zuidLimburg,
			organisation_id: ORG.maastricht
		});
		expect(rows[0].old_values).toMatchObject({
			id: ORG.maastricht,
			contact_name: before?.contact_name ?? null
		});
		expect(rows[0].new_values).toMatchObject({ id: ORG.maastricht, contact_name: 'Team Werk Maastricht' });
	});

	it('records the coordinator’s update of the region, with no partner attached', async () => {
		const before = await serviceRow('regions', REGION.zuidLimburg);
		cleanup.add(() =>
			serviceUpdate('regions', REGION.zuidLimburg, { vision_statement: before?.vision_statement ?? null })
		);
		const since = await lastAuditId();
		const vision = 'Iedereen doet mee in Zuid-Limburg.';

		const { error } = await actors.coordinator
			.from('regions')
			.update({ vision_statement: vision })
			.eq('id', REGION.zuidLimburg);
		expect(error).toBeNull();

		const rows = await auditRowsSince(since, 'regions', REGION.zuidLimburg);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({
			action: 'UPDATE',
			user_id: DEMO.coordinator.id,
			region_id: REGION.zuidLimburg,
			organisation_id: null
		});
		expect(rows[0].old_values?.vision_statement).toBe(before?.vision_statement ?? null);
		expect(rows[0].new_values?.vision_statement).toBe(vision);
	});

	it('records a partner added and removed by the coordinator', async () => {
		const since = await lastAuditId();
		const name = uniqueName('Stichting Test');
		const inserted = await actors.coordinator
			.from('organisations')
			.insert({ region_id: REGION.zuidLimburg, type: 'overig', name })
			.select('id')
			.single();
		expect(inserted.error).toBeNull();
		const id = (inserted.data as { id: string }).id;
		cleanup.add(async () => {
			if (await serviceRow('organisations', id)) await serviceDelete('organisations', id);
		});
		const deleted = await deleteById(actors.coordinator, 'organisations', id, 'id');
		expect(deleted.data).toEqual([{ id }]);

		const rows = await auditRowsSince(since, 'organisations', id);
		expect(rows.map((row) => row.action)).toEqual(['INSERT', 'DELETE']);
		for (const row of rows) {
			expect(row).toMatchObject({
				user_id: DEMO.coordinator.id,
				region_id: REGION.zuidLimburg,
				organisation_id: id
			});
		}
		expect(rows[0].old_values).toBeNull();
		expect(rows[0].new_values).toMatchObject({ id, name, type: 'overig' });
		expect(rows[1].old_values).toMatchObject({ id, name });
		expect(rows[1].new_values).toBeNull();
	});

	it('records membership changes by the partner’s admin under the partner and its region', async () => {
		const user = await createUser('audited');
		cleanup.add(() => deleteUser(user));
		const since = await lastAuditId();

		const inserted = await actors.admin
			.from('memberships')
			.insert({ user_id: user.id, organisation_id: ORG.heerlen, role: 'viewer' })
			.select('id')
			.single();
		expect(inserted.error).toBeNull();
		const id = (inserted.data as { id: string }).id;
		expect((await updateById(actors.admin, 'memberships', id, { role: 'editor' })).data).toHaveLength(1);
		expect((await deleteById(actors.admin, 'memberships', id)).data).toHaveLength(1);

		const rows = await auditRowsSince(since, 'memberships', id);
		expect(rows.map((row) => row.action)).toEqual(['INSERT', 'UPDATE', 'DELETE']);
		for (const row of rows) {
			expect(row).toMatchObject({
				user_id: DEMO.admin.id,
				region_id: REGION.zuidLimburg,
				organisation_id: ORG.heerlen
			});
		}
		expect([rows[0].old_values, rows[0].new_values?.role]).toEqual([null, 'viewer']);
		expect([rows[1].old_values?.role, rows[1].new_values?.role]).toEqual(['viewer', 'editor']);
		expect([rows[2].old_values?.role, rows[2].new_values]).toEqual(['editor', null]);
		expect(rows[0].new_values?.user_id).toBe(user.id);
	});

	it('records memberships removed along with their partner under the partner’s region, readable by members', async () => {
		const region = await createRegion();
		cleanup.add(() => deleteRegion(region));
		const coordinator = await createUser('cascade-coordinator');
		const member = await createUser('cascade-member');
		cleanup.add(() => deleteUser(coordinator));
		cleanup.add(() => deleteUser(member));
		await createMembership(coordinator.id, region.leadId, 'coordinator');
		const removed = await createMembership(member.id, region.otherId, 'editor');
		const since = await lastAuditId();

		const deleted = await deleteById(coordinator.client, 'organisations', region.otherId, 'id');
		expect(deleted.error).toBeNull();
		expect(deleted.data).toEqual([{ id: region.otherId }]);

		const rows = await auditRowsSince(since, 'memberships', removed.id);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({
			action: 'DELETE',
			user_id: coordinator.id,
			region_id: region.id,
			organisation_id: region.otherId
		});
		const visible = await coordinator.client.from('audit_log').select('id').eq('id', rows[0].id);
		expect(visible.data).toEqual([{ id: rows[0].id }]);
	});

	it('does not record reads', async () => {
		const since = await lastAuditId();
		await actors.viewer.from('organisations').select('id');
		await actors.viewer.from('memberships').select('id');
		expect(await lastAuditId()).toBe(since);
	});
});

describe('audit_log: who reads it', () => {
	/** Audit rows known to exist in each region: a partner added and removed there with the service key. */
	const known: Record<string, number[]> = {};

	beforeAll(async () => {
		for (const region of Object.values(REGION)) {
			const since = await lastAuditId();
			const id = await createPartner(region, 'Auditspoor');
			await serviceDelete('organisations', id);
			known[region] = (await auditRowsSince(since, 'organisations', id)).map((row) => row.id);
			expect(known[region]).toHaveLength(2);
		}
	});

	/** How many audit rows a client sees, optionally outside one region (rows without a region included). */
	async function visibleCount(client: SupabaseClient, outside?: string): Promise<number | null> {
		let query = client.from('audit_log').select('id', { count: 'exact', head: true });
		if (outside) query = query.or(`region_id.neq.${outside},region_id.is.null`);
		const { count, error } = await query;
		expect(error).toBeNull();
		return count;
	}

	async function visibleIds(client: SupabaseClient, ids: readonly number[]): Promise<number[]> {
		const { data, error } = await client
			.from('audit_log')
			.select('id')
			.in('id', [...ids])
			.order('id');
		expect(error).toBeNull();
		return (data as { id: number }[]).map((row) => row.id);
	}

	it('anon has no access at all', async () => {
		expectPermissionDenied(await actors.anon.from('audit_log').select('id'), 'audit_log');
	});

	/** The partners the demo members who do not coordinate act for (their plaatsingen's audit rows). */
	const OWN_PARTNERS = {
		viewer: [ORG.uwvZuidLimburg],
		editor: [ORG.maastricht],
		tilburg: [ORG.tilburg]
	} as const;

	for (const name of ZUID_LIMBURG_MEMBERS)
		it(`the ${who(name)} reads exactly the audit rows of Zuid-Limburg`, async () => {
			const client = actors[name];
			const ownPartners = OWN_PARTNERS[name as keyof typeof OWN_PARTNERS];
			expect(await visibleCount(client)).toBe(await auditCountOfRegion(REGION.zuidLimburg, ownPartners));
			expect(await visibleCount(client, REGION.zuidLimburg)).toBe(0);
			expect(await visibleIds(client, known[REGION.zuidLimburg])).toEqual(known[REGION.zuidLimburg]);
			expect(await visibleIds(client, known[REGION.middenBrabant])).toEqual([]);
		});

	it('the Tilburg editor reads exactly the audit rows of Midden-Brabant, none of Zuid-Limburg', async () => {
		const client = actors.tilburg;
		expect(await visibleCount(client)).toBe(
			await auditCountOfRegion(REGION.middenBrabant, OWN_PARTNERS.tilburg)
		);
		expect(await visibleCount(client, REGION.middenBrabant)).toBe(0);
		expect(await visibleIds(client, known[REGION.middenBrabant])).toEqual(known[REGION.middenBrabant]);
		expect(await visibleIds(client, known[REGION.zuidLimburg])).toEqual([]);
		expectNoRowsAffected(await client.from('audit_log').select('id').eq('organisation_id', ORG.maastricht));
	});

	it('nobody reads Midden-Limburg’s rows without a membership there', async () => {
		expect(await auditCountOfRegion(REGION.middenLimburg)).toBeGreaterThanOrEqual(2);
		for (const name of ALL_DEMO) {
			expect(await visibleIds(actors[name], known[REGION.middenLimburg])).toEqual([]);
			expectNoRowsAffected(
				await actors[name].from('audit_log').select('id').eq('region_id', REGION.middenLimburg)
			);
		}
	});

	it('a signed-in user without memberships reads no audit rows', async () => {
		const user = await createUser('no-audit');
		cleanup.add(() => deleteUser(user));
		expectNoRowsAffected(await user.client.from('audit_log').select('id'));
	});
});

describe('audit_log: append-only through the API', () => {
	for (const name of ALL_DEMO)
		it(`the ${who(name)} cannot write an audit row`, async () => {
			const count = await auditCount();
			const result = await actors[name]
				.from('audit_log')
				.insert({
					table_name: 'regions',
					row_id: REGION.zuidLimburg,
					action: 'UPDATE',
					region_id: REGION.zuidLimburg
				})
				.select();
			expectPermissionDenied(result, 'audit_log');
			expect(await auditCount()).toBe(count);
		});

	for (const name of ALL_DEMO)
		it(`the ${who(name)} cannot change an audit row`, async () => {
			const row = await someAuditRow();
			const result = await updateById(actors[name], 'audit_log', row.id, {
				action: 'DELETE',
				user_id: null,
				new_values: null
			});
			await expectRowKept(result, 'audit_log', String(row.id), row, 'denied');
		});

	for (const name of ALL_DEMO)
		it(`the ${who(name)} cannot delete audit rows`, async () => {
			const count = await auditCount();
			const result = await actors[name]
				.from('audit_log')
				.delete()
				.eq('region_id', REGION.zuidLimburg)
				.select();
			expectPermissionDenied(result, 'audit_log');
			expect(await auditCount()).toBe(count);
		});

	it('anon cannot write, change or delete audit rows', async () => {
		const row = await someAuditRow();
		const count = await auditCount();
		expectPermissionDenied(
			await actors.anon.from('audit_log').insert({ table_name: 'x', row_id: 'x', action: 'INSERT' }).select(),
			'audit_log'
		);
		expectPermissionDenied(
			await updateById(actors.anon, 'audit_log', row.id, { action: 'DELETE' }),
			'audit_log'
		);
		expectPermissionDenied(await deleteById(actors.anon, 'audit_log', row.id), 'audit_log');
		expect(await auditCount()).toBe(count);
		expect(await serviceRow('audit_log', String(row.id))).toEqual(row);
	});

	it('not even the service-role key writes, changes or deletes audit rows', async () => {
		const row = await someAuditRow();
		const count = await auditCount();
		expectPermissionDenied(
			await service
				.from('audit_log')
				.insert({ table_name: 'regions', row_id: REGION.zuidLimburg, action: 'INSERT' })
				.select(),
			'audit_log'
		);
		expectPermissionDenied(await updateById(service, 'audit_log', row.id, { action: 'DELETE' }), 'audit_log');
		expectPermissionDenied(await deleteById(service, 'audit_log', row.id), 'audit_log');
		expectPermissionDenied(await service.from('audit_log').delete().gte('id', 0).select(), 'audit_log');
		expect(await auditCount()).toBe(count);
		expect(await serviceRow('audit_log', String(row.id))).toEqual(row);
	});

	it('the audit rows of a partner the service role removes stay behind', async () => {
		const id = await createPartner(REGION.zuidLimburg, 'Vergankelijk');
		await serviceDelete('organisations', id);
		const rows = await auditRowsSince(0, 'organisations', id);
		expect(rows.map((row) => row.action)).toEqual(['INSERT', 'DELETE']);
		expect(rows.every((row) => row.region_id === REGION.zuidLimburg && row.user_id === null)).toBe(true);
	});
});
