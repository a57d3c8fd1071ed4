import { describe, expect, it } from 'vitest';
import { contactFacts, networkHealth } from '$lib/domain/network-health';
import { computeNetworkMetrics } from '$lib/domain/network-metrics';
import { networkSnapshot, weakNetworkPoints } from './network';
import { keyFiguresOf, risksOf, sheetsOf } from './registry';
import { GEMEENTE, OTHER, partners, report } from './test-fixtures';

describe('network snapshot', () => {
	const THIRD = 'g3';
	const three = [...partners, { id: THIRD, name: 'UWV Zuid-Limburg' }];
	// Maastricht and Heerlen met twice; UWV has no contact at all.
	const metrics = computeNetworkMetrics({
		nodes: three.map((p) => ({ id: p.id })),
		edges: [{ source: GEMEENTE, target: OTHER, weight: 2 }]
	});
	const health = networkHealth({
		goals: null,
		budget: null,
		leadOrganisationSet: true,
		contacts: contactFacts(metrics),
		trust: 2.4
	});
	const texts = (key: string) => ({ nl: `Aanbeveling ${key}`, en: `Recommendation ${key}` });
	const figures = {
		health,
		metrics,
		contacts: 2,
		trust: 2.4,
		value: 3.1234,
		partnerScores: [{ organisationId: GEMEENTE, respondents: 3, trust: 2.666, value: 3 }]
	};

	it('keeps the factors, the recommendation text of each weak point and the metrics', () => {
		const data = networkSnapshot(figures, three, null, texts);
		expect(data.factors.map((f) => f.key)).toEqual(['external_influences', 'network_strength', 'relations']);
		const relations = data.factors[2];
		expect(relations.indicators.find((i) => i.key === 'density')).toEqual({
			key: 'density',
			status: 'attention',
			value: 0.333,
			total: null,
			recommendation: { key: 'R6', text: { nl: 'Aanbeveling R6', en: 'Recommendation R6' } }
		});
		// Good and no-data indicators carry no recommendation.
		const lead = data.factors[1].indicators.find((i) => i.key === 'lead_organisation');
		expect(lead).toMatchObject({ status: 'good', recommendation: null });
		expect(data.factors[0].indicators.every((i) => i.status === 'no_data' && !i.recommendation)).toBe(true);
		expect(data.metrics).toMatchObject({
			partners: 3,
			contacts: 2,
			density: 0.333,
			pairsInContact: 1,
			pairsNeverInContact: 2,
			partnersWithoutContact: ['UWV Zuid-Limburg']
		});
		expect(data.trust).toBe(2.4);
		expect(data.value).toBe(3.12);
		expect(data.gemeente).toBeNull();
		expect(weakNetworkPoints(data).map((p) => [p.factor, p.key, p.status])).toEqual([
			['relations', 'density', 'attention'],
			['relations', 'trust', 'weak'],
			['relations', 'pairs_never_in_contact', 'weak'],
			['relations', 'equal_treatment', 'attention']
		]);
	});

	it('gives key figures, one risk per weak point with its recommendation, and two tables on one sheet', () => {
		const snapshot = report({ netwerk: networkSnapshot(figures, three, null, texts) });
		expect(keyFiguresOf(snapshot).map((f) => [f.id, f.value, f.unit])).toEqual([
			['nw_density', 0.333, 'share'],
			['nw_without_contact', 1, 'count'],
			['nw_trust', 2.4, 'score'],
			['nw_weak_points', 4, 'count']
		]);
		const risks = risksOf(snapshot);
		expect(risks).toHaveLength(4);
		expect(risks[1]).toEqual({
			section: 'netwerk',
			kind: 'weak_network_point',
			subject: 'trust',
			value: 2.4,
			detail: 'weak',
			recommendation: { nl: 'Aanbeveling R5', en: 'Recommendation R5' }
		});
		const [sheet] = sheetsOf(snapshot);
		expect(sheet.name).toBe('Netwerk');
		expect(sheet.columns).toEqual([
			'factor',
			'factorscore',
			'indicator',
			'status',
			'waarde',
			'van',
			'aanbeveling'
		]);
		expect(sheet.rows).toContainEqual(['relations', 25, 'trust', 'weak', 2.4, null, 'Aanbeveling R5']);
		expect(sheet.rows).toContainEqual(['Netwerkmaten']);
		expect(sheet.rows).toContainEqual(['partners_zonder_contact', 'UWV Zuid-Limburg']);
		expect(sheet.rows.some((row) => row[0] === 'gemeente')).toBe(false);
	});

	it("adds a gemeente's own degree, betweenness and survey scores", () => {
		const data = networkSnapshot(figures, three, GEMEENTE, texts);
		expect(data.gemeente).toEqual({
			id: GEMEENTE,
			name: 'Gemeente Maastricht',
			degree: 1,
			degreeCentrality: 0.5,
			betweennessCentrality: 0,
			trust: 2.67,
			value: 3
		});
		// A partner without shown scores and no contacts recorded at all: the figures say so instead of guessing.
		const none = networkSnapshot(
			{ ...figures, metrics: null, trust: null, value: null, partnerScores: [] },
			three,
			OTHER,
			texts
		);
		expect(none.gemeente).toMatchObject({ degree: null, betweennessCentrality: null, trust: null });
		expect(none.metrics).toBeNull();
		expect(keyFiguresOf(report({ netwerk: none })).map((f) => f.id)).toEqual(['nw_weak_points']);
		const [sheet] = sheetsOf(report({ netwerk: data }));
		expect(sheet.rows).toContainEqual(['gemeente_degree_centraliteit', 0.5]);
	});
});
