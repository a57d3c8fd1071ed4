import { describe, expect, it } from 'vitest';
import { localDate, meetingsInPeriod, meetingsSnapshot, type MeetingFigure } from './meetings';
import { keyFiguresOf, risksOf, sheetsOf } from './registry';
import { GEMEENTE, OTHER, partners, report } from './test-fixtures';

describe('meetings snapshot', () => {
	const meeting = (values: Partial<MeetingFigure>): MeetingFigure => ({
		id: 'm1',
		title: 'Stuurgroep, september',
		startsAt: '2026-09-24T12:00:00Z',
		location: 'Stadhuis Heerlen',
		items: [
			{ id: 'i1', title: 'Opening' },
			{ id: 'i2', title: 'Baanafspraken' }
		],
		decisions: [
			{ agendaItemId: 'i2', body: 'Extra plaatsingen in de overheidssector.' },
			{ agendaItemId: 'i1', body: 'De agenda is vastgesteld.' }
		],
		actions: [
			{
				agendaItemId: 'i2',
				description: 'Werkgeverslijst delen',
				ownerOrganisationId: OTHER,
				dueDate: '2026-10-15',
				status: 'open'
			},
			{
				agendaItemId: 'i2',
				description: 'Al gedaan',
				ownerOrganisationId: GEMEENTE,
				dueDate: '2026-09-01',
				status: 'done'
			}
		],
		...values
	});

	it('takes the meetings held in the period by their date in the Netherlands, oldest first', () => {
		const list = [
			meeting({ id: 'late', startsAt: '2026-09-30T22:30:00Z' }), // 1 October, 00:30 in the Netherlands
			meeting({ id: 'second', startsAt: '2026-08-01T08:00:00Z' }),
			meeting({ id: 'first', startsAt: '2026-06-30T22:30:00Z' }) // 1 July, 00:30 in the Netherlands
		];
		expect(localDate('2026-09-30T22:30:00Z')).toBe('2026-10-01');
		expect(meetingsInPeriod(list, { year: 2026, quarter: 3 }).map((m) => m.id)).toEqual(['first', 'second']);
		expect(meetingsInPeriod(list, { year: 2026, quarter: 4 }).map((m) => m.id)).toEqual(['late']);
		expect(meetingsInPeriod(list, { year: 2025, quarter: null })).toEqual([]);
	});

	it('lists decisions in agenda order and only the open actions, judged at the reference date', () => {
		const q3 = { year: 2026, quarter: 3 as const };
		// At the end of Q3 the action due on 15 October is not over its date yet.
		const atReference = meetingsSnapshot([meeting({})], q3, partners, null, '2026-11-30');
		expect(atReference.asOf).toBe('2026-09-30');
		const [m1] = atReference.meetings;
		expect(m1).toMatchObject({ date: '2026-09-24', location: 'Stadhuis Heerlen' });
		expect(m1.decisions).toEqual([
			{ item: 'Opening', body: 'De agenda is vastgesteld.' },
			{ item: 'Baanafspraken', body: 'Extra plaatsingen in de overheidssector.' }
		]);
		expect(m1.openActions).toEqual([
			{
				item: 'Baanafspraken',
				description: 'Werkgeverslijst delen',
				ownerId: OTHER,
				owner: 'Gemeente Heerlen',
				dueDate: '2026-10-15',
				overdue: false,
				daysOverdue: 0
			}
		]);
		expect(risksOf(report({ overleggen: atReference }))).toEqual([]);
		// A report on the whole year, read on 30 November: the action is 46 days over its date.
		const year = meetingsSnapshot(
			[meeting({})],
			{ year: 2026, quarter: null },
			partners,
			GEMEENTE,
			'2026-11-30'
		);
		expect(year.asOf).toBe('2026-11-30');
		expect(year.gemeente).toEqual({ id: GEMEENTE, name: 'Gemeente Maastricht' });
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
		const year = meetingsSnapshot([meeting({})], { year: 2026, quarter: null }, partners, null, '2026-11-30');
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
		const empty = meetingsSnapshot([], { year: 2025, quarter: null }, partners, null, '2026-11-30');
		const [emptySheet] = sheetsOf(report({ overleggen: empty }));
		expect(emptySheet.columns).toEqual(['overleg', 'datum', 'agendapunt', 'besluit']);
		expect(keyFiguresOf(report({ overleggen: empty })).every((f) => f.value === 0)).toBe(true);
	});
});
