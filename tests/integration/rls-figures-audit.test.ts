// The audit trail of the figures: every insert, update and delete of placements, regional targets,
// programmes and budget commitments through the API leaves a row with the acting user, the region and the
// partner (none for the region-level targets and programmes), readable by the region's members only.
import { afterEach, describe, expect, it } from 'vitest';
import type { SupabaseClient } from '@supabase/supabase-js';
import {
	DEMO,
	ORG,
	REGION,
	auditRowsSince,
	demoActors,
	expectNoRowsAffected,
	lastAuditId,
	service,
	uniqueName,
	type AuditRow,
	type Row
} from './rls-fixtures';
import {
	FigureRows,
	PROGRAMME,
	TEST_YEAR,
	commitment,
	newMarker,
	placement,
	type FigureTable
} from './rls-figures-fixtures';

const actors = demoActors();
const marker = newMarker('audit');
const rows = new FigureRows(marker);

afterEach(() => rows.run());

/** Inserts, updates and deletes one row through a signed-in client; returns its id. */
async function lifeCycle(
	client: SupabaseClient,
	table: FigureTable,
	values: Row,
	changes: Row
): Promise<string> {
	const inserted = await client.from(table).insert(values).select('id').single();
	expect(inserted.error).toBeNull();
	const id = (inserted.data as { id: string }).id;
	rows.removeAfterTest(table, id);
	const updated = await client.from(table).update(changes).eq('id', id).select('id');
	expect(updated.error).toBeNull();
	expect(updated.data).toEqual([{ id }]);
	const deleted = await client.from(table).delete().eq('id', id).select('id');
	expect(deleted.error).toBeNull();
	expect(deleted.data).toEqual([{ id }]);
	return id;
}

function expectLifeCycle(
	audit: AuditRow[],
	who: { user_id: string; region_id: string; organisation_id: string | null },
	changes: Row
): void {
	expect(audit.map((row) => row.action)).toEqual(['INSERT', 'UPDATE', 'DELETE']);
	for (const row of audit) expect(row).toMatchObject(who);
	const [insert, update, remove] = audit;
	expect(insert.old_values).toBeNull();
	expect(insert.new_values).toMatchObject({ id: insert.row_id });
	expect(update.old_values).not.toMatchObject(changes);
	expect(update.new_values).toMatchObject(changes);
	expect(remove.old_values).toMatchObject(changes);
	expect(remove.new_values).toBeNull();
}

describe('audit_log: figures changes are recorded with user, region and partner', () => {
	it('placements: the Maastricht editor’s insert, update and delete', async () => {
		const since = await lastAuditId();
		const changes = { hours_per_week: 32.5, employer_name: 'Maastricht Werkt BV' };
		const id = await lifeCycle(actors.editor, 'placements', placement(ORG.maastricht, marker), changes);
		expectLifeCycle(
			await auditRowsSince(since, 'placements', id),
			{ user_id: DEMO.editor.id, region_id: REGION.zuidLimburg, organisation_id: ORG.maastricht },
			changes
		);
	});

	it('placements: the coordinator’s changes to a Kerkrade placement are Kerkrade’s, by the coordinator', async () => {
		const since = await lastAuditId();
		const changes = { employer_name: 'Kerkrade Werkt BV' };
		const id = await lifeCycle(actors.coordinator, 'placements', placement(ORG.kerkrade, marker), changes);
		expectLifeCycle(
			await auditRowsSince(since, 'placements', id),
			{ user_id: DEMO.coordinator.id, region_id: REGION.zuidLimburg, organisation_id: ORG.kerkrade },
			changes
		);
	});

	it('placements: a faked region_id does not reach the audit trail either', async () => {
		const since = await lastAuditId();
		const { data, error } = await actors.editor
			.from('placements')
			.insert(placement(ORG.maastricht, marker, { region_id: REGION.middenBrabant }))
			.select('id')
			.single();
		expect(error).toBeNull();
		const id = (data as { id: string }).id;
		rows.removeAfterTest('placements', id);
		const audit = await auditRowsSince(since, 'placements', id);
		expect(audit).toHaveLength(1);
		expect(audit[0]).toMatchObject({ action: 'INSERT', region_id: REGION.zuidLimburg });
		expect(audit[0].new_values).toMatchObject({ region_id: REGION.zuidLimburg });
	});

	it('regional_targets: the coordinator’s changes carry the region and no partner', async () => {
		const since = await lastAuditId();
		const changes = { target_jobs: 210.5 };
		const id = await lifeCycle(
			actors.coordinator,
			'regional_targets',
			{ region_id: REGION.zuidLimburg, year: TEST_YEAR, sector: 'overheid', target_jobs: 200 },
			changes
		);
		expectLifeCycle(
			await auditRowsSince(since, 'regional_targets', id),
			{ user_id: DEMO.coordinator.id, region_id: REGION.zuidLimburg, organisation_id: null },
			changes
		);
	});

	it('programmes: the admin’s changes carry the region and no partner', async () => {
		const since = await lastAuditId();
		const changes = { active: false };
		const id = await lifeCycle(
			actors.admin,
			'programmes',
			{ region_id: REGION.zuidLimburg, name: uniqueName('Auditprogramma'), description: marker },
			changes
		);
		expectLifeCycle(
			await auditRowsSince(since, 'programmes', id),
			{ user_id: DEMO.admin.id, region_id: REGION.zuidLimburg, organisation_id: null },
			changes
		);
	});

	it('budget_commitments: the Maastricht editor’s insert, update and delete', async () => {
		const since = await lastAuditId();
		const changes = { realised_amount: 4321.09 };
		const id = await lifeCycle(
			actors.editor,
			'budget_commitments',
			commitment(ORG.maastricht, marker, { programme_id: PROGRAMME.loonwaardebepaling }),
			changes
		);
		expectLifeCycle(
			await auditRowsSince(since, 'budget_commitments', id),
			{ user_id: DEMO.editor.id, region_id: REGION.zuidLimburg, organisation_id: ORG.maastricht },
			changes
		);
	});

	it('removing a programme records the removal of every commitment to it, by the coordinator', async () => {
		const programme = await rows.insert('programmes', {
			region_id: REGION.zuidLimburg,
			name: uniqueName('Op te heffen programma'),
			description: marker
		});
		const pledges = [
			await rows.insert(
				'budget_commitments',
				commitment(ORG.maastricht, marker, { programme_id: programme.id })
			),
			await rows.insert(
				'budget_commitments',
				commitment(ORG.kerkrade, marker, { programme_id: programme.id })
			)
		];
		const since = await lastAuditId();
		const { error } = await actors.coordinator.from('programmes').delete().eq('id', programme.id);
		expect(error).toBeNull();

		expect(await auditRowsSince(since, 'programmes', programme.id)).toMatchObject([
			{ action: 'DELETE', user_id: DEMO.coordinator.id, region_id: REGION.zuidLimburg, organisation_id: null }
		]);
		for (const pledge of pledges)
			expect(await auditRowsSince(since, 'budget_commitments', pledge.id)).toMatchObject([
				{
					action: 'DELETE',
					user_id: DEMO.coordinator.id,
					region_id: REGION.zuidLimburg,
					organisation_id: pledge.organisation_id
				}
			]);
	});

	it('a bulk import leaves one INSERT row per line, each with the importer and the partner', async () => {
		const since = await lastAuditId();
		const lines = [1, 2, 3, 4].map((quarter) =>
			placement(ORG.maastricht, marker, { start_date: `2015-${String(quarter * 3).padStart(2, '0')}-01` })
		);
		const { data, error } = await actors.editor.from('placements').insert(lines).select('id');
		expect(error).toBeNull();
		const { data: audit } = await service
			.from('audit_log')
			.select('row_id, action, user_id, region_id, organisation_id')
			.gt('id', since)
			.eq('table_name', 'placements')
			.order('row_id');
		expect(audit).toEqual(
			(data as { id: string }[])
				.map((row) => ({
					row_id: row.id,
					action: 'INSERT',
					user_id: DEMO.editor.id,
					region_id: REGION.zuidLimburg,
					organisation_id: ORG.maastricht
				}))
				.sort((a, b) => a.row_id.localeCompare(b.row_id))
		);
	});

	it('refused writes leave no audit rows', async () => {
		const since = await lastAuditId();
		const kerkrade = await actors.editor.from('placements').insert(placement(ORG.kerkrade, marker)).select();
		expect(kerkrade.error?.code).toBe('42501');
		const badFile = await actors.editor
			.from('placements')
			.insert([placement(ORG.maastricht, marker), placement(ORG.maastricht, marker, { hours_per_week: 0 })])
			.select();
		expect(badFile.error?.code).toBe('23514');
		const target = await actors.viewer
			.from('regional_targets')
			.insert({ region_id: REGION.zuidLimburg, year: TEST_YEAR, sector: 'markt', target_jobs: 1 })
			.select();
		expect(target.error?.code).toBe('42501');
		expect(await lastAuditId()).toBe(since);
	});
});

describe('audit_log: who reads the figures’ audit trail', () => {
	it('Maastricht’s own people and the coordinators read a Maastricht plaatsing’s rows; the UWV viewer and Tilburg do not', async () => {
		const since = await lastAuditId();
		const { data, error } = await actors.editor
			.from('placements')
			.insert(placement(ORG.maastricht, marker))
			.select('id')
			.single();
		expect(error).toBeNull();
		const id = (data as { id: string }).id;
		rows.removeAfterTest('placements', id);

		// The rows hold the plaatsing itself (person-level): the same readers as the plaatsing.
		for (const name of ['editor', 'coordinator', 'admin'] as const) {
			const seen = await actors[name]
				.from('audit_log')
				.select('row_id, action, user_id')
				.gt('id', since)
				.eq('row_id', id);
			expect(seen.error).toBeNull();
			expect(seen.data).toEqual([{ row_id: id, action: 'INSERT', user_id: DEMO.editor.id }]);
		}
		for (const name of ['viewer', 'tilburg'] as const)
			expectNoRowsAffected(
				await actors[name].from('audit_log').select('id').gt('id', since).eq('row_id', id)
			);
	});
});
