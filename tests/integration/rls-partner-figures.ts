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
	serviceRow,
	updateById,
	who,
	type Actors,
	type DemoName,
	type Row
} from './rls-fixtures';
import { countRows, seededRowOf } from './rls-figures-fixtures';

export type OrgName = keyof typeof ORG;

export interface PartnerWriteCase {
	actor: DemoName;
	organisation: OrgName;
	allowed: boolean;
	why: string;
}

/** Who may write the figures of which partner, straight from the policies. */
export const PARTNER_WRITE_CASES: readonly PartnerWriteCase[] = [
	{
		actor: 'viewer',
		organisation: 'uwvZuidLimburg',
		allowed: false,
		why: 'a viewer, even of its own partner'
	},
	{ actor: 'viewer', organisation: 'maastricht', allowed: false, why: 'a viewer, for another partner' },
	{ actor: 'editor', organisation: 'maastricht', allowed: true, why: 'an editor, for its own partner' },
	{ actor: 'editor', organisation: 'kerkrade', allowed: false, why: 'an editor, for another partner' },
	{ actor: 'editor', organisation: 'heerlen', allowed: false, why: 'an editor, for the lead organisation' },
	{ actor: 'tilburg', organisation: 'tilburg', allowed: true, why: 'an editor, for its own partner' },
	{ actor: 'tilburg', organisation: 'maastricht', allowed: false, why: 'an editor of another region' },
	{ actor: 'coordinator', organisation: 'maastricht', allowed: true, why: 'the coordinator, for a partner' },
	{ actor: 'coordinator', organisation: 'kerkrade', allowed: true, why: 'the coordinator, for a partner' },
	{ actor: 'coordinator', organisation: 'uwvZuidLimburg', allowed: true, why: 'the coordinator, for UWV' },
	{ actor: 'coordinator', organisation: 'heerlen', allowed: true, why: 'the coordinator, for its own' },
	{
		actor: 'coordinator',
		organisation: 'tilburg',
		allowed: false,
		why: 'the coordinator, in another region'
	},
	{ actor: 'admin', organisation: 'kerkrade', allowed: true, why: 'the admin of the lead organisation' },
	{ actor: 'admin', organisation: 'maastricht', allowed: true, why: 'the admin of the lead organisation' },
	{ actor: 'admin', organisation: 'waalwijk', allowed: false, why: 'the admin, in another region' }
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
	marker: string;
	/** A new row of the partner, not stored. */
	values: (organisation: OrgName) => Row;
	/** A row of the partner made with the service key and removed after the test. */
	throwaway: (organisation: OrgName) => Promise<Row & { id: string }>;
	/** What a refused update tries to write. */
	overwrite: (actor: DemoName) => Row;
	/** The fewest rows the seed gives Zuid-Limburg. */
	seededInRegion: number;
}

/** A refused write aims at a seeded row when the partner has one, else at a throwaway row. */
function targetRow(figures: PartnerFigures, organisation: OrgName) {
	return IN_MIDDEN_BRABANT.includes(organisation)
		? figures.throwaway(organisation)
		: seededRowOf(figures.table, ORG[organisation]);
}

/** Reading: anon nothing, each member of Zuid-Limburg every row of the region and no other. */
export function itReadsByRegion(figures: PartnerFigures): void {
	const { table, noun, actors } = figures;
	it('anon has no access at all', async () => {
		expectPermissionDenied(await actors.anon.from(table).select('id'), table);
	});

	for (const name of ZUID_LIMBURG_MEMBERS)
		it(`the ${who(name)} reads every ${noun} of Zuid-Limburg, other partners' included, and nothing else`, async () => {
			const other = await figures.throwaway('tilburg');
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
}

/** Inserts the policies refuse (42501), and anon's (no privilege): nothing is stored. */
export function itRefusesInserts(figures: PartnerFigures): void {
	const { table, noun, actors, marker } = figures;
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
export function itRefusesUpdates(figures: PartnerFigures): void {
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
export function itDeletesByPolicy(figures: PartnerFigures): void {
	const { table, noun, actors } = figures;
	for (const { actor, organisation, why } of ALLOWED)
		it(`the ${who(actor)} removes a ${noun} of ${organisation} (${why})`, async () => {
			const row = await figures.throwaway(organisation);
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
