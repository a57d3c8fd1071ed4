// Attendance is taken only while the meeting is on (issue 16, item 1; attack findings 5 and 11), enforced in the
// database (supabase/migrations/20261218010000_meeting_open_close.sql), with the demo accounts' real sessions:
// - opening the room of a future meeting recorded attendance and a network contact dated on the meeting's day;
//   now only the chair opens a meeting, not before its date, and presence is refused before opening and after
//   closing, so nothing is written;
// - who is in the room came from Realtime presence keys that the browser chooses; now it is the rows
//   record_meeting_presence() writes for auth.uid(), which nobody writes for someone else;
// - a viewer the region added under a mandate made the mandating partner "attend"; now only memberships the
//   partner gave itself count.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadRoomUserIds, setMeetingOpen } from '../../src/lib/data/meetings';
import { localMeetingTime } from '../../src/lib/domain/meetings';
import type { Supabase } from '../../src/lib/data/types';
import {
	Cleanup,
	DEMO,
	ORG,
	REGION,
	createUser,
	deleteUser,
	expectError,
	expectPermissionDenied,
	service,
	serviceDelete,
	serviceInsert,
	signInActors,
	signOutActors,
	type Actors
} from './rls-fixtures';

let actors: Actors;
const cleanup = new Cleanup();
const as = (client: unknown) => client as Supabase;

beforeAll(async () => {
	actors = await signInActors();
});
afterAll(() => signOutActors(actors));
afterEach(() => cleanup.run());

/** Today's date in the Netherlands, and a date some days away. */
function dutchDate(offsetDays = 0): string {
	const day = new Date(Date.now() + offsetDays * 86_400_000);
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(day);
}

/** A throwaway Zuid-Limburg meeting starting at `time` on the Dutch date `date`, with one agenda item. */
async function meetingOn(date: string, time = '14:00'): Promise<string> {
	const meeting = await serviceInsert('meetings', {
		region_id: REGION.zuidLimburg,
		title: `Stuurgroep ${date}`,
		starts_at: localMeetingTime(date, time)
	});
	const id = meeting.id as string;
	cleanup.add(() => serviceDelete('meetings', id));
	await serviceInsert('meeting_agenda_items', {
		meeting_id: id,
		position: 1,
		title: 'Opening',
		link_kind: 'none'
	});
	return id;
}

async function attendanceOf(meetingId: string) {
	const { data, error } = await service
		.from('meeting_attendance')
		.select('organisation_id, present, source')
		.eq('meeting_id', meetingId)
		.order('organisation_id');
	expect(error).toBeNull();
	return data ?? [];
}

async function contactOf(meetingId: string) {
	const { data } = await service.from('contacts').select('id').eq('meeting_id', meetingId);
	return data ?? [];
}

async function roomState(meetingId: string) {
	const { data } = await service
		.from('meeting_room_state')
		.select('opened_at, closed_at, presenting')
		.eq('meeting_id', meetingId)
		.maybeSingle();
	return data;
}

describe('a meeting is on between the chair opening and closing it', () => {
	it('a future meeting cannot be opened, and presence there records nothing: no attendance, no contact', async () => {
		const december = await meetingOn(dutchDate(5));
		expectError(
			await actors.coordinator.rpc('open_meeting', { meeting: december }),
			'23514',
			'meeting_before_its_date'
		);
		for (const name of ['viewer', 'editor', 'coordinator'] as const) {
			expectError(
				await actors[name].rpc('record_meeting_presence', { meeting: december }),
				'23514',
				'meeting_not_open'
			);
		}
		expect(await roomState(december)).toBeNull();
		expect(await attendanceOf(december)).toEqual([]);
		expect(await contactOf(december)).toEqual([]);
		// Nor can the chair write attendance into a meeting that was never opened.
		expectError(
			await actors.coordinator
				.from('meeting_attendance')
				.insert({ meeting_id: december, organisation_id: ORG.maastricht, present: true, source: 'chair' })
				.select()
				.single(),
			'23514',
			'meeting_not_open'
		);
		expect(await attendanceOf(december)).toEqual([]);
	});

	it('today: nothing before opening; presence between opening and closing; nothing after, but the chair corrects', async () => {
		const today = await meetingOn(dutchDate(0), '09:00');
		expectError(
			await actors.editor.rpc('record_meeting_presence', { meeting: today }),
			'23514',
			'meeting_not_open'
		);
		expect(await attendanceOf(today)).toEqual([]);

		expect(await setMeetingOpen(as(actors.coordinator), today, true)).toEqual({ ok: true, value: undefined });
		expect(await roomState(today)).toMatchObject({ closed_at: null });
		expect((await actors.editor.rpc('record_meeting_presence', { meeting: today })).error).toBeNull();
		expect(await attendanceOf(today)).toEqual([
			{ organisation_id: ORG.maastricht, present: true, source: 'presence' }
		]);
		expect(await contactOf(today)).toHaveLength(1);

		expect(await setMeetingOpen(as(actors.coordinator), today, false)).toEqual({
			ok: true,
			value: undefined
		});
		expect(await roomState(today)).toMatchObject({ presenting: false });
		expect((await roomState(today))?.closed_at).not.toBeNull();
		expectError(
			await actors.viewer.rpc('record_meeting_presence', { meeting: today }),
			'23514',
			'meeting_not_open'
		);
		expect(await attendanceOf(today)).toHaveLength(1);
		// The minutes: the chair still corrects after closing (UWV was there after all).
		const correction = await actors.coordinator
			.from('meeting_attendance')
			.insert({ meeting_id: today, organisation_id: ORG.uwvZuidLimburg, present: true, source: 'chair' })
			.select('organisation_id')
			.single();
		expect(correction.error).toBeNull();
		// A presence row slipped in directly after closing is refused, also for the chair.
		expectError(
			await actors.coordinator
				.from('meeting_attendance')
				.insert({ meeting_id: today, organisation_id: ORG.kerkrade, present: true, source: 'presence' })
				.select()
				.single(),
			'23514',
			'meeting_not_open'
		);
		// Closing twice is refused; reopening works.
		expectError(
			await actors.coordinator.rpc('close_meeting', { meeting: today }),
			'23514',
			'meeting_not_open'
		);
		expect((await actors.coordinator.rpc('open_meeting', { meeting: today })).error).toBeNull();
		expect(await roomState(today)).toMatchObject({ closed_at: null });
	});

	it('a past meeting is not (re)opened, and one left open past its day takes no attendance but can be closed (attack 5 Dec, C)', async () => {
		// The September meeting, closed: reopening it in December would add partners to its minutes and its contact.
		const september = await meetingOn(dutchDate(-60));
		await serviceInsert('meeting_room_state', {
			meeting_id: september,
			region_id: REGION.zuidLimburg,
			opened_at: localMeetingTime(dutchDate(-60), '14:00'),
			closed_at: localMeetingTime(dutchDate(-60), '16:00')
		});
		expectError(
			await actors.coordinator.rpc('open_meeting', { meeting: september }),
			'23514',
			'meeting_after_its_date'
		);
		expect(await roomState(september)).toMatchObject({ closed_at: expect.any(String) });

		// Yesterday's meeting, opened and never closed: no presence today, the chair still closes it.
		const yesterday = await meetingOn(dutchDate(-1));
		await serviceInsert('meeting_room_state', {
			meeting_id: yesterday,
			region_id: REGION.zuidLimburg,
			opened_at: localMeetingTime(dutchDate(-1), '14:00')
		});
		expectError(
			await actors.editor.rpc('record_meeting_presence', { meeting: yesterday }),
			'23514',
			'meeting_not_open'
		);
		expectError(
			await actors.coordinator
				.from('meeting_attendance')
				.insert({ meeting_id: yesterday, organisation_id: ORG.kerkrade, present: true, source: 'presence' })
				.select()
				.single(),
			'23514',
			'meeting_not_open'
		);
		expect(await attendanceOf(yesterday)).toEqual([]);
		expect(await contactOf(yesterday)).toEqual([]);
		expect((await actors.coordinator.rpc('close_meeting', { meeting: yesterday })).error).toBeNull();
		expect((await roomState(yesterday))?.closed_at).not.toBeNull();
	});

	it('only the chair opens and closes; another region does not even find the meeting', async () => {
		const today = await meetingOn(dutchDate(0));
		for (const name of ['viewer', 'editor'] as const) {
			expectError(await actors[name].rpc('open_meeting', { meeting: today }), '42501', 'meeting_chair_only');
		}
		expectError(await actors.tilburg.rpc('open_meeting', { meeting: today }), 'P0002', 'meeting_unknown');
		expect(await roomState(today)).toBeNull();
		expect((await actors.admin.rpc('open_meeting', { meeting: today })).error).toBeNull();
		expectError(await actors.editor.rpc('close_meeting', { meeting: today }), '42501', 'meeting_chair_only');
		expect(await roomState(today)).toMatchObject({ closed_at: null });
		// Nobody writes the room state directly.
		expectPermissionDenied(
			await actors.coordinator
				.from('meeting_room_state')
				.update({ closed_at: null, opened_at: '2000-01-01T00:00:00Z' })
				.eq('meeting_id', today)
				.select(),
			'meeting_room_state'
		);
	});
});

describe('who is in the room comes from the database, not from the browser', () => {
	it('each session records only itself; nobody writes the rows directly; leaving removes only one’s own row', async () => {
		const today = await meetingOn(dutchDate(0));
		await setMeetingOpen(as(actors.coordinator), today, true);
		expect((await actors.editor.rpc('record_meeting_presence', { meeting: today })).error).toBeNull();
		expect((await actors.viewer.rpc('record_meeting_presence', { meeting: today })).error).toBeNull();
		const seen = await loadRoomUserIds(as(actors.coordinator), today);
		expect(seen.sort()).toEqual([DEMO.editor.id, DEMO.viewer.id].sort());

		// The Maastricht editor cannot put the coordinator (or anyone) in the room, nor take the viewer out.
		expectPermissionDenied(
			await actors.editor
				.from('meeting_room_presence')
				.insert({ meeting_id: today, region_id: REGION.zuidLimburg, user_id: DEMO.coordinator.id })
				.select()
				.single(),
			'meeting_room_presence'
		);
		expect((await actors.editor.rpc('leave_meeting_room', { meeting: today })).error).toBeNull();
		expect(await loadRoomUserIds(as(actors.coordinator), today)).toEqual([DEMO.viewer.id]);
		// Another region reads nothing of it.
		expect(await loadRoomUserIds(as(actors.tilburg), today)).toEqual([]);

		// Closing empties the room.
		await setMeetingOpen(as(actors.coordinator), today, false);
		expect(await loadRoomUserIds(as(actors.coordinator), today)).toEqual([]);
	});

	it('a viewer the region added under a mandate is in the room, but does not make the partner attend', async () => {
		const today = await meetingOn(dutchDate(0));
		const viewer = await createUser('mandaat-lezer');
		cleanup.add(() => deleteUser(viewer));
		await serviceInsert('memberships', {
			user_id: viewer.id,
			organisation_id: ORG.kerkrade,
			role: 'viewer',
			granted_via: 'region'
		});
		await setMeetingOpen(as(actors.coordinator), today, true);
		expect((await viewer.client.rpc('record_meeting_presence', { meeting: today })).error).toBeNull();
		expect(await loadRoomUserIds(as(actors.coordinator), today)).toEqual([viewer.id]);
		expect(await attendanceOf(today)).toEqual([]);
		expect(await contactOf(today)).toEqual([]);
	});

	it('anonymous visitors can do none of it', async () => {
		const today = await meetingOn(dutchDate(0));
		for (const fn of ['open_meeting', 'close_meeting', 'record_meeting_presence', 'leave_meeting_room']) {
			const { error } = await actors.anon.rpc(fn, { meeting: today });
			expect(['42501', 'PGRST202'], fn).toContain(error?.code);
		}
		const rows = await actors.anon.from('meeting_room_presence_now').select('user_id');
		expect(rows.error?.code).toBe('42501');
	});
});
