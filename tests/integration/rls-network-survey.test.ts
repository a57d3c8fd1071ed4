// Anonymity of the trust and value survey, enforced by the database and exercised with real sessions of the
// demo accounts through supabase-js. A partner reads and changes only its own answers, and only while the
// round is open; nobody (not the coordinator, not an admin) selects another partner's raw answers; results
// come out only as aggregates of closed rounds, and a partner's scores only past the minimum of respondents.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInUser, type TestUser } from './helpers';
import type { SupabaseClient } from '@supabase/supabase-js';
import {
	ORG,
	REGION,
	createMembership,
	demoActors,
	expectError,
	expectNoRowsAffected,
	expectPermissionDenied,
	expectRlsViolation,
	service,
	serviceRow,
	uniqueName,
	updateById,
	type Actors
} from './rls-fixtures';

const actors = demoActors();
/** A third answering partner: an editor of Kerkrade, made for this file. */
let kerkrade: TestUser;
let roundId: string;
const title = uniqueName('rls-enquete');

const answer = (respondent: string, rated: string, score: number, frequency = 'maandelijks') => ({
	round_id: roundId,
	region_id: REGION.zuidLimburg,
	respondent_organisation_id: respondent,
	rated_organisation_id: rated,
	trust_reliability: score,
	trust_openness: score,
	trust_mission: score,
	value_power: score,
	value_involvement: score,
	value_resources: score,
	contact_frequency: frequency
});

/** `client` stores answers (one or more) and asks for their ids. */
const answerAs = (client: SupabaseClient, answers: ReturnType<typeof answer> | ReturnType<typeof answer>[]) =>
	client.from('survey_responses').insert(answers).select('id');

/** `client` opens a round of Zuid-Limburg with `values`, asking for its id. */
const openRound = (client: SupabaseClient, values: Record<string, unknown>) =>
	client
		.from('survey_rounds')
		.insert({ region_id: REGION.zuidLimburg, title, ...values })
		.select('id');

beforeAll(async () => {
	kerkrade = await createSignedInUser('kerkrade-editor');
	await createMembership(kerkrade.id, ORG.kerkrade, 'editor');
});
afterAll(async () => {
	if (roundId) await service.from('survey_rounds').delete().eq('id', roundId);
	if (kerkrade) {
		await service.from('memberships').delete().eq('user_id', kerkrade.id);
		await service.auth.admin.deleteUser(kerkrade.id);
	}
});

describe('survey anonymity (sequential: one round, from opening to results)', () => {
	it('only the coordinator opens a round', async () => {
		for (const name of ['editor', 'viewer', 'tilburg'] as const) {
			const result = await openRound(actors[name], { min_respondents: 3 });
			expectRlsViolation(result, 'survey_rounds');
		}
		expectPermissionDenied(await openRound(actors.anon, {}), 'survey_rounds');
		// Two raters are never enough: each could work out the other's answer from the mean and its own.
		expectError(
			await openRound(actors.coordinator, { min_respondents: 2 }),
			'23514',
			/survey_rounds_min_respondents_check/
		);
		const { data, error } = await actors.coordinator
			.from('survey_rounds')
			.insert({ region_id: REGION.zuidLimburg, title, min_respondents: 3 })
			.select('id, status')
			.single();
		expect(error).toBeNull();
		expect(data?.status).toBe('open');
		roundId = data!.id;
	});

	it("a partner's editors answer for their own partner only; viewers and others cannot", async () => {
		// Maastricht rates UWV low and Heerlen high; Heerlen rates UWV and Maastricht.
		const maastricht = await answerAs(actors.editor, [
			answer(ORG.maastricht, ORG.uwvZuidLimburg, 1),
			answer(ORG.maastricht, ORG.heerlen, 4)
		]);
		expect(maastricht.error).toBeNull();
		expect(maastricht.data).toHaveLength(2);
		const heerlen = await answerAs(actors.coordinator, [
			answer(ORG.heerlen, ORG.uwvZuidLimburg, 3),
			answer(ORG.heerlen, ORG.maastricht, 3, 'kwartaal')
		]);
		expect(heerlen.error).toBeNull();
		const third = await answerAs(kerkrade.client, answer(ORG.kerkrade, ORG.uwvZuidLimburg, 2));
		expect(third.error).toBeNull();

		// The Maastricht editor answering in Heerlen's name; the UWV viewer answering at all; Tilburg.
		expectRlsViolation(
			await answerAs(actors.editor, answer(ORG.heerlen, ORG.kerkrade, 1)),
			'survey_responses'
		);
		expectRlsViolation(
			await answerAs(actors.viewer, answer(ORG.uwvZuidLimburg, ORG.heerlen, 1)),
			'survey_responses'
		);
		expectError(
			await answerAs(actors.tilburg, answer(ORG.tilburg, ORG.heerlen, 1)),
			'23514',
			'survey_partner_outside_region'
		);
		expectPermissionDenied(
			await answerAs(actors.anon, answer(ORG.maastricht, ORG.heerlen, 1)),
			'survey_responses'
		);
		// A partner does not rate itself.
		expectError(
			await answerAs(actors.editor, answer(ORG.maastricht, ORG.maastricht, 4)),
			'23514',
			/survey_responses_check/
		);
	});

	it("nobody selects another partner's raw answers: not the coordinator, not an admin, not another partner", async () => {
		const select = (name: keyof Actors) =>
			actors[name]
				.from('survey_responses')
				.select('respondent_organisation_id, rated_organisation_id, trust_reliability')
				.eq('round_id', roundId);

		const editor = await select('editor');
		expect(editor.error).toBeNull();
		expect(new Set(editor.data!.map((r) => r.respondent_organisation_id))).toEqual(new Set([ORG.maastricht]));
		expect(editor.data).toHaveLength(2);

		for (const name of ['coordinator', 'admin'] as const) {
			const rows = await select(name);
			expect(rows.error).toBeNull();
			expect(rows.data!.map((r) => r.respondent_organisation_id)).toEqual([ORG.heerlen, ORG.heerlen]);
		}
		// Asking for them by name gives nothing.
		const targeted = await actors.coordinator
			.from('survey_responses')
			.select('*')
			.eq('respondent_organisation_id', ORG.maastricht)
			.eq('round_id', roundId);
		expect(targeted.error).toBeNull();
		expect(targeted.data).toEqual([]);
		// Nor through the round, embedded.
		const embedded = await actors.coordinator
			.from('survey_rounds')
			.select('id, survey_responses(respondent_organisation_id)')
			.eq('id', roundId)
			.single();
		expect(embedded.error).toBeNull();
		expect(
			(embedded.data!.survey_responses as { respondent_organisation_id: string }[]).map(
				(r) => r.respondent_organisation_id
			)
		).toEqual([ORG.heerlen, ORG.heerlen]);

		for (const name of ['viewer', 'tilburg'] as const) {
			const rows = await select(name);
			expect(rows.error).toBeNull();
			expect(rows.data).toEqual([]);
		}
		expectPermissionDenied(await select('anon'), 'survey_responses');

		const third = await kerkrade.client
			.from('survey_responses')
			.select('respondent_organisation_id')
			.eq('round_id', roundId);
		expect(third.data).toEqual([{ respondent_organisation_id: ORG.kerkrade }]);

		// The answers exist: five, read with the service key.
		const truth = await service.from('survey_responses').select('id').eq('round_id', roundId);
		expect(truth.data).toHaveLength(5);
	});

	it('answers leave no trace in the audit log, which every member reads', async () => {
		const { data, error } = await service.from('audit_log').select('id').eq('table_name', 'survey_responses');
		expect(error).toBeNull();
		expect(data).toEqual([]);
	});

	it('a partner changes only its own answers while the round is open', async () => {
		const own = await actors.editor
			.from('survey_responses')
			.update({ trust_openness: 2 })
			.eq('round_id', roundId)
			.eq('rated_organisation_id', ORG.heerlen)
			.select('trust_openness');
		expect(own.error).toBeNull();
		expect(own.data).toEqual([{ trust_openness: 2 }]);
		// Heerlen's answer about Maastricht, attempted by Maastricht: invisible, so nothing changes.
		expectNoRowsAffected(
			await actors.editor
				.from('survey_responses')
				.update({ trust_openness: 1 })
				.eq('round_id', roundId)
				.eq('respondent_organisation_id', ORG.heerlen)
				.select('id')
		);
		expectNoRowsAffected(
			await actors.coordinator
				.from('survey_responses')
				.delete()
				.eq('round_id', roundId)
				.eq('respondent_organisation_id', ORG.maastricht)
				.select('id')
		);
		const truth = await service
			.from('survey_responses')
			.select('trust_openness')
			.eq('round_id', roundId)
			.eq('respondent_organisation_id', ORG.heerlen)
			.eq('rated_organisation_id', ORG.maastricht)
			.single();
		expect(truth.data?.trust_openness).toBe(3);
		// An answer cannot be moved to another respondent.
		expectError(
			await actors.editor
				.from('survey_responses')
				.update({ rated_organisation_id: ORG.kerkrade })
				.eq('round_id', roundId)
				.eq('rated_organisation_id', ORG.heerlen)
				.select('id'),
			'42501',
			'record_fixed'
		);
	});

	it('an open round gives no scores and no counts: a partner answering changes nothing another member gets', async () => {
		const results = await actors.coordinator.rpc('survey_round_results', { round: roundId });
		expect(results.error).toBeNull();
		expect(results.data).toEqual([]);
		// Attack finding E.5: live counts told, by polling around Maastricht's moment of answering, how many
		// partners Maastricht rated.
		const asViewer = async () => {
			const summary = await actors.viewer.rpc('survey_round_summary', { round: roundId });
			const equalTreatment = await actors.viewer.rpc('survey_round_equal_treatment', { round: roundId });
			expect(summary.error).toBeNull();
			expect(equalTreatment.error).toBeNull();
			return { summary: summary.data, equalTreatment: equalTreatment.data };
		};
		const before = await asViewer();
		expect(before).toEqual({
			summary: [{ respondents: null, answers: null, min_respondents: 3, trust: null, value: null }],
			equalTreatment: [{ respondents: null, min_respondents: 3, mean: null }]
		});
		const added = await answerAs(actors.editor, answer(ORG.maastricht, ORG.kerkrade, 2));
		expect(added.error).toBeNull();
		try {
			// Maastricht also judges the trekker; that answer stays for the closed round below.
			const trekker = await actors.editor
				.from('survey_trekker_ratings')
				.insert({ round_id: roundId, respondent_organisation_id: ORG.maastricht, equal_treatment: 3 })
				.select('id');
			expect(trekker.error).toBeNull();
			expect(await asViewer()).toEqual(before);
		} finally {
			await service.from('survey_responses').delete().eq('id', added.data![0].id);
		}
	});

	it('only the coordinator closes the round; after that nobody changes an answer', async () => {
		expectNoRowsAffected(
			await updateById(actors.editor, 'survey_rounds', roundId, { status: 'closed' }, 'id')
		);
		const closed = await updateById(
			actors.coordinator,
			'survey_rounds',
			roundId,
			{ status: 'closed', closed_at: new Date().toISOString() },
			'status'
		);
		expect(closed.data).toEqual([{ status: 'closed' }]);

		// Own answers of a closed round are out of reach for changes: the update finds no row it may change.
		expectNoRowsAffected(
			await actors.editor
				.from('survey_responses')
				.update({ trust_openness: 4 })
				.eq('round_id', roundId)
				.eq('rated_organisation_id', ORG.heerlen)
				.select('id')
		);
		expectNoRowsAffected(
			await actors.editor.from('survey_responses').delete().eq('round_id', roundId).select('id')
		);
		const kept = await service
			.from('survey_responses')
			.select('trust_openness')
			.eq('round_id', roundId)
			.eq('respondent_organisation_id', ORG.maastricht)
			.eq('rated_organisation_id', ORG.heerlen)
			.single();
		expect(kept.data?.trust_openness).toBe(2);
		expectError(
			await answerAs(actors.editor, answer(ORG.maastricht, ORG.kerkrade, 2)),
			'42501',
			'survey_round_closed'
		);
		expectError(
			await updateById(
				actors.coordinator,
				'survey_rounds',
				roundId,
				{ status: 'open', closed_at: null },
				'id'
			),
			'42501',
			'survey_round_reopen'
		);
		// Nor are its dates rewritten: they decide which round is the latest (attack 5 Dec, E.11).
		const closedRound = await serviceRow('survey_rounds', roundId);
		for (const dates of [
			{ closed_at: '2019-01-01T00:00:00Z', opened_at: '2018-12-01T00:00:00Z' },
			{ closed_at: '2031-01-01T00:00:00Z' }
		]) {
			expectError(
				await updateById(actors.coordinator, 'survey_rounds', roundId, dates, 'id'),
				'42501',
				'survey_round_closed_dates'
			);
		}
		expect(await serviceRow('survey_rounds', roundId)).toEqual(closedRound);
	});

	it('results are aggregates: shown past the minimum of respondents, hidden below it', async () => {
		for (const name of ['viewer', 'editor', 'coordinator'] as const) {
			const { data, error } = await actors[name].rpc('survey_round_results', { round: roundId });
			expect(error).toBeNull();
			const byPartner = new Map(data!.map((row: { organisation_id: string }) => [row.organisation_id, row]));
			// UWV: rated by three partners (1, 3 and 2): mean 2.
			expect(byPartner.get(ORG.uwvZuidLimburg)).toMatchObject({ respondents: 3, trust: 2, value: 2 });
			// Heerlen and Maastricht were each rated by one partner: not in the answer at all, so nobody learns
			// that answer, not even how many rated them.
			expect(byPartner.has(ORG.heerlen)).toBe(false);
			expect(byPartner.has(ORG.maastricht)).toBe(false);
		}
		// Attack finding 2: the summary counts only the answers about partners past the minimum, so the summary
		// minus what is shown per partner leaves nothing to single out one partner's answer.
		const summary = await actors.viewer.rpc('survey_round_summary', { round: roundId });
		expect(summary.data?.[0]).toMatchObject({ respondents: 3, answers: 3 });
		// Closed, the counts are there (E.5): Maastricht's one answer about the trekker, below the minimum.
		const equalTreatment = await actors.viewer.rpc('survey_round_equal_treatment', { round: roundId });
		expect(equalTreatment.data).toEqual([{ respondents: 1, min_respondents: 3, mean: null }]);
		expect(Number(summary.data?.[0].trust)).toBeCloseTo(2, 2);
		const shown = (await actors.viewer.rpc('survey_round_results', { round: roundId })).data as {
			respondents: number;
			trust: number;
		}[];
		const answers = Number(summary.data?.[0].answers);
		const rest =
			Number(summary.data?.[0].trust) * answers - shown.reduce((t, r) => t + r.trust * r.respondents, 0);
		expect(answers - shown.reduce((t, r) => t + r.respondents, 0)).toBe(0);
		expect(rest).toBeCloseTo(0, 2);
		// The pairs of a round (which named the rater of a partner below the minimum) are no longer served.
		expect(
			(await actors.viewer.rpc('survey_round_relations' as never, { round: roundId })).error
		).not.toBeNull();

		// Another region's members and visitors get nothing.
		const tilburg = await actors.tilburg.rpc('survey_round_results', { round: roundId });
		expect(tilburg.data).toEqual([]);
		const anon = await actors.anon.rpc('survey_round_results', { round: roundId });
		expect(anon.error?.code).toBe('42501');
	});
});
