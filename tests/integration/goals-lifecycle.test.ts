// Issue 15 with real JWTs: an agreed goal binds every partner. The coordinator alone cannot stop or close it;
// a stop takes effect when every contributor consented; only the toezichthouder's verdict closes it; a change
// that conflicts with the milestones is refused when proposed; a consent needs its mandate; "Voor u" lists what
// waits for whom. Plus attack findings 12 (contacts between other partners), 13 (other partners' actuals) and 16
// (withdrawing another partner's endorsement reported as done).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { SupabaseClient } from '@supabase/supabase-js';
import { ORG, REGION, deleteById, service, serviceRow, demoActors, updateById } from './rls-fixtures';
import { signInAs } from './helpers';
import {
	consentToVersion,
	createGoal,
	proposeGoal,
	proposeGoalChange,
	proposeGoalStop,
	recordVerdict,
	withdrawEndorsement,
	type NewGoal
} from '../../src/lib/data/goals';
import { loadForYou } from '../../src/lib/data/for-you';
import { MANDATE, agreedGoal as agreedGoalOf, as, goalDraft, removeGoalsAfterEach } from './goal-fixtures';

const actors = demoActors();
let uwvEditor: SupabaseClient;
const marker = `lifecycle-${randomUUID().slice(0, 8)}`;
const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });

beforeAll(async () => {
	uwvEditor = await signInAs('editor@uwv.example');
});
afterAll(() => uwvEditor?.auth.signOut());
removeGoalsAfterEach(marker);

/** A goal with one milestone and no description. */
const draft = (values: Partial<NewGoal> = {}) =>
	goalDraft(marker, {
		description: null,
		milestones: [{ dueDate: '2027-06-30', targetValue: 150 }],
		...values
	});

/** A goal agreed by Heerlen (coordinator) and Maastricht (editor), through the real steps. */
const agreedGoal = async (values: Partial<NewGoal> = {}) =>
	(await agreedGoalOf(actors, draft(values))).goalId;

describe('stopping an agreed goal', () => {
	it('the coordinator alone cannot stop or close it, not even by a direct API call', async () => {
		const goalId = await agreedGoal();
		for (const status of ['gestopt', 'afgerond']) {
			const direct = await actors.coordinator.from('goals').update({ status }).eq('id', goalId);
			expect(direct.error).not.toBeNull();
		}
		const closeGoal = await actors.coordinator.rpc('close_goal' as never, {
			goal: goalId,
			status: 'gestopt'
		});
		expect(closeGoal.error).not.toBeNull();
		expect((await serviceRow('goals', goalId))?.status).toBe('vastgesteld');
	});

	it('takes effect only after every contributing partner consented', async () => {
		const goalId = await agreedGoal();
		expect(await proposeGoalStop(as(actors.viewer), goalId, 'Geen budget meer')).toMatchObject({
			ok: false,
			error: { kind: 'forbidden' }
		});
		const stop = await proposeGoalStop(as(actors.coordinator), goalId, 'Geen budget meer');
		if (!stop.ok) throw new Error(stop.error.message);
		expect(await consentToVersion(as(actors.coordinator), stop.value, ORG.heerlen, MANDATE)).toEqual({
			ok: true,
			value: 'vastgesteld'
		});
		expect((await serviceRow('goals', goalId))?.status).toBe('vastgesteld');
		// Consent without a mandate is refused and changes nothing.
		const noMandate = await consentToVersion(as(actors.editor), stop.value, ORG.maastricht, {
			...MANDATE,
			level: null
		});
		expect(noMandate.ok).toBe(false);
		expect((await serviceRow('goals', goalId))?.status).toBe('vastgesteld');
		expect(await consentToVersion(as(actors.editor), stop.value, ORG.maastricht, MANDATE)).toEqual({
			ok: true,
			value: 'gestopt'
		});
		expect((await serviceRow('goals', goalId))?.status).toBe('gestopt');
	});
});

describe('the toezichthouder’s verdict', () => {
	const verdict = {
		verdict: 'behaald' as const,
		verdictDate: today,
		realisation: 210,
		explanation: 'Het doel is ruim gehaald volgens de UWV-registratie.',
		mandate: MANDATE
	};

	it('closes the goal; nobody else’s does', async () => {
		const goalId = await agreedGoal();
		for (const client of [actors.coordinator, actors.editor, actors.viewer, actors.tilburg]) {
			const refused = await recordVerdict(as(client), goalId, verdict);
			expect(refused.ok).toBe(false);
		}
		expect((await serviceRow('goals', goalId))?.status).toBe('vastgesteld');
		expect(await recordVerdict(as(uwvEditor), goalId, verdict)).toEqual({ ok: true, value: null });
		expect((await serviceRow('goals', goalId))?.status).toBe('afgerond');
		const { data } = await actors.viewer
			.from('goal_verdicts')
			.select('verdict, organisation_id')
			.eq('goal_id', goalId);
		expect(data).toEqual([{ verdict: 'behaald', organisation_id: ORG.uwvZuidLimburg }]);
	});
});

describe('change proposals and milestones', () => {
	it('a proposal that lowers the target below a milestone is refused when proposed', async () => {
		const goalId = await agreedGoal();
		const change = {
			targetValue: 140,
			targetDate: null,
			indicator: null,
			unit: null,
			toezichthouderId: null,
			reason: 'Minder haalbaar'
		};
		const refused = await proposeGoalChange(as(actors.coordinator), goalId, change);
		expect(refused).toMatchObject({ ok: false, error: { kind: 'invalid' } });
		const { count } = await service
			.from('goal_versions')
			.select('id', { count: 'exact', head: true })
			.eq('goal_id', goalId)
			.eq('state', 'open');
		expect(count).toBe(0);
		// With the milestone lowered in the same proposal, the tempo is renegotiated.
		const accepted = await proposeGoalChange(as(actors.coordinator), goalId, {
			...change,
			milestones: [{ dueDate: '2027-06-30', targetValue: 120 }]
		});
		expect(accepted.ok).toBe(true);
	});
});

describe('Voor u', () => {
	it('Maastricht sees its consent waiting; UWV’s editor sees the verdict due; the viewer neither', async () => {
		const created = await createGoal(
			as(actors.coordinator),
			REGION.zuidLimburg,
			draft({ title: `${marker} wacht`, milestones: [] })
		);
		if (!created.ok) throw new Error(created.error.message);
		const proposed = await proposeGoal(as(actors.coordinator), created.value);
		if (!proposed.ok) throw new Error(proposed.error.message);
		const maastricht = await loadForYou(as(actors.editor), REGION.zuidLimburg);
		expect(maastricht.some((item) => item.kind === 'consent' && item.goalId === created.value)).toBe(true);
		const tilburg = await loadForYou(as(actors.tilburg), REGION.zuidLimburg);
		expect(tilburg).toEqual([]);

		// A goal past its target date waits for the toezichthouder's verdict.
		const due = await agreedGoal({
			title: `${marker} oordeel`,
			baselineDate: '2025-01-01',
			targetDate: '2026-06-30',
			milestones: []
		});
		const uwv = await loadForYou(as(uwvEditor), REGION.zuidLimburg);
		expect(uwv.some((item) => item.kind === 'verdict' && item.goalId === due)).toBe(true);
		const viewer = await loadForYou(as(actors.viewer), REGION.zuidLimburg);
		expect(viewer.some((item) => item.kind === 'verdict')).toBe(false);
	});
});

describe('attack findings', () => {
	it('13: a contributing editor cannot change or remove another partner’s actual value', async () => {
		const goalId = await agreedGoal();
		const entered = await actors.coordinator
			.from('goal_actuals')
			.insert({ goal_id: goalId, period_date: '2026-09-30', value: 130, note: 'Heerlen' })
			.select('id')
			.single();
		expect(entered.error).toBeNull();
		const id = entered.data!.id as string;
		const changed = await updateById(
			actors.editor,
			'goal_actuals',
			id,
			{ note: 'gewijzigd door Maastricht', value: 1 },
			'id'
		);
		expect(changed.data ?? []).toEqual([]);
		const removed = await deleteById(actors.editor, 'goal_actuals', id, 'id');
		expect(removed.data ?? []).toEqual([]);
		const row = await serviceRow('goal_actuals', id);
		expect(row).toMatchObject({ note: 'Heerlen' });
		expect(Number(row?.value)).toBe(130);
	});

	it('12: a partner cannot record a contact between other partners', async () => {
		const contact = await actors.editor
			.from('contacts')
			.insert({
				region_id: REGION.zuidLimburg,
				kind: 'overleg',
				occurred_on: today,
				topic: `${marker} zonder Maastricht`,
				recorded_by_organisation_id: ORG.maastricht
			})
			.select('id')
			.single();
		expect(contact.error).toBeNull();
		const contactId = contact.data!.id as string;
		try {
			const others = await actors.editor.from('contact_participants').insert([
				{ contact_id: contactId, organisation_id: ORG.heerlen, region_id: REGION.zuidLimburg },
				{ contact_id: contactId, organisation_id: ORG.uwvZuidLimburg, region_id: REGION.zuidLimburg }
			]);
			expect(others.error?.message).toBe('contact_recorder_not_participant');
			// With Maastricht in it, it is recorded; removing Maastricht afterwards is refused.
			const withSelf = await actors.editor.from('contact_participants').insert([
				{ contact_id: contactId, organisation_id: ORG.maastricht, region_id: REGION.zuidLimburg },
				{ contact_id: contactId, organisation_id: ORG.heerlen, region_id: REGION.zuidLimburg }
			]);
			expect(withSelf.error).toBeNull();
			const leave = await actors.editor
				.from('contact_participants')
				.delete()
				.eq('contact_id', contactId)
				.eq('organisation_id', ORG.maastricht);
			expect(leave.error?.message).toBe('contact_recorder_not_participant');
			const { data } = await service
				.from('contact_participants')
				.select('organisation_id')
				.eq('contact_id', contactId);
			expect(new Set(data?.map((row) => row.organisation_id))).toEqual(
				new Set([ORG.maastricht, ORG.heerlen])
			);
		} finally {
			await service.from('contacts').delete().eq('id', contactId);
		}
	});

	it('16: withdrawing another partner’s endorsement is refused, not reported as done', async () => {
		const before = await service.from('vision_endorsements').select('id').eq('region_id', REGION.zuidLimburg);
		expect(await withdrawEndorsement(as(actors.editor), ORG.heerlen)).toMatchObject({
			ok: false,
			error: { kind: 'forbidden' }
		});
		expect(await withdrawEndorsement(as(actors.coordinator), ORG.maastricht)).toMatchObject({
			ok: false,
			error: { kind: 'forbidden' }
		});
		const after = await service.from('vision_endorsements').select('id').eq('region_id', REGION.zuidLimburg);
		expect(after.data?.length).toBe(before.data?.length);
	});
});
