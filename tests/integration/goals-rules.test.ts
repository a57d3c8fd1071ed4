// The goals' rules hold in the database, whatever the client does: row-level security and the guard
// triggers refuse a direct API call that skips the change proposal, consent by someone who is not a
// member of the contributing partner, a toezichthouder from another region, dates and milestones out of
// order, an empty title; bad input saves nothing. Real JWTs of the demo accounts through supabase-js.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import {
	ORG,
	REGION,
	createMembership,
	createUser,
	deleteById,
	deleteUser,
	demoActors,
	expectPermissionDenied,
	expectRlsViolation,
	service,
	serviceRow,
	updateById
} from './rls-fixtures';
import {
	consentToVersion,
	createGoal,
	loadGoal,
	proposeGoal,
	proposeGoalChange,
	withdrawVersion,
	type NewGoal
} from '$lib/data/goals';
import {
	MANDATE,
	agreedGoal as agreedGoalOf,
	as,
	conceptGoal,
	goalDraft,
	removeGoalsAfterEach
} from './goal-fixtures';

const actors = demoActors();
const marker = `goals-${randomUUID().slice(0, 8)}`;

removeGoalsAfterEach(marker);

// A direct endorsement insert must say on what mandate it is given (issue 15).
const ENDORSE_MANDATE = { mandate_level: 'ambtelijk', acting_as: 'beleidsadviseur Werk' };
const draft = (values: Partial<NewGoal> = {}) => goalDraft(marker, values);

async function goalsWithTitle(title: string): Promise<number> {
	const { count, error } = await service
		.from('goals')
		.select('id', { count: 'exact', head: true })
		.eq('title', title);
	if (error || count === null) throw new Error(`counting goals: ${error?.message}`);
	return count;
}

const newConcept = (values: Partial<NewGoal> = {}) => conceptGoal(actors, draft(values));

/** A goal agreed by Heerlen (coordinator) and Maastricht (editor), through the real steps. */
const agreedGoal = (values: Partial<NewGoal> = {}) => agreedGoalOf(actors, draft(values));

describe('bad input is refused with a clear message and nothing is saved', () => {
	it('an empty title', async () => {
		const result = await createGoal(as(actors.coordinator), REGION.zuidLimburg, draft({ title: '   ' }));
		expect(result).toMatchObject({ ok: false, error: { kind: 'invalid', code: 'goal_title_required' } });
		expect(await goalsWithTitle('   ')).toBe(0);
	});

	it('a target date before the baseline date', async () => {
		const values = draft({ baselineDate: '2026-01-01', targetDate: '2025-12-31', milestones: [] });
		const result = await createGoal(as(actors.coordinator), REGION.zuidLimburg, values);
		expect(result).toMatchObject({
			ok: false,
			error: { kind: 'invalid', code: 'goal_target_date_not_after_baseline' }
		});
		expect(await goalsWithTitle(values.title)).toBe(0);
	});

	it('milestones whose values go back and forth: the goal is not saved either', async () => {
		const values = draft({
			milestones: [
				{ dueDate: '2026-06-30', targetValue: 160 },
				{ dueDate: '2026-12-31', targetValue: 130 }
			]
		});
		const result = await createGoal(as(actors.coordinator), REGION.zuidLimburg, values);
		expect(result).toMatchObject({
			ok: false,
			error: { kind: 'invalid', code: 'milestones_out_of_order' }
		});
		expect(await goalsWithTitle(values.title)).toBe(0);
	});

	it('a milestone after the target date', async () => {
		const values = draft({ milestones: [{ dueDate: '2028-03-31', targetValue: 190 }] });
		const result = await createGoal(as(actors.coordinator), REGION.zuidLimburg, values);
		expect(result).toMatchObject({
			ok: false,
			error: { kind: 'invalid', code: 'milestone_outside_period' }
		});
		expect(await goalsWithTitle(values.title)).toBe(0);
	});

	it('a toezichthouder from another region', async () => {
		const values = draft({ toezichthouderId: ORG.tilburg });
		const result = await createGoal(as(actors.coordinator), REGION.zuidLimburg, values);
		expect(result).toMatchObject({
			ok: false,
			error: { kind: 'invalid', code: 'goal_toezichthouder_outside_region' }
		});
		expect(await goalsWithTitle(values.title)).toBe(0);
	});

	it('a contributing partner from another region', async () => {
		const values = draft({
			contributions: [{ organisationId: ORG.tilburg, commitmentValue: 5, commitmentText: null }]
		});
		const result = await createGoal(as(actors.coordinator), REGION.zuidLimburg, values);
		expect(result).toMatchObject({
			ok: false,
			error: { kind: 'invalid', code: 'goal_contributor_outside_region' }
		});
		expect(await goalsWithTitle(values.title)).toBe(0);
	});

	it('a milestone out of order added directly to a concept goal', async () => {
		const goalId = await newConcept();
		const result = await actors.coordinator
			.from('goal_milestones')
			.insert({ goal_id: goalId, due_date: '2027-06-30', target_value: 120 });
		expect(result.error?.code).toBe('23514');
		expect(result.error?.message).toBe('milestones_out_of_order');
		const { data } = await service.from('goal_milestones').select('id').eq('goal_id', goalId);
		expect(data).toHaveLength(2);
	});
});

describe('who may draft and read goals', () => {
	it('only the coordinator drafts a goal; others are refused by row-level security', async () => {
		for (const name of ['editor', 'viewer', 'tilburg'] as const) {
			const values = draft({ title: `${marker} door ${name}` });
			const result = await createGoal(as(actors[name]), REGION.zuidLimburg, values);
			expect(result, name).toMatchObject({
				ok: false,
				error: { kind: 'forbidden', code: null }
			});
			expect(await goalsWithTitle(values.title)).toBe(0);
		}
	});

	it('members of the region read goals; another region and anonymous visitors do not', async () => {
		const goalId = await newConcept();
		for (const name of ['coordinator', 'editor', 'viewer', 'admin'] as const) {
			const { data } = await actors[name].from('goals').select('id').eq('id', goalId);
			expect(data, name).toHaveLength(1);
		}
		const { data } = await actors.tilburg.from('goals').select('id').eq('id', goalId);
		expect(data).toEqual([]);
		expectPermissionDenied(await actors.anon.from('goals').select('id'), 'goals');
	});
});

describe('the life cycle: concept → voorgesteld → vastgesteld', () => {
	it('nobody sets the status directly, not even the coordinator or the service role', async () => {
		const goalId = await newConcept();
		for (const client of [actors.coordinator, service]) {
			const result = await client.from('goals').update({ status: 'vastgesteld' }).eq('id', goalId);
			expect(result.error?.code).toBe('42501');
			expect(result.error?.message).toBe('goal_status_by_steps_only');
		}
		expect((await serviceRow('goals', goalId))?.status).toBe('concept');
	});

	it('a new goal starts as concept', async () => {
		const result = await actors.coordinator.from('goals').insert({
			region_id: REGION.zuidLimburg,
			title: `${marker} direct vastgesteld`,
			indicator: 'x',
			unit: 'x',
			baseline_value: 0,
			baseline_date: '2026-01-01',
			target_value: 1,
			target_date: '2027-01-01',
			status: 'vastgesteld'
		});
		expect(result.error?.message).toBe('goal_starts_as_concept');
		expect(await goalsWithTitle(`${marker} direct vastgesteld`)).toBe(0);
	});

	it('only the coordinator proposes; proposing needs a toezichthouder', async () => {
		const goalId = await newConcept({ toezichthouderId: null });
		expect(await proposeGoal(as(actors.editor), goalId)).toMatchObject({
			ok: false,
			error: { kind: 'forbidden' }
		});
		expect(await proposeGoal(as(actors.coordinator), goalId)).toMatchObject({
			ok: false,
			error: { kind: 'invalid', code: 'goal_toezichthouder_required' }
		});
		expect((await serviceRow('goals', goalId))?.status).toBe('concept');
	});

	it('consent only by a member (editor or more) of that contributing partner; agreed when all consented', async () => {
		const goalId = await newConcept();
		const proposed = await proposeGoal(as(actors.coordinator), goalId);
		expect(proposed.ok).toBe(true);
		const versionId = proposed.ok ? proposed.value : '';

		// The coordinator of the lead organisation does not consent on Maastricht's behalf.
		expect(await consentToVersion(as(actors.coordinator), versionId, ORG.maastricht, MANDATE)).toMatchObject({
			ok: false,
			error: { kind: 'forbidden', code: 'goal_consent_not_own_partner' }
		});
		// Nor does Maastricht's editor for Heerlen, a viewer, or someone from another region.
		expect(await consentToVersion(as(actors.editor), versionId, ORG.heerlen, MANDATE)).toMatchObject({
			ok: false,
			error: { kind: 'forbidden' }
		});
		expect(await consentToVersion(as(actors.viewer), versionId, ORG.uwvZuidLimburg, MANDATE)).toMatchObject({
			ok: false,
			error: { kind: 'invalid', code: 'goal_consent_not_contributor' }
		});
		expect(await consentToVersion(as(actors.tilburg), versionId, ORG.maastricht, MANDATE)).toMatchObject({
			ok: false,
			error: { kind: 'missing' }
		});
		// Writing a consent row directly is not possible for anyone.
		expectRlsViolation(
			await actors.editor
				.from('goal_consents')
				.insert({ version_id: versionId, goal_id: goalId, organisation_id: ORG.maastricht }),
			'goal_consents'
		);
		const { data: none } = await service.from('goal_consents').select('id').eq('goal_id', goalId);
		expect(none).toEqual([]);

		expect(await consentToVersion(as(actors.editor), versionId, ORG.maastricht, MANDATE)).toEqual({
			ok: true,
			value: 'voorgesteld'
		});
		expect(await consentToVersion(as(actors.editor), versionId, ORG.maastricht, MANDATE)).toMatchObject({
			ok: false,
			error: { kind: 'duplicate', code: 'goal_consent_duplicate' }
		});
		// Heerlen has not consented: the goal cannot be agreed yet.
		expect((await serviceRow('goals', goalId))?.status).toBe('voorgesteld');

		expect(await consentToVersion(as(actors.coordinator), versionId, ORG.heerlen, MANDATE)).toEqual({
			ok: true,
			value: 'vastgesteld'
		});
		const goal = await loadGoal(as(actors.viewer), REGION.zuidLimburg, goalId);
		expect(goal?.status).toBe('vastgesteld');
		expect(goal?.version).toBe(1);
		expect(goal?.versions[0]).toMatchObject({ version: 1, kind: 'vaststelling', state: 'aanvaard' });
		expect(goal?.versions[0].consents.map((c) => c.organisationId).sort()).toEqual(
			[ORG.heerlen, ORG.maastricht].sort()
		);
		expect(goal?.versions[0].consents.every((c) => c.consentedBy && c.createdAt)).toBe(true);
	});

	it('milestones and contributions are fixed once proposed', async () => {
		const goalId = await newConcept();
		await proposeGoal(as(actors.coordinator), goalId);
		const milestone = await actors.coordinator
			.from('goal_milestones')
			.insert({ goal_id: goalId, due_date: '2027-06-30', target_value: 175 });
		expect(milestone.error?.message).toBe('goal_milestones_fixed');
		const commitment = await actors.editor
			.from('goal_contributions')
			.update({ commitment_text: 'Toch niets' })
			.eq('goal_id', goalId)
			.eq('organisation_id', ORG.maastricht);
		expect(commitment.error?.message).toBe('goal_contributions_fixed');
	});
});

describe('an agreed goal changes only through a change proposal', () => {
	it('a direct API call cannot change the target, deadline, indicator or toezichthouder', async () => {
		const { goalId } = await agreedGoal();
		const frozen = {
			target_value: 250,
			target_date: '2028-12-31',
			indicator: 'Iets anders',
			toezichthouder_id: ORG.kerkrade
		};
		for (const [column, value] of Object.entries(frozen)) {
			for (const client of [actors.coordinator, service]) {
				const result = await client
					.from('goals')
					.update({ [column]: value })
					.eq('id', goalId);
				expect(result.error?.code, column).toBe('23514');
				expect(result.error?.message).toBe('goal_agreed_change_by_proposal');
			}
		}
		const row = await serviceRow('goals', goalId);
		expect(Number(row?.target_value)).toBe(200);
		expect(row?.target_date).toBe('2027-12-31');
		// The title is not frozen.
		const rename = await actors.coordinator
			.from('goals')
			.update({ title: `${marker} Meer mensen duurzaam aan het werk` })
			.eq('id', goalId);
		expect(rename.error).toBeNull();
		// Nor may an editor of a contributing partner change anything of the goal.
		const { data } = await updateById(actors.editor, 'goals', goalId, { title: `${marker} x` }, 'id');
		expect(data).toEqual([]);
	});

	it('the change applies when every contributor consented again, with the history kept', async () => {
		const { goalId } = await agreedGoal();
		const change = {
			targetValue: 240,
			targetDate: null,
			indicator: null,
			unit: null,
			toezichthouderId: null,
			reason: 'Meer budget beschikbaar'
		};
		expect(await proposeGoalChange(as(actors.editor), goalId, change)).toMatchObject({
			ok: false,
			error: { kind: 'forbidden' }
		});
		expect(
			await proposeGoalChange(as(actors.coordinator), goalId, { ...change, toezichthouderId: ORG.tilburg })
		).toMatchObject({
			ok: false,
			error: { kind: 'invalid', code: 'goal_toezichthouder_outside_region' }
		});
		expect(
			await proposeGoalChange(as(actors.coordinator), goalId, { ...change, targetDate: '2026-10-01' })
		).toMatchObject({ ok: false, error: { kind: 'invalid', code: 'goal_change_milestone_outside_period' } });

		const proposal = await proposeGoalChange(as(actors.coordinator), goalId, change);
		expect(proposal.ok).toBe(true);
		const versionId = proposal.ok ? proposal.value : '';
		expect(await proposeGoalChange(as(actors.coordinator), goalId, change)).toMatchObject({
			ok: false,
			error: { kind: 'invalid', code: 'goal_change_open' }
		});

		await consentToVersion(as(actors.editor), versionId, ORG.maastricht, MANDATE);
		expect(Number((await serviceRow('goals', goalId))?.target_value)).toBe(200);
		expect(await consentToVersion(as(actors.coordinator), versionId, ORG.heerlen, MANDATE)).toEqual({
			ok: true,
			value: 'vastgesteld'
		});
		const goal = await loadGoal(as(actors.viewer), REGION.zuidLimburg, goalId);
		expect(goal?.targetValue).toBe(240);
		expect(goal?.version).toBe(2);
		expect(goal?.versions.map((v) => [v.version, v.kind, v.state])).toEqual([
			[2, 'wijziging', 'aanvaard'],
			[1, 'vaststelling', 'aanvaard']
		]);
		expect(goal?.versions[0].changes).toEqual({ target_value: { from: 200, to: 240 } });
		expect(goal?.versions[0].reason).toBe('Meer budget beschikbaar');
		expect(goal?.versions[0].consents).toHaveLength(2);

		// Audited: the goal's change is in the audit log with who made it.
		const { data: audit } = await service
			.from('audit_log')
			.select('action, new_values, user_id')
			.eq('table_name', 'goals')
			.eq('row_id', goalId)
			.eq('action', 'UPDATE');
		expect(audit?.some((entry) => Number(entry.new_values.target_value) === 240)).toBe(true);
	});
});

describe('actual values', () => {
	it('the coordinator and editors of contributing partners enter them for an agreed goal, others not', async () => {
		const concept = await newConcept();
		const early = await actors.coordinator
			.from('goal_actuals')
			.insert({ goal_id: concept, period_date: '2026-03-31', value: 110 });
		expect(early.error?.message).toBe('goal_actual_not_agreed');

		const { goalId } = await agreedGoal({ title: `${marker} met realisaties` });
		const byEditor = await actors.editor
			.from('goal_actuals')
			.insert({ goal_id: goalId, period_date: '2026-03-31', value: 112 });
		expect(byEditor.error).toBeNull();
		expectRlsViolation(
			await actors.viewer
				.from('goal_actuals')
				.insert({ goal_id: goalId, period_date: '2026-06-30', value: 120 }),
			'goal_actuals'
		);
		expectRlsViolation(
			await actors.tilburg
				.from('goal_actuals')
				.insert({ goal_id: goalId, period_date: '2026-06-30', value: 120 }),
			'goal_actuals'
		);
		const beforeBaseline = await actors.coordinator
			.from('goal_actuals')
			.insert({ goal_id: goalId, period_date: '2025-12-31', value: 90 });
		expect(beforeBaseline.error?.message).toBe('goal_actual_before_baseline');
		const goal = await loadGoal(as(actors.viewer), REGION.zuidLimburg, goalId, new Date('2026-04-15'));
		expect(goal?.actualRows.map((a) => [a.date, a.value])).toEqual([['2026-03-31', 112]]);
	});
});

describe('vision endorsements', () => {
	const VISION = 'Iedereen die kan werken, werkt: samen, met één werkgeversdienstverlening.';
	let original: unknown;
	let endorsements: Record<string, unknown>[] = [];
	beforeAll(async () => {
		original = (await serviceRow('regions', REGION.zuidLimburg))?.vision_statement;
		const { data } = await service
			.from('vision_endorsements')
			.select('*')
			.eq('region_id', REGION.zuidLimburg);
		endorsements = data ?? [];
	});
	afterAll(async () => {
		// Restoring the text clears the endorsements again; put the seeded ones back.
		await service.from('regions').update({ vision_statement: original }).eq('id', REGION.zuidLimburg);
		await service.from('vision_endorsements').delete().eq('region_id', REGION.zuidLimburg);
		if (original && endorsements.length > 0) {
			const { error } = await service.from('vision_endorsements').insert(endorsements);
			if (error) throw new Error(`restoring endorsements: ${error.message}`);
		}
	});

	it('a partner endorses through its own editors; a changed vision must be endorsed again', async () => {
		const saved = await updateById(
			actors.coordinator,
			'regions',
			REGION.zuidLimburg,
			{ vision_statement: VISION },
			'id'
		);
		expect(saved.data).toHaveLength(1);
		expect(
			(
				await actors.editor.from('vision_endorsements').insert({
					organisation_id: ORG.maastricht,
					...ENDORSE_MANDATE
				} as never)
			).error
		).toBeNull();
		expectRlsViolation(
			await actors.editor
				.from('vision_endorsements')
				.insert({ organisation_id: ORG.heerlen, ...ENDORSE_MANDATE } as never),
			'vision_endorsements'
		);
		expectRlsViolation(
			await actors.viewer
				.from('vision_endorsements')
				.insert({ organisation_id: ORG.uwvZuidLimburg, ...ENDORSE_MANDATE } as never),
			'vision_endorsements'
		);
		const { data: endorsed } = await actors.viewer
			.from('vision_endorsements')
			.select('organisation_id, endorsed_by')
			.eq('region_id', REGION.zuidLimburg);
		expect(endorsed).toContainEqual({ organisation_id: ORG.maastricht, endorsed_by: expect.any(String) });
		// The editor cannot change the vision itself.
		const { data: changed } = await updateById(
			actors.editor,
			'regions',
			REGION.zuidLimburg,
			{ vision_statement: 'Anders' },
			'id'
		);
		expect(changed).toEqual([]);

		await actors.coordinator
			.from('regions')
			.update({ vision_statement: `${VISION} Aangescherpt.` })
			.eq('id', REGION.zuidLimburg);
		const { data: after } = await service
			.from('vision_endorsements')
			.select('id')
			.eq('region_id', REGION.zuidLimburg);
		expect(after).toEqual([]);
	});
});

describe('a new editor of a contributing partner', () => {
	it('may consent for that partner as soon as they are a member, not before', async () => {
		const user = await createUser('uwv-editor');
		try {
			const goalId = await newConcept({
				contributions: [{ organisationId: ORG.uwvZuidLimburg, commitmentValue: 10, commitmentText: null }]
			});
			const proposed = await proposeGoal(as(actors.coordinator), goalId);
			const versionId = proposed.ok ? proposed.value : '';
			expect(await consentToVersion(as(user.client), versionId, ORG.uwvZuidLimburg, MANDATE)).toMatchObject({
				ok: false,
				error: { kind: 'missing' }
			});
			await createMembership(user.id, ORG.uwvZuidLimburg, 'editor');
			expect(await consentToVersion(as(user.client), versionId, ORG.uwvZuidLimburg, MANDATE)).toEqual({
				ok: true,
				value: 'vastgesteld'
			});
		} finally {
			await deleteUser(user);
		}
	});
});

describe('withdrawing, closing and stopping', () => {
	it('a proposed goal is fixed; withdrawing the proposal returns it to concept, and it can be proposed again', async () => {
		const goalId = await newConcept();
		const first = await proposeGoal(as(actors.coordinator), goalId);
		const firstId = first.ok ? first.value : '';
		const edit = await actors.coordinator
			.from('goals')
			.update({ title: `${marker} anders` })
			.eq('id', goalId);
		expect(edit.error?.message).toBe('goal_proposed_fixed');
		expect(await withdrawVersion(as(actors.editor), firstId)).toMatchObject({
			ok: false,
			error: { kind: 'forbidden' }
		});
		expect(await withdrawVersion(as(actors.coordinator), firstId)).toEqual({ ok: true, value: null });
		expect((await serviceRow('goals', goalId))?.status).toBe('concept');
		// A consent to the withdrawn proposal is no longer possible.
		expect(await consentToVersion(as(actors.editor), firstId, ORG.maastricht, MANDATE)).toMatchObject({
			ok: false,
			error: { kind: 'invalid', code: 'goal_version_decided' }
		});
		const second = await proposeGoal(as(actors.coordinator), goalId);
		expect(second.ok).toBe(true);
		const goal = await loadGoal(as(actors.viewer), REGION.zuidLimburg, goalId);
		expect(goal?.versions.map((v) => [v.version, v.state])).toEqual([
			[2, 'open'],
			[1, 'ingetrokken']
		]);
	});

	it('a concept can be deleted by the coordinator; an agreed goal cannot', async () => {
		const concept = await newConcept();
		const removed = await deleteById(actors.coordinator, 'goals', concept, 'id');
		expect(removed.data).toEqual([{ id: concept }]);
		const { goalId } = await agreedGoal();
		const refused = await actors.coordinator.from('goals').delete().eq('id', goalId);
		expect(refused.error?.message).toBe('goal_delete_not_concept');
		expect(await serviceRow('goals', goalId)).not.toBeNull();
	});
});

describe('linked indicators: actual values come from the figures', () => {
	const PROGRAMME_WSP = 'c0000000-0000-4000-8000-000000000001';

	it('a goal linked to a budget programme adds up the realised amounts since the baseline', async () => {
		const goalId = await newConcept({
			unit: 'euro',
			source: 'budget',
			sourceProgrammeId: PROGRAMME_WSP,
			baselineValue: 0,
			baselineDate: '2023-12-31',
			targetValue: 10_000_000,
			targetDate: '2027-12-31',
			milestones: []
		});
		const { data, error } = await service
			.from('budget_commitments')
			.select('year, realised_amount')
			.eq('programme_id', PROGRAMME_WSP)
			.not('realised_amount', 'is', null);
		if (error) throw new Error(error.message);
		const perYear = new Map<number, number>();
		for (const row of data as { year: number; realised_amount: number }[]) {
			if (row.year >= 2024) perYear.set(row.year, (perYear.get(row.year) ?? 0) + Number(row.realised_amount));
		}
		let running = 0;
		const expected = [...perYear.entries()]
			.sort(([a], [b]) => a - b)
			.map(([year, amount]) => {
				running += amount;
				return [`${year}-12-31`, Math.round(running * 100) / 100];
			});
		expect(expected.length).toBeGreaterThan(0);
		const goal = await loadGoal(as(actors.editor), REGION.zuidLimburg, goalId, new Date('2026-11-30'));
		expect(goal?.actualRows.map((a) => [a.date, a.value])).toEqual(expected);
		// Entering a value by hand is refused for a linked goal.
		const manual = await service
			.from('goal_actuals')
			.insert({ goal_id: goalId, period_date: '2025-12-31', value: 1 });
		expect(manual.error).toMatchObject({ code: '23514', message: 'goal_actual_linked', details: 'budget' });
	});

	it('a goal linked to the banenafspraak follows the registered stock per quarter end since the baseline, up to the peildatum', async () => {
		const goalId = await newConcept({
			unit: 'banen',
			source: 'baanafspraken',
			sourceSector: 'overheid',
			baselineValue: 10,
			baselineDate: '2025-12-31',
			targetValue: 200,
			targetDate: '2026-12-31',
			milestones: []
		});
		// The registered stock (jobs of 25.5 hours a week, ended plaatsingen not counted) on each date, as the
		// database sums it for a member; the goal adds its growth since the baseline date to the baseline value.
		const { data, error } = await as(actors.viewer).rpc('banenafspraak_registered', {
			region: REGION.zuidLimburg,
			peildata: ['2025-12-31', '2026-03-31', '2026-06-30']
		});
		if (error) throw new Error(error.message);
		const stock = (date: string) => Number(data.find((row) => row.peildatum === date)?.overheid);
		const growth = (date: string) => Math.round((10 + stock(date) - stock('2025-12-31')) * 100) / 100;
		expect(stock('2026-06-30')).not.toBe(stock('2025-12-31'));
		// On 1 August 2026 the peildatum is 30 June (Q3 has not ended): no point after it.
		const goal = await loadGoal(as(actors.viewer), REGION.zuidLimburg, goalId, new Date('2026-08-01'));
		expect(goal?.actualRows.map((a) => [a.date, a.value])).toEqual([
			['2026-03-31', growth('2026-03-31')],
			['2026-06-30', growth('2026-06-30')]
		]);
	});
});
