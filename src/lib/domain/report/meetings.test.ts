import { describe, expect, it } from 'vitest';
import { localDate, type MeetingSnapshot, type MeetingsSnapshot } from './meetings';
import { keyFiguresOf, risksOf, sheetsOf } from './registry';
import { GEMEENTE, OTHER, report } from './test-fixtures';

/** A meeting as the database builds it (private.report_section_overleggen), its open action judged at `asOf`. */
function meeting(daysOverdue: number): MeetingSnapshot {
	return {
		id: 'm1',
		title: 'Stuurgroep, september',
		startsAt: '2026-09-24T12:00:00Z',
		date: '2026-09-24',
		location: 'Stadhuis Heerlen',
		decisions: [
			{ item: 'Opening', body: 'De agenda is vastgesteld.' },
			{ item: 'Baanafspraken', body: 'Extra plaatsingen in de overheidssector.' }
		],
		openActions: [
			{
				item: 'Baanafspraken',
				description: 'Werkgeverslijst delen',
				ownerId: OTHER,
				owner: 'Gemeente Heerlen',
				dueDate: '2026-10-15',
				overdue: daysOverdue > 0,
				daysOverdue
			}
		]
	};
}

describe('meetings section', () => {
	it('dates an instant in the Netherlands', () => {
		expect(localDate('2026-09-30T22:30:00Z')).toBe('2026-10-01');
		expect(localDate('2026-08-01T08:00:00Z')).toBe('2026-08-01');
	});

	it('an action over its date is an open risk; one not yet over it is not', () => {
		const atReference: MeetingsSnapshot = { asOf: '2026-09-30', gemeente: null, meetings: [meeting(0)] };
		expect(risksOf(report({ overleggen: atReference }))).toEqual([]);
		// A report on the whole year, read on 30 November: the action is 46 days over its date.
		const year: MeetingsSnapshot = {
			asOf: '2026-11-30',
			gemeente: { id: GEMEENTE, name: 'Gemeente Maastricht' },
			meetings: [meeting(46)]
		};
		const snapshot = report({ overleggen: year });
		expect(risksOf(snapshot)).toEqual([
			{
				section: 'overleggen',
				kind: 'action_overdue',
				subject: 'Werkgeverslijst delen',
				value: 46,
				detail: 'Gemeente Heerlen'
			}
		]);
		expect(keyFiguresOf(snapshot).map((f) => [f.id, f.value])).toEqual([
			['ov_meetings', 1],
			['ov_decisions', 2],
			['ov_open_actions', 1],
			['ov_overdue_actions', 1]
		]);
	});

	it('exports decisions and open actions on one sheet, and an empty period still has its header', () => {
		const year: MeetingsSnapshot = { asOf: '2026-11-30', gemeente: null, meetings: [meeting(46)] };
		const [sheet] = sheetsOf(report({ overleggen: year }));
		expect(sheet.name).toBe('Overleggen en besluiten');
		expect(sheet.columns).toEqual(['overleg', 'datum', 'agendapunt', 'besluit']);
		expect(sheet.rows.slice(0, 2).map((row) => row[3])).toEqual([
			'De agenda is vastgesteld.',
			'Extra plaatsingen in de overheidssector.'
		]);
		expect(sheet.rows).toContainEqual(['Openstaande acties']);
		expect(sheet.rows.at(-1)).toEqual([
			'Stuurgroep, september',
			'2026-09-24',
			'Baanafspraken',
			'Werkgeverslijst delen',
			'Gemeente Heerlen',
			'2026-10-15',
			'ja'
		]);
		const empty: MeetingsSnapshot = { asOf: '2025-12-31', gemeente: null, meetings: [] };
		const [emptySheet] = sheetsOf(report({ overleggen: empty }));
		expect(emptySheet.columns).toEqual(['overleg', 'datum', 'agendapunt', 'besluit']);
		expect(keyFiguresOf(report({ overleggen: empty })).every((f) => f.value === 0)).toBe(true);
	});
});
