// loadGoalHealthFacts (src/lib/data/goals.ts): the counts the network health check reads from the goals
// module, under the caller's row-level security, checked against the truth read with the service key.
import { afterEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { SupabaseClient } from '@supabase/supabase-js';
import { ORG, REGION, demoActors, service } from './rls-fixtures';
import {
	consentToVersion,
	createGoal,
	loadGoalHealthFacts,
	proposeGoal,
	proposeGoalChange
} from '$lib/data/goals';
import type { Supabase } from '$lib/data/types';

const actors = demoActors();
const marker = `goal-health-${randomUUID().slice(0, 8)}`;
const as = (client: SupabaseClient) => client as unknown as Supabase;

afterEach(async () => {
	const { error } = await service.from('goals').delete().like('title', `${marker}%`);
	if (error) throw new Error(`removing test goals: ${error.message}`);
});

async function count(table: string, filters: Record<string, string | boolean>, inStatus?: string[]) {
	let query = service.from(table).select('id', { count: 'exact', head: true });
	for (const [column, value] of Object.entries(filters)) query = query.eq(column, value);
	if (inStatus) query = query.in('status', inStatus);
	const { count: n, error } = await query;
	if (error || n === null) throw new Error(`counting ${table}: ${error?.message}`);
	return n;
}

async function truth() {
	const region = REGION.zuidLimburg;
	const { count: withToezichthouder } = await service
		.from('goals')
		.select('id', { count: 'exact', head: true })
		.eq('region_id', region)
		.not('toezichthouder_id', 'is', null);
	return {
		goalsTotal: await count('goals', { region_id: region }),
		goalsAgreed: await count('goals', { region_id: region }, ['vastgesteld', 'afgerond']),
		goalsWithOneToezichthouder: withToezichthouder ?? -1,
		changesToAgreedGoals: await count('goal_versions', {
			region_id: region,
			kind: 'wijziging',
			state: 'aanvaard'
		}),
		visionEndorsedBy: await count('vision_endorsements', { region_id: region }),
		partnersTotal: await count('organisations', { region_id: region, active: true })
	};
}

describe('loadGoalHealthFacts', () => {
	it('a member of the region reads the same counts as the database holds (the seeded demo)', async () => {
		const facts = await loadGoalHealthFacts(as(actors.viewer), REGION.zuidLimburg);
		expect(facts).toEqual(await truth());
		// The seed: three goals, two agreed, one concept. (Endorsements are not asserted here: other test files
		// change the vision, which clears them.)
		expect(facts.goalsTotal).toBeGreaterThanOrEqual(3);
		expect(facts.goalsAgreed).toBeGreaterThanOrEqual(2);
		expect(facts.partnersTotal).toBeGreaterThan(20);
	});

	it('counts a new concept without toezichthouder, and an accepted change to an agreed goal', async () => {
		const before = await loadGoalHealthFacts(as(actors.coordinator), REGION.zuidLimburg);
		const concept = await createGoal(as(actors.coordinator), REGION.zuidLimburg, {
			title: `${marker} zonder toezichthouder`,
			description: null,
			indicator: 'x',
			unit: 'x',
			source: 'handmatig',
			sourceSector: null,
			sourceProgrammeId: null,
			baselineValue: 0,
			baselineDate: '2026-01-01',
			targetValue: 10,
			targetDate: '2027-01-01',
			toezichthouderId: null,
			milestones: [],
			contributions: [{ organisationId: ORG.heerlen, commitmentValue: 10, commitmentText: null }]
		});
		const agreed = await createGoal(as(actors.coordinator), REGION.zuidLimburg, {
			title: `${marker} vastgesteld en gewijzigd`,
			description: null,
			indicator: 'x',
			unit: 'x',
			source: 'handmatig',
			sourceSector: null,
			sourceProgrammeId: null,
			baselineValue: 0,
			baselineDate: '2026-01-01',
			targetValue: 10,
			targetDate: '2027-01-01',
			toezichthouderId: ORG.uwvZuidLimburg,
			milestones: [],
			contributions: [{ organisationId: ORG.heerlen, commitmentValue: 10, commitmentText: null }]
		});
		if (!concept.ok || !agreed.ok) throw new Error('creating goals failed');
		const proposed = await proposeGoal(as(actors.coordinator), agreed.value);
		if (!proposed.ok) throw new Error(proposed.error.message);
		await consentToVersion(as(actors.coordinator), proposed.value, ORG.heerlen);
		const change = await proposeGoalChange(as(actors.coordinator), agreed.value, {
			targetValue: 12,
			targetDate: null,
			indicator: null,
			unit: null,
			toezichthouderId: null,
			reason: 'test'
		});
		if (!change.ok) throw new Error(change.error.message);
		await consentToVersion(as(actors.coordinator), change.value, ORG.heerlen);

		const after = await loadGoalHealthFacts(as(actors.coordinator), REGION.zuidLimburg);
		expect(after).toEqual({
			...before,
			goalsTotal: before.goalsTotal + 2,
			goalsAgreed: before.goalsAgreed + 1,
			goalsWithOneToezichthouder: before.goalsWithOneToezichthouder + 1,
			changesToAgreedGoals: before.changesToAgreedGoals + 1
		});
	});

	it('someone from another region reads zeros', async () => {
		expect(await loadGoalHealthFacts(as(actors.tilburg), REGION.zuidLimburg)).toEqual({
			goalsTotal: 0,
			goalsAgreed: 0,
			goalsWithOneToezichthouder: 0,
			changesToAgreedGoals: 0,
			visionEndorsedBy: 0,
			partnersTotal: 0
		});
	});
});
