// The trekker's mandate (R2 of seed 004) and the health check's inputs, with real JWTs: only the coordinator records
// the mandate; only a gemeente's own editors ratify it, bestuurlijk or politiek; another region reads nothing; the
// health check's inputs count the ratifications under the caller's row-level security, at a peildatum.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { SupabaseClient } from '@supabase/supabase-js';
import {
	ORG,
	REGION,
	expectError,
	expectRlsViolation,
	service,
	signInActors,
	signOutActors,
	type Actors
} from './rls-fixtures';
import { loadHealthInputs } from '../../src/lib/data/network';
import type { Supabase } from '../../src/lib/data/types';

let actors: Actors;
const as = (client: SupabaseClient) => client as unknown as Supabase;
const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Amsterdam' });
const reference = `Besluit ${randomUUID().slice(0, 8)}`;
const created: string[] = [];

beforeAll(async () => {
	actors = await signInActors();
});
afterAll(async () => {
	if (created.length) await service.from('trekker_mandates').delete().in('id', created);
	await signOutActors(actors);
});

const bestuurlijk = {
	mandate_level: 'bestuurlijk',
	decision_reference: 'Collegebesluit 2026/88',
	decision_date: today
};

describe('the trekker’s mandate', () => {
	it('the coordinator records it, ratified per gemeente by its own editors; the health inputs count it', async () => {
		expectRlsViolation(
			await actors.editor.from('trekker_mandates').insert({
				region_id: REGION.zuidLimburg,
				decision_reference: reference,
				decision_date: today
			} as never),
			'trekker_mandates'
		);
		const recorded = await actors.coordinator
			.from('trekker_mandates')
			.insert({ region_id: REGION.zuidLimburg, decision_reference: reference, decision_date: today } as never)
			.select('id, organisation_id')
			.single();
		expect(recorded.error).toBeNull();
		const mandateId = recorded.data!.id as string;
		created.push(mandateId);
		// The trekker is the region's lead organisation, whatever the client sends.
		expect(recorded.data!.organisation_id).toBe(ORG.heerlen);

		const before = await loadHealthInputs(as(actors.viewer), REGION.zuidLimburg, null);
		expect(before?.leadMandate.mandate?.decisionReference).toBe(reference);
		expect(before?.leadMandate.ratifiedBy).toBe(0);

		// Another region neither reads the mandate nor the inputs.
		expect((await actors.tilburg.from('trekker_mandates').select('id').eq('id', mandateId)).data).toEqual([]);
		expect(await loadHealthInputs(as(actors.tilburg), REGION.zuidLimburg, null)).toBeNull();

		const ratify = (organisation: string, extra: object = bestuurlijk) => ({
			mandate_id: mandateId,
			organisation_id: organisation,
			...extra
		});
		// Maastricht's editor cannot ratify for Kerkrade; the viewer not for UWV (and UWV is not a gemeente);
		// Heerlen, the trekker itself, does not ratify its own mandate; ambtelijk is not enough.
		expectRlsViolation(
			await actors.editor.from('trekker_mandate_ratifications').insert(ratify(ORG.kerkrade) as never),
			'trekker_mandate_ratifications'
		);
		expect(
			(await actors.coordinator.from('trekker_mandate_ratifications').insert(ratify(ORG.heerlen) as never))
				.error?.message
		).toBe('trekker_ratification_not_gemeente');
		expect(
			(
				await actors.editor.from('trekker_mandate_ratifications').insert(
					ratify(ORG.maastricht, {
						mandate_level: 'ambtelijk',
						acting_as: 'beleidsadviseur'
					}) as never
				)
			).error?.message
		).toBe('trekker_ratification_level');
		const ratified = await actors.editor
			.from('trekker_mandate_ratifications')
			.insert(ratify(ORG.maastricht) as never);
		expect(ratified.error).toBeNull();

		const after = await loadHealthInputs(as(actors.viewer), REGION.zuidLimburg, null);
		expect(after?.leadMandate.ratifiedBy).toBe(1);
		// At a peildatum before the decision, the mandate did not exist yet.
		const earlier = await loadHealthInputs(as(actors.viewer), REGION.zuidLimburg, '2020-01-01');
		expect(earlier?.leadMandate.mandate).toBeNull();

		// The coordinator cannot take Maastricht's ratification away by deleting the mandate (attack 5 Dec, E.6).
		expectError(
			await actors.coordinator.from('trekker_mandates').delete().eq('id', mandateId).select('id'),
			'23503',
			'trekker_mandate_ratified'
		);
		const stillRatified = await service
			.from('trekker_mandate_ratifications')
			.select('organisation_id')
			.eq('mandate_id', mandateId);
		expect(stillRatified.data).toEqual([{ organisation_id: ORG.maastricht }]);

		// The ratification is fixed: not changed, only withdrawn by the gemeente itself.
		const removedByOther = await actors.coordinator
			.from('trekker_mandate_ratifications')
			.delete()
			.eq('mandate_id', mandateId)
			.select('id');
		expect(removedByOther.data ?? []).toEqual([]);
		const withdrawn = await actors.editor
			.from('trekker_mandate_ratifications')
			.delete()
			.eq('mandate_id', mandateId)
			.select('id');
		expect(withdrawn.data).toHaveLength(1);
		// Without ratifications the coordinator may remove a mandate entered by mistake.
		const removed = await actors.coordinator
			.from('trekker_mandates')
			.delete()
			.eq('id', mandateId)
			.select('id');
		expect(removed.error).toBeNull();
		expect(removed.data).toHaveLength(1);
	});
});
