// Shared fixtures for the RLS tests of the figures (placements, regional_targets, programmes,
// budget_commitments): seeded programme ids, row builders, throwaway rows made with the service key and
// removed after each test, counts and snapshots read with the service key.
import { randomUUID } from 'node:crypto';
import type { Sector } from '$lib/domain/enums';
import { Cleanup, ORG, REGION, service, serviceRow, serviceUpdate, type Row } from './rls-fixtures';

export const PROGRAMME = {
	werkgeversservicepunt: 'c0000000-0000-4000-8000-000000000001',
	loonwaardebepaling: 'c0000000-0000-4000-8000-000000000002',
	jobcoachpool: 'c0000000-0000-4000-8000-000000000003'
} as const;

export type FigureTable = 'placements' | 'regional_targets' | 'programmes' | 'budget_commitments';

/** Every row a test file creates carries this marker (in note, name or description) and a far year. */
export function newMarker(label: string): string {
	return `rls-${label}-${randomUUID().slice(0, 8)}`;
}

/** Years no seed uses, so test rows never collide with the demo figures. */
export const TEST_YEAR = 2099;

export interface PlacementInput extends Row {
	organisation_id: string;
	sector: Sector | null;
	person_key: string;
	woongemeente: string;
	in_doelgroepregister: boolean;
	start_date: string;
	hours_per_week: number;
	note: string;
}

/** A kandidaatnummer no seed uses (RLS-…), so every test plaatsing is a person of its own. */
export function testPersonKey(): string {
	return `RLS-${randomUUID().slice(0, 8).toUpperCase()}`;
}

/**
 * One plaatsing (one person in one job) of a partner: a person of its own, living in Maastricht (or Tilburg for a
 * partner of Midden-Brabant), started in 2014 (a start date may not lie in the future), 25.5 hours a week.
 */
export function placement(
	organisationId: string,
	marker: string,
	values: Partial<PlacementInput> = {}
): PlacementInput {
	const middenBrabant = [ORG.tilburg, ORG.waalwijk].includes(organisationId as never);
	return {
		organisation_id: organisationId,
		sector: 'markt',
		person_key: testPersonKey(),
		woongemeente: middenBrabant ? 'GM0855' : 'GM0935',
		in_doelgroepregister: true,
		start_date: '2014-01-06',
		end_date: null,
		hours_per_week: 25.5,
		hours_checked: false,
		// A bulk insert sends every key of every row (PostgREST fills a missing one with null, not the default).
		klantgroep: 'gemeente',
		dienstverband: 'regulier',
		employer_kvk: null,
		instrument: 'jobcoaching',
		employer_name: 'Testwerkgever BV',
		note: marker,
		...values
	};
}

export interface CommitmentInput extends Row {
	programme_id: string;
	organisation_id: string;
	year: number;
	committed_amount: number;
	note: string;
}

export function commitment(
	organisationId: string,
	marker: string,
	values: Partial<CommitmentInput> = {}
): CommitmentInput {
	return {
		programme_id: PROGRAMME.werkgeversservicepunt,
		organisation_id: organisationId,
		year: TEST_YEAR,
		committed_amount: 12500,
		committed_staff_hours: 40,
		note: marker,
		...values
	};
}

// ---------------------------------------------------------------------------------------------------
// Reading the truth with the service key

/** Exact row count of a table under simple equality filters. */
/** Rows of a figures table (or one of the banenafspraak's own tables) under equality filters, by the service key. */
export async function countRows(
	table: FigureTable | 'placement_reports' | 'official_standings' | 'context_figures',
	filters: Record<string, string | number> = {}
) {
	let query = service.from(table).select('id', { count: 'exact', head: true });
	for (const [column, value] of Object.entries(filters)) query = query.eq(column, value);
	const { count, error } = await query;
	if (error || count === null) throw new Error(`counting ${table}: ${error?.message}`);
	return count;
}

/** Ids of a table's rows under simple equality filters, sorted. */
export async function idsWhere(table: FigureTable, filters: Record<string, string | number>) {
	let query = service.from(table).select('id');
	for (const [column, value] of Object.entries(filters)) query = query.eq(column, value);
	const { data, error } = await query.order('id');
	if (error) throw new Error(`reading ${table}: ${error.message}`);
	return (data as { id: string }[]).map((row) => row.id);
}

/** One seeded row of a partner (the oldest by period), to aim refused writes at. */
export async function seededRowOf(table: 'placements' | 'budget_commitments', organisationId: string) {
	const query = service.from(table).select('*').eq('organisation_id', organisationId);
	const { data, error } = await (
		table === 'placements'
			? query.not('person_key', 'like', 'RLS-%').order('start_date')
			: query.lt('year', TEST_YEAR - 50).order('year')
	)
		.order('id')
		.limit(1)
		.single();
	if (error) throw new Error(`no seeded ${table} row of ${organisationId}: ${error.message}`);
	return data as Row & { id: string };
}

// ---------------------------------------------------------------------------------------------------
// Throwaway rows and restores

/**
 * Creates and cleans up figures rows with the service key. Marker-based clean-up also removes rows whose
 * id a failing test never learnt (an insert that should have been refused but was not).
 */
export class FigureRows {
	readonly cleanup = new Cleanup();

	constructor(readonly marker: string) {}

	async insert(table: FigureTable, values: Row): Promise<Row & { id: string }> {
		const { data, error } = await service.from(table).insert(values).select().single();
		if (error) throw new Error(`inserting into ${table}: ${error.message}`);
		const row = data as Row & { id: string };
		this.removeAfterTest(table, row.id);
		return row;
	}

	removeAfterTest(table: FigureTable, id: string): void {
		this.cleanup.add(async () => {
			const { error } = await service.from(table).delete().eq('id', id);
			if (error) throw new Error(`deleting ${table} ${id}: ${error.message}`);
		});
	}

	/** Snapshots a seeded row and writes it back after the test. */
	async restoreAfterTest(table: FigureTable, id: string): Promise<Row> {
		const before = await serviceRow(table, id);
		if (!before) throw new Error(`${table} ${id} is missing`);
		// employer_key is generated from the employer's KvK number and name.
		const { id: _id, created_at: _created, updated_at: _updated, employer_key: _key, ...values } = before;
		this.cleanup.add(() => serviceUpdate(table, id, values));
		return before;
	}

	/** Runs the registered clean-ups, then removes anything else carrying the marker. */
	async run(): Promise<void> {
		await this.cleanup.run();
		const sweeps = [
			service.from('placements').delete().eq('note', this.marker),
			service.from('budget_commitments').delete().eq('note', this.marker),
			service.from('programmes').delete().eq('description', this.marker),
			service
				.from('regional_targets')
				.delete()
				.gte('year', TEST_YEAR - 10)
		];
		for (const sweep of sweeps) {
			const { error } = await sweep;
			if (error) throw new Error(`sweeping test rows: ${error.message}`);
		}
	}
}

/** A programme of Midden-Brabant, for commitments that must not cross regions. */
export function middenBrabantProgramme(marker: string) {
	return {
		region_id: REGION.middenBrabant,
		name: `Werkgeversservicepunt Midden-Brabant ${marker}`,
		description: marker
	};
}
