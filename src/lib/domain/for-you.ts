// "Voor u" (issue 15.5): what waits for the signed-in user in a region, in the order to act on it. Pure: the
// database finds the items (for_you in supabase/migrations/20261208040000_for_you.sql); this orders them and says
// which are late.
import type { GoalVersionKind } from './enums';

export type ForYouItem =
	| { kind: 'verdict'; goalId: string; organisationId: string; title: string; dueDate: string }
	| {
			kind: 'consent';
			goalId: string;
			organisationId: string;
			title: string;
			proposedAt: string;
			proposal: GoalVersionKind;
	  }
	| { kind: 'ratification'; organisationId: string; reference: string; decisionDate: string }
	| {
			kind: 'action';
			meetingId: string;
			organisationId: string;
			description: string;
			dueDate: string | null;
			meeting: string;
	  }
	| { kind: 'survey'; roundId: string; organisationId: string; title: string; answers: number };

const ORDER: Record<ForYouItem['kind'], number> = {
	verdict: 0,
	consent: 1,
	ratification: 2,
	action: 3,
	survey: 4
};

const dateOf = (item: ForYouItem): string =>
	item.kind === 'verdict'
		? item.dueDate
		: item.kind === 'consent'
			? item.proposedAt
			: item.kind === 'action'
				? (item.dueDate ?? '9999-12-31')
				: item.kind === 'ratification'
					? item.decisionDate
					: '';

/** Decisions first (verdicts, consents, ratifications), then actions by due date, then the survey. */
export function orderForYou(items: readonly ForYouItem[]): ForYouItem[] {
	return [...items].sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || dateOf(a).localeCompare(dateOf(b)));
}

/** An open action past its due date (ISO dates). */
export function isOverdue(item: ForYouItem, today: string): boolean {
	return item.kind === 'action' && item.dueDate !== null && item.dueDate < today;
}
