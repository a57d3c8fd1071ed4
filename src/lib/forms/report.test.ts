import { describe, expect, it } from 'vitest';
import { REGION_SCOPE, choiceFromQuery, choiceQuery, publishSchema, resolveChoice } from './report';

const TODAY = new Date(2026, 10, 30);
const MAASTRICHT = 'b0000000-0000-4000-8000-000000000002';
const GEMEENTEN = [MAASTRICHT];

describe('resolveChoice', () => {
	it('accepts the region or a gemeente of it, a period that has begun and available sections', () => {
		expect(
			resolveChoice(
				{ scope: MAASTRICHT, period: '2025-K2', sections: ['budgetten', 'baanafspraken'] },
				GEMEENTEN,
				TODAY
			)
		).toEqual({
			ok: true,
			choice: {
				scope: { kind: 'gemeente', organisationId: MAASTRICHT },
				period: { year: 2025, quarter: 2 },
				// In registry order, whatever order they came in.
				sections: ['baanafspraken', 'budgetten']
			}
		});
		expect(
			resolveChoice({ scope: REGION_SCOPE, period: '2026', sections: ['budgetten'] }, GEMEENTEN, TODAY)
		).toMatchObject({
			ok: true,
			choice: { scope: { kind: 'region' }, period: { year: 2026, quarter: null } }
		});
	});

	it('refuses another partner, a future period and sections that do not exist, with Dutch messages', () => {
		const result = resolveChoice(
			{ scope: 'b0000000-0000-4000-8000-000000000004', period: '2027-K1', sections: ['onbekend'] },
			GEMEENTEN,
			TODAY
		);
		expect(result).toEqual({
			ok: false,
			errors: {
				scope: 'Kies de hele regio of een gemeente uit de regio.',
				period: 'Kies een peilperiode die al begonnen is.',
				sections: 'Kies ten minste één onderdeel dat in deze versie beschikbaar is.'
			}
		});
	});

	it('refuses no sections, and an unknown section among known ones', () => {
		for (const sections of [[], ['baanafspraken', 'onbekend'], ['netwerk', 'NETWERK']]) {
			const result = resolveChoice({ scope: REGION_SCOPE, period: '2025', sections }, GEMEENTEN, TODAY);
			expect(result.ok, sections.join()).toBe(false);
		}
	});

	it('accepts the network section next to the others', () => {
		expect(
			resolveChoice(
				{ scope: MAASTRICHT, period: '2025', sections: ['netwerk', 'baanafspraken'] },
				GEMEENTEN,
				TODAY
			)
		).toMatchObject({ ok: true, choice: { sections: ['baanafspraken', 'netwerk'] } });
	});

	it('round-trips the choice through the address of a draft', () => {
		const input = { scope: MAASTRICHT, period: '2025-K2', sections: ['baanafspraken', 'budgetten'] };
		expect(choiceFromQuery(new URLSearchParams(choiceQuery(input)))).toEqual(input);
	});
});

describe('publishSchema', () => {
	const valid = {
		scope: REGION_SCOPE,
		period: '2025',
		sections: ['baanafspraken'],
		title: 'Rapportage 2025',
		introduction: '',
		conclusion: ''
	};

	it('accepts a title and texts within their limits', () => {
		expect(publishSchema.safeParse(valid).success).toBe(true);
	});

	it('refuses a missing title and a text that is too long', () => {
		const short = publishSchema.safeParse({ ...valid, title: ' x ' });
		expect(short.error?.issues[0].message).toBe('Geef de rapportage een titel van 2 tot 200 tekens.');
		const long = publishSchema.safeParse({ ...valid, conclusion: 'a'.repeat(5001) });
		expect(long.error?.issues[0].message).toBe('Gebruik hoogstens 5000 tekens.');
	});
});
