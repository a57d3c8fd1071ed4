// The meeting room's chair and current agenda item live in the database (issue 13, item 12;
// supabase/migrations/20261205050000_meeting_room_state.sql). The attack as it was seen: any member appeared as
// "chair" for another organisation in presence and sent the chair's "go to agenda item" broadcast to the
// followers. Now only the region's coordinator moves the room (present_meeting_item), followers follow the row
// live, only the coordinator may broadcast in the room, and who is in the room, for which partner, is read from the
// memberships (src/lib/data/meetings.ts, loadRoomPeople), never from what a participant sends.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import type { RealtimeChannel, SupabaseClient } from '@supabase/supabase-js';
import { loadRoomPeople, loadRoomState, presentItem } from '$lib/data/meetings';
import { participantsOf } from '$lib/domain/meetings';
import type { Supabase } from '$lib/data/types';
import { stack } from './helpers';
import {
	DEMO,
	ORG,
	REGION,
	cleanupAfterEach,
	demoActors,
	eventually,
	expectError,
	expectPermissionDenied,
	service,
	serviceInsert,
	serviceMeeting
} from './rls-fixtures';

const actors = demoActors();
const cleanup = cleanupAfterEach();

const as = (client: SupabaseClient) => client as unknown as Supabase;

async function throwawayMeeting(region: string = REGION.zuidLimburg) {
	const meetingId = await serviceMeeting(cleanup, {
		region_id: region,
		title: `Kamer ${randomUUID().slice(0, 8)}`,
		starts_at: '2099-02-15T13:00:00Z'
	});
	const items: string[] = [];
	for (const position of [1, 2]) {
		const item = await serviceInsert('meeting_agenda_items', {
			meeting_id: meetingId,
			position,
			title: `Punt ${position}`
		});
		items.push(item.id as string);
	}
	return { meetingId, items };
}

async function stateRow(meetingId: string) {
	const { data } = await service
		.from('meeting_room_state')
		.select('chair_user_id, current_agenda_item_id, presenting')
		.eq('meeting_id', meetingId)
		.maybeSingle();
	return data;
}

/** A member in the room: the private channel, following the room state and listening for broadcasts. */
async function enterRoom(client: SupabaseClient, meetingId: string) {
	await client.realtime.setAuth();
	const states: Record<string, unknown>[] = [];
	const channel: RealtimeChannel = client
		.channel(`meeting:${meetingId}`, { config: { private: true } })
		.on(
			'postgres_changes',
			{ event: '*', schema: 'public', table: 'meeting_room_state', filter: `meeting_id=eq.${meetingId}` },
			(payload) => states.push(payload.new as Record<string, unknown>)
		);
	await new Promise<void>((resolve, reject) => {
		channel.subscribe((status, error) => {
			if (status === 'SUBSCRIBED') resolve();
			else if (status === 'CHANNEL_ERROR' || status === 'TIMED_OUT') reject(error ?? new Error(status));
		});
	});
	cleanup.add(() => client.removeChannel(channel));
	return { channel, states };
}

describe('only the chair moves the room', () => {
	it('the coordinator presents; a follower in the room gets the row live; stopping keeps the item', async () => {
		const { meetingId, items } = await throwawayMeeting();
		const follower = await enterRoom(actors.editor, meetingId);

		expect(await presentItem(as(actors.coordinator), meetingId, items[1])).toEqual({
			ok: true,
			value: undefined
		});
		expect(await stateRow(meetingId)).toEqual({
			chair_user_id: DEMO.coordinator.id,
			current_agenda_item_id: items[1],
			presenting: true
		});
		await eventually(() => follower.states.some((row) => row.current_agenda_item_id === items[1]), 'the row');
		expect(await loadRoomState(as(actors.viewer), meetingId)).toEqual({
			chairUserId: DEMO.coordinator.id,
			currentItemId: items[1],
			presenting: true,
			openedAt: null,
			closedAt: null
		});

		expect(await presentItem(as(actors.coordinator), meetingId, null)).toEqual({
			ok: true,
			value: undefined
		});
		expect(await stateRow(meetingId)).toMatchObject({ current_agenda_item_id: items[1], presenting: false });
	});

	it('a member who is not the coordinator cannot move it, by the function or by writing the row', async () => {
		const { meetingId, items } = await throwawayMeeting();
		await presentItem(as(actors.coordinator), meetingId, items[0]);
		for (const name of ['editor', 'viewer'] as const) {
			expectError(
				await actors[name].rpc('present_meeting_item', { meeting: meetingId, item: items[1] }),
				'42501',
				'meeting_chair_only'
			);
			expectPermissionDenied(
				await actors[name]
					.from('meeting_room_state')
					.update({ current_agenda_item_id: items[1], chair_user_id: DEMO[name].id })
					.eq('meeting_id', meetingId)
					.select(),
				'meeting_room_state'
			);
			expectPermissionDenied(
				await actors[name]
					.from('meeting_room_state')
					.insert({ meeting_id: meetingId, region_id: REGION.zuidLimburg, presenting: false })
					.select(),
				'meeting_room_state'
			);
		}
		expect(await stateRow(meetingId)).toEqual({
			chair_user_id: DEMO.coordinator.id,
			current_agenda_item_id: items[0],
			presenting: true
		});
	});

	it('another region neither moves nor reads it; an item of another meeting is refused', async () => {
		const { meetingId, items } = await throwawayMeeting();
		const other = await throwawayMeeting();
		expectError(
			await actors.tilburg.rpc('present_meeting_item', { meeting: meetingId, item: items[0] }),
			'P0002',
			'meeting_unknown'
		);
		expectError(
			await actors.coordinator.rpc('present_meeting_item', { meeting: meetingId, item: other.items[0] }),
			'23514',
			'agenda_item_unknown'
		);
		await presentItem(as(actors.coordinator), meetingId, items[0]);
		const read = await actors.tilburg
			.from('meeting_room_state')
			.select('meeting_id')
			.eq('meeting_id', meetingId);
		expect(read.data).toEqual([]);
		expectPermissionDenied(
			await actors.anon.from('meeting_room_state').select('meeting_id'),
			'meeting_room_state'
		);
	});

	it('in the room’s channel a member may send presence, only the coordinator a broadcast (RLS on realtime.messages)', async (context) => {
		// Hosted Realtime authorizes every send to a private channel with the INSERT policies of realtime.messages,
		// the topic in realtime.topic(). Evaluated here as each user, exactly so. (The local stack's Realtime
		// authorizes sends by the read policy only; the app follows no broadcast in the room either way.)
		if (!stack.dbUrl)
			context.skip('geen directe databaseverbinding (gehoste Supabase zonder SUPABASE_DB_URL)');
		const { meetingId } = await throwawayMeeting();
		const db = new pg.Client(stack.dbUrl!);
		await db.connect();
		const maySend = async (userId: string, extension: string) => {
			await db.query('begin');
			try {
				await db.query(
					`select set_config('request.jwt.claims', $1, true), set_config('realtime.topic', $2, true)`,
					[JSON.stringify({ sub: userId, role: 'authenticated' }), `meeting:${meetingId}`]
				);
				await db.query('set local role authenticated');
				await db.query(
					`insert into realtime.messages (topic, extension, payload, private) values ($1, $2, '{}', true)`,
					[`meeting:${meetingId}`, extension]
				);
				return true;
			} catch (error) {
				if ((error as { code?: string }).code === '42501') return false;
				throw error;
			} finally {
				await db.query('rollback');
			}
		};
		try {
			expect(await maySend(DEMO.editor.id, 'presence')).toBe(true);
			expect(await maySend(DEMO.editor.id, 'broadcast')).toBe(false);
			expect(await maySend(DEMO.viewer.id, 'broadcast')).toBe(false);
			expect(await maySend(DEMO.coordinator.id, 'broadcast')).toBe(true);
			expect(await maySend(DEMO.tilburg.id, 'presence')).toBe(false);
		} finally {
			await db.end();
		}
	});
});

describe('who is in the room comes from the memberships', () => {
	// Which user ids are in the room comes from the database (meeting-open-close.test.ts); here, how they resolve.
	it('user ids resolve to the region’s members and their own partners; a stranger’s id shows nobody', async () => {
		const people = await loadRoomPeople(as(actors.editor), REGION.zuidLimburg);
		const byUser = new Map(people.map((p) => [p.userId, p]));
		expect(byUser.get(DEMO.coordinator.id)).toMatchObject({
			name: 'Coördinator Heerlen',
			organisationIds: [ORG.heerlen]
		});
		expect(byUser.get(DEMO.editor.id)?.organisationIds).toEqual([ORG.maastricht]);
		expect(byUser.has(DEMO.tilburg.id)).toBe(false);

		// The Tilburg editor's key in Zuid-Limburg's room shows nobody; a member's key shows its own partner.
		const inRoom = participantsOf([DEMO.tilburg.id, DEMO.editor.id], people, DEMO.coordinator.id);
		expect(inRoom.map((p) => [p.userId, p.organisationIds, p.chair])).toEqual([
			[DEMO.editor.id, [ORG.maastricht], false]
		]);

		// Another region's people are not readable at all.
		expect(await loadRoomPeople(as(actors.tilburg), REGION.zuidLimburg)).toEqual([]);
	});
});
