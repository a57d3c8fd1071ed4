// Attendance at a meeting feeds the network (issue 7 → issue 6): one contact per meeting whose participants
// follow the attendance, readable by the region's members, never by another region, and not writable by hand.
import { describe, expect, it } from 'vitest';
import { localMeetingTime } from '$lib/domain/meetings';
import { ORG, cleanupAfterEach, demoActors, service, serviceMeeting } from './rls-fixtures';

const actors = demoActors();
const cleanup = cleanupAfterEach();

async function meetingContact(meetingId: string) {
	const { data, error } = await service
		.from('contacts')
		.select(
			'id, kind, topic, occurred_on, source, recorded_by_organisation_id, contact_participants(organisation_id)'
		)
		.eq('meeting_id', meetingId)
		.maybeSingle();
	expect(error).toBeNull();
	return data;
}

describe('meeting attendance becomes a contact in the network', () => {
	it('presence and the chair’s corrections keep one contact per meeting in step; nobody present means no contact', async () => {
		// Half past midnight today in the Netherlands is still yesterday in UTC: the contact takes the Dutch date.
		const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
		const startsAt = localMeetingTime(today, '00:30')!;
		expect(startsAt.slice(0, 10)).not.toBe(today);
		const meetingId = await serviceMeeting(cleanup, {
			title: 'Stuurgroep contacttest',
			starts_at: startsAt
		});
		expect(await meetingContact(meetingId)).toBeNull();
		// Attendance is taken only once the chair opened the meeting.
		expect((await actors.coordinator.rpc('open_meeting', { meeting: meetingId })).error).toBeNull();

		expect((await actors.editor.rpc('record_meeting_presence', { meeting: meetingId })).error).toBeNull();
		expect((await actors.viewer.rpc('record_meeting_presence', { meeting: meetingId })).error).toBeNull();
		const contact = await meetingContact(meetingId);
		expect(contact).toMatchObject({
			kind: 'overleg',
			topic: 'Stuurgroep contacttest',
			occurred_on: today,
			source: 'vergadering',
			recorded_by_organisation_id: ORG.heerlen
		});
		const participants = (contact?.contact_participants ?? []).map((p) => p.organisation_id).sort();
		expect(participants).toEqual([ORG.maastricht, ORG.uwvZuidLimburg].sort());

		// The chair marks UWV absent: UWV leaves the contact; the Maastricht editor reads the contact.
		const correction = await actors.coordinator
			.from('meeting_attendance')
			.update({ present: false, source: 'chair' })
			.eq('meeting_id', meetingId)
			.eq('organisation_id', ORG.uwvZuidLimburg)
			.select();
		expect(correction.error).toBeNull();
		const seenByEditor = await actors.editor
			.from('contacts')
			.select('id, contact_participants(organisation_id)')
			.eq('meeting_id', meetingId)
			.single();
		expect(seenByEditor.error).toBeNull();
		expect(seenByEditor.data?.contact_participants.map((p) => p.organisation_id)).toEqual([ORG.maastricht]);

		// Another region never sees it, and nobody can call the sync function directly.
		const tilburg = await actors.tilburg.from('contacts').select('id').eq('meeting_id', meetingId);
		expect(tilburg.data).toEqual([]);
		const direct = await actors.coordinator.rpc('sync_meeting_contact', { p_meeting_id: meetingId });
		expect(direct.error).not.toBeNull();

		// Nobody present any more: the contact goes.
		await actors.coordinator
			.from('meeting_attendance')
			.update({ present: false, source: 'chair' })
			.eq('meeting_id', meetingId)
			.eq('organisation_id', ORG.maastricht);
		expect(await meetingContact(meetingId)).toBeNull();
	});

	it('the seeded meetings with attendance are in the network already', async () => {
		const { data, error } = await service.from('contacts').select('meeting_id').not('meeting_id', 'is', null);
		expect(error).toBeNull();
		const { data: attended } = await service
			.from('meeting_attendance')
			.select('meeting_id')
			.eq('present', true);
		const expected = [...new Set((attended ?? []).map((a) => a.meeting_id))].sort();
		expect(expected.length).toBeGreaterThan(0);
		expect((data ?? []).map((c) => c.meeting_id).sort()).toEqual(expected);
	});
});
