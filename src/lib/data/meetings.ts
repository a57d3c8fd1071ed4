import type { RealtimeChannel } from '@supabase/supabase-js';
import {
	carryOverItems,
	isLinkKind,
	parseRoomState,
	type ActionStatus,
	type AgendaLinkKind,
	type AttendanceSource,
	type RoomPerson,
	type RoomState
} from '$lib/domain/meetings';
import { dataError, ok, refusal, refused, type WriteResult } from './errors';
import type { Supabase } from './types';
import { isUuid } from '$lib/domain/url-params';

export interface MeetingSummary {
	id: string;
	title: string;
	startsAt: string;
	location: string | null;
}

export interface AgendaItem {
	id: string;
	position: number;
	title: string;
	linkKind: AgendaLinkKind;
	linkTarget: string | null;
	carriedActionId: string | null;
}

export interface Decision {
	id: string;
	agendaItemId: string;
	body: string;
	createdAt: string;
}

export interface MeetingAction {
	id: string;
	meetingId: string;
	agendaItemId: string;
	description: string;
	ownerOrganisationId: string;
	dueDate: string;
	status: ActionStatus;
	createdAt: string;
}

export interface Attendance {
	organisationId: string;
	present: boolean;
	source: AttendanceSource;
	recordedAt: string;
}

export interface Meeting extends MeetingSummary {
	regionId: string;
	items: AgendaItem[];
	invitedOrganisationIds: string[];
	decisions: Decision[];
	actions: MeetingAction[];
	/** Actions this meeting's agenda carries over from earlier meetings, by id. */
	carriedActions: MeetingAction[];
	attendance: Attendance[];
}

const toAction = (row: {
	id: string;
	meeting_id: string;
	agenda_item_id: string;
	description: string;
	owner_organisation_id: string;
	due_date: string;
	status: string;
	created_at: string;
}): MeetingAction => ({
	id: row.id,
	meetingId: row.meeting_id,
	agendaItemId: row.agenda_item_id,
	description: row.description,
	ownerOrganisationId: row.owner_organisation_id,
	dueDate: row.due_date,
	status: row.status === 'done' ? 'done' : 'open',
	createdAt: row.created_at
});

const ACTION_COLUMNS =
	'id, meeting_id, agenda_item_id, description, owner_organisation_id, due_date, status, created_at';

/** The region's meetings, newest first. */
export async function listMeetings(supabase: Supabase, regionId: string): Promise<MeetingSummary[]> {
	const { data, error } = await supabase
		.from('meetings')
		.select('id, title, starts_at, location')
		.eq('region_id', regionId)
		.order('starts_at', { ascending: false });
	if (error) throw dataError('Vergaderingen ophalen', error);
	return data.map((row) => ({
		id: row.id,
		title: row.title,
		startsAt: row.starts_at,
		location: row.location
	}));
}

/** One meeting of the region with everything the room and the minutes show; null when not found. */
export async function loadMeeting(supabase: Supabase, regionId: string, id: string): Promise<Meeting | null> {
	if (!isUuid(id)) return null;
	const { data: meeting, error } = await supabase
		.from('meetings')
		.select('id, region_id, title, starts_at, location')
		.eq('id', id)
		.eq('region_id', regionId)
		.maybeSingle();
	if (error) throw dataError('Vergadering ophalen', error);
	if (!meeting) return null;
	const [items, invitees, decisions, actions, attendance] = await Promise.all([
		supabase
			.from('meeting_agenda_items')
			.select('id, position, title, link_kind, link_target, carried_action_id')
			.eq('meeting_id', id)
			.order('position'),
		supabase.from('meeting_invitees').select('organisation_id').eq('meeting_id', id),
		supabase
			.from('meeting_decisions')
			.select('id, agenda_item_id, body, created_at')
			.eq('meeting_id', id)
			.order('created_at'),
		supabase.from('meeting_actions').select(ACTION_COLUMNS).eq('meeting_id', id).order('created_at'),
		supabase
			.from('meeting_attendance')
			.select('organisation_id, present, source, recorded_at')
			.eq('meeting_id', id)
	]);
	if (items.error) throw dataError('Agenda ophalen', items.error);
	if (invitees.error) throw dataError('Genodigden ophalen', invitees.error);
	if (decisions.error) throw dataError('Besluiten ophalen', decisions.error);
	if (actions.error) throw dataError('Acties ophalen', actions.error);
	if (attendance.error) throw dataError('Aanwezigheid ophalen', attendance.error);
	const carriedIds = items.data.map((row) => row.carried_action_id).filter((v): v is string => v !== null);
	let carriedActions: MeetingAction[] = [];
	if (carriedIds.length > 0) {
		const carried = await supabase.from('meeting_actions').select(ACTION_COLUMNS).in('id', carriedIds);
		if (carried.error) throw dataError('Openstaande acties ophalen', carried.error);
		carriedActions = carried.data.map(toAction);
	}
	return {
		id: meeting.id,
		regionId: meeting.region_id,
		title: meeting.title,
		startsAt: meeting.starts_at,
		location: meeting.location,
		items: items.data.map((row) => ({
			id: row.id,
			position: row.position,
			title: row.title,
			linkKind: isLinkKind(row.link_kind) ? row.link_kind : 'none',
			linkTarget: row.link_target,
			carriedActionId: row.carried_action_id
		})),
		invitedOrganisationIds: invitees.data.map((row) => row.organisation_id),
		decisions: decisions.data.map((row) => ({
			id: row.id,
			agendaItemId: row.agenda_item_id,
			body: row.body,
			createdAt: row.created_at
		})),
		actions: actions.data.map(toAction),
		carriedActions,
		attendance: attendance.data.map((row) => ({
			organisationId: row.organisation_id,
			present: row.present,
			source: row.source === 'chair' ? 'chair' : 'presence',
			recordedAt: row.recorded_at
		}))
	};
}

/** A goal an agenda item may be about, as the planning form lists it. */
export interface AgendaGoal {
	id: string;
	title: string;
	status: string;
}

/** The region's goals that are not closed, by title: what a new agenda item can be about. */
export async function listAgendaGoals(supabase: Supabase, regionId: string): Promise<AgendaGoal[]> {
	const { data, error } = await supabase
		.from('goals')
		.select('id, title, status')
		.eq('region_id', regionId)
		.order('title');
	if (error) throw dataError('Doelen ophalen', error);
	return data;
}

export interface NewMeeting {
	title: string;
	startsAt: string;
	location: string | null;
	invitedOrganisationIds: string[];
	items: { title: string; linkKind: AgendaLinkKind; linkTarget: string | null }[];
}

/**
 * Creates a meeting with its invitees and agenda; the open actions of the region's earlier meetings are
 * added to the agenda after the given items (`carriedTitle` words their titles).
 */
export async function createMeeting(
	supabase: Supabase,
	regionId: string,
	input: NewMeeting,
	carriedTitle: (description: string) => string
): Promise<WriteResult<string>> {
	const { data: open, error: openError } = await supabase
		.from('meeting_actions')
		.select('id, description, status, meeting_id, meetings!inner(starts_at)')
		.eq('region_id', regionId)
		.eq('status', 'open');
	if (openError) throw dataError('Openstaande acties ophalen', openError);

	const { data: meeting, error } = await supabase
		.from('meetings')
		.insert({ region_id: regionId, title: input.title, starts_at: input.startsAt, location: input.location })
		.select('id')
		.single();
	if (error) return refused('Vergadering opslaan', error);

	const carried = carryOverItems(
		open.map((row) => ({
			id: row.id,
			description: row.description,
			status: 'open' as const,
			meetingId: row.meeting_id,
			meetingStartsAt: row.meetings.starts_at
		})),
		input.startsAt,
		input.items.length + 1,
		carriedTitle
	);
	const rows = [
		...input.items.map((item, i) => ({
			meeting_id: meeting.id,
			region_id: regionId,
			position: i + 1,
			title: item.title,
			link_kind: item.linkKind,
			link_target: item.linkTarget
		})),
		...carried.map((item) => ({
			meeting_id: meeting.id,
			region_id: regionId,
			position: item.position,
			title: item.title.slice(0, 200),
			link_kind: 'none',
			carried_action_id: item.carriedActionId
		}))
	];
	if (rows.length > 0) {
		const { error: itemsError } = await supabase.from('meeting_agenda_items').insert(rows);
		if (itemsError) throw dataError('Agenda opslaan', itemsError);
	}
	if (input.invitedOrganisationIds.length > 0) {
		const { error: inviteError } = await supabase.from('meeting_invitees').insert(
			input.invitedOrganisationIds.map((organisationId) => ({
				meeting_id: meeting.id,
				region_id: regionId,
				organisation_id: organisationId
			}))
		);
		if (inviteError) throw dataError('Genodigden opslaan', inviteError);
	}
	return ok(meeting.id);
}

function writeResult(context: string, error: { code: string; message: string } | null): WriteResult {
	return error ? refused(context, error) : ok();
}

export async function addDecision(
	supabase: Supabase,
	meeting: { id: string; regionId: string },
	agendaItemId: string,
	body: string
): Promise<WriteResult> {
	const { error } = await supabase.from('meeting_decisions').insert({
		meeting_id: meeting.id,
		region_id: meeting.regionId,
		agenda_item_id: agendaItemId,
		body
	});
	return writeResult('Besluit opslaan', error);
}

export async function addAction(
	supabase: Supabase,
	meeting: { id: string; regionId: string },
	values: { agendaItemId: string; description: string; ownerOrganisationId: string; dueDate: string }
): Promise<WriteResult> {
	const { error } = await supabase.from('meeting_actions').insert({
		meeting_id: meeting.id,
		region_id: meeting.regionId,
		agenda_item_id: values.agendaItemId,
		description: values.description,
		owner_organisation_id: values.ownerOrganisationId,
		due_date: values.dueDate
	});
	return writeResult('Actie opslaan', error);
}

export async function setActionStatus(
	supabase: Supabase,
	actionId: string,
	status: ActionStatus
): Promise<WriteResult> {
	const { data, error } = await supabase
		.from('meeting_actions')
		.update({ status })
		.eq('id', actionId)
		.select('id');
	if (!error && data.length === 0) return refusal('forbidden');
	return writeResult('Actie bijwerken', error);
}

/** The chair's correction of a partner's attendance. */
export async function setAttendance(
	supabase: Supabase,
	meeting: { id: string; regionId: string },
	organisationId: string,
	present: boolean
): Promise<WriteResult> {
	const { error } = await supabase.from('meeting_attendance').upsert(
		{
			meeting_id: meeting.id,
			region_id: meeting.regionId,
			organisation_id: organisationId,
			present,
			source: 'chair'
		},
		{ onConflict: 'meeting_id,organisation_id' }
	);
	return writeResult('Aanwezigheid opslaan', error);
}

/**
 * The signed-in user is in the room: the database records them (from the session, not from what the page says)
 * and their own partners as present (a chair's correction stays). Refused unless the meeting is open.
 */
export async function recordPresence(supabase: Supabase, meetingId: string): Promise<WriteResult> {
	const { error } = await supabase.rpc('record_meeting_presence', { meeting: meetingId });
	return writeResult('Aanwezigheid vastleggen', error);
}

/** The signed-in user leaves the room (their attendance stays). */
export async function leaveRoom(supabase: Supabase, meetingId: string): Promise<WriteResult> {
	const { error } = await supabase.rpc('leave_meeting_room', { meeting: meetingId });
	return writeResult('Zaal verlaten', error);
}

/** The user ids in the room now, as the database recorded them (seen in the last two minutes). */
export async function loadRoomUserIds(supabase: Supabase, meetingId: string): Promise<string[]> {
	const { data, error } = await supabase
		.from('meeting_room_presence_now')
		.select('user_id')
		.eq('meeting_id', meetingId)
		.order('entered_at');
	if (error) throw dataError('Aanwezigen in de zaal ophalen', error);
	return data.flatMap((row) => (row.user_id ? [row.user_id] : []));
}

/** The chair opens the meeting (not before its date) or closes it; attendance is taken only in between. */
export async function setMeetingOpen(
	supabase: Supabase,
	meetingId: string,
	open: boolean
): Promise<WriteResult> {
	const { error } = await supabase.rpc(open ? 'open_meeting' : 'close_meeting', { meeting: meetingId });
	return writeResult(open ? 'Vergadering openen' : 'Vergadering sluiten', error);
}

// ---------------------------------------------------------------------------------------------------
// The room's state in the database: who chairs and at which agenda item (meeting_room_state, written only by
// the region's coordinator through present_meeting_item), and who the region's people are, so that presence keys
// (user ids) resolve to names and partners from the memberships, never from what a participant sends.

const NO_ROOM_STATE: RoomState = {
	chairUserId: null,
	currentItemId: null,
	presenting: false,
	openedAt: null,
	closedAt: null
};

export async function loadRoomState(supabase: Supabase, meetingId: string): Promise<RoomState> {
	const { data, error } = await supabase
		.from('meeting_room_state')
		.select('chair_user_id, current_agenda_item_id, presenting, opened_at, closed_at')
		.eq('meeting_id', meetingId)
		.maybeSingle();
	if (error) throw dataError('Stand van de vergadering ophalen', error);
	return parseRoomState(data) ?? NO_ROOM_STATE;
}

/** The chair presents an agenda item (or stops presenting: null); followers follow the row. */
export async function presentItem(
	supabase: Supabase,
	meetingId: string,
	itemId: string | null
): Promise<WriteResult> {
	const { error } = await supabase.rpc('present_meeting_item', {
		meeting: meetingId,
		item: itemId as string
	});
	return writeResult('Agendapunt tonen', error);
}

/** The region's members with their names and partners, as the room shows them. */
export async function loadRoomPeople(supabase: Supabase, regionId: string): Promise<RoomPerson[]> {
	const { data: memberships, error } = await supabase
		.from('memberships')
		.select('user_id, organisation_id, organisations!inner(region_id)')
		.eq('organisations.region_id', regionId);
	if (error) throw dataError('Leden van de regio ophalen', error);
	const userIds = [...new Set(memberships.map((row) => row.user_id))];
	const names = new Map<string, string>();
	if (userIds.length > 0) {
		const { data: profiles, error: profileError } = await supabase
			.from('profiles')
			.select('id, display_name')
			.in('id', userIds);
		if (profileError) throw dataError('Namen ophalen', profileError);
		for (const profile of profiles) names.set(profile.id, profile.display_name);
	}
	return userIds.map((userId) => ({
		userId,
		name: names.get(userId) ?? '',
		organisationIds: memberships.filter((row) => row.user_id === userId).map((row) => row.organisation_id)
	}));
}

// ---------------------------------------------------------------------------------------------------
// The room: the meeting page's private Realtime channel `meeting:<id>` (opened with useLive) carries the
// agenda's and the room state's table changes, and presence keyed by user id with nothing else tracked. Only
// members of the region may join it (RLS on realtime.messages). Presence is a hint only: when it changes, the
// pages read who is in the room from the database again (loadRoomUserIds); its keys are never shown.

export const meetingTopic = (meetingId: string) => `meeting:${meetingId}`;

/**
 * Listens to the room; call before the channel joins. `onPresence`: someone joined or left the channel.
 * `onRoomState`: the chair moved, opened or closed, straight from the row's change (RLS applies), so followers
 * follow without waiting for the page to reload its figures.
 */
export function listenToRoom(
	channel: RealtimeChannel,
	meetingId: string,
	handlers: { onPresence: () => void; onRoomState: (state: RoomState) => void }
): void {
	channel.on('presence', { event: 'sync' }, handlers.onPresence);
	channel.on(
		'postgres_changes',
		{ event: '*', schema: 'public', table: 'meeting_room_state', filter: `meeting_id=eq.${meetingId}` },
		(change) => {
			const state = parseRoomState(change.new);
			if (state) handlers.onRoomState(state);
		}
	);
}
