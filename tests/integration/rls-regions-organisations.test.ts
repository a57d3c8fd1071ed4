// Row-level security of regions and organisations (partners), exercised with real sessions of the demo
// accounts through supabase-js. What RLS hides from an update or delete shows as zero affected rows; the
// service key then confirms that nothing changed.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
	ALL_DEMO,
	DEMO,
	ORG,
	REGION,
	ZUID_LIMBURG_MEMBERS,
	cleanupAfterEach,
	createPartner,
	deleteById,
	demoActors,
	itDeniesAnon,
	expectError,
	expectNoRowsAffected,
	expectPermissionDenied,
	expectRlsViolation,
	expectRowKept,
	expectUpdated,
	idsOf,
	organisationIdsOf,
	service,
	serviceDelete,
	serviceRow,
	serviceUpdate,
	uniqueName,
	updateById,
	who,
	type Row
} from './rls-fixtures';

const actors = demoActors();
const cleanup = cleanupAfterEach();

/** Snapshots a seeded row now and puts it back (with the service key) after the test. */
async function restoreAfterTest(table: 'regions' | 'organisations', id: string): Promise<Row> {
	const before = await serviceRow(table, id);
	if (!before) throw new Error(`${table} ${id} is missing`);
	const { id: _id, created_at: _created, updated_at: _updated, ...values } = before;
	cleanup.add(() => serviceUpdate(table, id, values));
	return before;
}

/** A throwaway partner in the region, removed after the test. */
async function throwawayPartner(region: string = REGION.zuidLimburg): Promise<string> {
	const id = await createPartner(region);
	cleanup.add(async () => {
		if (await serviceRow('organisations', id)) await serviceDelete('organisations', id);
	});
	return id;
}

const CODE_ONLY_COORDINATOR = 'partner_coordinator_only';

describe('regions', () => {
	describe('select', () => {
		itDeniesAnon(actors, 'regions');

		for (const name of ZUID_LIMBURG_MEMBERS)
			it(`the ${who(name)} reads exactly Zuid-Limburg`, async () => {
				const { data, error } = await actors[name].from('regions').select('id, name, lead_organisation_id');
				expect(error).toBeNull();
				expect(data).toEqual([
					{ id: REGION.zuidLimburg, name: 'Zuid-Limburg', lead_organisation_id: ORG.heerlen }
				]);
			});

		it('the Tilburg editor reads exactly Midden-Brabant', async () => {
			const { data, error } = await actors.tilburg.from('regions').select('id, name');
			expect(error).toBeNull();
			expect(data).toEqual([{ id: REGION.middenBrabant, name: 'Midden-Brabant' }]);
		});

		it('asking for another region by id or slug returns nothing', async () => {
			expectNoRowsAffected(
				await actors.coordinator.from('regions').select('id').eq('id', REGION.middenBrabant)
			);
			expectNoRowsAffected(await actors.tilburg.from('regions').select('id').eq('slug', 'zuid-limburg'));
		});
	});

	describe('insert', () => {
		it('anon may not create a region', async () => {
			const slug = `anon-${Date.now()}`;
			expectPermissionDenied(
				await actors.anon.from('regions').insert({ name: 'Anon', slug }).select(),
				'regions'
			);
			expect((await service.from('regions').select('id').eq('slug', slug)).data).toEqual([]);
		});

		for (const name of ALL_DEMO)
			it(`the ${who(name)} may not create a region (regions come from the service side)`, async () => {
				const slug = `test-${name}-${Date.now()}`;
				const result = await actors[name].from('regions').insert({ name: 'Nieuwe regio', slug }).select();
				expectRlsViolation(result, 'regions');
				expect((await service.from('regions').select('id').eq('slug', slug)).data).toEqual([]);
			});
	});

	describe('update', () => {
		for (const name of ['coordinator', 'admin'] as const)
			it(`the ${who(name)} updates the vision statement`, async () => {
				const before = await restoreAfterTest('regions', REGION.zuidLimburg);
				const vision = `Samen naar werk (${name})`;
				const { data, error } = await updateById(
					actors[name],
					'regions',
					REGION.zuidLimburg,
					{ vision_statement: vision },
					'id, vision_statement'
				);
				expect(error).toBeNull();
				expect(data).toEqual([{ id: REGION.zuidLimburg, vision_statement: vision }]);
				const after = await serviceRow('regions', REGION.zuidLimburg);
				expect(after?.vision_statement).toBe(vision);
				expect(after?.vision_statement).not.toBe(before.vision_statement);
			});

		for (const name of ['viewer', 'editor', 'tilburg'] as const)
			it(`the ${who(name)} cannot update Zuid-Limburg: no row affected, nothing changed`, async () => {
				const before = await restoreAfterTest('regions', REGION.zuidLimburg);
				const result = await updateById(actors[name], 'regions', REGION.zuidLimburg, {
					vision_statement: `Overgenomen door ${name}`,
					name: 'Gekaapt'
				});
				await expectRowKept(result, 'regions', REGION.zuidLimburg, before);
			});

		it('the coordinator of Zuid-Limburg cannot update Midden-Brabant', async () => {
			const before = await restoreAfterTest('regions', REGION.middenBrabant);
			const result = await updateById(actors.coordinator, 'regions', REGION.middenBrabant, {
				vision_statement: 'Van Heerlen'
			});
			await expectRowKept(result, 'regions', REGION.middenBrabant, before);
		});

		it('anon cannot update a region', async () => {
			const before = await serviceRow('regions', REGION.zuidLimburg);
			const result = await updateById(actors.anon, 'regions', REGION.zuidLimburg, {
				vision_statement: 'anon'
			});
			await expectRowKept(result, 'regions', REGION.zuidLimburg, before, 'denied');
		});

		it('the coordinator hands the lead to another partner of the region and is then no longer its coordinator', async () => {
			await restoreAfterTest('regions', REGION.zuidLimburg);
			const handOver = await updateById(
				actors.coordinator,
				'regions',
				REGION.zuidLimburg,
				{ lead_organisation_id: ORG.maastricht },
				'lead_organisation_id'
			);
			expect(handOver.error).toBeNull();
			expect(handOver.data).toEqual([{ lead_organisation_id: ORG.maastricht }]);
			expect((await serviceRow('regions', REGION.zuidLimburg))?.lead_organisation_id).toBe(ORG.maastricht);

			// Heerlen no longer leads: its coordinator cannot touch the region or add partners any more.
			expectNoRowsAffected(
				await updateById(actors.coordinator, 'regions', REGION.zuidLimburg, {
					vision_statement: 'nog steeds trekker?'
				})
			);
			expectRlsViolation(
				await actors.coordinator
					.from('organisations')
					.insert({ region_id: REGION.zuidLimburg, type: 'overig', name: uniqueName('Na overdracht') })
					.select(),
				'organisations'
			);
		});

		it('a lead organisation from another region is refused (the foreign key ties it to the region)', async () => {
			const before = await restoreAfterTest('regions', REGION.zuidLimburg);
			const result = await updateById(actors.coordinator, 'regions', REGION.zuidLimburg, {
				lead_organisation_id: ORG.tilburg
			});
			expectError(result, '23503', /regions_lead_organisation_fk/);
			expect(await serviceRow('regions', REGION.zuidLimburg)).toEqual(before);
		});

		it('a lead organisation that does not exist is refused by the foreign key', async () => {
			const before = await restoreAfterTest('regions', REGION.zuidLimburg);
			const result = await updateById(actors.coordinator, 'regions', REGION.zuidLimburg, {
				lead_organisation_id: 'b0000000-0000-4000-8000-0000000009ff'
			});
			expectError(result, '23503', /regions_lead_organisation_fk/);
			expect(await serviceRow('regions', REGION.zuidLimburg)).toEqual(before);
		});

		it('the coordinator cannot leave the region without a lead organisation', async () => {
			const before = await restoreAfterTest('regions', REGION.zuidLimburg);
			const result = await updateById(actors.coordinator, 'regions', REGION.zuidLimburg, {
				lead_organisation_id: null
			});
			expectError(result, '23514', 'region_lead_required');
			expect(await serviceRow('regions', REGION.zuidLimburg)).toEqual(before);
		});
	});

	describe('delete', () => {
		for (const name of ALL_DEMO)
			it(`the ${who(name)} cannot delete a region: no row affected`, async () => {
				const region = name === 'tilburg' ? REGION.middenBrabant : REGION.zuidLimburg;
				const before = await serviceRow('regions', region);
				const result = await deleteById(actors[name], 'regions', region);
				await expectRowKept(result, 'regions', region, before);
			});

		it('anon cannot delete a region', async () => {
			expectPermissionDenied(await deleteById(actors.anon, 'regions', REGION.zuidLimburg), 'regions');
			expect(await serviceRow('regions', REGION.zuidLimburg)).not.toBeNull();
		});
	});
});

describe('organisations', () => {
	describe('select', () => {
		itDeniesAnon(actors, 'organisations');

		for (const name of ZUID_LIMBURG_MEMBERS)
			it(`the ${who(name)} reads exactly the partners of Zuid-Limburg, other organisations included`, async () => {
				const { data, error } = await actors[name].from('organisations').select('id, region_id');
				expect(error).toBeNull();
				const expected = await organisationIdsOf(REGION.zuidLimburg);
				expect(idsOf(data)).toEqual(expected);
				expect(expected.length).toBeGreaterThanOrEqual(23);
				expect(idsOf(data)).toEqual(
					expect.arrayContaining([ORG.heerlen, ORG.maastricht, ORG.uwvZuidLimburg, ORG.kerkrade])
				);
				expect(new Set((data ?? []).map((row: { region_id: string }) => row.region_id))).toEqual(
					new Set([REGION.zuidLimburg])
				);
			});

		it('the Tilburg editor reads exactly the partners of Midden-Brabant', async () => {
			const { data, error } = await actors.tilburg.from('organisations').select('id');
			expect(error).toBeNull();
			expect(idsOf(data)).toEqual(await organisationIdsOf(REGION.middenBrabant));
			expect(idsOf(data)).toContain(ORG.tilburg);
			expect(idsOf(data)).not.toContain(ORG.maastricht);
		});

		it('a partner of another region stays hidden when asked for by id', async () => {
			expectNoRowsAffected(await actors.editor.from('organisations').select('id').eq('id', ORG.tilburg));
			expectNoRowsAffected(await actors.tilburg.from('organisations').select('id').eq('id', ORG.maastricht));
			expectNoRowsAffected(await actors.admin.from('organisations').select('id').eq('id', ORG.roermond));
		});
	});

	describe('insert', () => {
		for (const name of ['coordinator', 'admin'] as const)
			it(`the ${who(name)} adds a partner to Zuid-Limburg`, async () => {
				const partner = { region_id: REGION.zuidLimburg, type: 'onderwijs', name: uniqueName('ROC Test') };
				const { data, error } = await actors[name].from('organisations').insert(partner).select().single();
				expect(error).toBeNull();
				const id = (data as { id: string }).id;
				cleanup.add(() => serviceDelete('organisations', id));
				expect(data).toMatchObject({ ...partner, cbs_code: null, active: true });
				expect(await serviceRow('organisations', id)).toMatchObject(partner);
			});

		for (const name of ['viewer', 'editor', 'tilburg'] as const)
			it(`the ${who(name)} may not add a partner to Zuid-Limburg (42501)`, async () => {
				const partnerName = uniqueName(`Partner van ${name}`);
				const result = await actors[name]
					.from('organisations')
					.insert({ region_id: REGION.zuidLimburg, type: 'overig', name: partnerName })
					.select();
				expectRlsViolation(result, 'organisations');
				expect((await service.from('organisations').select('id').eq('name', partnerName)).data).toEqual([]);
			});

		it('the coordinator of Zuid-Limburg may not add a partner to Midden-Brabant', async () => {
			const partnerName = uniqueName('Heerlen in Brabant');
			const result = await actors.coordinator
				.from('organisations')
				.insert({ region_id: REGION.middenBrabant, type: 'overig', name: partnerName })
				.select();
			expectRlsViolation(result, 'organisations');
			expect((await service.from('organisations').select('id').eq('name', partnerName)).data).toEqual([]);
		});

		it('anon may not add a partner', async () => {
			const result = await actors.anon
				.from('organisations')
				.insert({ region_id: REGION.zuidLimburg, type: 'overig', name: uniqueName('Anon') })
				.select();
			expectPermissionDenied(result, 'organisations');
		});

		for (const { type, cbs_code, why } of [
			{ type: 'uwv', cbs_code: 'GM0917', why: 'a CBS code on a non-gemeente' },
			{ type: 'gemeente', cbs_code: null, why: 'a gemeente without a CBS code' },
			{ type: 'centrumgemeente', cbs_code: null, why: 'a centrumgemeente without a CBS code' }
		])
			it(`refuses ${why} (constraint)`, async () => {
				const partnerName = uniqueName('CBS-test');
				const result = await actors.coordinator
					.from('organisations')
					.insert({ region_id: REGION.zuidLimburg, type, name: partnerName, cbs_code })
					.select();
				expectError(result, '23514', /organisations_cbs_code_for_gemeenten/);
				expect((await service.from('organisations').select('id').eq('name', partnerName)).data).toEqual([]);
			});

		it('refuses a malformed CBS code but accepts a well-formed one for a gemeente', async () => {
			const malformed = await actors.coordinator
				.from('organisations')
				.insert({
					region_id: REGION.zuidLimburg,
					type: 'gemeente',
					name: uniqueName('Gemeente X'),
					cbs_code: '917'
				})
				.select();
			expectError(malformed, '23514', /organisations_cbs_code_check/);

			const { data, error } = await actors.coordinator
				.from('organisations')
				.insert({
					region_id: REGION.zuidLimburg,
					type: 'gemeente',
					name: uniqueName('Gemeente Y'),
					cbs_code: 'GM9999'
				})
				.select('id, cbs_code')
				.single();
			expect(error).toBeNull();
			cleanup.add(() => serviceDelete('organisations', (data as { id: string }).id));
			expect((data as { cbs_code: string }).cbs_code).toBe('GM9999');
		});
	});

	describe('update', () => {
		const contact = {
			contact_name: 'Team Participatie',
			contact_email: 'participatie@maastricht.example',
			description: 'Werkt samen in de regio.'
		};

		it('the editor of Maastricht updates the contact fields of Maastricht', async () => {
			const before = await restoreAfterTest('organisations', ORG.maastricht);
			const { data, error } = await updateById(
				actors.editor,
				'organisations',
				ORG.maastricht,
				contact,
				'id, name, contact_name, contact_email, description'
			);
			expect(error).toBeNull();
			expect(data).toEqual([{ id: ORG.maastricht, name: 'Gemeente Maastricht', ...contact }]);
			const after = await serviceRow('organisations', ORG.maastricht);
			expect(after).toMatchObject(contact);
			expect(after?.contact_name).not.toBe(before.contact_name);
		});

		it('contact_email takes only a plain address, also past the form (as the form’s z.email())', async () => {
			// Attack finding 17: `javascript:…//@x.nl` and `?bcc=` passed the database's check.
			await restoreAfterTest('organisations', ORG.maastricht);
			const cases: [address: string, valid: boolean][] = [
				['javascript:alert(1)//@x.nl', false],
				['werk@maastricht.nl?bcc=buit@evil.example', false],
				['werk?bcc=buit@evil.example', false],
				['werk@maastricht', false],
				['<script>@x.nl', false],
				['werk@@maastricht.nl', false],
				['werk@maastricht.nl', true],
				["o'brien+team.werk@gemeente-maastricht.nl", true],
				['W.E.R.K@sub.domein.example', true]
			];
			for (const [address, valid] of cases) {
				const stored = (await serviceRow('organisations', ORG.maastricht))?.contact_email;
				const result = await updateById(
					actors.editor,
					'organisations',
					ORG.maastricht,
					{ contact_email: address },
					'contact_email'
				);
				expect(result.error?.code, address).toBe(valid ? undefined : '23514');
				const after = (await serviceRow('organisations', ORG.maastricht))?.contact_email;
				expect(after, address).toBe(valid ? address : stored);
				// The form's check says the same.
				expect(z.email().safeParse(address).success, address).toBe(valid);
			}
		});

		for (const { field, value } of [
			{ field: 'name', value: 'Gemeente Maastricht-Heuvelland' },
			{ field: 'type', value: 'centrumgemeente' },
			{ field: 'cbs_code', value: 'GM0999' },
			{ field: 'active', value: false }
		])
			it(`the editor of Maastricht may not change its ${field}: the trigger refuses`, async () => {
				const before = await restoreAfterTest('organisations', ORG.maastricht);
				const result = await updateById(actors.editor, 'organisations', ORG.maastricht, {
					[field]: value,
					contact_name: 'mee gewijzigd'
				});
				expectError(result, '42501', CODE_ONLY_COORDINATOR);
				expect(await serviceRow('organisations', ORG.maastricht)).toEqual(before);
			});

		it('the editor of Maastricht may not rewrite its creation date either', async () => {
			const before = await restoreAfterTest('organisations', ORG.maastricht);
			const result = await updateById(actors.editor, 'organisations', ORG.maastricht, {
				created_at: '2000-01-01T00:00:00Z'
			});
			expect(result.error?.code).toBe('42501');
			expect(result.data).toBeNull();
			expect(await serviceRow('organisations', ORG.maastricht)).toEqual(before);
		});

		for (const { actor, target, why } of [
			{ actor: 'editor', target: 'kerkrade', why: 'another partner in the same region' },
			{ actor: 'editor', target: 'heerlen', why: 'the lead organisation' },
			{ actor: 'viewer', target: 'uwvZuidLimburg', why: 'its own organisation, as a viewer' },
			{ actor: 'tilburg', target: 'maastricht', why: 'a partner in another region' },
			{ actor: 'coordinator', target: 'waalwijk', why: 'a partner in another region' }
		] as const)
			it(`the ${who(actor)} cannot update ${why} (${target}): no row affected`, async () => {
				const before = await restoreAfterTest('organisations', ORG[target]);
				const result = await updateById(actors[actor], 'organisations', ORG[target], {
					contact_name: `Overgenomen door ${actor}`
				});
				await expectRowKept(result, 'organisations', ORG[target], before);
			});

		it('anon cannot update a partner', async () => {
			const before = await serviceRow('organisations', ORG.maastricht);
			const result = await updateById(actors.anon, 'organisations', ORG.maastricht, { contact_name: 'anon' });
			await expectRowKept(result, 'organisations', ORG.maastricht, before, 'denied');
		});

		it('the coordinator updates the contact fields of any partner of the region', async () => {
			await restoreAfterTest('organisations', ORG.kerkrade);
			await expectUpdated(actors.coordinator, 'organisations', ORG.kerkrade, {
				contact_name: 'Klantmanager Kerkrade'
			});
		});

		it('the coordinator renames, retypes and deactivates a partner', async () => {
			const id = await throwawayPartner();
			const changes = { name: uniqueName('Hernoemd'), type: 'gemeente', cbs_code: 'GM9998', active: false };
			await expectUpdated(actors.coordinator, 'organisations', id, changes);
		});

		it('the coordinator cannot break the CBS rule by retyping a gemeente', async () => {
			const before = await restoreAfterTest('organisations', ORG.kerkrade);
			const result = await updateById(actors.coordinator, 'organisations', ORG.kerkrade, { type: 'overig' });
			expectError(result, '23514', /organisations_cbs_code_for_gemeenten/);
			expect(await serviceRow('organisations', ORG.kerkrade)).toEqual(before);
		});

		it('a partner never moves to another region, not even by the coordinator', async () => {
			const id = await throwawayPartner();
			const before = await serviceRow('organisations', id);
			const result = await updateById(actors.coordinator, 'organisations', id, {
				region_id: REGION.middenBrabant
			});
			expectError(result, '23514', 'region_fixed');
			expect(await serviceRow('organisations', id)).toEqual(before);
		});
	});

	describe('delete', () => {
		it('the coordinator removes a partner of the region', async () => {
			const id = await throwawayPartner();
			const { data, error } = await deleteById(actors.coordinator, 'organisations', id, 'id');
			expect(error).toBeNull();
			expect(data).toEqual([{ id }]);
			expect(await serviceRow('organisations', id)).toBeNull();
		});

		for (const { actor, target, why } of [
			{ actor: 'editor', target: 'maastricht', why: 'its own organisation' },
			{ actor: 'editor', target: 'kerkrade', why: 'another partner in the same region' },
			{ actor: 'viewer', target: 'uwvZuidLimburg', why: 'its own organisation' },
			{ actor: 'tilburg', target: 'maastricht', why: 'a partner in another region' },
			{ actor: 'coordinator', target: 'waalwijk', why: 'a partner in another region' },
			{ actor: 'admin', target: 'roermond', why: 'a partner in another region' }
		] as const)
			it(`the ${who(actor)} cannot delete ${why} (${target}): no row affected`, async () => {
				const before = await serviceRow('organisations', ORG[target]);
				const result = await deleteById(actors[actor], 'organisations', ORG[target]);
				await expectRowKept(result, 'organisations', ORG[target], before);
			});

		for (const name of ['viewer', 'editor', 'tilburg'] as const)
			it(`the ${who(name)} cannot delete a throwaway partner of Zuid-Limburg either`, async () => {
				const id = await throwawayPartner();
				expectNoRowsAffected(await deleteById(actors[name], 'organisations', id));
				expect(await serviceRow('organisations', id)).not.toBeNull();
			});

		it('anon cannot delete a partner', async () => {
			const id = await throwawayPartner();
			expectPermissionDenied(await deleteById(actors.anon, 'organisations', id), 'organisations');
			expect(await serviceRow('organisations', id)).not.toBeNull();
		});

		it('the coordinator cannot delete the lead organisation (with its coordinator and admin)', async () => {
			const before = await serviceRow('organisations', ORG.heerlen);
			const members = await service
				.from('memberships')
				.select('id, user_id')
				.eq('organisation_id', ORG.heerlen);
			expect((members.data ?? []).map((row: { user_id: string }) => row.user_id).sort()).toEqual(
				[DEMO.coordinator.id, DEMO.admin.id].sort()
			);
			const result = await deleteById(actors.coordinator, 'organisations', ORG.heerlen);
			expectError(result, '23514', 'region_lead_delete');
			expect(await serviceRow('organisations', ORG.heerlen)).toEqual(before);
			expect((await serviceRow('regions', REGION.zuidLimburg))?.lead_organisation_id).toBe(ORG.heerlen);
			const membersAfter = await service.from('memberships').select('id').eq('organisation_id', ORG.heerlen);
			expect(idsOf(membersAfter.data)).toEqual(idsOf(members.data));
		});
	});
});
