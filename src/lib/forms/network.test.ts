import { describe, expect, it } from 'vitest';
import { superValidate } from 'sveltekit-superforms';
import { zod4 } from '$lib/forms/adapters';
import { contactSchemaFor, positionSchema, roundSchema, surveyRows, surveySchemaFor } from './network';

const A = 'b0000000-0000-4000-8000-000000000001';
const B = 'b0000000-0000-4000-8000-000000000002';
const C = 'b0000000-0000-4000-8000-000000000003';
const ITEMS = [
	'trust_reliability',
	'trust_openness',
	'trust_mission',
	'value_power',
	'value_involvement',
	'value_resources'
] as const;

/** The grid as the browser posts it: per column one value per row, the rated partner hidden in each row. */
function grid(rows: { id: string; score?: string; frequency?: string; only?: string }[]): FormData {
	const form = new FormData();
	form.set('round', A);
	form.set('respondent', A);
	for (const row of rows) {
		form.append('ratedPartner', row.id);
		for (const item of ITEMS) form.append(item, row.only && item !== row.only ? '' : (row.score ?? ''));
		form.append('frequency', row.frequency ?? '');
	}
	return form;
}

const names = new Map([
	[B, 'Gemeente Maastricht'],
	[C, 'UWV Zuid-Limburg']
]);
const validate = (form: FormData) => superValidate(form, zod4(surveySchemaFor((id) => names.get(id) ?? '')));

describe('the survey grid', () => {
	it('reads complete rows as answers and empty rows as "not working together"', async () => {
		const form = await validate(grid([{ id: B, score: '4', frequency: 'maandelijks' }, { id: C }]));
		expect(form.valid).toBe(true);
		expect(surveyRows(form.data)).toEqual({
			answers: [
				{
					ratedOrganisationId: B,
					scores: {
						trust_reliability: 4,
						trust_openness: 4,
						trust_mission: 4,
						value_power: 4,
						value_involvement: 4,
						value_resources: 4
					},
					contactFrequency: 'maandelijks'
				}
			],
			empty: [C],
			incomplete: []
		});
	});

	it('refuses half-filled rows, scores outside 1-4 and unknown frequencies, naming the partner', async () => {
		const half = await validate(grid([{ id: B, score: '2', only: 'trust_reliability' }, { id: C }]));
		expect(half.errors).toEqual({
			ratedPartner: {
				0: [
					'Vul voor Gemeente Maastricht alle zes scores en de contactfrequentie in, of laat de rij helemaal leeg.'
				]
			}
		});
		const outOfRange = await validate(grid([{ id: B, score: '5', frequency: 'maandelijks' }]));
		expect(surveyRows(outOfRange.data).incomplete).toEqual([0]);
		const badFrequency = await validate(grid([{ id: B }, { id: C, score: '2', frequency: 'dagelijks' }]));
		expect(surveyRows(badFrequency.data).incomplete).toEqual([1]);
		expect(badFrequency.valid).toBe(false);
	});
});

describe('contact schema', () => {
	const schema = contactSchemaFor('2026-11-30');
	const valid = {
		recordedBy: A,
		kind: 'workshop',
		occurredOn: '2026-11-02',
		topic: 'Beschut werk',
		participants: [B]
	};

	it('accepts a contact with another participant', () => {
		expect(schema.safeParse(valid).success).toBe(true);
	});

	it('refuses a future date, a short topic, an unknown kind and a contact with only the recorder', () => {
		const errors = (values: object) =>
			schema.safeParse({ ...valid, ...values }).error?.issues.map((i) => i.path[0]);
		expect(errors({ occurredOn: '2026-12-01' })).toEqual(['occurredOn']);
		expect(errors({ occurredOn: '2026-02-30x' })).toEqual(['occurredOn']);
		expect(errors({ topic: ' x ' })).toEqual(['topic']);
		expect(errors({ kind: 'borrel' })).toEqual(['kind']);
		expect(errors({ participants: [A] })).toEqual(['participants']);
	});
});

describe('round and position schemas', () => {
	it('a round needs a name and a minimum of 3 to 50', () => {
		expect(roundSchema.safeParse({ title: 'Najaar', minRespondents: '3' }).success).toBe(true);
		expect(roundSchema.safeParse({ title: 'Najaar', minRespondents: '2' }).success).toBe(false);
		expect(roundSchema.safeParse({ title: 'N', minRespondents: '3' }).success).toBe(false);
	});

	it('a position needs a partner, a dossier and the position itself', () => {
		expect(
			positionSchema.safeParse({ organisationId: A, dossier: 'Beschut werk', position: 'Meer plekken' })
				.success
		).toBe(true);
		expect(
			positionSchema.safeParse({ organisationId: 'x', dossier: 'Beschut werk', position: 'Meer' }).success
		).toBe(false);
		expect(positionSchema.safeParse({ organisationId: A, dossier: 'B', position: 'Meer' }).success).toBe(
			false
		);
	});
});
