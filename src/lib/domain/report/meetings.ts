// The meetings section of a report: the snapshot it stores, its key figures, risks and sheets.
import { dayNumber } from '$lib/domain/goals';
import { isOverdue } from '$lib/domain/meetings';
import { periodStart, referenceDate, type ReportPeriod } from './period';
import type { KeyFigure, NamedPartner, Risk, SectionDefinition } from './section';

export interface MeetingSnapshotAction {
	item: string;
	description: string;
	ownerId: string;
	owner: string;
	dueDate: string;
	/** Open and its due date before the snapshot's asOf date. */
	overdue: boolean;
	daysOverdue: number;
}

export interface MeetingSnapshot {
	id: string;
	title: string;
	startsAt: string;
	/** The meeting's date in the Netherlands (YYYY-MM-DD). */
	date: string;
	location: string | null;
	decisions: { item: string; body: string }[];
	/** The actions of this meeting still open when the figures were read. */
	openActions: MeetingSnapshotAction[];
}

export interface MeetingsSnapshot {
	/** The date the open actions are judged against: the reference date, or the day of reading if earlier. */
	asOf: string;
	gemeente: NamedPartner | null;
	meetings: MeetingSnapshot[];
}

/** The date (YYYY-MM-DD) of an instant in the Netherlands. */
export function localDate(instant: string, timeZone = 'Europe/Amsterdam'): string {
	return new Intl.DateTimeFormat('en-CA', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).format(new Date(instant));
}

/** Meetings held in the period (by their date in the Netherlands), oldest first. */
export function meetingsInPeriod<T extends { startsAt: string }>(
	meetings: readonly T[],
	period: ReportPeriod
): T[] {
	const from = periodStart(period);
	const to = referenceDate(period);
	return meetings
		.filter((meeting) => {
			const date = localDate(meeting.startsAt);
			return date >= from && date <= to;
		})
		.sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
}

/** What the meetings section reads of a meeting (a subset of the meetings module's Meeting). */
export interface MeetingFigure {
	id: string;
	title: string;
	startsAt: string;
	location: string | null;
	items: readonly { id: string; title: string }[];
	decisions: readonly { agendaItemId: string; body: string }[];
	actions: readonly {
		agendaItemId: string;
		description: string;
		ownerOrganisationId: string;
		dueDate: string;
		status: 'open' | 'done';
	}[];
}

/**
 * The region's meetings in the period with their decisions and the actions still open; an open action is
 * over its date when its due date lies before the reference date (or before today, for a period not over).
 */
export function meetingsSnapshot(
	meetings: readonly MeetingFigure[],
	period: ReportPeriod,
	partners: readonly NamedPartner[],
	gemeenteId: string | null,
	today: string
): MeetingsSnapshot {
	const reference = referenceDate(period);
	const asOf = today < reference ? today : reference;
	const names = new Map(partners.map((p) => [p.id, p.name]));
	const nameOf = (id: string) => names.get(id) ?? id;
	return {
		asOf,
		gemeente: gemeenteId ? { id: gemeenteId, name: nameOf(gemeenteId) } : null,
		meetings: meetingsInPeriod(meetings, period).map((meeting): MeetingSnapshot => {
			const itemTitle = (id: string) => meeting.items.find((item) => item.id === id)?.title ?? '';
			const position = (id: string) => meeting.items.findIndex((item) => item.id === id);
			return {
				id: meeting.id,
				title: meeting.title,
				startsAt: meeting.startsAt,
				date: localDate(meeting.startsAt),
				location: meeting.location,
				decisions: [...meeting.decisions]
					.sort((a, b) => position(a.agendaItemId) - position(b.agendaItemId))
					.map((d) => ({ item: itemTitle(d.agendaItemId), body: d.body })),
				openActions: meeting.actions
					.filter((a) => a.status === 'open')
					.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0))
					.map((a) => {
						const overdue = isOverdue(a, asOf);
						return {
							item: itemTitle(a.agendaItemId),
							description: a.description,
							ownerId: a.ownerOrganisationId,
							owner: nameOf(a.ownerOrganisationId),
							dueDate: a.dueDate,
							overdue,
							daysOverdue: overdue ? dayNumber(asOf) - dayNumber(a.dueDate) : 0
						};
					})
			};
		})
	};
}

export const meetingsSection: SectionDefinition<MeetingsSnapshot> = {
	id: 'overleggen',
	available: true,
	keyFigures(data) {
		const count = (id: string, value: number): KeyFigure => ({
			id,
			section: 'overleggen',
			value,
			unit: 'count',
			target: null,
			previous: null
		});
		const actions = data.meetings.flatMap((meeting) => meeting.openActions);
		return [
			count('ov_meetings', data.meetings.length),
			count(
				'ov_decisions',
				data.meetings.reduce((sum, meeting) => sum + meeting.decisions.length, 0)
			),
			count('ov_open_actions', actions.length),
			count('ov_overdue_actions', actions.filter((a) => a.overdue).length)
		];
	},
	risks(data) {
		return data.meetings.flatMap((meeting) =>
			meeting.openActions
				.filter((a) => a.overdue)
				.map((a): Risk => ({
					section: 'overleggen',
					kind: 'action_overdue',
					subject: a.description,
					value: a.daysOverdue,
					detail: a.owner
				}))
		);
	},
	sheets(data) {
		return [
			{
				name: 'Besluiten',
				columns: ['overleg', 'datum', 'agendapunt', 'besluit'],
				rows: data.meetings.flatMap((meeting) =>
					meeting.decisions.map((d) => [meeting.title, meeting.date, d.item, d.body])
				)
			},
			{
				name: 'Openstaande acties',
				columns: ['overleg', 'datum', 'agendapunt', 'actie', 'eigenaar', 'uiterlijk', 'over_de_datum'],
				rows: data.meetings.flatMap((meeting) =>
					meeting.openActions.map((a) => [
						meeting.title,
						meeting.date,
						a.item,
						a.description,
						a.owner,
						a.dueDate,
						a.overdue ? 'ja' : 'nee'
					])
				)
			}
		];
	}
};
