// Invited partners of a meeting: members of the region read them, only the coordinator changes them,
// another region sees nothing. Plus a guard for the whole schema: every table in public has RLS enabled.
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { ORG, cleanupAfterEach, demoActors, expectRlsViolation, serviceMeeting } from './rls-fixtures';
import { stack } from './helpers';

const actors = demoActors();
const cleanup = cleanupAfterEach();

function throwawayMeeting(): Promise<string> {
	return serviceMeeting(cleanup, { title: 'Uitnodigingstest', starts_at: '2099-02-01T13:00:00Z' });
}

describe('meeting_invitees', () => {
	it('the coordinator invites and removes; editor and viewer cannot; members read; Tilburg and anon see nothing', async () => {
		const meetingId = await throwawayMeeting();
		const invite = { meeting_id: meetingId, organisation_id: ORG.maastricht };

		for (const name of ['editor', 'viewer', 'tilburg'] as const)
			expectRlsViolation(
				await actors[name].from('meeting_invitees').insert(invite).select().single(),
				'meeting_invitees'
			);

		const added = await actors.coordinator.from('meeting_invitees').insert(invite).select('id').single();
		expect(added.error).toBeNull();
		const inviteId = added.data!.id as string;

		for (const name of ['viewer', 'editor', 'coordinator', 'admin'] as const) {
			const { data, error } = await actors[name].from('meeting_invitees').select('id').eq('id', inviteId);
			expect(error, name).toBeNull();
			expect(data, name).toHaveLength(1);
		}
		const tilburg = await actors.tilburg.from('meeting_invitees').select('id').eq('id', inviteId);
		expect(tilburg.data).toEqual([]);
		expect((await actors.anon.from('meeting_invitees').select('id')).error?.code).toBe('42501');

		// The editor's delete reaches no row; the coordinator's removes it.
		const editorDelete = await actors.editor.from('meeting_invitees').delete().eq('id', inviteId).select();
		expect(editorDelete.data ?? []).toEqual([]);
		const removed = await actors.coordinator.from('meeting_invitees').delete().eq('id', inviteId).select();
		expect(removed.data).toHaveLength(1);
	});
});

describe('the whole schema', () => {
	it('every table in public has row-level security enabled', async (context) => {
		if (!stack.dbUrl) {
			context.skip('geen directe databaseverbinding (gehoste Supabase): RLS-controle per tabel overgeslagen');
			return;
		}
		const db = new pg.Client(stack.dbUrl);
		await db.connect();
		try {
			const { rows } = await db.query<{ table: string }>(
				`select c.relname as table from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = 'public' and c.relkind = 'r' and not c.relrowsecurity order by 1`
			);
			expect(rows.map((row) => row.table)).toEqual([]);
		} finally {
			await db.end();
		}
	});
});
