// Meetings of the steering group, with real sessions of the demo accounts through supabase-js: who reads
// and writes meetings, decisions, actions and attendance (RLS), that presence in an open meeting records
// attendance without overriding the chair (when a meeting is open: meeting-open-close.test.ts), that decisions are audited, and that the meeting room's private Realtime channel
// `meeting:<id>` admits members of the region only (RLS on realtime.messages, as hosted Supabase).
import { afterEach, describe, expect, it } from 'vitest';
import type { RealtimeChannel, SupabaseClient } from '@supabase/supabase-js';
import {
	DEMO,
	ORG,
	REGION,
	auditRowsSince,
	cleanupAfterEach,
	demoActors,
	expectError,
	expectNoRowsAffected,
	expectRlsViolation,
	lastAuditId,
	service,
	serviceDelete,
	serviceInsert,
	serviceMeeting
} from './rls-fixtures';

const SEEDED_MEETING = 'd7000000-0000-4000-8000-000000000002';
const SEEDED_ITEM = 'd7100000-0000-4000-8000-000000000012';

const actors = demoActors();
const cleanup = cleanupAfterEach();

/** A throwaway meeting of Zuid-Limburg with one agenda item, made with the service key. */
async function throwawayMeeting(
	startsAt = '2099-01-15T13:00:00Z'
): Promise<{ meetingId: string; itemId: string }> {
	const meetingId = await serviceMeeting(cleanup, {
		title: 'Testvergadering',
		starts_at: startsAt
	});
	const item = await serviceInsert('meeting_agenda_items', {
		meeting_id: meetingId,
		position: 1,
		title: 'Stand van de baanafspraken',
		link_kind: 'baanafspraken'
	});
	return { meetingId, itemId: item.id as string };
}

describe('meetings: reading', () => {
	it('members of Zuid-Limburg read its meetings, agenda and actions; the Tilburg editor and anon see none', async () => {
		for (const name of ['viewer', 'editor', 'coordinator', 'admin'] as const) {
			const { data, error } = await actors[name].from('meetings').select('id').eq('id', SEEDED_MEETING);
			expect(error, name).toBeNull();
			expect(data, name).toHaveLength(1);
			const items = await actors[name]
				.from('meeting_agenda_items')
				.select('id')
				.eq('meeting_id', SEEDED_MEETING);
			expect(items.data?.length, name).toBeGreaterThanOrEqual(4);
		}
		for (const table of ['meetings', 'meeting_agenda_items', 'meeting_actions', 'meeting_attendance']) {
			const tilburg = await actors.tilburg.from(table).select('id').eq('region_id', REGION.zuidLimburg);
			expect(tilburg.error).toBeNull();
			expect(tilburg.data, table).toEqual([]);
		}
		const anon = await actors.anon.from('meetings').select('id');
		expect(anon.error?.code).toBe('42501');
	});
});

describe('meetings: writing', () => {
	it('only the coordinator records decisions and actions; the editor, the viewer and Tilburg are refused', async () => {
		const { meetingId, itemId } = await throwawayMeeting();
		const decision = { meeting_id: meetingId, agenda_item_id: itemId, body: 'Besluit van de stuurgroep' };
		for (const name of ['editor', 'viewer', 'tilburg'] as const) {
			expectRlsViolation(
				await actors[name].from('meeting_decisions').insert(decision).select().single(),
				'meeting_decisions'
			);
		}
		const since = await lastAuditId();
		const made = await actors.coordinator.from('meeting_decisions').insert(decision).select().single();
		expect(made.error).toBeNull();
		// Who recorded it comes from the session, and it is audited.
		expect(made.data?.created_by).toBe(DEMO.coordinator.id);
		const audit = await auditRowsSince(since, 'meeting_decisions', made.data!.id);
		expect(audit.map((row) => [row.action, row.user_id, row.region_id])).toEqual([
			['INSERT', DEMO.coordinator.id, REGION.zuidLimburg]
		]);

		const action = {
			meeting_id: meetingId,
			agenda_item_id: itemId,
			description: 'Werkgeverslijst delen',
			owner_organisation_id: ORG.maastricht,
			due_date: '2099-02-01'
		};
		expectRlsViolation(
			await actors.editor.from('meeting_actions').insert(action).select().single(),
			'meeting_actions'
		);
		const made2 = await actors.coordinator.from('meeting_actions').insert(action).select().single();
		expect(made2.error).toBeNull();
		expect(made2.data?.status).toBe('open');
		expectNoRowsAffected(
			await actors.editor.from('meeting_actions').update({ status: 'done' }).eq('id', made2.data!.id).select()
		);
	});

	it('an action owner from another region, or an agenda item of another meeting, is refused', async () => {
		const { meetingId, itemId } = await throwawayMeeting();
		expectError(
			await actors.coordinator
				.from('meeting_actions')
				.insert({
					meeting_id: meetingId,
					agenda_item_id: itemId,
					description: 'Actie voor Tilburg',
					owner_organisation_id: ORG.tilburg,
					due_date: '2099-02-01'
				})
				.select()
				.single(),
			'23514',
			'meeting_partner_outside_region'
		);
		expectError(
			await actors.coordinator
				.from('meeting_decisions')
				.insert({ meeting_id: meetingId, agenda_item_id: SEEDED_ITEM, body: 'Verkeerd agendapunt' })
				.select()
				.single(),
			'23514',
			'agenda_item_outside_meeting'
		);
	});

	it('presence records the member’s own partner as present, never overrides the chair, and is refused to Tilburg', async () => {
		const { meetingId } = await throwawayMeeting(new Date().toISOString());
		expect((await actors.coordinator.rpc('open_meeting', { meeting: meetingId })).error).toBeNull();
		expect((await actors.editor.rpc('record_meeting_presence', { meeting: meetingId })).error).toBeNull();
		const after = await service
			.from('meeting_attendance')
			.select('organisation_id, present, source, recorded_by')
			.eq('meeting_id', meetingId);
		expect(after.data).toEqual([
			{ organisation_id: ORG.maastricht, present: true, source: 'presence', recorded_by: DEMO.editor.id }
		]);

		// The chair corrects UWV to absent; the UWV viewer's presence afterwards does not undo that.
		const chair = await actors.coordinator
			.from('meeting_attendance')
			.insert({ meeting_id: meetingId, organisation_id: ORG.uwvZuidLimburg, present: false, source: 'chair' })
			.select()
			.single();
		expect(chair.error).toBeNull();
		expect((await actors.viewer.rpc('record_meeting_presence', { meeting: meetingId })).error).toBeNull();
		const uwv = await service
			.from('meeting_attendance')
			.select('present, source')
			.eq('meeting_id', meetingId)
			.eq('organisation_id', ORG.uwvZuidLimburg)
			.single();
		expect(uwv.data).toEqual({ present: false, source: 'chair' });

		// Members cannot write attendance directly; Tilburg cannot record presence at all.
		expectRlsViolation(
			await actors.editor
				.from('meeting_attendance')
				.insert({ meeting_id: meetingId, organisation_id: ORG.kerkrade, present: true, source: 'chair' })
				.select()
				.single(),
			'meeting_attendance'
		);
		expectError(
			await actors.tilburg.rpc('record_meeting_presence', { meeting: meetingId }),
			'42501',
			'meeting_not_member'
		);
	});
});

// ---------------------------------------------------------------------------------------------------
// The meeting room's private channel

const open: { client: SupabaseClient; channel: RealtimeChannel }[] = [];
afterEach(async () => {
	while (open.length) {
		const { client, channel } = open.pop()!;
		await client.removeChannel(channel);
	}
});

async function join(client: SupabaseClient, topic: string) {
	await client.realtime.setAuth();
	const received: unknown[] = [];
	const channel = client
		.channel(topic, { config: { private: true, broadcast: { self: false } } })
		.on('broadcast', { event: 'position' }, ({ payload }) => received.push(payload));
	open.push({ client, channel });
	const outcome = await new Promise<{ status: string; message?: string }>((resolve) => {
		channel.subscribe((status, error) => {
			if (status === 'SUBSCRIBED' || status === 'CHANNEL_ERROR') resolve({ status, message: error?.message });
		});
	});
	return { channel, received, outcome };
}

describe('meetings: the meeting room channel', () => {
	it('a Maastricht editor joins and receives the chair’s broadcast; the Tilburg editor is refused and receives nothing', async () => {
		const topic = `meeting:${SEEDED_MEETING}`;
		const chair = await join(actors.coordinator, topic);
		expect(chair.outcome.status).toBe('SUBSCRIBED');
		const maastricht = await join(actors.editor, topic);
		expect(maastricht.outcome.status).toBe('SUBSCRIBED');
		const tilburg = await join(actors.tilburg, topic);
		expect(tilburg.outcome.status).toBe('CHANNEL_ERROR');
		expect(tilburg.outcome.message).toMatch(
			/^Unauthorized: You do not have permissions to read from this Channel topic: meeting:/
		);
		await actors.tilburg.removeChannel(tilburg.channel);

		await chair.channel.send({ type: 'broadcast', event: 'position', payload: { itemId: SEEDED_ITEM } });
		const deadline = Date.now() + 2000;
		while (maastricht.received.length === 0 && Date.now() < deadline) {
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
		expect(maastricht.received).toEqual([{ itemId: SEEDED_ITEM }]);
		expect(tilburg.received).toEqual([]);

		// Over REST too: Tilburg's broadcast to the topic is dropped, the chair's arrives.
		const fromTilburg = actors.tilburg.channel(topic, { config: { private: true } });
		await fromTilburg.httpSend('position', { itemId: 'van-tilburg' });
		await actors.tilburg.removeChannel(fromTilburg);
		const fromChair = actors.coordinator.channel(`${topic}`, { config: { private: true } });
		await fromChair.httpSend('position', { itemId: 'via-rest' });
		const restDeadline = Date.now() + 2000;
		while (maastricht.received.length < 2 && Date.now() < restDeadline) {
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
		expect(maastricht.received).toEqual([{ itemId: SEEDED_ITEM }, { itemId: 'via-rest' }]);
	});

	it('a topic that names no meeting, or a meeting of another region, is refused even to a member', async () => {
		const unknown = await join(actors.editor, 'meeting:00000000-0000-4000-8000-000000000000');
		expect(unknown.outcome.status).toBe('CHANNEL_ERROR');
		const garbage = await join(actors.editor, "meeting:x' or true --");
		expect(garbage.outcome.status).toBe('CHANNEL_ERROR');
		const tilburgMeeting = await serviceInsert('meetings', {
			region_id: REGION.middenBrabant,
			title: 'Stuurgroep Midden-Brabant',
			starts_at: '2099-01-15T13:00:00Z'
		});
		cleanup.add(() => serviceDelete('meetings', tilburgMeeting.id as string));
		const other = await join(actors.editor, `meeting:${String(tilburgMeeting.id)}`);
		expect(other.outcome.status).toBe('CHANNEL_ERROR');
		const own = await join(actors.tilburg, `meeting:${String(tilburgMeeting.id)}`);
		expect(own.outcome.status).toBe('SUBSCRIBED');
	});
});
