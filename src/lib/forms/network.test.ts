import { describe, expect, it } from 'vitest';
import { contactSchemaFor, parseSurveyForm, positionSchema, roundSchema } from './network';

const A = 'b0000000-0000-4000-8000-000000000001';
const B = 'b0000000-0000-4000-8000-000000000002';
const C = 'b0000000-0000-4000-8000-000000000003';

const full = (form: FormData, id: string, score = '3', frequency = 'maandelijks') => {
	for (const item of [
		'trust_reliability',
		'trust_openness',
		'trust_mission',
		'value_power',
		'value_involvement',
		'value_resources'
	])
		form.set(`${item}:${id}`, score);
	form.set(`frequency:${id}`, frequency);
};

describe('parseSurveyForm', () => {
	it('reads complete rows as answers and empty rows as "not working together"', () => {
		const form = new FormData();
		full(form, B, '4');
		const parsed = parseSurveyForm(form, [B, C]);
		expect(parsed).toEqual({
			ok: true,
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
			empty: [C]
		});
	});

	it('refuses half-filled rows, scores outside 1-4 and unknown frequencies', () => {
		const half = new FormData();
		half.set(`trust_reliability:${B}`, '2');
		expect(parseSurveyForm(half, [B, C])).toEqual({ ok: false, incomplete: [B] });
		const outOfRange = new FormData();
		full(outOfRange, B, '5');
		expect(parseSurveyForm(outOfRange, [B])).toEqual({ ok: false, incomplete: [B] });
		const badFrequency = new FormData();
		full(badFrequency, C, '2', 'dagelijks');
		expect(parseSurveyForm(badFrequency, [C])).toEqual({ ok: false, incomplete: [C] });
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
