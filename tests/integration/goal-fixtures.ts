// Shared fixtures for the goal tests: a goal draft, the mandate a consent is given on, and a goal taken
// through the real steps (created, proposed, consented by Heerlen and Maastricht). Test goals carry the
// file's marker in their title and are removed after each test.
import { afterEach } from 'vitest';
import type { SupabaseClient } from '@supabase/supabase-js';
import { consentToVersion, createGoal, proposeGoal, type NewGoal } from '$lib/data/goals';
import type { Supabase } from '$lib/data/types';
import type { MandateInput } from '$lib/domain/mandate';
import { ORG, REGION, service, type Actors } from './rls-fixtures';

/** A test client as the data layer takes it. */
export const as = (client: SupabaseClient) => client as unknown as Supabase;

/** The mandate a consent is given on in these tests: ambtelijk, by a policy adviser. */
export const MANDATE: MandateInput = {
	level: 'ambtelijk',
	actingAs: 'beleidsadviseur Werk',
	decisionReference: null,
	decisionDate: null,
	ratifyBefore: null
};

/** Removes every goal whose title starts with `marker` after each test of the file. */
export function removeGoalsAfterEach(marker: string): void {
	afterEach(async () => {
		const { error } = await service.from('goals').delete().like('title', `${marker}%`);
		if (error) throw new Error(`removing test goals: ${error.message}`);
	});
}

/** A goal of Zuid-Limburg with UWV as toezichthouder and Heerlen and Maastricht contributing. */
export function goalDraft(marker: string, values: Partial<NewGoal> = {}): NewGoal {
	return {
		title: `${marker} Meer mensen aan het werk`,
		description: 'Testdoel',
		indicator: 'Geplaatste kandidaten',
		unit: 'personen',
		source: 'handmatig',
		sourceSector: null,
		sourceProgrammeId: null,
		baselineValue: 100,
		baselineDate: '2026-01-01',
		targetValue: 200,
		targetDate: '2027-12-31',
		toezichthouderId: ORG.uwvZuidLimburg,
		milestones: [
			{ dueDate: '2026-06-30', targetValue: 125 },
			{ dueDate: '2026-12-31', targetValue: 150 }
		],
		contributions: [
			{ organisationId: ORG.heerlen, commitmentValue: 60, commitmentText: null },
			{ organisationId: ORG.maastricht, commitmentValue: null, commitmentText: 'Twee accountmanagers' }
		],
		...values
	};
}

/** A concept goal created by the coordinator; its id. */
export async function conceptGoal(actors: Actors, goal: NewGoal): Promise<string> {
	const created = await createGoal(as(actors.coordinator), REGION.zuidLimburg, goal);
	if (!created.ok) throw new Error(`creating goal: ${created.error.message}`);
	return created.value;
}

/** A goal agreed by Heerlen (coordinator) and Maastricht (editor), through the real steps. */
export async function agreedGoal(
	actors: Actors,
	goal: NewGoal
): Promise<{ goalId: string; versionId: string }> {
	const goalId = await conceptGoal(actors, goal);
	const proposed = await proposeGoal(as(actors.coordinator), goalId);
	if (!proposed.ok) throw new Error(`proposing: ${proposed.error.message}`);
	const versionId = proposed.value;
	for (const [client, org] of [
		[actors.coordinator, ORG.heerlen],
		[actors.editor, ORG.maastricht]
	] as const) {
		const consent = await consentToVersion(as(client), versionId, org, MANDATE);
		if (!consent.ok) throw new Error(`consenting: ${consent.error.message}`);
	}
	return { goalId, versionId };
}
