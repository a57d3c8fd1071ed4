// Reports to the councils (report_versions): members of the region read its published reports, only the
// coordinator (coordinator or admin of the lead organisation) publishes, drafts are the coordinator's own, and a
// published version never changes again: not through the API by the coordinator, not even with the service key.
// Publishing goes through publish_report(), which builds the snapshot in the database from the figures; a
// published version with a snapshot from the client is refused (attack finding 3, issue 13's last item).
import { beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import {
	DEMO,
	ORG,
	REGION,
	demoActors,
	expectError,
	expectPermissionDenied,
	expectRlsViolation,
	service,
	serviceRow,
	who,
	type DemoName
} from './rls-fixtures';
import { collectSnapshot, COLLECTED_IN_APP } from '$lib/data/reports';
import { listGoals } from '$lib/data/goals';
import { standing, trajectory } from '$lib/domain/goals';
import type { BudgetOverviewFacts } from '$lib/domain/budget';
import {
	REPORT_SECTIONS,
	isSectionId,
	keyFiguresOf,
	readStoredSnapshot,
	sectionsOf,
	type BanenafspraakSnapshot,
	type BudgetSnapshot,
	type GoalsSnapshot,
	type ReportPeriod,
	type ReportScope,
	type SectionId
} from '$lib/domain/report';

const actors = demoActors();

/** A year no seed or other test uses, and a quarter per test so every test has its own series. */
// A year long past that the seed has no reports for (a report's period must have begun).
const YEAR = 2016;
const CODE_IMMUTABLE = 'report_published_immutable';
const CODE_NO_DELETE = 'report_published_delete';

const CODE_VIA_FUNCTION = 'report_publish_through_function';

/** A row as a client would insert it (a draft unless told otherwise), with a snapshot of its own making. */
function report(values: Record<string, unknown> = {}) {
	return {
		region_id: REGION.zuidLimburg,
		organisation_id: ORG.maastricht,
		period_year: YEAR,
		period_quarter: 1,
		status: 'draft',
		title: `Rapportage ${randomUUID().slice(0, 8)}`,
		introduction: 'Inleiding',
		conclusion: 'Conclusie',
		sections: ['overleggen'],
		snapshot: { schemaVersion: 1, sections: { baanafspraken: { region: { current: { persons: 7 } } } } },
		reference_date: `${YEAR}-03-31`,
		...values
	};
}

/** The arguments of publish_report(): the choices and the text, never figures. */
function publication(values: Record<string, unknown> = {}) {
	return {
		region: REGION.zuidLimburg,
		gemeente: ORG.maastricht,
		period_year: YEAR,
		period_quarter: 1,
		title: `Rapportage ${randomUUID().slice(0, 8)}`,
		introduction: 'Inleiding',
		conclusion: 'Conclusie',
		sections: ['overleggen'],
		...values
	};
}

async function publishAs(name: DemoName, values: Record<string, unknown> = {}) {
	const { data, error } = await actors[name].rpc('publish_report', publication(values) as never).single();
	if (error) throw new Error(`publishing failed: ${error.message}`);
	const row = await serviceRow('report_versions', (data as { id: string }).id);
	return row as Record<string, unknown> & { id: string };
}

const publishAsCoordinator = (values: Record<string, unknown> = {}) => publishAs('coordinator', values);

async function draftAsCoordinator(values: Record<string, unknown> = {}) {
	const { data, error } = await actors.coordinator
		.from('report_versions')
		.insert(report(values))
		.select()
		.single();
	if (error) throw new Error(`saving a draft failed: ${error.message}`);
	return data as Record<string, unknown> & { id: string };
}

describe('report_versions: publishing', () => {
	it('anon has no access at all', async () => {
		expectPermissionDenied(await actors.anon.from('report_versions').select('id'), 'report_versions');
		expectPermissionDenied(await actors.anon.from('report_versions').insert(report()), 'report_versions');
		const { error } = await actors.anon.rpc('publish_report', publication() as never);
		expect(['42501', 'PGRST202']).toContain(error?.code);
	});

	it('the coordinator publishes; the database numbers the version and records who published it, and when', async () => {
		const before = Date.now();
		const first = await publishAsCoordinator({ period_quarter: 2 });
		const profile = await serviceRow('profiles', DEMO.coordinator.id);
		expect(first).toMatchObject({
			version: 1,
			status: 'published',
			published_by: DEMO.coordinator.id,
			created_by: DEMO.coordinator.id,
			publisher_name: profile?.display_name,
			reference_date: `${YEAR}-06-30`
		});
		expect(new Date(first.published_at as string).getTime()).toBeGreaterThanOrEqual(before - 5000);
		const second = await publishAsCoordinator({ period_quarter: 2 });
		expect(second.version).toBe(2);
		// Another scope of the same period is another series.
		const regional = await publishAsCoordinator({ period_quarter: 2, gemeente: null });
		expect(regional.version).toBe(1);
	});

	it(`the admin of the lead organisation also publishes`, async () => {
		expect((await publishAs('admin', { period_quarter: 3 })).version).toBe(1);
	});

	for (const name of ['viewer', 'editor', 'tilburg'] as const satisfies DemoName[]) {
		it(`the ${who(name)} cannot publish, and nothing is stored`, async () => {
			const title = `Geweigerd ${randomUUID()}`;
			expectError(
				await actors[name].rpc('publish_report', publication({ title }) as never),
				'42501',
				'report_publish_coordinator_only'
			);
			expectRlsViolation(
				await actors[name].from('report_versions').insert(report({ title })),
				'report_versions'
			);
			const { count } = await service
				.from('report_versions')
				.select('id', { count: 'exact', head: true })
				.eq('title', title);
			expect(count).toBe(0);
		});
	}

	it('a report is about a gemeente of the region, not a partner of another region or another kind', async () => {
		expectError(
			await actors.coordinator.rpc('publish_report', publication({ gemeente: ORG.tilburg }) as never),
			'23514',
			'report_gemeente_outside_region'
		);
		expectError(
			await actors.coordinator.rpc('publish_report', publication({ gemeente: ORG.uwvZuidLimburg }) as never),
			'23514',
			'report_scope_not_gemeente'
		);
	});

	it('unknown or repeated sections, and a period that is not one, are refused', async () => {
		for (const sections of [[], ['verzonnen'], ['overleggen', 'overleggen']]) {
			expectError(
				await actors.coordinator.rpc('publish_report', publication({ sections }) as never),
				'22023',
				'report_sections_invalid'
			);
		}
		for (const period of [{ period_quarter: 5 }, { period_year: 1999 }]) {
			expectError(
				await actors.coordinator.rpc('publish_report', publication(period) as never),
				'22023',
				'report_period_invalid'
			);
		}
	});

	it('a period that has not begun is refused: no permanent report about the future (attack 5 Dec, B)', async () => {
		const now = new Date();
		const nextQuarter = Math.floor(now.getUTCMonth() / 3) + 2;
		const future = [
			{ period_year: 2030, period_quarter: 4 },
			{ period_year: now.getUTCFullYear() + 1, period_quarter: null },
			nextQuarter <= 4
				? { period_year: now.getUTCFullYear(), period_quarter: nextQuarter }
				: { period_year: now.getUTCFullYear() + 1, period_quarter: 1 }
		];
		for (const period of future) {
			for (const rpc of ['publish_report', 'report_draft_snapshot'] as const) {
				const args = publication(period) as Record<string, unknown>;
				const call =
					rpc === 'publish_report'
						? actors.coordinator.rpc(rpc, args as never)
						: actors.coordinator.rpc(rpc, {
								region: args.region,
								gemeente: args.gemeente,
								period_year: args.period_year,
								period_quarter: args.period_quarter,
								sections: args.sections
							} as never);
				expectError(await call, '22023', 'report_period_not_begun');
			}
		}
		const { count } = await service
			.from('report_versions')
			.select('id', { count: 'exact', head: true })
			.eq('period_year', 2030);
		expect(count).toBe(0);
	});
});

describe('report_versions: the snapshot comes from the database (attack finding 3)', () => {
	const madeUp = {
		region_id: REGION.zuidLimburg,
		period_year: 2026,
		period_quarter: 3,
		status: 'published',
		title: 'Verzonnen rapportage',
		introduction: 'Alles gaat geweldig',
		sections: ['baanafspraken'],
		snapshot: { made_up: true, baanafspraken: { total_jobs: 999999 } },
		reference_date: '2026-09-30'
	};

	it('the coordinator cannot insert a published version with figures of its own, malformed or well-formed', async () => {
		const wellFormed = {
			...madeUp,
			title: 'Verzonnen, goed gevormd',
			sections: ['overleggen'],
			snapshot: {
				schemaVersion: 1,
				region: { id: REGION.zuidLimburg, name: 'Zuid-Limburg' },
				scope: { kind: 'region' },
				period: { year: 2026, quarter: 3 },
				referenceDate: '2026-09-30',
				collectedAt: new Date().toISOString(),
				sections: {
					overleggen: {
						asOf: '2026-09-30',
						gemeente: null,
						meetings: [
							{
								id: randomUUID(),
								title: 'Verzonnen overleg',
								startsAt: '2026-09-01T10:00:00Z',
								date: '2026-09-01',
								location: null,
								decisions: [{ item: 'x', body: 'Alles goedgekeurd' }],
								openActions: []
							}
						]
					}
				}
			}
		};
		for (const row of [madeUp, wellFormed] as Record<string, unknown>[]) {
			expectError(
				await actors.coordinator.from('report_versions').insert(row).select(),
				'42501',
				CODE_VIA_FUNCTION
			);
		}
		const { count } = await service
			.from('report_versions')
			.select('id', { count: 'exact', head: true })
			.in('title', [madeUp.title, wellFormed.title]);
		expect(count).toBe(0);
	});

	it('a draft with made-up figures cannot be turned into a published version, not even with the service key', async () => {
		const draft = await draftAsCoordinator({ period_quarter: 3, period_year: YEAR - 2 });
		expectError(
			await actors.coordinator
				.from('report_versions')
				.update({ status: 'published' })
				.eq('id', draft.id)
				.select(),
			'42501',
			CODE_VIA_FUNCTION
		);
		const viaService = await service
			.from('report_versions')
			.update({ status: 'published' })
			.eq('id', draft.id)
			.select();
		expect(viaService.error?.message).toBe(CODE_VIA_FUNCTION);
		expect(
			await service
				.from('report_versions')
				.insert({ ...madeUp, title: 'Dienst' })
				.select()
		).toMatchObject({
			error: { message: CODE_VIA_FUNCTION }
		});
		expect((await serviceRow('report_versions', draft.id))?.status).toBe('draft');
	});

	it('publish_report takes no figures: the stored snapshot is the meetings of the period as the database holds them', async () => {
		const published = await publishAsCoordinator({
			gemeente: null,
			period_year: 2026,
			period_quarter: 4,
			sections: ['overleggen']
		});
		const snapshot = published.snapshot as {
			builtBy: string;
			scope: unknown;
			referenceDate: string;
			sections: Record<string, { meetings: { id: string; decisions: unknown[]; openActions: unknown[] }[] }>;
		};
		expect(snapshot).toMatchObject({
			builtBy: 'database',
			scope: { kind: 'region' },
			referenceDate: '2026-12-31'
		});
		expect(Object.keys(snapshot.sections)).toEqual(['overleggen']);
		const { data: meetings } = await service
			.from('meetings')
			.select('id, starts_at, meeting_decisions(id), meeting_actions(id, status)')
			.eq('region_id', REGION.zuidLimburg)
			.gte('starts_at', '2026-09-30T22:00:00Z')
			.lt('starts_at', '2026-12-31T23:00:00Z')
			.order('starts_at');
		expect(meetings!.length).toBeGreaterThan(0);
		expect(snapshot.sections.overleggen.meetings.map((meeting) => meeting.id)).toEqual(
			meetings!.map((m) => m.id)
		);
		snapshot.sections.overleggen.meetings.forEach((meeting, i) => {
			expect(meeting.decisions).toHaveLength(meetings![i].meeting_decisions.length);
			expect(meeting.openActions).toHaveLength(
				meetings![i].meeting_actions.filter((a) => a.status === 'open').length
			);
		});
	});

	it('report_sections_in_database() lists exactly the sections publish_report() builds', async () => {
		const { data, error } = await actors.viewer.rpc('report_sections_in_database');
		expect(error).toBeNull();
		const built = data as string[];
		expect(built).toContain('overleggen');
		for (const [i, section] of ['baanafspraken', 'budgetten', 'doelen', 'netwerk', 'overleggen'].entries()) {
			const result = await actors.coordinator.rpc(
				'publish_report',
				publication({ period_year: YEAR - 3, period_quarter: 1 + (i % 4), sections: [section] }) as never
			);
			if (built.includes(section)) expect(result.error, section).toBeNull();
			else expectError(result, '22023', 'report_section_not_in_database');
		}
	});

	it('a section the database does not build yet is refused by name, and nothing is stored', async () => {
		const title = `Nog niet ${randomUUID()}`;
		const result = await actors.coordinator.rpc(
			'publish_report',
			publication({ title, sections: ['overleggen', 'netwerk'] }) as never
		);
		expectError(result, '22023', 'report_section_not_in_database');
		expect(result.error?.details).toBe('netwerk');
		const { count } = await service
			.from('report_versions')
			.select('id', { count: 'exact', head: true })
			.eq('title', title);
		expect(count).toBe(0);
	});
});

describe('report_versions: reading', () => {
	let published: { id: string };
	let draft: { id: string };
	beforeAll(async () => {
		published = await publishAsCoordinator({ period_quarter: 4 });
		draft = await draftAsCoordinator({ period_quarter: 4 });
	});

	for (const name of ['viewer', 'editor', 'coordinator', 'admin'] as const satisfies DemoName[]) {
		it(`the ${who(name)} reads the region's published report`, async () => {
			const { data, error } = await actors[name].from('report_versions').select('id').eq('id', published.id);
			expect(error).toBeNull();
			expect(data).toEqual([{ id: published.id }]);
		});
	}

	it(`the ${who('tilburg')} reads no report of another region`, async () => {
		const { data, error } = await actors.tilburg
			.from('report_versions')
			.select('id')
			.in('id', [published.id, draft.id]);
		expect(error).toBeNull();
		expect(data).toEqual([]);
	});

	it('a draft is read by the coordinator only', async () => {
		for (const name of ['viewer', 'editor'] as const) {
			const { data } = await actors[name].from('report_versions').select('id').eq('id', draft.id);
			expect(data, who(name)).toEqual([]);
		}
		const { data } = await actors.coordinator
			.from('report_versions')
			.select('id, version')
			.eq('id', draft.id);
		expect(data).toEqual([{ id: draft.id, version: null }]);
	});
});

describe('report_versions: a published version never changes', () => {
	it('the coordinator changes a draft, but publishing it directly is refused', async () => {
		const draft = await draftAsCoordinator({ period_quarter: 1, period_year: YEAR - 1 });
		const { data, error } = await actors.coordinator
			.from('report_versions')
			.update({ introduction: 'Nieuwe inleiding' })
			.eq('id', draft.id)
			.select('introduction, status');
		expect(error).toBeNull();
		expect(data).toEqual([{ introduction: 'Nieuwe inleiding', status: 'draft' }]);
		const publish = await actors.coordinator
			.from('report_versions')
			.update({ status: 'published' })
			.eq('id', draft.id)
			.select('version, published_by');
		expectError(publish, '42501', CODE_VIA_FUNCTION);
	});

	it('the coordinator cannot change the snapshot, the text or the status of a published version', async () => {
		const published = await publishAsCoordinator({ period_quarter: 1 });
		const before = await serviceRow('report_versions', published.id);
		for (const change of [
			{
				snapshot: { schemaVersion: 1, sections: { baanafspraken: { region: { current: { persons: 8 } } } } }
			},
			{ introduction: 'Herschreven' },
			{ status: 'draft' }
		]) {
			expectError(
				await actors.coordinator.from('report_versions').update(change).eq('id', published.id).select(),
				'42501',
				CODE_IMMUTABLE
			);
		}
		expectError(
			await actors.coordinator.from('report_versions').delete().eq('id', published.id).select(),
			'42501',
			CODE_NO_DELETE
		);
		expect(await serviceRow('report_versions', published.id)).toEqual(before);
	});

	it('not even the service key changes or removes a published version', async () => {
		const published = await publishAsCoordinator({ period_quarter: 1 });
		const before = await serviceRow('report_versions', published.id);
		const update = await service
			.from('report_versions')
			.update({ snapshot: { schemaVersion: 1, sections: {} } })
			.eq('id', published.id)
			.select();
		expect(update.error?.message).toBe(CODE_IMMUTABLE);
		const remove = await service.from('report_versions').delete().eq('id', published.id).select();
		expect(remove.error?.message).toBe(CODE_NO_DELETE);
		expect(await serviceRow('report_versions', published.id)).toEqual(before);
	});

	it('members who are not the coordinator change nothing, not even a draft', async () => {
		const draft = await draftAsCoordinator({ period_quarter: 2, period_year: YEAR - 1 });
		for (const name of ['viewer', 'editor', 'tilburg'] as const) {
			const { data, error } = await actors[name]
				.from('report_versions')
				.update({ introduction: 'Gekaapt' })
				.eq('id', draft.id)
				.select();
			expect(error, who(name)).toBeNull();
			expect(data, who(name)).toEqual([]);
		}
		expect((await serviceRow('report_versions', draft.id))?.introduction).toBe('Inleiding');
	});

	it('publishing is written to the audit log', async () => {
		const published = await publishAsCoordinator({ period_quarter: 3, period_year: YEAR - 1 });
		const { data } = await service
			.from('audit_log')
			.select('action, user_id, region_id')
			.eq('table_name', 'report_versions')
			.eq('row_id', published.id);
		expect(data).toEqual([{ action: 'INSERT', user_id: DEMO.coordinator.id, region_id: REGION.zuidLimburg }]);
	});
});

describe('report_versions: every section publish_report() stores is built from the rows, as the draft shows it', () => {
	type Snapshot = { sections: Record<string, unknown> } & Record<string, unknown>;

	async function builtSections(): Promise<SectionId[]> {
		const { data, error } = await actors.coordinator.rpc('report_sections_in_database');
		expect(error).toBeNull();
		return (data as string[]).filter(isSectionId);
	}

	async function regionRequest(scope: ReportScope, period: ReportPeriod, sections: SectionId[]) {
		const { data: region } = await service
			.from('regions')
			.select('id, name, demo_data')
			.eq('id', REGION.zuidLimburg)
			.single();
		const { data: partners } = await service
			.from('organisations')
			.select('id, name')
			.eq('region_id', REGION.zuidLimburg);
		return {
			region: { id: region!.id, name: region!.name, demoData: region!.demo_data },
			partners: partners!,
			scope,
			period,
			sections
		};
	}

	it('the database builds every section but the network health check; the app collects only that one', async () => {
		const built = await builtSections();
		expect(built).toEqual(['baanafspraken', 'budgetten', 'doelen', 'overleggen']);
		expect([...built, ...COLLECTED_IN_APP].sort()).toEqual([...REPORT_SECTIONS].sort());
	});

	const cases: [string, ReportScope, ReportPeriod][] = [
		['the region, 2026 Q3', { kind: 'region' }, { year: 2026, quarter: 3 }],
		['Maastricht, 2025 Q2', { kind: 'gemeente', organisationId: ORG.maastricht }, { year: 2025, quarter: 2 }]
	];
	it.each(cases)(
		'%s: the published snapshot is the draft the builder shows, section by section',
		async (_, scope, period) => {
			const sections = await builtSections();
			const draft = await collectSnapshot(actors.coordinator, await regionRequest(scope, period, sections));
			const published = await publishAsCoordinator({
				gemeente: scope.kind === 'gemeente' ? scope.organisationId : null,
				period_year: period.year,
				period_quarter: period.quarter,
				sections
			});
			const stored = readStoredSnapshot(published.snapshot);
			expect(stored.readable).toBe(true);
			if (!stored.readable) return;
			expect(stored.unreadableSections).toEqual([]);
			expect(sectionsOf(stored.snapshot)).toEqual(sections);
			const { collectedAt: _draftAt, ...draftRest } = draft;
			const { collectedAt: _publishedAt, ...publishedRest } = stored.snapshot;
			expect(publishedRest).toEqual(draftRest);
			// Real figures in each section, not empty shells.
			const data = stored.snapshot.sections;
			expect(data.doelen!.goals.length).toBeGreaterThan(0);
			expect(data.budgetten!.region.committed).toBeGreaterThan(0);
			expect((data.baanafspraken as BanenafspraakSnapshot).standing.length).toBeGreaterThan(0);
			expect(stored.snapshot.region.demoData).toBe(draft.region.demoData);
			expect(keyFiguresOf(stored.snapshot)).toEqual(keyFiguresOf(draft));
		}
	);

	it('a placement changed before publishing changes the published registration; the earlier version keeps its own', async () => {
		const { data: candidates } = await service
			.from('placements')
			.select('id, hours_per_week')
			.eq('organisation_id', ORG.maastricht)
			.eq('in_doelgroepregister', true)
			.lte('start_date', '2025-06-30')
			.or('end_date.is.null,end_date.gte.2025-06-30')
			.lte('hours_per_week', 30)
			.limit(1);
		expect(candidates).toHaveLength(1);
		const placement = candidates![0];
		const registered = (row: Record<string, unknown>) =>
			(
				row.snapshot as Snapshot & { sections: { baanafspraken: BanenafspraakSnapshot } }
			).sections.baanafspraken.standing.find((s) => s.sector === 'totaal')!.registered;
		const choice = { gemeente: null, period_year: 2025, period_quarter: 2, sections: ['baanafspraken'] };
		const before = await publishAsCoordinator(choice);
		try {
			// Maastricht's own editor corrects the hours, with its own JWT.
			const { error } = await actors.editor
				.from('placements')
				.update({ hours_per_week: Number(placement.hours_per_week) + 10 })
				.eq('id', placement.id);
			expect(error).toBeNull();
			const after = await publishAsCoordinator(choice);
			expect(after.version).toBe((before.version as number) + 1);
			expect(registered(after)).toBeCloseTo(registered(before) + 10 / 25.5, 6);
			expect(registered((await serviceRow('report_versions', before.id))!)).toBe(registered(before));
		} finally {
			await service
				.from('placements')
				.update({ hours_per_week: placement.hours_per_week })
				.eq('id', placement.id);
		}
	});

	it('the goals section stands each goal as the goal pages do: the same actual values, the same standing', async () => {
		const reference = '2026-09-30';
		const goals = await listGoals(actors.coordinator, REGION.zuidLimburg, new Date());
		const { data: points, error } = await actors.coordinator.rpc('goal_actual_points', {
			region: REGION.zuidLimburg
		});
		expect(error).toBeNull();
		const rows = points as { goal_id: string; point_date: string; value: number }[];
		expect(goals.some((g) => g.source === 'baanafspraken' && g.actuals.length > 0)).toBe(true);
		for (const goal of goals) {
			const sql = rows
				.filter((r) => r.goal_id === goal.id)
				.map((r) => ({ date: r.point_date, value: Number(r.value) }))
				.sort((a, b) => (a.date < b.date ? -1 : 1));
			expect(sql, goal.title).toEqual(goal.actuals.map((a) => ({ date: a.date, value: a.value })));
		}
		const published = await publishAsCoordinator({
			gemeente: null,
			period_year: 2026,
			period_quarter: 3,
			sections: ['doelen']
		});
		const section = (published.snapshot as { sections: { doelen: GoalsSnapshot } }).sections.doelen;
		expect(section.goals.map((g) => g.id).sort()).toEqual(goals.map((g) => g.id).sort());
		for (const goal of goals) {
			const expected = standing(
				trajectory(goal),
				goal.actuals.filter((a) => a.date <= reference)
			);
			const row = section.goals.find((g) => g.id === goal.id)!;
			expect(row.standing, goal.title).toBe(expected.standing);
			expect(row.actualDate).toBe(expected.actual?.date ?? null);
			expect(row.expected).toBeCloseTo(expected.expected ?? 0, 2);
		}
	});

	it('a gemeente’s report: the goals it contributes to with its commitment, the year’s budget from budget_overview', async () => {
		const published = await publishAsCoordinator({
			gemeente: ORG.maastricht,
			period_year: 2025,
			period_quarter: null,
			sections: ['doelen', 'budgetten']
		});
		const sections = (
			published.snapshot as { sections: { doelen: GoalsSnapshot; budgetten: BudgetSnapshot } }
		).sections;
		const { data: contributions } = await service
			.from('goal_contributions')
			.select('goal_id, commitment_value, commitment_text')
			.eq('organisation_id', ORG.maastricht);
		expect(sections.doelen.gemeente).toEqual({ id: ORG.maastricht, name: 'Gemeente Maastricht' });
		expect(sections.doelen.goals.map((g) => g.id).sort()).toEqual(
			contributions!.map((c) => c.goal_id).sort()
		);
		for (const goal of sections.doelen.goals) {
			const own = contributions!.find((c) => c.goal_id === goal.id)!;
			expect(goal.gemeenteCommitment).toEqual({
				value: own.commitment_value === null ? null : Number(own.commitment_value),
				text: own.commitment_text
			});
		}
		// The budget section picks the year out of budget_overview, the budget page's one summary.
		const { data: overview } = await actors.coordinator.rpc('budget_overview', {
			region: REGION.zuidLimburg,
			budget_year: 2025,
			gemeente: ORG.maastricht
		});
		const facts = overview as unknown as BudgetOverviewFacts;
		const budget = sections.budgetten;
		expect(budget.year).toBe(2025);
		expect(budget.region.committed).toBe(Number(facts.totals.committed));
		expect(budget.region.previousCommitted).toBe(Number(facts.totals.previous_committed));
		expect(budget.years.every((y) => y.year <= 2025)).toBe(true);
		expect(budget.gemeente).toMatchObject({
			organisationId: ORG.maastricht,
			committed: Number(facts.gemeente!.committed),
			share: Number(facts.gemeente!.share)
		});
		expect(budget.programmes.length).toBeGreaterThan(0);
		for (const programme of budget.programmes) {
			const source = facts.programmes.find((p) => p.name === programme.name)!;
			const year = (y: number) => source.years.find((row) => row.year === y);
			expect(programme.committed).toBe(Number(year(2025)?.committed ?? 0));
			expect(programme.windowVerdict).toBe(source.verdict);
			expect(programme.flagged).toBe(source.verdict === 'aandacht' || source.verdict === 'zwak');
			const previous = Number(year(2024)?.committed ?? 0);
			if (previous > 0) expect(programme.change).toBeCloseTo(programme.committed / previous - 1, 6);
			else expect(programme.change).toBeNull();
		}
		const committed = budget.partners.map((p) => p.committed);
		expect(committed).toEqual([...committed].sort((a, b) => b - a));
	});

	it('a viewer, an editor and another region read a draft of their own region only, and publish nothing', async () => {
		for (const name of ['viewer', 'editor'] as const) {
			const { data, error } = await actors[name].rpc('report_draft_snapshot', {
				region: REGION.zuidLimburg,
				gemeente: null as unknown as string,
				period_year: 2026,
				period_quarter: 3,
				sections: ['budgetten']
			});
			expect(error).toBeNull();
			expect((data as Snapshot).sections.budgetten).toBeDefined();
			expectError(
				await actors[name].rpc('publish_report', publication({ sections: ['budgetten'] }) as never),
				'42501',
				'report_publish_coordinator_only'
			);
		}
		expectError(
			await actors.tilburg.rpc('report_draft_snapshot', {
				region: REGION.zuidLimburg,
				gemeente: null as unknown as string,
				period_year: 2026,
				period_quarter: 3,
				sections: ['budgetten']
			}),
			'42501',
			'report_draft_members_only'
		);
		// Nor does another region read the goals' actual values.
		const foreign = await actors.tilburg.rpc('goal_actual_points', { region: REGION.zuidLimburg });
		expect(foreign.error).toBeNull();
		expect(foreign.data).toEqual([]);
		const own = await actors.viewer.rpc('goal_actual_points', { region: REGION.zuidLimburg });
		expect((own.data ?? []).length).toBeGreaterThan(0);
	});
});
