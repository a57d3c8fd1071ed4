// Reports to the councils (report_versions): members of the region read its published reports, only the
// coordinator (coordinator or admin of the lead organisation) publishes, drafts are the coordinator's own, and a
// published version never changes again: not through the API by the coordinator, not even with the service key.
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

const actors = demoActors();

/** A year no seed or other test uses, and a quarter per test so every test has its own series. */
const YEAR = 2098;
const CODE_IMMUTABLE = 'report_published_immutable';
const CODE_NO_DELETE = 'report_published_delete';

function report(values: Record<string, unknown> = {}) {
	return {
		region_id: REGION.zuidLimburg,
		organisation_id: ORG.maastricht,
		period_year: YEAR,
		period_quarter: 1,
		status: 'published',
		title: `Rapportage ${randomUUID().slice(0, 8)}`,
		introduction: 'Inleiding',
		conclusion: 'Conclusie',
		sections: ['baanafspraken'],
		snapshot: { schemaVersion: 1, sections: { baanafspraken: { region: { current: { persons: 7 } } } } },
		reference_date: `${YEAR}-03-31`,
		...values
	};
}

async function publishAsCoordinator(values: Record<string, unknown> = {}) {
	const { data, error } = await actors.coordinator
		.from('report_versions')
		.insert(report(values))
		.select()
		.single();
	if (error) throw new Error(`publishing failed: ${error.message}`);
	return data as Record<string, unknown> & { id: string };
}

describe('report_versions: publishing', () => {
	it('anon has no access at all', async () => {
		expectPermissionDenied(await actors.anon.from('report_versions').select('id'), 'report_versions');
		expectPermissionDenied(await actors.anon.from('report_versions').insert(report()), 'report_versions');
	});

	it('the coordinator publishes; the database numbers the version and records who published it, and when', async () => {
		const before = Date.now();
		const first = await publishAsCoordinator({
			period_quarter: 2,
			// Claims the client may not make: all replaced by the database.
			version: 99,
			published_by: DEMO.editor.id,
			publisher_name: 'Iemand anders',
			published_at: '2000-01-01T00:00:00Z'
		});
		const profile = await serviceRow('profiles', DEMO.coordinator.id);
		expect(first).toMatchObject({
			version: 1,
			status: 'published',
			published_by: DEMO.coordinator.id,
			created_by: DEMO.coordinator.id,
			publisher_name: profile?.display_name
		});
		expect(new Date(first.published_at as string).getTime()).toBeGreaterThanOrEqual(before - 5000);
		const second = await publishAsCoordinator({ period_quarter: 2 });
		expect(second.version).toBe(2);
		// Another scope of the same period is another series.
		const regional = await publishAsCoordinator({ period_quarter: 2, organisation_id: null });
		expect(regional.version).toBe(1);
	});

	it(`the admin of the lead organisation also publishes`, async () => {
		const { data, error } = await actors.admin
			.from('report_versions')
			.insert(report({ period_quarter: 3 }))
			.select('version')
			.single();
		expect(error).toBeNull();
		expect(data?.version).toBe(1);
	});

	for (const name of ['viewer', 'editor', 'tilburg'] as const satisfies DemoName[]) {
		it(`the ${who(name)} cannot publish, and nothing is stored`, async () => {
			const title = `Geweigerd ${randomUUID()}`;
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
			await actors.coordinator.from('report_versions').insert(report({ organisation_id: ORG.tilburg })),
			'23514',
			'report_gemeente_outside_region'
		);
		expectError(
			await actors.coordinator
				.from('report_versions')
				.insert(report({ organisation_id: ORG.uwvZuidLimburg })),
			'23514',
			'report_scope_not_gemeente'
		);
	});
});

describe('report_versions: reading', () => {
	let published: { id: string };
	let draft: { id: string };
	beforeAll(async () => {
		published = await publishAsCoordinator({ period_quarter: 4 });
		draft = await publishAsCoordinator({ period_quarter: 4, status: 'draft' });
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
	it('the coordinator changes a draft, and publishing it gives it the next version', async () => {
		const draft = await publishAsCoordinator({ period_quarter: 1, period_year: YEAR - 1, status: 'draft' });
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
		expect(publish.error).toBeNull();
		expect(publish.data).toEqual([{ version: 1, published_by: DEMO.coordinator.id }]);
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
		const draft = await publishAsCoordinator({ period_quarter: 2, period_year: YEAR - 1, status: 'draft' });
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
