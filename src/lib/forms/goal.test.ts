import { describe, expect, it } from 'vitest';
import { fieldErrors, goalSchema, parseCommitment, readGoalForm } from './goal';

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
	[`commitment-${HEERLEN}`]: '150'
};

const errorsOf = (values: Record<string, string | string[]>) => {
	const result = goalSchema.safeParse(readGoalForm(form(values)));
	return result.success ? {} : fieldErrors(result.error);
};

describe('the new-goal form', () => {
	it('accepts a good goal; empty milestone rows are ignored', () => {
		const input = readGoalForm(form(good));
		expect(goalSchema.safeParse(input).success).toBe(true);
		expect(input.contributions).toEqual([{ organisationId: HEERLEN, commitment: '150' }]);
	});
	it('an empty title', () => {
		expect(errorsOf({ ...good, title: '  ' })).toEqual({ title: 'Geef het doel een titel.' });
	});
	it('a target date before the baseline date', () => {
		expect(errorsOf({ ...good, targetDate: '2025-06-30', milestoneDate: [], milestoneValue: [] })).toEqual({
			targetDate: 'De streefdatum moet na de datum van de nulmeting liggen.'
		});
	});
	it('milestones out of date order, marked at the row', () => {
		expect(
			errorsOf({ ...good, milestoneDate: ['2026-12-31', '2026-06-30'], milestoneValue: ['300', '600'] })
		).toEqual({
			'milestones.1.dueDate': 'De tussendoelen staan niet op volgorde van datum.'
		});
	});
	it('no toezichthouder, no contributors', () => {
		const { contributor: _c, ...withoutContributors } = good;
		expect(errorsOf({ ...withoutContributors, toezichthouderId: '' })).toEqual({
			toezichthouderId: 'Kies de toezichthouder: één partner van deze regio.',
			contributions: 'Kies minstens één bijdragende partner.'
		});
	});
	it('a number that is not one', () => {
		expect(errorsOf({ ...good, baselineValue: 'honderd' })).toEqual({
			baselineValue: 'Vul een getal in, bijvoorbeeld 120 of 12,5.'
		});
	});
	it('a commitment is a number in the unit, or a text', () => {
		expect(parseCommitment('1.500')).toEqual({ value: 1500, text: null });
		expect(parseCommitment('Twee accountmanagers')).toEqual({ value: null, text: 'Twee accountmanagers' });
		expect(parseCommitment(' ')).toEqual({ value: null, text: null });
	});
});
