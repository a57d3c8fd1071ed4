import { describe, expect, it } from 'vitest';
import {
	contactEdges,
	contactMetrics,
	networkMap,
	possibleContacts,
	shownLines,
	surveyEdges,
	type GraphEdge
} from './network-graph';

describe('contact lines', () => {
	it('joins every pair of participants of a contact, counting the contacts per pair', () => {
		const edges = contactEdges([
			{ participantIds: ['b', 'a', 'c'] },
			{ participantIds: ['a', 'b', 'a'] },
			{ participantIds: ['d'] }
		]);
		expect(edges).toEqual([
			{ source: 'a', target: 'b', kind: 'contact', weight: 2, trust: null },
			{ source: 'a', target: 'c', kind: 'contact', weight: 1, trust: null },
			{ source: 'b', target: 'c', kind: 'contact', weight: 1, trust: null }
		]);
		expect(contactEdges([])).toEqual([]);
	});
});

describe('survey lines', () => {
	it('colours a relation by the mean trust of its partners, only when both are shown', () => {
		const scores = [
			{ organisationId: 'a', respondents: 4, trust: 3, value: 2 },
			{ organisationId: 'b', respondents: 4, trust: 2, value: 2 },
			{ organisationId: 'c', respondents: 1, trust: null, value: null }
		];
		expect(
			surveyEdges(
				[
					{ a: 'a', b: 'b', reportedBy: 2 },
					{ a: 'a', b: 'c', reportedBy: 1 },
					{ a: 'a', b: 'x', reportedBy: 1 }
				],
				scores
			)
		).toEqual([
			{ source: 'a', target: 'b', kind: 'survey', weight: 2, trust: 2.5 },
			{ source: 'a', target: 'c', kind: 'survey', weight: 1, trust: null },
			{ source: 'a', target: 'x', kind: 'survey', weight: 1, trust: null }
		]);
	});
});

describe('the shown network', () => {
	const contact: GraphEdge = { source: 'a', target: 'b', kind: 'contact', weight: 3, trust: null };
	const outside: GraphEdge = { source: 'a', target: 'z', kind: 'contact', weight: 1, trust: null };
	const survey: GraphEdge = { source: 'b', target: 'c', kind: 'survey', weight: 2, trust: 3 };
	const lines = { contactEdges: [contact, outside], surveyEdges: [survey] };
	const shown = new Set(['a', 'b', 'c']);

	it('keeps the chosen kinds of lines between shown partners', () => {
		expect(shownLines(lines, shown, { contacts: true, survey: false })).toEqual([contact]);
		expect(shownLines(lines, shown, { contacts: false, survey: true })).toEqual([survey]);
		expect(shownLines(lines, shown, { contacts: true, survey: true })).toEqual([contact, survey]);
	});

	it('gives each partner its degree, centrality and survey scores with their change', () => {
		const map = networkMap(
			['a', 'b', 'c'],
			[contact, survey],
			[{ organisationId: 'b', respondents: 5, trust: 3.2, value: 2.8 }],
			[{ organisationId: 'b', trust: 0.2, value: null }]
		);
		expect(map.metrics.edgeCount).toBe(2);
		expect(map.rows.map((r) => [r.id, r.degree, r.strength, r.betweennessCentrality])).toEqual([
			['a', 1, 3, 0],
			['b', 2, 5, 1],
			['c', 1, 2, 0]
		]);
		expect(map.rows[1]).toMatchObject({
			respondents: 5,
			trust: 3.2,
			value: 2.8,
			trustChange: 0.2,
			valueChange: null
		});
		expect(map.rows[0]).toMatchObject({
			respondents: 0,
			trust: null,
			value: null,
			trustChange: null,
			valueChange: null
		});
	});

	it('counts the other partners one could be in contact with', () => {
		expect(possibleContacts(5)).toBe(4);
		expect(possibleContacts(0)).toBe(0);
	});

	it('has no contact metrics before the first contact', () => {
		expect(contactMetrics(['a', 'b'], [])).toBeNull();
		expect(contactMetrics(['a', 'b', 'c'], [{ participantIds: ['a', 'b'] }])?.isolates).toEqual(['c']);
	});
});
