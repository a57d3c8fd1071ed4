// Row-level security of contacts, their participants and the positions register, with real sessions of the
// demo accounts. Members read their region's contacts and positions; a partner's editors (and the
// coordinator) record contacts in their partner's name and state its positions; viewers and other regions
// do not; participants come from the same region.
import { afterAll, describe, expect, it } from 'vitest';
import {
	ORG,
	REGION,
	demoActors,
	expectError,
	expectNoRowsAffected,
	expectPermissionDenied,
	expectRlsViolation,
	service,
	uniqueName
} from './rls-fixtures';

const actors = demoActors();
const marker = uniqueName('rls-contact');
const created: string[] = [];

const contact = (recorder: string, topic = marker) => ({
	region_id: REGION.zuidLimburg,
	kind: 'workshop',
	occurred_on: '2026-06-01',
	topic,
	recorded_by_organisation_id: recorder
});

afterAll(async () => {
	await service.from('contacts').delete().like('topic', `${marker}%`);
	await service.from('partner_positions').delete().like('dossier', `${marker}%`);
	void created;
});

describe('contacts', () => {
	it('members read their region’s contacts; another region and visitors do not', async () => {
		const viewer = await actors.viewer.from('contacts').select('id, region_id');
		expect(viewer.error).toBeNull();
		expect(viewer.data!.length).toBeGreaterThan(0);
		expect(new Set(viewer.data!.map((r) => r.region_id))).toEqual(new Set([REGION.zuidLimburg]));
		const tilburg = await actors.tilburg.from('contacts').select('id').eq('region_id', REGION.zuidLimburg);
		expect(tilburg.data).toEqual([]);
		const participants = await actors.tilburg
			.from('contact_participants')
			.select('contact_id')
			.eq('region_id', REGION.zuidLimburg);
		expect(participants.data).toEqual([]);
		expectPermissionDenied(await actors.anon.from('contacts').select('id'), 'contacts');
	});

	it("a partner's editor records a contact in its own name, with participants of the region", async () => {
		const { data, error } = await actors.editor
			.from('contacts')
			.insert(contact(ORG.maastricht))
			.select('id, region_id, created_by')
			.single();
		expect(error).toBeNull();
		expect(data?.region_id).toBe(REGION.zuidLimburg);
		created.push(data!.id);
		const added = await actors.editor
			.from('contact_participants')
			.insert([
				{ contact_id: data!.id, organisation_id: ORG.maastricht, region_id: REGION.zuidLimburg },
				{ contact_id: data!.id, organisation_id: ORG.kerkrade, region_id: REGION.zuidLimburg }
			])
			.select('organisation_id');
		expect(added.error).toBeNull();
		expect(added.data).toHaveLength(2);
		// A partner of another region cannot take part.
		expectError(
			await actors.editor
				.from('contact_participants')
				.insert({ contact_id: data!.id, organisation_id: ORG.tilburg, region_id: REGION.zuidLimburg })
				.select('organisation_id'),
			'23514',
			'contact_participant_outside_region'
		);
		// Others cannot add participants to Maastricht's contact, nor remove its contact.
		expectRlsViolation(
			await actors.viewer
				.from('contact_participants')
				.insert({ contact_id: data!.id, organisation_id: ORG.heerlen, region_id: REGION.zuidLimburg })
				.select('organisation_id'),
			'contact_participants'
		);
		for (const name of ['viewer', 'tilburg'] as const)
			expectNoRowsAffected(await actors[name].from('contacts').delete().eq('id', data!.id).select('id'));
		// The coordinator may (the region's lead keeps the record straight).
		const removed = await actors.coordinator.from('contacts').delete().eq('id', data!.id).select('id');
		expect(removed.data).toHaveLength(1);
	});

	it('nobody records a contact in the name of a partner they may not edit', async () => {
		// The Maastricht editor for Heerlen, the UWV viewer for its own partner, Tilburg for Maastricht.
		for (const [name, organisation] of [
			['editor', ORG.heerlen],
			['viewer', ORG.uwvZuidLimburg],
			['tilburg', ORG.maastricht]
		] as const)
			expectRlsViolation(
				await actors[name].from('contacts').insert(contact(organisation)).select('id'),
				'contacts'
			);
		expectPermissionDenied(
			await actors.anon.from('contacts').insert(contact(ORG.maastricht)).select('id'),
			'contacts'
		);
	});
});

describe('positions and interests', () => {
	const position = (organisationId: string) => ({
		organisation_id: organisationId,
		region_id: REGION.zuidLimburg,
		dossier: `${marker} dossier`,
		position: 'Eén loket voor werkgevers.',
		interests: 'Herkenbaarheid.'
	});

	it('everyone in the region reads them; a partner’s editors state their own', async () => {
		const read = await actors.viewer
			.from('partner_positions')
			.select('id')
			.eq('region_id', REGION.zuidLimburg);
		expect(read.data!.length).toBeGreaterThan(0);
		expect(
			(await actors.tilburg.from('partner_positions').select('id').eq('region_id', REGION.zuidLimburg)).data
		).toEqual([]);

		const own = await actors.editor.from('partner_positions').insert(position(ORG.maastricht)).select('id');
		expect(own.error).toBeNull();
		expectError(
			await actors.editor.from('partner_positions').insert(position(ORG.maastricht)).select('id'),
			'23505',
			/partner_positions_dossier_idx/
		);
		for (const [name, organisation] of [
			['editor', ORG.heerlen],
			['viewer', ORG.uwvZuidLimburg]
		] as const)
			expectRlsViolation(
				await actors[name].from('partner_positions').insert(position(organisation)).select('id'),
				'partner_positions'
			);
		expectNoRowsAffected(
			await actors.viewer.from('partner_positions').delete().eq('id', own.data![0].id).select('id')
		);
	});
});
