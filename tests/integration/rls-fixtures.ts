// Shared fixtures for the RLS tests of the core model: the seeded ids, the demo actors signed in through
// the Auth endpoints, throwaway partners/regions/users made with the service key, and small assertions.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { PostgrestError, SupabaseClient } from '@supabase/supabase-js';
import { anonClient, createSignedInUser, serviceClient, signInAs, type TestUser } from './helpers';

export const REGION = {
	zuidLimburg: 'a0000000-0000-4000-8000-000000000001',
	middenBrabant: 'a0000000-0000-4000-8000-000000000002',
	middenLimburg: 'a0000000-0000-4000-8000-000000000003'
} as const;

export const ORG = {
	heerlen: 'b0000000-0000-4000-8000-000000000001',
	maastricht: 'b0000000-0000-4000-8000-000000000002',
	uwvZuidLimburg: 'b0000000-0000-4000-8000-000000000003',
	kerkrade: 'b0000000-0000-4000-8000-000000000015',
	tilburg: 'b0000000-0000-4000-8000-000000000004',
	waalwijk: 'b0000000-0000-4000-8000-000000000040',
	roermond: 'b0000000-0000-4000-8000-000000000005'
} as const;

export const DEMO = {
	coordinator: { id: '10000000-0000-4000-8000-000000000001', email: 'coordinator@heerlen.example' },
	editor: { id: '10000000-0000-4000-8000-000000000002', email: 'editor@maastricht.example' },
	viewer: { id: '10000000-0000-4000-8000-000000000003', email: 'viewer@uwv.example' },
	admin: { id: '10000000-0000-4000-8000-000000000004', email: 'admin@zuid-limburg.example' },
	tilburg: { id: '10000000-0000-4000-8000-000000000005', email: 'editor@tilburg.example' }
} as const;

/** The seeded people: viewer (UWV), editor (Maastricht), coordinator and admin (Heerlen), Tilburg editor. */
export type DemoName = keyof typeof DEMO;
export type ActorName = DemoName | 'anon';
export type Actors = Record<ActorName, SupabaseClient>;

const LABELS: Record<ActorName, string> = {
	anon: 'anonymous visitor',
	viewer: 'viewer (UWV Zuid-Limburg)',
	editor: 'editor of Maastricht',
	coordinator: 'coordinator (Heerlen, lead organisation)',
	admin: 'admin (Heerlen)',
	tilburg: 'editor of Tilburg (Midden-Brabant)'
};

/** How a test name calls an actor. */
export const who = (name: ActorName): string => LABELS[name];

export const ZUID_LIMBURG_MEMBERS = [
	'viewer',
	'editor',
	'coordinator',
	'admin'
] as const satisfies DemoName[];
export const ALL_DEMO = [...ZUID_LIMBURG_MEMBERS, 'tilburg'] as const satisfies DemoName[];

/**
 * Every demo account signed in once with its password, plus a client without a session.
 */
export async function signInActors(): Promise<Actors> {
	const actors = { anon: anonClient() } as Actors;
	for (const name of ALL_DEMO) actors[name] = await signInAs(DEMO[name].email);
	return actors;
}

export async function signOutActors(actors: Actors | undefined): Promise<void> {
	for (const name of ALL_DEMO) await actors?.[name]?.auth.signOut();
}

/**
 * The demo actors of a test file: signed in before its first test, signed out after its last. The object is
 * filled in `beforeAll`, so read it inside tests and hooks.
 */
export function demoActors(): Actors {
	const actors = {} as Actors;
	beforeAll(async () => {
		Object.assign(actors, await signInActors());
	});
	afterAll(() => signOutActors(actors));
	return actors;
}

// ---------------------------------------------------------------------------------------------------
// Results

/** The test that anon (no session) has no privilege on `table`: a select is denied, not just empty. */
export function itDeniesAnon(actors: Actors, table: string): void {
	it('anon has no access at all', async () => {
		expectPermissionDenied(await actors.anon.from(table).select('id'), table);
	});
}

interface Result {
	data: unknown;
	error: PostgrestError | null;
}

export type Row = Record<string, unknown>;

/** An insert that RLS refuses: PostgREST answers 42501 with the policy violation. */
export function expectRlsViolation(result: Result, table: string): void {
	expect(result.error?.code).toBe('42501');
	expect(result.error?.message).toBe(`new row violates row-level security policy for table "${table}"`);
	expect(result.data).toBeNull();
}

/** A role without the table privilege (anon everywhere, anyone writing the audit log). */
export function expectPermissionDenied(result: Result, table: string): void {
	expect(result.error?.code).toBe('42501');
	expect(result.error?.message).toBe(`permission denied for table ${table}`);
	expect(result.data).toBeNull();
}

/** An update or delete with `.select()` that RLS hid every row from. */
export function expectNoRowsAffected(result: Result): void {
	expect(result.error).toBeNull();
	expect(result.data).toEqual([]);
}

/** How a refused write is answered: RLS hid the row, the role lacks the privilege, or the new row fails the policy. */
export type Refusal = 'hidden' | 'denied' | 'policy';

/**
 * A refused write on one row: answered as `refusal` says, and the row (read with the service key) is still
 * `before`.
 */
export async function expectRowKept(
	result: Result,
	table: string,
	id: string,
	before: unknown,
	refusal: Refusal = 'hidden'
): Promise<void> {
	if (refusal === 'hidden') expectNoRowsAffected(result);
	else if (refusal === 'denied') expectPermissionDenied(result, table);
	else expectRlsViolation(result, table);
	expect(await serviceRow(table, id)).toEqual(before);
}

/** A delete that went through: it answered with the row's id, and the row is gone. */
export async function expectDeleted(result: Result, table: string, id: string): Promise<void> {
	expect(result.error).toBeNull();
	expect(result.data).toEqual([{ id }]);
	expect(await serviceRow(table, id)).toBeNull();
}

/** `client` updates one row of `table` by id and asks for `columns` of what changed. */
export function updateById(
	client: SupabaseClient,
	table: string,
	id: string | number,
	values: Row,
	columns = '*'
) {
	return client.from(table).update(values).eq('id', id).select(columns);
}

/** `client` deletes one row of `table` by id and asks for `columns` of what went. */
export function deleteById(client: SupabaseClient, table: string, id: string | number, columns = '*') {
	return client.from(table).delete().eq('id', id).select(columns);
}

/**
 * An update by id that `client` may make: it answers with the row's id and `changes`, and the row (read with the
 * service key) holds them.
 */
export async function expectUpdated(
	client: SupabaseClient,
	table: string,
	id: string,
	changes: Row
): Promise<void> {
	const { data, error } = await updateById(
		client,
		table,
		id,
		changes,
		['id', ...Object.keys(changes)].join(', ')
	);
	expect(error).toBeNull();
	expect(data).toEqual([{ id, ...changes }]);
	expect(await serviceRow(table, id)).toMatchObject(changes);
}

export function expectError(result: Result, code: string, message: string | RegExp): void {
	expect(result.error?.code).toBe(code);
	if (typeof message === 'string') expect(result.error?.message).toBe(message);
	else expect(result.error?.message).toMatch(message);
	expect(result.data).toBeNull();
}

export function idsOf(rows: readonly { id: string }[] | null): string[] {
	return (rows ?? []).map((row) => row.id).sort();
}

/**
 * Waits until `check` holds (a live event arrived), failing after `timeoutMs` with what was awaited. The wait is
 * generous on purpose: this asserts that the event arrives at all; how fast is measured by `npm run bench`.
 */
export async function eventually(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!check()) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 25));
	}
}

// ---------------------------------------------------------------------------------------------------
// The truth, read with the service key

export const service = serviceClient();

export async function serviceRow(table: string, id: string): Promise<Row | null> {
	const { data, error } = await service.from(table).select('*').eq('id', id).maybeSingle();
	if (error) throw new Error(`reading ${table} ${id}: ${error.message}`);
	return data as Row | null;
}

export async function serviceIds(
	table: string,
	column: string,
	values: readonly string[]
): Promise<string[]> {
	const { data, error } = await service
		.from(table)
		.select('id')
		.in(column, [...values]);
	if (error) throw new Error(`reading ${table}: ${error.message}`);
	return idsOf(data);
}

/** Ids of the partners of a region. */
export function organisationIdsOf(region: string): Promise<string[]> {
	return serviceIds('organisations', 'region_id', [region]);
}

/** Ids of the memberships at any partner of a region. */
export async function membershipIdsOf(region: string): Promise<string[]> {
	return serviceIds('memberships', 'organisation_id', await organisationIdsOf(region));
}

/** Ids of the users with a membership in a region. */
export async function memberUserIdsOf(region: string): Promise<string[]> {
	const { data, error } = await service
		.from('memberships')
		.select('user_id')
		.in('organisation_id', await organisationIdsOf(region));
	if (error) throw new Error(`reading memberships: ${error.message}`);
	return [...new Set((data as { user_id: string }[]).map((row) => row.user_id))].sort();
}

/** Writes with the service key, for setup and for restoring seeded rows. */
export async function serviceUpdate(table: string, id: string, values: Row): Promise<void> {
	const { error } = await service.from(table).update(values).eq('id', id);
	if (error) throw new Error(`restoring ${table} ${id}: ${error.message}`);
}

export async function serviceInsert(table: string, values: Row): Promise<Row> {
	const { data, error } = await service.from(table).insert(values).select().single();
	if (error) throw new Error(`inserting into ${table}: ${error.message}`);
	return data as Row;
}

export async function serviceDelete(table: string, id: string): Promise<void> {
	const { error } = await service.from(table).delete().eq('id', id);
	if (error) throw new Error(`deleting ${table} ${id}: ${error.message}`);
}

// ---------------------------------------------------------------------------------------------------
// Throwaway data

export const uniqueName = (label: string) => `${label} ${randomUUID().slice(0, 8)}`;

/** A partner of type `overig` (no CBS code), made with the service key. */
export async function createPartner(
	region: string = REGION.zuidLimburg,
	label = 'Testpartner'
): Promise<string> {
	const row = await serviceInsert('organisations', {
		region_id: region,
		type: 'overig',
		name: uniqueName(label)
	});
	return row.id as string;
}

export interface Membership {
	id: string;
	user_id: string;
	organisation_id: string;
	role: string;
}

export async function createMembership(
	userId: string,
	organisationId: string,
	role: string
): Promise<Membership> {
	return (await serviceInsert('memberships', {
		user_id: userId,
		organisation_id: organisationId,
		role
	})) as unknown as Membership;
}

/** A fresh confirmed user, signed in through the Auth endpoints; no profile, no memberships. */
export async function createUser(label: string): Promise<TestUser> {
	return createSignedInUser(label);
}

export async function deleteUser(user: TestUser): Promise<void> {
	await user.client.auth.signOut();
	const { error } = await service.auth.admin.deleteUser(user.id);
	if (error) throw new Error(`deleting user ${user.email}: ${error.message}`);
}

export interface ThrowawayRegion {
	id: string;
	leadId: string;
	otherId: string;
}

/** A region with a lead organisation and one other partner, made with the service key. */
export async function createRegion(): Promise<ThrowawayRegion> {
	const id = randomUUID();
	await serviceInsert('regions', { id, name: uniqueName('Testregio'), slug: `test-${id.slice(0, 8)}` });
	const leadId = await createPartner(id, 'Trekker');
	const otherId = await createPartner(id, 'Partner');
	await serviceUpdate('regions', id, { lead_organisation_id: leadId });
	return { id, leadId, otherId };
}

/** Removes a region with its partners and their memberships (the service role passes every guard). */
export function deleteRegion(region: ThrowawayRegion): Promise<void> {
	return serviceDelete('regions', region.id);
}

/** Runs registered clean-ups last-in-first-out; call `run` in afterEach. */
export class Cleanup {
	private readonly tasks: (() => Promise<unknown>)[] = [];

	add(task: () => Promise<unknown>): void {
		this.tasks.push(task);
	}

	async run(): Promise<void> {
		const errors: unknown[] = [];
		while (this.tasks.length) {
			const task = this.tasks.pop()!;
			await task().catch((error: unknown) => errors.push(error));
		}
		if (errors.length) throw new Error(`clean-up failed: ${errors.map(String).join('; ')}`);
	}
}

/** A meeting made with the service key and removed by `cleanup` after the test; its id. */
export async function serviceMeeting(
	cleanup: Cleanup,
	values: { title: string; starts_at: string; region_id?: string }
): Promise<string> {
	const meeting = await serviceInsert('meetings', { region_id: REGION.zuidLimburg, ...values });
	const id = meeting.id as string;
	cleanup.add(() => serviceDelete('meetings', id));
	return id;
}

/** A clean-up that runs after each test of the file. */
export function cleanupAfterEach(): Cleanup {
	const cleanup = new Cleanup();
	afterEach(() => cleanup.run());
	return cleanup;
}

/** The newest audit_log id, to find what a test's action wrote. */
export async function lastAuditId(): Promise<number> {
	const { data, error } = await service
		.from('audit_log')
		.select('id')
		.order('id', { ascending: false })
		.limit(1);
	if (error) throw new Error(`reading audit_log: ${error.message}`);
	return (data as { id: number }[])[0]?.id ?? 0;
}

export interface AuditRow {
	id: number;
	table_name: string;
	row_id: string;
	action: 'INSERT' | 'UPDATE' | 'DELETE';
	old_values: Row | null;
	new_values: Row | null;
	user_id: string | null;
	region_id: string | null;
	organisation_id: string | null;
}

/** The audit rows written after `sinceId` about one row, oldest first. */
export async function auditRowsSince(sinceId: number, table: string, rowId: string): Promise<AuditRow[]> {
	const { data, error } = await service
		.from('audit_log')
		.select('*')
		.gt('id', sinceId)
		.eq('table_name', table)
		.eq('row_id', rowId)
		.order('id');
	if (error) throw new Error(`reading audit_log: ${error.message}`);
	return data as AuditRow[];
}
