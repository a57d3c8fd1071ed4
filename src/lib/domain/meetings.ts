// The rules of meeting mode: agenda links, moving through the agenda, carrying open actions over, who is
// in the room (presence), attendance (presence corrected by the chair) and following the chair.

export const LINK_KINDS = ['none', 'baanafspraken', 'budgetten', 'netwerk', 'goal'] as const;
export type AgendaLinkKind = (typeof LINK_KINDS)[number];

export function isLinkKind(value: unknown): value is AgendaLinkKind {
	return typeof value === 'string' && (LINK_KINDS as readonly string[]).includes(value);
}

export interface AgendaLink {
	kind: AgendaLinkKind;
	/** A goal's id for 'goal'; nothing for the region-wide pages. */
	target: string | null;
}

const SAFE_TARGET = /^[A-Za-z0-9_-]{1,100}$/;

/** Where an agenda item's link leads inside the region, or null for items without one. */
export function agendaLinkPath(regionSlug: string, link: AgendaLink): string | null {
	const base = `/regio/${regionSlug}`;
	switch (link.kind) {
		case 'baanafspraken':
			return `${base}/baanafspraken`;
		case 'budgetten':
			return `${base}/budgetten`;
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
	status: 'open' | 'done';
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
// Presence

/** What each participant tracks in the room's presence. */
export interface PresencePayload {
	userId: string;
	name: string;
	organisationIds: string[];
	organisationNames: string[];
	chair: boolean;
	/** The chair's current agenda item (only when presenting), so late followers find it. */
	position: string | null;
}

export function isPresencePayload(value: unknown): value is PresencePayload {
	if (typeof value !== 'object' || value === null) return false;
	const v = value as Record<string, unknown>;
	return (
		typeof v.userId === 'string' &&
		typeof v.name === 'string' &&
		Array.isArray(v.organisationIds) &&
		v.organisationIds.every((o) => typeof o === 'string') &&
		Array.isArray(v.organisationNames) &&
		v.organisationNames.every((o) => typeof o === 'string') &&
		typeof v.chair === 'boolean' &&
		(v.position === null || typeof v.position === 'string')
	);
}

/**
 * Everyone in the room once, from Supabase presence state (key → metas): a person with two tabs is one
 * participant; the chair first, then by name.
 */
export function participantsOf(state: Record<string, readonly unknown[]>): PresencePayload[] {
	const byUser = new Map<string, PresencePayload>();
	for (const metas of Object.values(state)) {
		for (const meta of metas) {
			if (isPresencePayload(meta) && !byUser.has(meta.userId)) byUser.set(meta.userId, meta);
		}
	}
	return [...byUser.values()].sort(
		(a, b) => Number(b.chair) - Number(a.chair) || a.name.localeCompare(b.name, 'nl')
	);
}

/** Where the presenting chair is, from presence; null when no chair presents. */
export function chairPosition(participants: readonly PresencePayload[]): string | null {
	return participants.find((p) => p.chair && p.position !== null)?.position ?? null;
}

/** The chair's broadcast when moving to an agenda item. */
export interface PositionMessage {
	itemId: string;
}

export function parsePositionMessage(payload: unknown): PositionMessage | null {
	if (typeof payload !== 'object' || payload === null) return null;
	const itemId = (payload as Record<string, unknown>).itemId;
	return typeof itemId === 'string' && itemId.length > 0 && itemId.length <= 64 ? { itemId } : null;
}

// ---------------------------------------------------------------------------------------------------
// Attendance

export interface RecordedAttendance {
	organisationId: string;
	present: boolean;
	source: 'presence' | 'chair';
}

export type AttendanceStatus = 'present' | 'absent' | 'unknown';

export interface AttendanceLine {
	organisationId: string;
	status: AttendanceStatus;
	source: 'presence' | 'chair' | null;
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
export function organisationsInRoom(participants: readonly PresencePayload[]): string[] {
	return [...new Set(participants.flatMap((p) => p.organisationIds))];
}

/** An action is overdue when it is open and its due date (yyyy-mm-dd) lies before today. */
export function isOverdue(action: { status: 'open' | 'done'; dueDate: string }, today: string): boolean {
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
