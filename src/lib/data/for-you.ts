// "Voor u": what waits for the signed-in user in a region, found by the database in one call (for_you, under
// the caller's row-level security) and ordered by the domain rule.
// Relative imports (not $lib) for what runs: the integration tests load this module without SvelteKit's aliases.
import { orderForYou, type ForYouItem } from '$lib/domain/for-you';
import type { GoalVersionKind } from '$lib/domain/enums';
import { dataError } from './errors';
import type { Supabase } from './types';

export async function loadForYou(supabase: Supabase, regionId: string): Promise<ForYouItem[]> {
	const { data, error } = await supabase.rpc('for_you', { region: regionId });
	if (error) throw dataError('Voor u ophalen', error);
	const items = data.flatMap((row): ForYouItem[] => {
		switch (row.kind) {
			case 'verdict':
				return [
					{
						kind: 'verdict',
						goalId: row.goal_id,
						organisationId: row.organisation_id,
						title: row.title,
						dueDate: row.due_date
					}
				];
			case 'consent':
				return [
					{
						kind: 'consent',
						goalId: row.goal_id,
						organisationId: row.organisation_id,
						title: row.title,
						proposedAt: row.since,
						proposal: row.detail as GoalVersionKind
					}
				];
			case 'ratification':
				return [
					{
						kind: 'ratification',
						organisationId: row.organisation_id,
						reference: row.title,
						decisionDate: row.due_date
					}
				];
			case 'action':
				return [
					{
						kind: 'action',
						meetingId: row.meeting_id,
						organisationId: row.organisation_id,
						description: row.title,
						dueDate: row.due_date ?? null,
						meeting: row.detail ?? ''
					}
				];
			case 'survey':
				return [
					{
						kind: 'survey',
						roundId: row.round_id,
						organisationId: row.organisation_id,
						title: row.title,
						answers: Number(row.detail ?? 0)
					}
				];
			default:
				return [];
		}
	});
	return orderForYou(items);
}
