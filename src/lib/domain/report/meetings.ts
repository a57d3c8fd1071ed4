// The meetings section of a report: the snapshot it stores, its key figures, risks and sheets. The database
// builds the snapshot (private.report_section_overleggen).
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
