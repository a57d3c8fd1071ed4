// organisation_activity (the last activity per partner on every region page): exactly the newest and the
// number of audit rows the caller may read per partner, for every actor; nothing for anonymous visitors.
// The view walks the audit trail's index partner by partner since
// supabase/migrations/20261216020000_organisation_activity_per_partner.sql; these tests hold it to the
// plain aggregate it replaced.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SupabaseClient } from '@supabase/supabase-js';
import { ALL_DEMO, ORG, signInActors, signOutActors, who, type Actors } from './rls-fixtures';
import { FigureRows, newMarker, placement } from './rls-figures-fixtures';

let actors: Actors;
const rows = new FigureRows(newMarker('activity'));
/** A change in each region, so every actor has audit rows to read whatever ran before. */
const setupRows = new FigureRows(newMarker('activity-setup'));

beforeAll(async () => {
	actors = await signInActors();
	for (const [actor, organisation] of [
		[actors.editor, ORG.maastricht],
		[actors.tilburg, ORG.tilburg]
	] as const) {
		const { data, error } = await actor
			.from('placements')
			.insert(placement(organisation, setupRows.marker))
			.select('id')
			.single();
		expect(error).toBeNull();
		setupRows.removeAfterTest('placements', (data as { id: string }).id);
	}
});
afterAll(async () => {
	await setupRows.run();
	await signOutActors(actors);
});
afterEach(() => rows.run());

interface Activity {
	organisation_id: string;
	last_activity_at: string;
	change_count: number;
}

/** The view as the client reads it, by partner. */
async function activityOf(client: SupabaseClient): Promise<Activity[]> {
	const { data, error } = await client
		.from('organisation_activity')
		.select('organisation_id, last_activity_at, change_count')
		.order('organisation_id');
	expect(error).toBeNull();
	return data as Activity[];
}

/** The same, aggregated from the audit rows the client may read. */
async function expectedActivityOf(client: SupabaseClient): Promise<Activity[]> {
	const { data, error } = await client
		.from('audit_log')
		.select('organisation_id, created_at')
		.not('organisation_id', 'is', null);
	expect(error).toBeNull();
	const byPartner = new Map<string, Activity>();
	for (const row of data as { organisation_id: string; created_at: string }[]) {
		const known = byPartner.get(row.organisation_id);
		if (!known) {
			byPartner.set(row.organisation_id, {
				organisation_id: row.organisation_id,
				last_activity_at: row.created_at,
				change_count: 1
			});
			continue;
		}
		known.change_count++;
		if (Date.parse(row.created_at) > Date.parse(known.last_activity_at))
			known.last_activity_at = row.created_at;
	}
	return [...byPartner.values()].sort((a, b) => (a.organisation_id < b.organisation_id ? -1 : 1));
}

describe('organisation_activity', () => {
	for (const name of ALL_DEMO) {
		it(`${who(name)}: per partner the newest and the number of the audit rows they may read`, async () => {
			const activity = await activityOf(actors[name]);
			expect(activity.length).toBeGreaterThan(0);
			expect(activity).toEqual(await expectedActivityOf(actors[name]));
		});
	}

	it('a plaatsing shows as the partner’s last activity to its own people and the coordinators only', async () => {
		const { data, error } = await actors.editor
			.from('placements')
			.insert(placement(ORG.maastricht, rows.marker))
			.select('id')
			.single();
		expect(error).toBeNull();
		rows.removeAfterTest('placements', (data as { id: string }).id);
		const { data: audit } = await actors.coordinator
			.from('audit_log')
			.select('created_at')
			.eq('organisation_id', ORG.maastricht)
			.order('created_at', { ascending: false })
			.limit(1)
			.single();
		const lastOf = async (name: 'viewer' | 'editor' | 'coordinator' | 'tilburg') =>
			(await activityOf(actors[name])).find((row) => row.organisation_id === ORG.maastricht)
				?.last_activity_at;
		for (const name of ['editor', 'coordinator'] as const)
			expect(await lastOf(name), who(name)).toBe((audit as { created_at: string }).created_at);
		// Its audit row is the plaatsing (person-level): another partner's viewer does not read it.
		expect(await lastOf('viewer')).not.toBe((audit as { created_at: string }).created_at);
		expect(await lastOf('tilburg')).toBeUndefined();
	});

	it(`${who('anon')}: no access`, async () => {
		const { data, error } = await actors.anon.from('organisation_activity').select('organisation_id');
		expect(error?.code).toBe('42501');
		expect(error?.message).toBe('permission denied for view organisation_activity');
		expect(data).toBeNull();
	});
});
