import { describe, expect, it } from 'vitest';
import { isOverdue, orderForYou, type ForYouItem } from './for-you';

const action = (dueDate: string | null, description = dueDate ?? 'none'): ForYouItem => ({
	kind: 'action',
	meetingId: 'm',
	organisationId: 'o',
	description,
	dueDate,
	meeting: 'Stuurgroep'
});

describe('Voor u', () => {
	it('decisions first, then actions by due date (without a date last), then the survey', () => {
		const items: ForYouItem[] = [
			{ kind: 'survey', roundId: 'r', organisationId: 'o', title: 'Najaar', answers: 0 },
			action(null),
			action('2026-12-01'),
			{
				kind: 'consent',
				goalId: 'g2',
				organisationId: 'o',
				title: 'B',
				proposedAt: '2026-11-02T10:00:00Z',
				proposal: 'wijziging'
			},
			action('2026-10-15'),
			{ kind: 'verdict', goalId: 'g1', organisationId: 'o', title: 'A', dueDate: '2026-06-30' },
			{ kind: 'ratification', organisationId: 'o', reference: 'Raadsbesluit', decisionDate: '2026-03-01' }
		];
		expect(orderForYou(items).map((i) => (i.kind === 'action' ? `action ${i.description}` : i.kind))).toEqual(
			[
				'verdict',
				'consent',
				'ratification',
				'action 2026-10-15',
				'action 2026-12-01',
				'action none',
				'survey'
			]
		);
	});

	it('an action past its date is overdue; one due today is not', () => {
		expect(isOverdue(action('2026-12-04'), '2026-12-05')).toBe(true);
		expect(isOverdue(action('2026-12-05'), '2026-12-05')).toBe(false);
		expect(isOverdue(action(null), '2026-12-05')).toBe(false);
	});
});
