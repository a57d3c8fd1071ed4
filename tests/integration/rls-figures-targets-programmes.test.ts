// Row-level security of the region-level figures: the regionale opgave (regional_targets) and the shared
// programmes partners commit budgets to. Region members read them; only the coordinator (or admin) of the
// region's lead organisation adds, changes and removes them. Refused writes are checked with the service key.
import { afterEach, describe, expect, it } from 'vitest';
import {
	ORG,
	REGION,
	ZUID_LIMBURG_MEMBERS,
	createMembership,
	createUser,
	deleteById,
	deleteUser,
	demoActors,
	itDeniesAnon,
	expectDeleted,
	expectError,
	expectPermissionDenied,
	expectRlsViolation,
	expectRowKept,
	idsOf,
	service,
	serviceRow,
	uniqueName,
	updateById,
	who,
	type DemoName
} from './rls-fixtures';
import {
	FigureRows,
	PROGRAMME,
	TEST_YEAR,
	commitment,
	countRows,
	idsWhere,
	middenBrabantProgramme,
	newMarker
} from './rls-figures-fixtures';

const actors = demoActors();
const marker = newMarker('targets-programmes');
const rows = new FigureRows(marker);

afterEach(() => rows.run());

const CODE_PROGRAMME_STAYS = 'region_fixed';
const COORDINATING = ['coordinator', 'admin'] as const satisfies DemoName[];
const NOT_COORDINATING = ['viewer', 'editor', 'tilburg'] as const satisfies DemoName[];

/** The seed's opgave of Zuid-Limburg: year ends 2022–2026, markt and overheid. */
const SEEDED_TARGETS = 10;

function target(region: string, values: Record<string, unknown> = {}) {
	return {
		region_id: region,
		year: TEST_YEAR,
		sector: 'markt',
		target_jobs: 120,
		source: 'Testbesluit stuurgroep',
		...values
	};
}

function programme(region: string, values: Record<string, unknown> = {}) {
	return { region_id: region, name: uniqueName('Testprogramma'), description: marker, ...values };
}

/** A seeded target of Zuid-Limburg to aim refused writes at. */
async function seededTarget() {
	const row = await serviceRow(
		'regional_targets',
		(await idsWhere('regional_targets', { region_id: REGION.zuidLimburg, year: 2025, sector: 'markt' }))[0]
	);
	if (!row) throw new Error('seeded target 2025 markt is missing');
	return row as { id: string; target_jobs: number };
}

describe('regional_targets: select', () => {
	itDeniesAnon(actors, 'regional_targets');

	for (const name of ZUID_LIMBURG_MEMBERS)
		it(`the ${who(name)} reads exactly the targets of Zuid-Limburg`, async () => {
			const other = await rows.insert('regional_targets', target(REGION.middenBrabant));
			const { data, error } = await actors[name].from('regional_targets').select('id');
			expect(error).toBeNull();
			const expected = await idsWhere('regional_targets', { region_id: REGION.zuidLimburg });
			expect(expected).toHaveLength(SEEDED_TARGETS);
			expect(idsOf(data)).toEqual(expected);
			expect(idsOf(data)).not.toContain(other.id);
		});

	it('the Tilburg editor reads exactly the targets of Midden-Brabant', async () => {
		const own = await rows.insert('regional_targets', target(REGION.middenBrabant));
		const { data, error } = await actors.tilburg.from('regional_targets').select('id');
		expect(error).toBeNull();
		expect(idsOf(data)).toEqual([own.id]);
	});
});

describe('regional_targets: insert', () => {
	for (const name of COORDINATING)
		it(`the ${who(name)} sets a target for Zuid-Limburg`, async () => {
			const values = target(REGION.zuidLimburg, { sector: 'overheid', target_jobs: 95.5 });
			const { data, error } = await actors[name].from('regional_targets').insert(values).select().single();
			expect(error).toBeNull();
			const row = data as { id: string };
			rows.removeAfterTest('regional_targets', row.id);
			expect(row).toMatchObject(values);
			expect(await serviceRow('regional_targets', row.id)).toMatchObject(values);
		});

	for (const name of NOT_COORDINATING)
		it(`the ${who(name)} may not set a target for its own region (42501)`, async () => {
			const region = name === 'tilburg' ? REGION.middenBrabant : REGION.zuidLimburg;
			const result = await actors[name].from('regional_targets').insert(target(region)).select();
			expectRlsViolation(result, 'regional_targets');
			expect(await countRows('regional_targets', { region_id: region, year: TEST_YEAR })).toBe(0);
		});

	it('the coordinator of Zuid-Limburg may not set a target for Midden-Brabant', async () => {
		const result = await actors.coordinator
			.from('regional_targets')
			.insert(target(REGION.middenBrabant))
			.select();
		expectRlsViolation(result, 'regional_targets');
		expect(await countRows('regional_targets', { region_id: REGION.middenBrabant })).toBe(0);
	});

	it('anon may not set a target', async () => {
		expectPermissionDenied(
			await actors.anon.from('regional_targets').insert(target(REGION.zuidLimburg)).select(),
			'regional_targets'
		);
		expect(await countRows('regional_targets', { year: TEST_YEAR })).toBe(0);
	});

	it('one target per region, year and sector (23505)', async () => {
		const result = await actors.coordinator
			.from('regional_targets')
			.insert(target(REGION.zuidLimburg, { year: 2025 }))
			.select();
		expectError(result, '23505', /regional_targets_region_id_year_sector_key/);
		expect(await countRows('regional_targets', { region_id: REGION.zuidLimburg, year: 2025 })).toBe(2);
	});

	for (const { values, constraint } of [
		{ values: { target_jobs: -1 }, constraint: 'regional_targets_target_jobs_check' },
		{ values: { source: 'x' }, constraint: 'regional_targets_source_check' },
		{ values: { year: 2012 }, constraint: 'regional_targets_year_check' },
		{ values: { year: 2101 }, constraint: 'regional_targets_year_check' }
	])
		it(`refuses ${JSON.stringify(values)} (23514, ${constraint})`, async () => {
			const result = await actors.coordinator
				.from('regional_targets')
				.insert(target(REGION.zuidLimburg, values))
				.select();
			expectError(result, '23514', new RegExp(constraint));
			expect(await countRows('regional_targets', { region_id: REGION.zuidLimburg })).toBe(SEEDED_TARGETS);
		});

	it('rounds target_jobs to two decimals (numeric(10,2))', async () => {
		const { data, error } = await actors.coordinator
			.from('regional_targets')
			.insert(target(REGION.zuidLimburg, { target_jobs: 100.125 }))
			.select('id, target_jobs')
			.single();
		expect(error).toBeNull();
		rows.removeAfterTest('regional_targets', (data as { id: string }).id);
		expect(data).toMatchObject({ target_jobs: 100.13 });
	});
});

describe('regional_targets: update', () => {
	for (const name of COORDINATING)
		it(`the ${who(name)} changes a seeded target of Zuid-Limburg (restored afterwards)`, async () => {
			const seeded = await seededTarget();
			await rows.restoreAfterTest('regional_targets', seeded.id);
			const { data, error } = await updateById(
				actors[name],
				'regional_targets',
				seeded.id,
				{ target_jobs: seeded.target_jobs + 10 },
				'target_jobs'
			);
			expect(error).toBeNull();
			expect(data).toEqual([{ target_jobs: seeded.target_jobs + 10 }]);
			expect((await serviceRow('regional_targets', seeded.id))?.target_jobs).toBe(seeded.target_jobs + 10);
		});

	for (const name of NOT_COORDINATING)
		it(`the ${who(name)} cannot change a target of Zuid-Limburg: no row affected`, async () => {
			const seeded = await seededTarget();
			const result = await updateById(actors[name], 'regional_targets', seeded.id, { target_jobs: 1 });
			await expectRowKept(result, 'regional_targets', seeded.id, seeded);
		});

	it('the Tilburg editor cannot change the target of its own region either', async () => {
		const own = await rows.insert('regional_targets', target(REGION.middenBrabant));
		const result = await updateById(actors.tilburg, 'regional_targets', own.id, { target_jobs: 1 });
		await expectRowKept(result, 'regional_targets', own.id, own);
	});

	it('the coordinator of Zuid-Limburg cannot change a target of Midden-Brabant', async () => {
		const other = await rows.insert('regional_targets', target(REGION.middenBrabant));
		const result = await updateById(actors.coordinator, 'regional_targets', other.id, { target_jobs: 1 });
		await expectRowKept(result, 'regional_targets', other.id, other);
	});

	it('the coordinator cannot move a target of Zuid-Limburg to Midden-Brabant', async () => {
		const own = await rows.insert('regional_targets', target(REGION.zuidLimburg));
		const result = await updateById(actors.coordinator, 'regional_targets', own.id, {
			region_id: REGION.middenBrabant
		});
		await expectRowKept(result, 'regional_targets', own.id, own, 'policy');
	});

	it('anon cannot change a target', async () => {
		const seeded = await seededTarget();
		const result = await updateById(actors.anon, 'regional_targets', seeded.id, { target_jobs: 1 });
		await expectRowKept(result, 'regional_targets', seeded.id, seeded, 'denied');
	});
});

describe('regional_targets: saved as the app does, by upsert on region, year and sector', () => {
	it('the coordinator overwrites an existing target in place (same id, same creation date)', async () => {
		const existing = await rows.insert('regional_targets', target(REGION.zuidLimburg, { target_jobs: 100 }));
		const { data, error } = await actors.coordinator
			.from('regional_targets')
			.upsert(target(REGION.zuidLimburg, { target_jobs: 150, source: 'Herzien besluit' }), {
				onConflict: 'region_id,year,sector'
			})
			.select('id, target_jobs, source, created_at');
		expect(error).toBeNull();
		expect(data).toEqual([
			{ id: existing.id, target_jobs: 150, source: 'Herzien besluit', created_at: existing.created_at }
		]);
		expect(await countRows('regional_targets', { region_id: REGION.zuidLimburg, year: TEST_YEAR })).toBe(1);
	});

	it('the editor of Maastricht cannot overwrite a target by upsert (42501), the target stays', async () => {
		const existing = await rows.insert('regional_targets', target(REGION.zuidLimburg, { target_jobs: 100 }));
		const result = await actors.editor
			.from('regional_targets')
			.upsert(target(REGION.zuidLimburg, { target_jobs: 1 }), { onConflict: 'region_id,year,sector' })
			.select();
		await expectRowKept(result, 'regional_targets', existing.id, existing, 'policy');
	});
});

describe('regional_targets: delete', () => {
	for (const name of COORDINATING)
		it(`the ${who(name)} removes a target of Zuid-Limburg`, async () => {
			const own = await rows.insert('regional_targets', target(REGION.zuidLimburg));
			await expectDeleted(
				await deleteById(actors[name], 'regional_targets', own.id, 'id'),
				'regional_targets',
				own.id
			);
		});

	for (const name of NOT_COORDINATING)
		it(`the ${who(name)} cannot remove a target of Zuid-Limburg: no row affected`, async () => {
			const seeded = await seededTarget();
			const result = await deleteById(actors[name], 'regional_targets', seeded.id);
			await expectRowKept(result, 'regional_targets', seeded.id, seeded);
		});

	it('the coordinator of Zuid-Limburg cannot remove a target of Midden-Brabant', async () => {
		const other = await rows.insert('regional_targets', target(REGION.middenBrabant));
		const result = await deleteById(actors.coordinator, 'regional_targets', other.id);
		await expectRowKept(result, 'regional_targets', other.id, other);
	});

	it('anon cannot remove a target', async () => {
		const seeded = await seededTarget();
		const result = await deleteById(actors.anon, 'regional_targets', seeded.id);
		await expectRowKept(result, 'regional_targets', seeded.id, seeded, 'denied');
	});
});

describe('programmes: select', () => {
	itDeniesAnon(actors, 'programmes');

	for (const name of ZUID_LIMBURG_MEMBERS)
		it(`the ${who(name)} reads exactly the programmes of Zuid-Limburg`, async () => {
			const other = await rows.insert('programmes', middenBrabantProgramme(marker));
			const { data, error } = await actors[name].from('programmes').select('id');
			expect(error).toBeNull();
			expect(idsOf(data)).toEqual(Object.values(PROGRAMME).sort());
			expect(idsOf(data)).not.toContain(other.id);
		});

	it('the Tilburg editor reads exactly the programmes of Midden-Brabant', async () => {
		const own = await rows.insert('programmes', middenBrabantProgramme(marker));
		const { data, error } = await actors.tilburg.from('programmes').select('id');
		expect(error).toBeNull();
		expect(idsOf(data)).toEqual([own.id]);
	});
});

describe('programmes: insert', () => {
	for (const name of COORDINATING)
		it(`the ${who(name)} starts a programme in Zuid-Limburg`, async () => {
			const values = programme(REGION.zuidLimburg);
			const { data, error } = await actors[name].from('programmes').insert(values).select().single();
			expect(error).toBeNull();
			const row = data as { id: string };
			rows.removeAfterTest('programmes', row.id);
			expect(row).toMatchObject({ ...values, active: true });
			expect(await serviceRow('programmes', row.id)).toMatchObject(values);
		});

	for (const name of NOT_COORDINATING)
		it(`the ${who(name)} may not start a programme in its own region (42501)`, async () => {
			const region = name === 'tilburg' ? REGION.middenBrabant : REGION.zuidLimburg;
			const result = await actors[name].from('programmes').insert(programme(region)).select();
			expectRlsViolation(result, 'programmes');
			expect(await countRows('programmes', { description: marker })).toBe(0);
		});

	it('the coordinator of Zuid-Limburg may not start a programme in Midden-Brabant', async () => {
		const result = await actors.coordinator
			.from('programmes')
			.insert(programme(REGION.middenBrabant))
			.select();
		expectRlsViolation(result, 'programmes');
		expect(await countRows('programmes', { region_id: REGION.middenBrabant })).toBe(0);
	});

	it('anon may not start a programme', async () => {
		expectPermissionDenied(
			await actors.anon.from('programmes').insert(programme(REGION.zuidLimburg)).select(),
			'programmes'
		);
		expect(await countRows('programmes', { description: marker })).toBe(0);
	});

	it('refuses a one-letter name (23514) and a name the region already has (23505)', async () => {
		expectError(
			await actors.coordinator
				.from('programmes')
				.insert(programme(REGION.zuidLimburg, { name: 'X' }))
				.select(),
			'23514',
			/programmes_name_check/
		);
		expectError(
			await actors.coordinator
				.from('programmes')
				.insert(programme(REGION.zuidLimburg, { name: 'Loonwaardebepaling' }))
				.select(),
			'23505',
			/programmes_region_id_name_key/
		);
		expect(await countRows('programmes', { region_id: REGION.zuidLimburg })).toBe(3);
	});
});

describe('programmes: update', () => {
	for (const name of COORDINATING)
		it(`the ${who(name)} renames and deactivates a seeded programme (restored afterwards)`, async () => {
			await rows.restoreAfterTest('programmes', PROGRAMME.jobcoachpool);
			const changes = { name: uniqueName('Jobcoachpool'), active: false };
			const { data, error } = await updateById(
				actors[name],
				'programmes',
				PROGRAMME.jobcoachpool,
				changes,
				'name, active'
			);
			expect(error).toBeNull();
			expect(data).toEqual([changes]);
			expect(await serviceRow('programmes', PROGRAMME.jobcoachpool)).toMatchObject(changes);
		});

	for (const name of NOT_COORDINATING)
		it(`the ${who(name)} cannot change a programme of Zuid-Limburg: no row affected`, async () => {
			const before = await serviceRow('programmes', PROGRAMME.werkgeversservicepunt);
			const result = await updateById(actors[name], 'programmes', PROGRAMME.werkgeversservicepunt, {
				active: false,
				description: 'overgenomen'
			});
			await expectRowKept(result, 'programmes', PROGRAMME.werkgeversservicepunt, before);
		});

	it('the coordinator of Zuid-Limburg cannot change a programme of Midden-Brabant', async () => {
		const other = await rows.insert('programmes', middenBrabantProgramme(marker));
		const result = await updateById(actors.coordinator, 'programmes', other.id, { active: false });
		await expectRowKept(result, 'programmes', other.id, other);
	});

	it('the coordinator cannot move a programme of Zuid-Limburg to Midden-Brabant', async () => {
		const own = await rows.insert('programmes', programme(REGION.zuidLimburg));
		// The policy's check would refuse too; the region guard (a before-update trigger) answers first.
		expectError(
			await updateById(actors.coordinator, 'programmes', own.id, { region_id: REGION.middenBrabant }),
			'23514',
			CODE_PROGRAMME_STAYS
		);
		expect(await serviceRow('programmes', own.id)).toEqual(own);
	});

	it('anon cannot change a programme', async () => {
		const before = await serviceRow('programmes', PROGRAMME.werkgeversservicepunt);
		const result = await updateById(actors.anon, 'programmes', PROGRAMME.werkgeversservicepunt, {
			active: false
		});
		await expectRowKept(result, 'programmes', PROGRAMME.werkgeversservicepunt, before, 'denied');
	});
});

describe('programmes: a programme never moves to another region', () => {
	it('not even a coordinator of both regions can move it away from its partners’ commitments', async () => {
		// Someone who coordinates both Zuid-Limburg (Heerlen) and Midden-Brabant (Tilburg).
		const user = await createUser('dubbele-coordinator');
		rows.cleanup.add(() => deleteUser(user));
		await createMembership(user.id, ORG.heerlen, 'coordinator');
		await createMembership(user.id, ORG.tilburg, 'coordinator');

		const own = await rows.insert('programmes', programme(REGION.zuidLimburg));
		const pledge = await rows.insert(
			'budget_commitments',
			commitment(ORG.maastricht, marker, { programme_id: own.id })
		);
		const result = await updateById(user.client, 'programmes', own.id, { region_id: REGION.middenBrabant });
		expectError(result, '23514', CODE_PROGRAMME_STAYS);
		expect(await serviceRow('programmes', own.id)).toEqual(own);
		expect(await serviceRow('budget_commitments', pledge.id)).toEqual(pledge);

		// Nor the service role: the rule holds whoever asks.
		const { data, error } = await updateById(service, 'programmes', own.id, {
			region_id: REGION.middenBrabant
		});
		expectError({ data, error }, '23514', CODE_PROGRAMME_STAYS);
		expect(await serviceRow('programmes', own.id)).toEqual(own);
	});
});

describe('programmes: delete', () => {
	for (const name of COORDINATING)
		it(`the ${who(name)} removes a programme, and the partners' commitments to it go with it`, async () => {
			const own = await rows.insert('programmes', programme(REGION.zuidLimburg));
			const pledge = await rows.insert(
				'budget_commitments',
				commitment(ORG.kerkrade, marker, { programme_id: own.id })
			);
			await expectDeleted(await deleteById(actors[name], 'programmes', own.id, 'id'), 'programmes', own.id);
			expect(await serviceRow('budget_commitments', pledge.id)).toBeNull();
		});

	for (const name of NOT_COORDINATING)
		it(`the ${who(name)} cannot remove a programme of Zuid-Limburg: no row affected`, async () => {
			const before = await serviceRow('programmes', PROGRAMME.loonwaardebepaling);
			const pledges = await countRows('budget_commitments', { programme_id: PROGRAMME.loonwaardebepaling });
			const result = await deleteById(actors[name], 'programmes', PROGRAMME.loonwaardebepaling);
			await expectRowKept(result, 'programmes', PROGRAMME.loonwaardebepaling, before);
			expect(await countRows('budget_commitments', { programme_id: PROGRAMME.loonwaardebepaling })).toBe(
				pledges
			);
		});

	it('the coordinator of Zuid-Limburg cannot remove a programme of Midden-Brabant', async () => {
		const other = await rows.insert('programmes', middenBrabantProgramme(marker));
		const result = await deleteById(actors.coordinator, 'programmes', other.id);
		await expectRowKept(result, 'programmes', other.id, other);
	});

	it('anon cannot remove a programme', async () => {
		expectPermissionDenied(
			await deleteById(actors.anon, 'programmes', PROGRAMME.loonwaardebepaling),
			'programmes'
		);
		expect(await serviceRow('programmes', PROGRAMME.loonwaardebepaling)).not.toBeNull();
	});
});
