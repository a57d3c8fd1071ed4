import { describe, expect, it } from 'vitest';
import {
	agendaLinkPath,
	agendaLinkValue,
	attendanceLines,
	budgetYearOf,
	carryOverItems,
	chairPosition,
	isLinkKind,
	isOverdue,
	localMeetingTime,
	meetingPhase,
	neighbourItem,
	meetingDay,
	organisationsInRoom,
	parseAgendaLinkValue,
	parseRoomState,
	participantsOf,
	type RoomPerson
} from './meetings';

describe('agenda links chosen from a list', () => {
	const goal = 'd0000000-0000-4000-8000-000000000001';
	it('round-trips every link the planning form offers', () => {
		for (const link of [
			{ kind: 'none', target: null },
			{ kind: 'baanafspraken', target: null },
			{ kind: 'netwerk', target: null },
			{ kind: 'budgetten', target: null },
			{ kind: 'budgetten', target: '2027' },
			{ kind: 'goal', target: goal }
		] as const) {
			expect(parseAgendaLinkValue(agendaLinkValue(link))).toEqual(link);
		}
	});

	it('refuses what the form did not offer', () => {
		for (const value of ['', 'goal', 'goal:42', 'budgetten:27', 'budgetten:2027:1', 'elders', 'netwerk:x']) {
			expect(parseAgendaLinkValue(value), value).toBeNull();
		}
	});

	it('a budget item is about the year it links to, else the one year its title names, else the meeting’s', () => {
		const december = '2026-12-10T13:00:00Z';
		expect(budgetYearOf({ linkTarget: '2028', title: 'Budgetten 2027' }, december)).toBe(2028);
		expect(budgetYearOf({ linkTarget: null, title: 'Budgetafspraken 2027' }, december)).toBe(2027);
		expect(budgetYearOf({ linkTarget: null, title: 'Budgetten 2026 en 2027' }, december)).toBe(2026);
		expect(budgetYearOf({ linkTarget: null, title: 'Financiering jobcoachpool' }, december)).toBe(2026);
		// New Year's Eve 23:30 UTC is already the next year in the Netherlands.
		expect(budgetYearOf({ linkTarget: null, title: 'Budget' }, '2026-12-31T23:30:00Z')).toBe(2027);
	});
});

describe('agendaLinkPath', () => {
	it('leads to the figures pages, the network page and a goal', () => {
		expect(agendaLinkPath('zuid-limburg', { kind: 'budgetten', target: '2027' })).toBe(
			'/regio/zuid-limburg/budgetten?jaar=2027'
		);
		expect(agendaLinkPath('zuid-limburg', { kind: 'baanafspraken', target: null })).toBe(
			'/regio/zuid-limburg/baanafspraken'
		);
		expect(agendaLinkPath('zuid-limburg', { kind: 'budgetten', target: null })).toBe(
			'/regio/zuid-limburg/budgetten'
		);
		expect(agendaLinkPath('zuid-limburg', { kind: 'netwerk', target: null })).toBe(
			'/regio/zuid-limburg/netwerk'
		);
		expect(agendaLinkPath('zl', { kind: 'goal', target: 'abc-123' })).toBe('/regio/zl/doelen/abc-123');
		expect(agendaLinkPath('zl', { kind: 'none', target: null })).toBeNull();
	});

	it('never builds a path from an unsafe goal target', () => {
		expect(agendaLinkPath('zl', { kind: 'goal', target: '../../logout' })).toBe('/regio/zl/doelen');
		expect(agendaLinkPath('zl', { kind: 'goal', target: null })).toBe('/regio/zl/doelen');
	});

	it('knows its kinds', () => {
		expect(isLinkKind('goal')).toBe(true);
		expect(isLinkKind('elders')).toBe(false);
		expect(isLinkKind(3)).toBe(false);
	});
});

describe('neighbourItem', () => {
	const items = [
		{ id: 'c', position: 3 },
		{ id: 'a', position: 1 },
		{ id: 'b', position: 2 }
	];
	it('moves forward and back in agenda order and stops at the ends', () => {
		expect(neighbourItem(items, 'a', 'next')?.id).toBe('b');
		expect(neighbourItem(items, 'b', 'previous')?.id).toBe('a');
		expect(neighbourItem(items, 'c', 'next')).toBeNull();
		expect(neighbourItem(items, 'a', 'previous')).toBeNull();
	});
	it('starts at the first item, and has nothing to offer on an empty agenda', () => {
		expect(neighbourItem(items, null, 'next')?.id).toBe('a');
		expect(neighbourItem(items, 'gone', 'previous')?.id).toBe('a');
		expect(neighbourItem([], null, 'next')).toBeNull();
	});
});

describe('carryOverItems', () => {
	const action = (id: string, status: 'open' | 'done', meetingStartsAt: string) => ({
		id,
		description: `Actie ${id}`,
		status,
		meetingStartsAt,
		meetingId: `m-${id}`
	});
	it('carries the open actions of earlier meetings, oldest first, after the new items', () => {
		const drafts = carryOverItems(
			[
				action('late', 'open', '2026-10-20T12:00:00Z'),
				action('done', 'done', '2026-09-01T12:00:00Z'),
				action('early', 'open', '2026-09-01T12:00:00Z'),
				action('future', 'open', '2027-01-01T12:00:00Z'),
				action('same', 'open', '2026-12-10T13:00:00Z')
			],
			'2026-12-10T13:00:00Z',
			4,
			(d) => `Openstaande actie: ${d}`
		);
		expect(drafts).toEqual([
			{ position: 4, title: 'Openstaande actie: Actie early', carriedActionId: 'early' },
			{ position: 5, title: 'Openstaande actie: Actie late', carriedActionId: 'late' }
		]);
	});
	it('keeps the description as the title by default', () => {
		expect(carryOverItems([action('x', 'open', '2026-01-01T00:00:00Z')], '2026-02-01T00:00:00Z', 1)).toEqual([
			{ position: 1, title: 'Actie x', carriedActionId: 'x' }
		]);
	});
});

const person = (values: Partial<RoomPerson>): RoomPerson => ({
	userId: 'u',
	name: 'Naam',
	organisationIds: [],
	...values
});

describe('who is in the room', () => {
	const people = [
		person({ userId: 'u1', name: 'Anna', organisationIds: ['maastricht'] }),
		person({ userId: 'u2', name: 'Zeger', organisationIds: ['uwv'] }),
		person({ userId: 'u3', name: 'Voorzitter', organisationIds: ['heerlen'] })
	];

	it('resolves presence keys to the region’s members, once each, the chair first, then by name', () => {
		const list = participantsOf(['u2', 'u1', 'u1', 'u3'], people, 'u3');
		expect(list.map((p) => [p.userId, p.chair])).toEqual([
			['u3', true],
			['u1', false],
			['u2', false]
		]);
		expect(list[0].organisationIds).toEqual(['heerlen']);
	});

	it('drops keys that name no member of the region: nobody appears for a partner by saying so', () => {
		expect(participantsOf(['stranger', 'u2'], people, 'stranger').map((p) => p.userId)).toEqual(['u2']);
		expect(participantsOf([], people, 'u3')).toEqual([]);
	});

	it('follows the chair only while it presents', () => {
		expect(chairPosition({ currentItemId: 'item-2', presenting: true })).toBe('item-2');
		expect(chairPosition({ currentItemId: 'item-2', presenting: false })).toBeNull();
		expect(chairPosition(null)).toBeNull();
	});

	it('reads a room state row and rejects anything else', () => {
		const closed = { openedAt: null, closedAt: null };
		expect(
			parseRoomState({ chair_user_id: 'u3', current_agenda_item_id: 'item-2', presenting: true, extra: 1 })
		).toEqual({ chairUserId: 'u3', currentItemId: 'item-2', presenting: true, ...closed });
		expect(parseRoomState({ chair_user_id: null, current_agenda_item_id: null, presenting: false })).toEqual({
			chairUserId: null,
			currentItemId: null,
			presenting: false,
			...closed
		});
		expect(parseRoomState({ current_agenda_item_id: 'x'.repeat(65), presenting: true })).toEqual({
			chairUserId: null,
			currentItemId: null,
			presenting: true,
			...closed
		});
		expect(
			parseRoomState({
				presenting: false,
				opened_at: '2026-12-10T13:02:00+00:00',
				closed_at: 'later'
			})
		).toMatchObject({ openedAt: '2026-12-10T13:02:00+00:00', closedAt: null });
		expect(parseRoomState({ presenting: 'yes' })).toBeNull();
		expect(parseRoomState(null)).toBeNull();
		expect(parseRoomState('x')).toBeNull();
	});

	it('a meeting is not opened, open, or closed', () => {
		expect(meetingPhase(null)).toBe('not_opened');
		expect(meetingPhase({ openedAt: null, closedAt: null })).toBe('not_opened');
		expect(meetingPhase({ openedAt: '2026-12-10T13:00:00Z', closedAt: null })).toBe('open');
		expect(meetingPhase({ openedAt: '2026-12-10T13:00:00Z', closedAt: '2026-12-10T15:00:00Z' })).toBe(
			'closed'
		);
	});

	it('a meeting opens on its date in the Netherlands, not before and not after', () => {
		const meeting = '2026-12-10T13:00:00Z';
		expect(meetingDay(meeting, new Date('2026-12-04T12:00:00Z'))).toBe('before');
		// 23:30 UTC on the 9th is already the 10th in Amsterdam; 23:30 UTC on the 10th is the 11th.
		expect(meetingDay(meeting, new Date('2026-12-09T22:59:00Z'))).toBe('before');
		expect(meetingDay(meeting, new Date('2026-12-09T23:30:00Z'))).toBe('today');
		expect(meetingDay(meeting, new Date('2026-12-10T22:59:00Z'))).toBe('today');
		expect(meetingDay(meeting, new Date('2026-12-10T23:30:00Z'))).toBe('after');
		expect(meetingDay(meeting, new Date('2026-12-11T09:00:00Z'))).toBe('after');
	});

	it('collects the partners in the room', () => {
		expect(
			organisationsInRoom([person({ organisationIds: ['a', 'b'] }), person({ organisationIds: ['b'] })])
		).toEqual(['a', 'b']);
	});
});

describe('attendanceLines', () => {
	it('takes recorded attendance first, then being in the room, and lists uninvited partners that came', () => {
		const lines = attendanceLines(
			['heerlen', 'uwv', 'kerkrade'],
			[
				{ organisationId: 'uwv', present: false, source: 'chair' },
				{ organisationId: 'maastricht', present: true, source: 'presence' }
			],
			['heerlen', 'uwv']
		);
		expect(lines).toEqual([
			{ organisationId: 'heerlen', status: 'present', source: 'presence', invited: true, inRoom: true },
			{ organisationId: 'uwv', status: 'absent', source: 'chair', invited: true, inRoom: true },
			{ organisationId: 'kerkrade', status: 'unknown', source: null, invited: true, inRoom: false },
			{ organisationId: 'maastricht', status: 'present', source: 'presence', invited: false, inRoom: false }
		]);
	});
});

describe('isOverdue', () => {
	it('is overdue when open and due before today', () => {
		expect(isOverdue({ status: 'open', dueDate: '2026-11-01' }, '2026-11-30')).toBe(true);
		expect(isOverdue({ status: 'open', dueDate: '2026-11-30' }, '2026-11-30')).toBe(false);
		expect(isOverdue({ status: 'done', dueDate: '2026-11-01' }, '2026-11-30')).toBe(false);
	});
});

describe('localMeetingTime', () => {
	it('reads a Dutch date and time in winter and in summer time', () => {
		expect(localMeetingTime('2026-12-10', '14:00')).toBe('2026-12-10T13:00:00.000Z');
		expect(localMeetingTime('2026-06-10', '09:30')).toBe('2026-06-10T07:30:00.000Z');
	});
	it('refuses dates and times that do not exist', () => {
		expect(localMeetingTime('2026-02-30', '14:00')).toBeNull();
		expect(localMeetingTime('2026-12-10', '24:00')).toBeNull();
		expect(localMeetingTime('10-12-2026', '14:00')).toBeNull();
		expect(localMeetingTime('2026-12-10', '2 uur')).toBeNull();
	});
});
