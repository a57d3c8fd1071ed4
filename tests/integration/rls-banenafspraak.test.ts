// The banenafspraak's own tables and summary functions (issue 14), exercised with real sessions of the demo
// accounts: quarters closed by partners (placement_reports), UWV's official stand (official_standings), context
// figures per gemeente (context_figures), the gemeenten reference list, and the SQL functions that every page,
// the overview tile, the meeting room and the report read (security definer behind a membership check: a
// member reads only its own partner's plaatsingen, yet every member gets the region's numbers). Refused writes
// are checked against the service key; the totals are checked on more rows than one PostgREST request returns.
import { afterEach, describe, expect, it } from 'vitest';
import {
	Cleanup,
	ORG,
	REGION,
	ZUID_LIMBURG_MEMBERS,
	expectError,
	expectNoRowsAffected,
	expectPermissionDenied,
	expectRlsViolation,
	service,
	serviceRow,
	demoActors,
	who
} from './rls-fixtures';
import { countRows, newMarker, placement } from './rls-figures-fixtures';

const actors = demoActors();
const marker = newMarker('banenafspraak');
const cleanup = new Cleanup();

afterEach(async () => {
	await cleanup.run();
	const { error } = await service.from('placements').delete().eq('note', marker);
	if (error) throw new Error(`sweeping plaatsingen: ${error.message}`);
});

/** Removes a row made by a test, by id, with the service key. */
function removeAfterTest(table: 'placement_reports' | 'official_standings' | 'context_figures', id: string) {
	cleanup.add(async () => {
		const { error } = await service.from(table).delete().eq('id', id);
		if (error) throw new Error(`deleting ${table} ${id}: ${error.message}`);
	});
}

/** A quarter no seed closes (the seed closes 2023–2026). */
const OLD_QUARTER = { year: 2014, quarter: 2 };

describe('gemeenten: the reference list', () => {
	it('every signed-in user reads it; anon does not', async () => {
		for (const name of [...ZUID_LIMBURG_MEMBERS, 'tilburg'] as const) {
			const { data, error } = await actors[name].from('gemeenten').select('code').eq('code', 'GM1954');
			expect(error).toBeNull();
			expect(data).toEqual([{ code: 'GM1954' }]);
		}
		expectPermissionDenied(await actors.anon.from('gemeenten').select('code'), 'gemeenten');
	});

	it('nobody writes it through the API, not even the coordinator', async () => {
		const result = await actors.coordinator
			.from('gemeenten')
			.insert({ code: 'GM9999', name: 'Nergensdorp' })
			.select();
		expect(result.error?.code).toBe('42501');
		const update = await actors.coordinator
			.from('gemeenten')
			.update({ name: 'Anders' })
			.eq('code', 'GM0935')
			.select();
		expect(update.error?.code).toBe('42501');
		expect((await service.from('gemeenten').select('name').eq('code', 'GM0935').single()).data).toEqual({
			name: 'Maastricht'
		});
	});
});

describe('placement_reports: a partner closes a quarter', () => {
	it('the Maastricht editor closes a past quarter of Maastricht; members read it, Tilburg does not', async () => {
		const { data, error } = await actors.editor
			.from('placement_reports')
			.insert({ organisation_id: ORG.maastricht, ...OLD_QUARTER })
			.select('id, region_id, closed_by')
			.single();
		expect(error).toBeNull();
		removeAfterTest('placement_reports', data!.id);
		expect(data!.region_id).toBe(REGION.zuidLimburg);
		for (const name of ZUID_LIMBURG_MEMBERS) {
			const seen = await actors[name].from('placement_reports').select('id').eq('id', data!.id);
			expect(seen.data, who(name)).toEqual([{ id: data!.id }]);
		}
		expectNoRowsAffected(await actors.tilburg.from('placement_reports').select('id').eq('id', data!.id));
		expectPermissionDenied(await actors.anon.from('placement_reports').select('id'), 'placement_reports');
	});

	it('the coordinator closes for another partner; the editor and the viewer cannot (42501)', async () => {
		const byCoordinator = await actors.coordinator
			.from('placement_reports')
			.insert({ organisation_id: ORG.kerkrade, ...OLD_QUARTER })
			.select('id')
			.single();
		expect(byCoordinator.error).toBeNull();
		removeAfterTest('placement_reports', byCoordinator.data!.id);
		for (const [name, organisation] of [
			['editor', ORG.kerkrade],
			['viewer', ORG.uwvZuidLimburg],
			['tilburg', ORG.maastricht]
		] as const) {
			const result = await actors[name]
				.from('placement_reports')
				.insert({ organisation_id: organisation, ...OLD_QUARTER, quarter: 3 })
				.select();
			expectRlsViolation(result, 'placement_reports');
		}
		expect(await countRows('placement_reports', { year: OLD_QUARTER.year, quarter: 3 })).toBe(0);
	});

	it('a quarter that has not ended cannot be closed; a closed quarter cannot be changed, only reopened', async () => {
		const now = new Date();
		const running = { year: now.getUTCFullYear(), quarter: Math.floor(now.getUTCMonth() / 3) + 1 };
		expectError(
			await actors.editor
				.from('placement_reports')
				.insert({ organisation_id: ORG.maastricht, ...running })
				.select(),
			'23514',
			'placement_report_quarter_open'
		);
		const { data } = await actors.editor
			.from('placement_reports')
			.insert({ organisation_id: ORG.maastricht, ...OLD_QUARTER })
			.select('id')
			.single();
		removeAfterTest('placement_reports', data!.id);
		// There is no update policy: a closed quarter is closed or reopened, never moved.
		expectNoRowsAffected(
			await actors.editor.from('placement_reports').update({ quarter: 1 }).eq('id', data!.id).select()
		);
		expect((await serviceRow('placement_reports', data!.id))?.quarter).toBe(OLD_QUARTER.quarter);
		// The Kerkrade coordinator's close is not the Maastricht editor's to reopen.
		const kerkrade = await service
			.from('placement_reports')
			.insert({ organisation_id: ORG.kerkrade, ...OLD_QUARTER })
			.select('id')
			.single();
		removeAfterTest('placement_reports', kerkrade.data!.id);
		expectNoRowsAffected(
			await actors.editor.from('placement_reports').delete().eq('id', kerkrade.data!.id).select()
		);
		const reopened = await actors.editor.from('placement_reports').delete().eq('id', data!.id).select('id');
		expect(reopened.data).toEqual([{ id: data!.id }]);
		expect(await serviceRow('placement_reports', data!.id)).toBeNull();
	});
});

describe('official_standings: UWV’s stand, entered by the coordinator', () => {
	const standing = (values: Record<string, unknown> = {}) => ({
		region_id: REGION.zuidLimburg,
		peildatum: '2015-06-30',
		regulier_markt: 100.5,
		regulier_overheid: 20,
		inleenverband: 7.5,
		source: `UWV trendrapportage ${marker}`,
		...values
	});

	it('the coordinator adds, changes and removes a stand; every member reads it', async () => {
		const { data, error } = await actors.coordinator
			.from('official_standings')
			.insert(standing())
			.select('id')
			.single();
		expect(error).toBeNull();
		removeAfterTest('official_standings', data!.id);
		for (const name of ZUID_LIMBURG_MEMBERS) {
			const seen = await actors[name].from('official_standings').select('id').eq('id', data!.id);
			expect(seen.data, who(name)).toEqual([{ id: data!.id }]);
		}
		expectNoRowsAffected(await actors.tilburg.from('official_standings').select('id').eq('id', data!.id));
		const changed = await actors.coordinator
			.from('official_standings')
			.update({ regulier_markt: 101 })
			.eq('id', data!.id)
			.select('regulier_markt');
		expect(changed.data).toEqual([{ regulier_markt: 101 }]);
		const removed = await actors.coordinator
			.from('official_standings')
			.delete()
			.eq('id', data!.id)
			.select('id');
		expect(removed.data).toEqual([{ id: data!.id }]);
	});

	it('an editor, a viewer and another region’s editor cannot write it', async () => {
		for (const name of ['editor', 'viewer', 'tilburg'] as const)
			expectRlsViolation(
				await actors[name].from('official_standings').insert(standing()).select(),
				'official_standings'
			);
		expectPermissionDenied(
			await actors.anon.from('official_standings').insert(standing()).select(),
			'official_standings'
		);
		const seeded = await service
			.from('official_standings')
			.select('*')
			.eq('region_id', REGION.zuidLimburg)
			.order('peildatum')
			.limit(1)
			.single();
		for (const name of ['editor', 'viewer', 'tilburg'] as const) {
			expectNoRowsAffected(
				await actors[name]
					.from('official_standings')
					.update({ regulier_markt: 1 })
					.eq('id', seeded.data!.id)
					.select()
			);
			expectNoRowsAffected(
				await actors[name].from('official_standings').delete().eq('id', seeded.data!.id).select()
			);
		}
		expect(await serviceRow('official_standings', seeded.data!.id)).toEqual(seeded.data);
	});

	it('a peildatum is a quarter end that has passed', async () => {
		for (const peildatum of ['2015-06-29', '2099-12-31'])
			expectError(
				await actors.coordinator.from('official_standings').insert(standing({ peildatum })).select(),
				'23514',
				'official_standing_peildatum'
			);
		expect(await countRows('official_standings', { source: `UWV trendrapportage ${marker}` })).toBe(0);
	});
});

describe('context_figures: bijstand per gemeente, written by the coordinator', () => {
	const figure = (values: Record<string, unknown> = {}) => ({
		region_id: REGION.zuidLimburg,
		gemeente: 'GM0935',
		period_label: '2099',
		period_start: '2024-01-01',
		period_end: '2024-12-31',
		value: 1234,
		source: `CBS StatLine ${marker}`,
		...values
	});

	it('the coordinator adds one; members read it; Tilburg does not; others cannot write', async () => {
		const { data, error } = await actors.coordinator
			.from('context_figures')
			.insert(figure())
			.select('id')
			.single();
		expect(error).toBeNull();
		removeAfterTest('context_figures', data!.id);
		for (const name of ZUID_LIMBURG_MEMBERS) {
			const seen = await actors[name].from('context_figures').select('id').eq('id', data!.id);
			expect(seen.data, who(name)).toEqual([{ id: data!.id }]);
		}
		expectNoRowsAffected(await actors.tilburg.from('context_figures').select('id').eq('id', data!.id));
		for (const name of ['editor', 'viewer', 'tilburg'] as const) {
			expectRlsViolation(
				await actors[name]
					.from('context_figures')
					.insert(figure({ period_label: `x-${name}` }))
					.select(),
				'context_figures'
			);
			expectNoRowsAffected(
				await actors[name].from('context_figures').update({ value: 1 }).eq('id', data!.id).select()
			);
			expectNoRowsAffected(await actors[name].from('context_figures').delete().eq('id', data!.id).select());
		}
		expect((await serviceRow('context_figures', data!.id))?.value).toBe(1234);
	});

	it('a gemeente outside the region is refused', async () => {
		expectError(
			await actors.coordinator
				.from('context_figures')
				.insert(figure({ gemeente: 'GM0855' }))
				.select(),
			'23514',
			'context_gemeente_outside_region'
		);
	});
});

describe('the summary functions: members only, computed in the database', () => {
	it('anon cannot call them', async () => {
		const result = await actors.anon.rpc('banenafspraak_stand', {
			region: REGION.zuidLimburg,
			peildatum: '2026-09-30'
		});
		expect(result.error?.code).toBe('42501');
	});

	it('the peildatum on 5 December 2026 is 2026 Q3: every reporting partner closed it, Q4 has not ended', async () => {
		const { data, error } = await actors.viewer.rpc('banenafspraak_peildatum', {
			region: REGION.zuidLimburg,
			as_of: '2026-12-05'
		});
		expect(error).toBeNull();
		expect(data).toEqual([
			expect.objectContaining({ peildatum: '2026-09-30', last_ended: '2026-09-30', missing: [] })
		]);
	});

	it('a partner that has not closed the last quarter holds the peildatum back, and is named', async () => {
		const { data, error } = await actors.viewer.rpc('banenafspraak_peildatum', {
			region: REGION.zuidLimburg,
			as_of: '2027-01-05'
		});
		expect(error).toBeNull();
		const [row] = data as { peildatum: string; reporting_partners: number; missing: { name: string }[] }[];
		expect(row.peildatum).toBe('2026-09-30');
		expect(row.missing).toHaveLength(row.reporting_partners);
		expect(row.missing.map((partner) => partner.name)).toContain('Gemeente Maastricht');
	});

	it('the standing per sector on a peildatum; a date that is not a quarter end is refused', async () => {
		const { data, error } = await actors.editor.rpc('banenafspraak_stand', {
			region: REGION.zuidLimburg,
			peildatum: '2026-09-30'
		});
		expect(error).toBeNull();
		const rows = data as { sector: string; official: number; target: number; difference: number }[];
		expect(rows.map((row) => row.sector)).toEqual(['markt', 'overheid', 'totaal']);
		for (const row of rows) expect(row.difference).toBeCloseTo(row.official - row.target, 6);
		// UWV's K3 2026 stand of the seed: regulier 3,781.7 + 692.4, inleenverband 420 (split 76/24).
		expect(rows[2].official).toBeCloseTo(3781.7 + 692.4 + 420, 6);
		expect(rows[0].official).toBeCloseTo(3781.7 + 0.76 * 420, 6);
		const wrong = await actors.editor.rpc('banenafspraak_stand', {
			region: REGION.zuidLimburg,
			peildatum: '2026-09-29'
		});
		expect(wrong.error?.code).toBe('22023');
		expect(wrong.error?.message).toBe('peildatum_not_quarter_end');
	});

	it('another region’s member gets nothing from any of them', async () => {
		const region = REGION.zuidLimburg;
		const peildatum = '2026-09-30';
		for (const [fn, args] of [
			['banenafspraak_peildatum', { region, as_of: '2026-12-05' }],
			['banenafspraak_stand', { region, peildatum }],
			[
				'banenafspraak_series',
				{ region, from_date: '2026-03-31', to_date: '2026-12-31', actuals_upto: peildatum }
			],
			['banenafspraak_registered', { region, peildata: [peildatum] }],
			['banenafspraak_partners', { region, peildatum }],
			['banenafspraak_gemeenten', { region, peildatum }]
		] as const) {
			const { data, error } = await actors.tilburg.rpc(fn, args as never);
			expect(error, fn).toBeNull();
			expect(data, fn).toEqual([]);
			const member = await actors.viewer.rpc(fn, args as never);
			expect((member.data as unknown[]).length, fn).toBeGreaterThan(0);
		}
	});

	it('every member gets the region’s numbers: the viewer and the editor get what the coordinator gets', async () => {
		// A member reads only its own partner's plaatsingen (person-level, attack finding E.13); the summaries
		// still add up the whole region for every member.
		const region = REGION.zuidLimburg;
		const peildatum = '2026-09-30';
		for (const [fn, args] of [
			['banenafspraak_stand', { region, peildatum }],
			[
				'banenafspraak_series',
				{ region, from_date: '2025-03-31', to_date: '2026-12-31', actuals_upto: peildatum }
			],
			['banenafspraak_registered', { region, peildata: ['2025-06-30', peildatum] }],
			['banenafspraak_partners', { region, peildatum }],
			['banenafspraak_gemeenten', { region, peildatum }],
			['banenafspraak_report', { region, gemeente: null, peildatum }],
			['banenafspraak_first_start', { region }]
		] as const) {
			const coordinator = await actors.coordinator.rpc(fn, args as never);
			expect(coordinator.error, fn).toBeNull();
			expect(coordinator.data, fn).not.toEqual([]);
			expect(coordinator.data, fn).not.toBeNull();
			for (const name of ['viewer', 'editor'] as const) {
				const member = await actors[name].rpc(fn, args as never);
				expect(member.error, `${fn} ${who(name)}`).toBeNull();
				expect(member.data, `${fn} ${who(name)}`).toEqual(coordinator.data);
			}
			const tilburg = await actors.tilburg.rpc(fn, args as never);
			expect(tilburg.error, fn).toBeNull();
			expect(tilburg.data ?? [], `${fn} for Tilburg`).toEqual([]);
		}
		// The registration is the region's, not the viewer's own rows.
		const { count: own } = await actors.viewer
			.from('placements')
			.select('id', { count: 'exact', head: true });
		const stand = (await actors.viewer.rpc('banenafspraak_stand', { region, peildatum })).data as {
			sector: string;
			registered_placements: number;
		}[];
		expect(stand.find((row) => row.sector === 'totaal')!.registered_placements).toBeGreaterThan(own ?? 0);
	});

	it('the report section is one JSON value with a stable shape', async () => {
		const { data, error } = await actors.viewer.rpc('banenafspraak_report', {
			region: REGION.zuidLimburg,
			gemeente: null,
			peildatum: '2026-09-30'
		});
		expect(error).toBeNull();
		const report = data as Record<string, unknown>;
		expect(Object.keys(report).sort()).toEqual(
			[
				'gemeente',
				'gemeenten',
				'inleenKeyMarkt',
				'model',
				'partners',
				'peildatum',
				'series',
				'standing'
			].sort()
		);
		expect(report.model).toBe('stand');
		expect(report.peildatum).toBe('2026-09-30');
		expect((report.standing as { sector: string }[]).map((row) => row.sector)).toEqual([
			'totaal',
			'markt',
			'overheid'
		]);
		const tilburg = await actors.tilburg.rpc('banenafspraak_report', {
			region: REGION.zuidLimburg,
			gemeente: null,
			peildatum: '2026-09-30'
		});
		expect(tilburg.data).toBeNull();
	});
});

describe('counting: a stock at the peildatum, on more rows than one request returns', () => {
	const registered = async (peildata: string[]) => {
		const { data, error } = await actors.tilburg.rpc('banenafspraak_registered', {
			region: REGION.middenBrabant,
			peildata
		});
		expect(error).toBeNull();
		return new Map(
			(data as { peildatum: string; markt: number | null; totaal: number | null }[]).map((row) => [
				row.peildatum,
				row
			])
		);
	};

	it('1,200 plaatsingen of 25.5 hours are 1,200 jobs; ended ones and those outside the register do not count', async () => {
		const before = await registered(['2015-03-31', '2016-03-31']);
		const lines = Array.from({ length: 1200 }, (_, i) =>
			placement(ORG.tilburg, marker, {
				start_date: '2015-01-05',
				// Every tenth ended on 2015-12-31: in the stock of 2015, not of 2016.
				end_date: i % 10 === 0 ? '2015-12-31' : null,
				employer_name: `Werkgever ${i % 37}`
			})
		);
		for (let i = 0; i < lines.length; i += 400) {
			const { error } = await service.from('placements').insert(lines.slice(i, i + 400));
			expect(error).toBeNull();
		}
		// Not in the doelgroepregister: never counted.
		const { error } = await service
			.from('placements')
			.insert(placement(ORG.tilburg, marker, { start_date: '2015-01-05', in_doelgroepregister: false }));
		expect(error).toBeNull();
		expect(await countRows('placements', { note: marker })).toBe(1201);

		const after = await registered(['2015-03-31', '2016-03-31']);
		const delta = (date: string) => (after.get(date)?.totaal ?? 0) - (before.get(date)?.totaal ?? 0);
		expect(delta('2015-03-31')).toBeCloseTo(1200, 6);
		expect(delta('2016-03-31')).toBeCloseTo(1080, 6);
		expect((after.get('2015-03-31')?.markt ?? 0) - (before.get('2015-03-31')?.markt ?? 0)).toBeCloseTo(
			1200,
			6
		);
	});
});
