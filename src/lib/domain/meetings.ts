// The rules of meeting mode: agenda links, moving through the agenda, carrying open actions over, who is
// in the room (presence resolved through the database), attendance (presence corrected by the chair) and
// following the chair (the room state in the database).

import { LIMITS } from './limits';

/** What an agenda item links to (the check on meeting_agenda_items.link_kind). */
export const LINK_KINDS = LIMITS.meeting_agenda_items.link_kind.values;
export type AgendaLinkKind = (typeof LINK_KINDS)[number];

/** An action of a meeting is open or done (the check on meeting_actions.status). */
export const ACTION_STATUSES = LIMITS.meeting_actions.status.values;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Attendance comes from presence in the room or from the chair's correction (meeting_attendance.source). */
export type AttendanceSource = (typeof LIMITS.meeting_attendance.source.values)[number];

export function isLinkKind(value: unknown): value is AgendaLinkKind {
	return typeof value === 'string' && (LINK_KINDS as readonly string[]).includes(value);
}

export interface AgendaLink {
	kind: AgendaLinkKind;
	/** A goal's id for 'goal'; nothing for the region-wide pages. */
	target: string | null;
}

const SAFE_TARGET = /^[A-Za-z0-9_-]{1,100}$/;
const YEAR = /^20\d\d$/;

/**
 * The one value the planning form posts per agenda row for what the item links to: `none`, `baanafspraken`,
 * `netwerk`, `budgetten` (the meeting's year), `budgetten:2027` or `goal:<goal id>`. Chosen from a list, so
 * nobody types an id.
 */
export function agendaLinkValue(link: AgendaLink): string {
	return link.target && (link.kind === 'goal' || link.kind === 'budgetten')
		? `${link.kind}:${link.target}`
		: link.kind;
}

/** The link a posted value names; null for anything the form did not offer. */
export function parseAgendaLinkValue(value: string): AgendaLink | null {
	const [kind, target, ...rest] = value.split(':');
	if (rest.length > 0 || !isLinkKind(kind)) return null;
	if (target === undefined) return kind === 'goal' ? null : { kind, target: null };
	if (kind === 'budgetten' && YEAR.test(target)) return { kind, target };
	if (kind === 'goal' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(target)) {
		return { kind, target: target.toLowerCase() };
	}
	return null;
}

/**
 * The year a budget item is about: the year it links to; else the one year its title names ("Budgetten 2027",
 * as items planned before the link carried a year); else the meeting's own year.
 */
export function budgetYearOf(
	item: { linkTarget: string | null; title: string },
	meetingStartsAt: string
): number {
	const target = budgetItemYear(item.linkTarget, null);
	if (target !== null) return target;
	const named = [...new Set(item.title.match(/\b20\d\d\b/g) ?? [])];
	if (named.length === 1) return Number(named[0]);
	return Number(
		new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(
			new Date(meetingStartsAt)
		)
	);
}

/** Where an agenda item's link leads inside the region, or null for items without one. */
export function agendaLinkPath(regionSlug: string, link: AgendaLink): string | null {
	const base = `/regio/${regionSlug}`;
	switch (link.kind) {
		case 'baanafspraken':
			return `${base}/baanafspraken`;
		case 'budgetten': {
			const year = budgetItemYear(link.target, null);
			return year === null ? `${base}/budgetten` : `${base}/budgetten?jaar=${year}`;
		}
		case 'netwerk':
			return `${base}/netwerk`;
		case 'goal':
			return link.target && SAFE_TARGET.test(link.target)
				? `${base}/doelen/${link.target}`
				: `${base}/doelen`;
		case 'none':
			return null;
	}
}

export interface Positioned {
	id: string;
	position: number;
}

export function sortAgenda<T extends Positioned>(items: readonly T[]): T[] {
	return [...items].sort((a, b) => a.position - b.position);
}

/** The item before or after the current one; the first item when nothing is current; null at an end. */
export function neighbourItem<T extends Positioned>(
	items: readonly T[],
	currentId: string | null,
	direction: 'next' | 'previous'
): T | null {
	const sorted = sortAgenda(items);
	if (sorted.length === 0) return null;
	const index = sorted.findIndex((item) => item.id === currentId);
	if (index === -1) return sorted[0];
	const next = direction === 'next' ? index + 1 : index - 1;
	return sorted[next] ?? null;
}

export interface ActionForCarryOver {
	id: string;
	description: string;
	status: ActionStatus;
	meetingStartsAt: string;
	meetingId: string;
}

export interface CarriedItemDraft {
	position: number;
	title: string;
	carriedActionId: string;
}

/**
 * The open actions of the region's earlier meetings become agenda items of a new meeting, after its own
 * items, oldest meeting first. Actions of meetings at or after the new one's start do not carry over.
 */
export function carryOverItems(
	actions: readonly ActionForCarryOver[],
	newMeetingStartsAt: string,
	firstPosition: number,
	titleOf: (description: string) => string = (d) => d
): CarriedItemDraft[] {
	const start = Date.parse(newMeetingStartsAt);
	return actions
		.filter((a) => a.status === 'open' && Date.parse(a.meetingStartsAt) < start)
		.sort((a, b) => Date.parse(a.meetingStartsAt) - Date.parse(b.meetingStartsAt))
		.map((a, i) => ({ position: firstPosition + i, title: titleOf(a.description), carriedActionId: a.id }));
}

// ---------------------------------------------------------------------------------------------------
// Who is in the room, and where the chair is. Who is in the room comes from the database: each page records its
// user there (record_meeting_presence, with the user id the database takes from the session) while the meeting
// is open; who they are and for which partners comes from their memberships in the region, and the chair and the
// current agenda item from the meeting's room state, which only the region's coordinator writes. Realtime presence
// only tells the pages to read the rows again; nothing a participant sends about itself is believed.

/** A member of the region as the database knows them: name and partners. */
export interface RoomPerson {
	userId: string;
	name: string;
	organisationIds: string[];
}

/** The meeting's room state row (meeting_room_state). */
export interface RoomState {
	chairUserId: string | null;
	currentItemId: string | null;
	presenting: boolean;
	/** When the chair opened the meeting; attendance is taken from then until it is closed. */
	openedAt: string | null;
	closedAt: string | null;
}

/** Before the chair opens it, while it is on, and after the chair closed it. */
export type MeetingPhase = 'not_opened' | 'open' | 'closed';

export function meetingPhase(state: Pick<RoomState, 'openedAt' | 'closedAt'> | null): MeetingPhase {
	if (!state?.openedAt) return 'not_opened';
	return state.closedAt ? 'closed' : 'open';
}

export type MeetingDay = 'before' | 'today' | 'after';

/**
 * Where today is against the meeting's date in the Netherlands. The chair opens (or reopens) a meeting only on
 * its date, and attendance is taken only then; the database refuses otherwise, this only decides what the page
 * offers and says.
 */
export function meetingDay(startsAt: string, now: Date, timeZone = 'Europe/Amsterdam'): MeetingDay {
	const day = (instant: Date) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(instant);
	const meeting = day(new Date(startsAt));
	const today = day(now);
	return meeting > today ? 'before' : meeting < today ? 'after' : 'today';
}

export interface Participant extends RoomPerson {
	chair: boolean;
}

/**
 * Everyone in the room once, from the user ids the database recorded: resolved to the region's members, ids
 * that name no member dropped; the chair first, then by name.
 */
export function participantsOf(
	presenceKeys: readonly string[],
	people: readonly RoomPerson[],
	chairUserId: string | null
): Participant[] {
	const byUser = new Map(people.map((person) => [person.userId, person]));
	return [...new Set(presenceKeys)]
		.flatMap((key) => {
			const person = byUser.get(key);
			return person ? [{ ...person, chair: person.userId === chairUserId }] : [];
		})
		.sort((a, b) => Number(b.chair) - Number(a.chair) || a.name.localeCompare(b.name, 'nl'));
}

/** Where the presenting chair is; null when nobody presents. */
export function chairPosition(state: Pick<RoomState, 'presenting' | 'currentItemId'> | null): string | null {
	return state?.presenting ? state.currentItemId : null;
}

/** A meeting_room_state row as Realtime or the API delivers it; null for anything else. */
export function parseRoomState(row: unknown): RoomState | null {
	if (typeof row !== 'object' || row === null) return null;
	const r = row as Record<string, unknown>;
	const idOrNull = (v: unknown) => (typeof v === 'string' && v.length > 0 && v.length <= 64 ? v : null);
	const instantOrNull = (v: unknown) => (typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? v : null);
	if (typeof r.presenting !== 'boolean') return null;
	return {
		chairUserId: idOrNull(r.chair_user_id),
		currentItemId: idOrNull(r.current_agenda_item_id),
		presenting: r.presenting,
		openedAt: instantOrNull(r.opened_at),
		closedAt: instantOrNull(r.closed_at)
	};
}

// ---------------------------------------------------------------------------------------------------
// Attendance

export interface RecordedAttendance {
	organisationId: string;
	present: boolean;
	source: AttendanceSource;
}

export type AttendanceStatus = 'present' | 'absent' | 'unknown';

export interface AttendanceLine {
	organisationId: string;
	status: AttendanceStatus;
	source: AttendanceSource | null;
	invited: boolean;
	/** Someone of this partner is in the room right now. */
	inRoom: boolean;
}

/**
 * One line per invited partner, and per partner recorded or in the room without an invitation.
 * Recorded attendance (presence, or the chair's correction) decides; otherwise being in the room now.
 */
export function attendanceLines(
	invitedIds: readonly string[],
	recorded: readonly RecordedAttendance[],
	inRoomIds: readonly string[]
): AttendanceLine[] {
	const ids = [...new Set([...invitedIds, ...recorded.map((r) => r.organisationId), ...inRoomIds])];
	const invited = new Set(invitedIds);
	const inRoom = new Set(inRoomIds);
	return ids.map((organisationId) => {
		const record = recorded.find((r) => r.organisationId === organisationId);
		const status: AttendanceStatus = record
			? record.present
				? 'present'
				: 'absent'
			: inRoom.has(organisationId)
				? 'present'
				: 'unknown';
		return {
			organisationId,
			status,
			source: record?.source ?? (inRoom.has(organisationId) ? 'presence' : null),
			invited: invited.has(organisationId),
			inRoom: inRoom.has(organisationId)
		};
	});
}

/** The partners represented in the room now. */
export function organisationsInRoom(participants: readonly RoomPerson[]): string[] {
	return [...new Set(participants.flatMap((p) => p.organisationIds))];
}

/** An action is overdue when it is open and its due date (yyyy-mm-dd) lies before today. */
export function isOverdue(action: { status: ActionStatus; dueDate: string }, today: string): boolean {
	return action.status === 'open' && action.dueDate < today;
}

// ---------------------------------------------------------------------------------------------------
// Meeting time: entered as a date and a time in the Netherlands

function offsetMinutesAt(utcMs: number, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit'
	}).formatToParts(new Date(utcMs));
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
	return Math.round((asUtc - Math.floor(utcMs / 60_000) * 60_000) / 60_000);
}

/**
 * `2026-12-10` and `14:00` as meant in the Netherlands, as an ISO instant; null for a date or time that
 * does not exist.
 */
export function localMeetingTime(date: string, time: string, timeZone = 'Europe/Amsterdam'): string | null {
	const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
	const t = /^(\d{2}):(\d{2})$/.exec(time);
	if (!d || !t) return null;
	const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number);
	if (hour > 23 || minute > 59) return null;
	const naive = Date.UTC(year, month - 1, day, hour, minute);
	const check = new Date(naive);
	if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
	let instant = naive - offsetMinutesAt(naive, timeZone) * 60_000;
	instant = naive - offsetMinutesAt(instant, timeZone) * 60_000;
	return new Date(instant).toISOString();
}

/**
 * The budget year a 'budgetten' agenda item is about: its target when that is a year ("2027"), else the
 * fallback (the meeting room uses the current year).
 */
export function budgetItemYear<F extends number | null>(target: string | null, fallback: F): number | F {
	if (!target || !/^\d{4}$/.test(target)) return fallback;
	const year = Number(target);
	return year >= 2013 && year <= 2100 ? year : fallback;
}
