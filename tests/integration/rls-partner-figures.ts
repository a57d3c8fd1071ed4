// The row-level security that placements and budget_commitments share: a partner's figures are read by every
// member of its region, written by the partner's editors and by the coordinator and admin of the region's lead
// organisation, and by nobody else. Each table's test file runs these cases with its own rows and adds the rules
// of its own (who is recorded, which programme, which columns).
import { expect, it } from 'vitest';
import {
	ORG,
	REGION,
	ZUID_LIMBURG_MEMBERS,
	deleteById,
	expectDeleted,
	expectNoRowsAffected,
	expectPermissionDenied,
	expectRlsViolation,
	expectRowKept,
	itDeniesAnon,
	idsOf,
	serviceRow,
	updateById,
	who,
	type Actors,
	type DemoName,
	type Row
} from './rls-fixtures';
import { countRows, seededRowOf, type FigureRows } from './rls-figures-fixtures';

export type OrgName = keyof typeof ORG;

export interface PartnerWriteCase {
	actor: DemoName;
	organisation: OrgName;
	allowed: boolean;
	why: string;
}

const may = (actor: DemoName, organisation: OrgName, why: string) => ({
	actor,
	organisation,
	allowed: true,
	why
});
const mayNot = (actor: DemoName, organisation: OrgName, why: string) => ({
	...may(actor, organisation, why),
	allowed: false
});

/** Who may write the figures of which partner, straight from the policies. */
export const PARTNER_WRITE_CASES: readonly PartnerWriteCase[] = [
	mayNot('viewer', 'uwvZuidLimburg', 'a viewer, even of its own partner'),
	mayNot('viewer', 'maastricht', 'a viewer, for another partner'),
	may('editor', 'maastricht', 'an editor, for its own partner'),
	mayNot('editor', 'kerkrade', 'an editor, for another partner'),
	mayNot('editor', 'heerlen', 'an editor, for the lead organisation'),
	may('tilburg', 'tilburg', 'an editor, for its own partner'),
	mayNot('tilburg', 'maastricht', 'an editor of another region'),
	may('coordinator', 'maastricht', 'the coordinator, for a partner'),
	may('coordinator', 'kerkrade', 'the coordinator, for a partner'),
	may('coordinator', 'uwvZuidLimburg', 'the coordinator, for UWV'),
	may('coordinator', 'heerlen', 'the coordinator, for its own'),
	mayNot('coordinator', 'tilburg', 'the coordinator, in another region'),
	may('admin', 'kerkrade', 'the admin of the lead organisation'),
	may('admin', 'maastricht', 'the admin of the lead organisation'),
	mayNot('admin', 'waalwijk', 'the admin, in another region')
];
export const ALLOWED = PARTNER_WRITE_CASES.filter((entry) => entry.allowed);
export const REFUSED = PARTNER_WRITE_CASES.filter((entry) => !entry.allowed);

/** The partners of Midden-Brabant: no seeded figures, and their own region. */
export const IN_MIDDEN_BRABANT: readonly OrgName[] = ['tilburg', 'waalwijk'];

/** One table of a partner's figures, as the shared cases use it. */
export interface PartnerFigures {
	table: 'placements' | 'budget_commitments';
	/** What a test name calls one row: 'placement', 'commitment'. */
	noun: string;
	actors: Actors;
	/** The file's throwaway rows, made with the service key and removed after each test. */
	rows: FigureRows;
	/** A new row of the partner, not stored. */
	values: (organisation: OrgName) => Row;
	/** What a refused update tries to write. */
	overwrite: (actor: DemoName) => Row;
	/** The fewest rows the seed gives Zuid-Limburg. */
	seededInRegion: number;
	/** A Zuid-Limburg member who reads every row of the region (person-level rows: only the coordinators). */
	regionReader: DemoName;
}

/**
 * The cases every table of a partner's figures shares, to run inside the file's own describe blocks: reading
 * by region, refused inserts, refused updates, deletes by the policy, and region_id derived from the partner.
 */
export function partnerFigureCases(figures: PartnerFigures) {
	return {
		reads: () => itReadsByRegion(figures),
		refusesInserts: () => itRefusesInserts(figures),
		refusesUpdates: () => itRefusesUpdates(figures),
		deletesByPolicy: () => itDeletesByPolicy(figures),
		regionFollowsPartner: () => itKeepsThePartnersRegion(figures)
	};
}

/** A row of the partner made with the service key, removed after the test. */
function throwaway(figures: PartnerFigures, organisation: OrgName) {
	return figures.rows.insert(figures.table, figures.values(organisation));
}

/** A refused write aims at a seeded row when the partner has one, else at a throwaway row. */
function targetRow(figures: PartnerFigures, organisation: OrgName) {
	return IN_MIDDEN_BRABANT.includes(organisation)
		? throwaway(figures, organisation)
		: seededRowOf(figures.table, ORG[organisation]);
}

/** Reading: anon nothing, each member of Zuid-Limburg every row of the region and no other. */
function itReadsByRegion(figures: PartnerFigures): void {
	const { table, noun, actors } = figures;
	itDeniesAnon(actors, table);

	for (const name of ZUID_LIMBURG_MEMBERS)
		it(`the ${who(name)} reads every ${noun} of Zuid-Limburg, other partners' included, and nothing else`, async () => {
			const other = await throwaway(figures, 'tilburg');
			const { count, error } = await actors[name].from(table).select('id', { count: 'exact', head: true });
			expect(error).toBeNull();
			const regionCount = await countRows(table, { region_id: REGION.zuidLimburg });
			expect(regionCount).toBeGreaterThan(figures.seededInRegion);
			expect(count).toBe(regionCount);

			const kerkrade = await actors[name].from(table).select('id').eq('organisation_id', ORG.kerkrade);
			expect(kerkrade.error).toBeNull();
			expect(kerkrade.data?.length).toBe(await countRows(table, { organisation_id: ORG.kerkrade }));
			expect(kerkrade.data?.length).toBeGreaterThan(0);

			expectNoRowsAffected(await actors[name].from(table).select('id').eq('id', other.id));
		});

	it(`the Tilburg editor reads exactly the ${noun}s of Midden-Brabant`, async () => {
		const own = await throwaway(figures, 'tilburg');
		const partner = await throwaway(figures, 'waalwijk');
		const { data, error } = await actors.tilburg.from(table).select('id');
		expect(error).toBeNull();
		expect(idsOf(data)).toEqual([own.id, partner.id].sort());
		expectNoRowsAffected(await actors.tilburg.from(table).select('id').eq('organisation_id', ORG.maastricht));
	});
}

/** Inserts the policies refuse (42501), and anon's (no privilege): nothing is stored. */
function itRefusesInserts(figures: PartnerFigures): void {
	const { table, noun, actors } = figures;
	const { marker } = figures.rows;
	for (const { actor, organisation, why } of REFUSED)
		it(`the ${who(actor)} may not add a ${noun} for ${organisation} (${why}): 42501, nothing stored`, async () => {
			const before = await countRows(table, { organisation_id: ORG[organisation] });
			const result = await actors[actor].from(table).insert(figures.values(organisation)).select();
			expectRlsViolation(result, table);
			expect(await countRows(table, { organisation_id: ORG[organisation] })).toBe(before);
			expect(await countRows(table, { note: marker })).toBe(0);
		});

	it(`anon may not add a ${noun}`, async () => {
		expectPermissionDenied(
			await actors.anon.from(table).insert(figures.values('maastricht')).select(),
			table
		);
		expect(await countRows(table, { note: marker })).toBe(0);
	});
}

/** Updates the policies refuse, and anon's: no row affected, the row as it was. */
function itRefusesUpdates(figures: PartnerFigures): void {
	const { table, noun, actors } = figures;
	for (const { actor, organisation, why } of REFUSED)
		it(`the ${who(actor)} cannot change a ${noun} of ${organisation} (${why}): no row affected`, async () => {
			const target = await targetRow(figures, organisation);
			const before = await serviceRow(table, target.id);
			const result = await updateById(actors[actor], table, target.id, figures.overwrite(actor));
			await expectRowKept(result, table, target.id, before);
		});

	it(`anon cannot change a ${noun}`, async () => {
		const target = await seededRowOf(table, ORG.maastricht);
		const result = await updateById(actors.anon, table, target.id, figures.overwrite('viewer'));
		await expectRowKept(result, table, target.id, target, 'denied');
	});
}

/** Deletes: the allowed ones remove the row; the refused ones and anon's leave it. */
function itDeletesByPolicy(figures: PartnerFigures): void {
	const { table, noun, actors } = figures;
	for (const { actor, organisation, why } of ALLOWED)
		it(`the ${who(actor)} removes a ${noun} of ${organisation} (${why})`, async () => {
			const row = await throwaway(figures, organisation);
			await expectDeleted(await deleteById(actors[actor], table, row.id, 'id'), table, row.id);
		});

	for (const { actor, organisation, why } of REFUSED)
		it(`the ${who(actor)} cannot remove a ${noun} of ${organisation} (${why}): no row affected`, async () => {
			const target = await targetRow(figures, organisation);
			const before = await serviceRow(table, target.id);
			const result = await deleteById(actors[actor], table, target.id);
			await expectRowKept(result, table, target.id, before);
		});

	it(`anon cannot remove a ${noun}`, async () => {
		const target = await seededRowOf(table, ORG.maastricht);
		const result = await deleteById(actors.anon, table, target.id);
		await expectRowKept(result, table, target.id, target, 'denied');
	});
}

/** region_id follows the partner: a row that names another region, or an update that sets one, stays in it. */
function itKeepsThePartnersRegion(figures: PartnerFigures): void {
	const { table, noun, actors, rows } = figures;
	it(`a Maastricht ${noun} claiming Midden-Brabant is stored in Zuid-Limburg`, async () => {
		const values = { ...figures.values('maastricht'), region_id: REGION.middenBrabant };
		const { data, error } = await actors.editor.from(table).insert(values).select().single();
		expect(error).toBeNull();
		const row = data as { id: string; region_id: string };
		rows.removeAfterTest(table, row.id);
		expect(row.region_id).toBe(REGION.zuidLimburg);
		expect((await serviceRow(table, row.id))?.region_id).toBe(REGION.zuidLimburg);
		// Midden-Brabant does not see it; Zuid-Limburg does.
		expectNoRowsAffected(await actors.tilburg.from(table).select('id').eq('id', row.id));
		const seen = await actors[figures.regionReader].from(table).select('id').eq('id', row.id);
		expect(seen.data).toEqual([{ id: row.id }]);
	});

	it(`an update that sets region_id to another region leaves the ${noun} in Zuid-Limburg`, async () => {
		const row = await throwaway(figures, 'maastricht');
		const changes = figures.overwrite('editor');
		const result = await updateById(actors.editor, table, row.id, {
			...changes,
			region_id: REGION.middenBrabant
		});
		expect(result.error).toBeNull();
		expect(result.data).toEqual([expect.objectContaining({ ...changes, region_id: REGION.zuidLimburg })]);
		expect(await serviceRow(table, row.id)).toMatchObject({ ...changes, region_id: REGION.zuidLimburg });
	});
}
