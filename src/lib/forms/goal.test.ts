import { describe, expect, it } from 'vitest';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from '$lib/forms/adapters';
import { contributionsOf, filledMilestones, goalSchema, parseCommitment } from './goal';

const TOEZICHTHOUDER = 'b0000000-0000-4000-8000-000000000003';
const HEERLEN = 'b0000000-0000-4000-8000-000000000001';

function form(values: Record<string, string | string[]>): FormData {
	const data = new FormData();
	for (const [key, value] of Object.entries(values)) {
		for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
	}
	return data;
}

const good = {
	title: 'Meer mensen aan het werk',
	description: '',
	indicator: 'Geplaatste kandidaten',
	unit: 'personen',
	source: 'handmatig',
	sourceSector: '',
	sourceProgrammeId: '',
	baselineValue: '100',
	baselineDate: '2026-01-01',
	targetValue: '1.200,5',
	targetDate: '2027-12-31',
	toezichthouderId: TOEZICHTHOUDER,
	milestoneDate: ['2026-06-30', '', '2026-12-31', ''],
	milestoneValue: ['300', '', '600', ''],
	contributor: [HEERLEN],
	commitmentPartner: [TOEZICHTHOUDER, HEERLEN],
	commitment: ['', '150']
};

/** The form as the browser posts it, read the way the action reads it. */
const validate = (values: Record<string, string | string[]>) => superValidate(form(values), zod4(goalSchema));
const errorsOf = async (values: Record<string, string | string[]>) => (await validate(values)).errors;

describe('the new-goal form', () => {
	it('accepts a good goal; empty milestone rows are ignored', async () => {
		const validated = await validate(good);
		expect(validated.valid).toBe(true);
		expect(filledMilestones(validated.data).map(({ row, dueDate }) => [row, dueDate])).toEqual([
			[0, '2026-06-30'],
			[2, '2026-12-31']
		]);
		expect(contributionsOf(validated.data)).toEqual([{ organisationId: HEERLEN, row: 1, commitment: '150' }]);
	});
	it('an empty title', async () => {
		expect(await errorsOf({ ...good, title: '  ' })).toEqual({ title: ['Geef het doel een titel.'] });
	});
	it('a target date before the baseline date', async () => {
		expect(
			await errorsOf({ ...good, targetDate: '2025-06-30', milestoneDate: [], milestoneValue: [] })
		).toEqual({ targetDate: ['De streefdatum moet na de datum van de nulmeting liggen.'] });
	});
	it('milestones out of date order, marked at the row', async () => {
		expect(
			await errorsOf({ ...good, milestoneDate: ['2026-12-31', '2026-06-30'], milestoneValue: ['300', '600'] })
		).toEqual({ milestoneDate: { 1: ['De tussendoelen staan niet op volgorde van datum.'] } });
	});
	it('a milestone row with a value but no date, marked at its own row', async () => {
		expect(
			await errorsOf({ ...good, milestoneDate: ['', '', '', ''], milestoneValue: ['', '', 'veel', ''] })
		).toEqual({
			milestoneDate: { 2: ['Vul een geldige datum in.'] },
			milestoneValue: { 2: ['Vul een getal in, bijvoorbeeld 120 of 12,5.'] }
		});
	});
	it('no toezichthouder, no contributors', async () => {
		const { contributor: _c, ...withoutContributors } = good;
		expect(await errorsOf({ ...withoutContributors, toezichthouderId: '' })).toEqual({
			toezichthouderId: ['Kies de toezichthouder: één partner van deze regio.'],
			contributor: { _errors: ['Kies minstens één bijdragende partner.'] }
		});
	});
	it('a commitment longer than the database keeps, marked at its row', async () => {
		expect(await errorsOf({ ...good, commitment: ['', 'x'.repeat(501)] })).toEqual({
			commitment: { 1: ['Een toezegging is hoogstens 500 tekens.'] }
		});
	});
	it('a number that is not one, or larger than the database keeps', async () => {
		expect(await errorsOf({ ...good, baselineValue: 'honderd' })).toEqual({
			baselineValue: ['Vul een getal in, bijvoorbeeld 120 of 12,5.']
		});
		expect((await validate({ ...good, targetValue: '999.999.999.999,99' })).valid).toBe(true);
		expect(await errorsOf({ ...good, targetValue: '1.000.000.000.000' })).toEqual({
			targetValue: ['Vul een getal in, bijvoorbeeld 120 of 12,5.']
		});
		expect(await errorsOf({ ...good, targetValue: 'NaN' })).toEqual({
			targetValue: ['Vul een getal in, bijvoorbeeld 120 of 12,5.']
		});
	});
	it('a commitment is a number in the unit, or a text', () => {
		expect(parseCommitment('1.500')).toEqual({ value: 1500, text: null });
		expect(parseCommitment('Twee accountmanagers')).toEqual({ value: null, text: 'Twee accountmanagers' });
		expect(parseCommitment(' ')).toEqual({ value: null, text: null });
	});
});
