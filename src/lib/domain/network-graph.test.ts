import { describe, expect, it } from 'vitest';
import { contactLines, networkMap, possibleContacts, rollingYear, shownLines } from './network-graph';

describe('contact lines', () => {
	const pairs = [
		{ a: 'a', b: 'b', points: 1.5, contacts: 3, inContact: true },
		{ a: 'a', b: 'c', points: 0.5, contacts: 1, inContact: false },
		{ a: 'b', b: 'c', points: 1, contacts: 1, inContact: true }
	];

	it('a line per pair, as the database marked it', () => {
		expect(contactLines(pairs)).toEqual([
			{ source: 'a', target: 'b', points: 1.5, contacts: 3, inContact: true },
			{ source: 'a', target: 'c', points: 0.5, contacts: 1, inContact: false },
			{ source: 'b', target: 'c', points: 1, contacts: 1, inContact: true }
		]);
	});

	it('only lines between shown partners', () => {
		expect(shownLines(contactLines(pairs), new Set(['a', 'b']))).toHaveLength(1);
	});

	it('the metrics count only pairs in contact; a partner’s points count every line', () => {
		const map = networkMap(
			['a', 'b', 'c', 'd'],
			contactLines(pairs),
			[{ organisationId: 'a', respondents: 3, trust: 3.2, value: 2.5 }],
			[{ organisationId: 'a', trust: 0.2, value: null }]
		);
		expect(map.metrics.edgeCount).toBe(2);
		expect(map.metrics.isolates).toEqual(['d']);
		expect(map.rows[0]).toMatchObject({ id: 'a', degree: 1, strength: 2, trust: 3.2, trustChange: 0.2 });
		expect(map.rows[2]).toMatchObject({ id: 'c', degree: 1, strength: 1.5, trust: null, respondents: 0 });
	});
});

describe('periods', () => {
	it('the rolling year ends today and starts the day after the same date a year before', () => {
		expect(rollingYear('2026-12-04')).toEqual({ from: '2025-12-05', to: '2026-12-04' });
		expect(rollingYear('2028-02-29')).toEqual({ from: '2027-03-01', to: '2028-02-29' });
		expect(rollingYear('2026-01-01')).toEqual({ from: '2025-01-02', to: '2026-01-01' });
	});

	it('possible contacts', () => {
		expect([possibleContacts(0), possibleContacts(1), possibleContacts(23)]).toEqual([0, 0, 22]);
	});
});
