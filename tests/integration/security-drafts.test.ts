// Drafts never leave their author's circle (issue 13, item 2; supabase/migrations/20261205030000_draft_audit.sql).
// The attack as it was seen: a UWV viewer read the introduction and snapshot of the coordinator's unpublished
// report draft in audit_log.new_values, over REST and live through Realtime. Here the viewer (and the Maastricht
// editor) watch the audit log and report_versions live while the coordinator writes, changes and removes a draft
// and then publishes one: they receive the publication and nothing of any draft; the coordinators read all of it.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { RealtimeChannel, SupabaseClient } from '@supabase/supabase-js';
import { REGION, demoActors, eventually, service } from './rls-fixtures';

const actors = demoActors();

const SECRET = `Geheime concepttekst ${randomUUID()}`;
// A year long past that the seed has no reports for (a report's period must have begun).
const YEAR = 2015;

function draft(values: Record<string, unknown> = {}) {
	return {
		region_id: REGION.zuidLimburg,
		organisation_id: null,
		period_year: YEAR,
		period_quarter: 1 + Math.floor(Math.random() * 4),
		status: 'draft',
		title: `Concept ${randomUUID().slice(0, 8)}`,
		introduction: SECRET,
		conclusion: SECRET,
		sections: ['baanafspraken'],
		snapshot: { secret: SECRET },
		reference_date: `${YEAR}-03-31`,
		...values
	};
}

interface Watcher {
	events: { table: string; row: Record<string, unknown> }[];
	channel: RealtimeChannel;
	client: SupabaseClient;
}

/** Subscribes to every change of the given tables, as the overview and reports pages would. */
async function watch(client: SupabaseClient, tables = ['audit_log']): Promise<Watcher> {
	await client.realtime.setAuth();
	const events: Watcher['events'] = [];
	const channel = client.channel(`drafts-${randomUUID()}`);
	for (const table of tables) {
		channel.on('postgres_changes', { event: '*', schema: 'public', table }, (payload) =>
			events.push({ table, row: { ...(payload.old ?? {}), ...(payload.new ?? {}) } })
		);
	}
	await new Promise<void>((resolve, reject) => {
		channel.subscribe((status, error) => {
			if (status === 'SUBSCRIBED') resolve();
			else if (status === 'CHANNEL_ERROR' || status === 'TIMED_OUT') reject(error ?? new Error(status));
		});
	});
	return { events, channel, client };
}

const mentionsSecret = (value: unknown) => JSON.stringify(value).includes(SECRET);

describe('report drafts stay with the region’s coordinators', () => {
	it('over REST and Realtime, a viewer and an editor get the publication and nothing of any draft', async () => {
		const viewer = await watch(actors.viewer);
		const editor = await watch(actors.editor);
		const coordinator = await watch(actors.coordinator);
		try {
			// A draft written, changed and removed; another draft written, changed and published.
			const first = await actors.coordinator.from('report_versions').insert(draft()).select('id').single();
			expect(first.error).toBeNull();
			const firstId = first.data!.id as string;
			expect(
				(
					await actors.coordinator
						.from('report_versions')
						.update({ conclusion: `${SECRET} 2` })
						.eq('id', firstId)
				).error
			).toBeNull();
			expect((await actors.coordinator.from('report_versions').delete().eq('id', firstId)).error).toBeNull();

			// Another draft written and kept; the report published through publish_report() (a draft is never
			// turned into a publication directly: the database builds the published figures itself).
			const second = await actors.coordinator.from('report_versions').insert(draft()).select('id').single();
			const draftId = second.data!.id as string;
			const published = await actors.coordinator
				.rpc('publish_report', {
					region: REGION.zuidLimburg,
					gemeente: null as unknown as string,
					period_year: YEAR,
					period_quarter: 1,
					title: 'Gepubliceerd',
					introduction: 'Gepubliceerde inleiding',
					conclusion: 'Slot',
					sections: ['overleggen']
				})
				.single();
			expect(published.error).toBeNull();
			const secondId = (published.data as { id: string }).id;

			// The publication arrives (so everything before it has been delivered, in order).
			for (const watcher of [viewer, editor]) {
				await eventually(
					() => watcher.events.some((e) => e.table === 'audit_log' && e.row.row_id === secondId),
					'the publication in the audit log'
				);
				expect(watcher.events.filter((e) => mentionsSecret(e.row))).toEqual([]);
				for (const hidden of [firstId, draftId])
					expect(watcher.events.some((e) => e.row.id === hidden || e.row.row_id === hidden)).toBe(false);
			}
			// The coordinator saw its drafts being written.
			await eventually(
				() => coordinator.events.some((e) => e.table === 'audit_log' && e.row.row_id === firstId),
				'the draft in the coordinator’s audit log'
			);

			// Over REST: the audit trail of both reports.
			for (const reader of [actors.viewer, actors.editor]) {
				const { data, error } = await reader
					.from('audit_log')
					.select('row_id, action, old_values, new_values')
					.in('row_id', [firstId, draftId, secondId])
					.order('id');
				expect(error).toBeNull();
				expect(data).toHaveLength(1);
				expect(data![0]).toMatchObject({ row_id: secondId, action: 'INSERT' });
				expect(mentionsSecret(data)).toBe(false);
			}
			for (const reader of [actors.coordinator, actors.admin]) {
				const { data } = await reader
					.from('audit_log')
					.select('row_id')
					.in('row_id', [firstId, draftId, secondId]);
				// first: insert, update, delete; the kept draft: insert; the publication: insert.
				expect(data).toHaveLength(5);
			}
			const tilburg = await actors.tilburg
				.from('audit_log')
				.select('row_id')
				.in('row_id', [firstId, draftId, secondId]);
			expect(tilburg.data).toEqual([]);
			const { data: truth } = await service
				.from('audit_log')
				.select('id')
				.in('row_id', [firstId, draftId, secondId]);
			expect(truth).toHaveLength(5);
		} finally {
			for (const watcher of [viewer, editor, coordinator])
				await watcher.client.removeChannel(watcher.channel);
		}
	});

	it('report_versions itself is not broadcast: its rows change visibility when published', async () => {
		await expect(watch(actors.coordinator, ['report_versions'])).rejects.toThrow(/Unable to subscribe/);
	});

	it('a viewer cannot read a draft report itself, nor find it by its content', async () => {
		const made = await actors.coordinator.from('report_versions').insert(draft()).select('id').single();
		const id = made.data!.id as string;
		try {
			for (const reader of [actors.viewer, actors.editor]) {
				expect((await reader.from('report_versions').select('id').eq('id', id)).data).toEqual([]);
				expect((await reader.from('report_versions').select('id').eq('introduction', SECRET)).data).toEqual(
					[]
				);
				const byContent = await reader.from('audit_log').select('id').eq('new_values->>introduction', SECRET);
				expect(byContent.error).toBeNull();
				expect(byContent.data).toEqual([]);
			}
			expect((await actors.coordinator.from('report_versions').select('id').eq('id', id)).data).toHaveLength(
				1
			);
			const coordinatorByContent = await actors.coordinator
				.from('audit_log')
				.select('id')
				.eq('new_values->>introduction', SECRET);
			expect(coordinatorByContent.data?.length).toBeGreaterThan(0);
		} finally {
			await service.from('report_versions').delete().eq('id', id);
		}
	});
});
