import { describe, expect, it } from 'vitest';
import { INDICATOR_RULES, networkHealth, type HealthInputs } from '$lib/domain/network-health';
import { networkSnapshot, weakNetworkPoints } from './network';
import { keyFiguresOf, risksOf, sheetsOf } from './registry';
import { GEMEENTE, OTHER, partners, report } from './test-fixtures';

describe('network snapshot', () => {
	const THIRD = 'g3';
	const three = [...partners, { id: THIRD, name: 'UWV Zuid-Limburg' }];
	// Maastricht and Heerlen were in contact (and Heerlen, the trekker, met UWV once: not enough); UWV has no
	// pair in contact.
	const inputs: HealthInputs = {
		peildatum: '2026-09-30',
		window: { from: '2025-10-01', to: '2026-09-30' },
		partners: three.map((p) => p.id),
		leadOrganisationId: OTHER,
		inContactPoints: 1,
		contactWeights: { gezamenlijk_project: 1, overleg: 0.5 },
		contactsInWindow: 3,
		contactPairs: [
			{ a: GEMEENTE, b: OTHER, points: 1.5, inContact: true },
			{ a: OTHER, b: THIRD, points: 0.5, inContact: false }
		],
		goals: { total: 0, agreed: 0, toezichthouders: [], changes: 0, successors: 0 },
		vision: { statement: false, endorsedBy: 0 },
		positions: [],
		leadMandate: { mandate: null, gemeenten: 1, ratifiedBy: 0 },
		survey: { title: 'Voorjaar', minRespondents: 3, trust: 2.4, value: 3.1234, equalTreatment: null }
	};
	const health = networkHealth(inputs, null);
	const texts = (key: string) => ({ nl: `Aanbeveling ${key}`, en: `Recommendation ${key}` });
	const figures = {
		health,
		inputs,
		partnerScores: [{ organisationId: GEMEENTE, respondents: 3, trust: 2.666, value: 3 }]
	};

	it('keeps the peildatum, the window, the factors with their thresholds and each weak point’s text', () => {
		const data = networkSnapshot(figures, three, null, texts);
		expect(data.peildatum).toBe('2026-09-30');
		expect(data.window).toEqual({ from: '2025-10-01', to: '2026-09-30' });
		expect(data.contactWeights).toEqual({ gezamenlijk_project: 1, overleg: 0.5 });
		expect(data.factors.map((f) => f.key)).toEqual(['external_influences', 'network_strength', 'relations']);
		const relations = data.factors[2];
		expect(relations.indicators.find((i) => i.key === 'density')).toEqual({
			key: 'density',
			status: 'attention',
			value: 0.333,
			total: 3,
			recommendation: { key: 'R6', text: { nl: 'Aanbeveling R6', en: 'Recommendation R6' } },
			rule: INDICATOR_RULES.density,
			names: ['UWV Zuid-Limburg']
		});
		const reach = data.factors[1].indicators.find((i) => i.key === 'lead_reach');
		expect(reach).toMatchObject({ status: 'attention', value: 0.5, total: 2 });
		expect(data.factors[0].indicators.every((i) => i.status === 'no_data' && !i.recommendation)).toBe(true);
		expect(data.metrics).toEqual({
			partners: 3,
			contacts: 3,
			density: 0.333,
			pairsInContact: 1,
			pairCount: 3,
			reachablePairsShare: 0.333,
			degreeCentralization: 0.5,
			partnersWithoutContact: ['UWV Zuid-Limburg']
		});
		expect(data.trust).toBe(2.4);
		expect(data.value).toBe(3.12);
		expect(data.gemeente).toBeNull();
		expect(weakNetworkPoints(data).map((p) => [p.factor, p.key, p.status])).toEqual([
			['network_strength', 'vision_endorsed', 'weak'],
			['network_strength', 'lead_mandate', 'attention'],
			['network_strength', 'lead_reach', 'attention'],
			['relations', 'density', 'attention'],
			['relations', 'trust', 'weak']
		]);
	});

	it('gives key figures, one risk per weak point with its recommendation, and two tables on one sheet', () => {
		const snapshot = report({ netwerk: networkSnapshot(figures, three, null, texts) });
		expect(keyFiguresOf(snapshot).map((f) => [f.id, f.value, f.unit])).toEqual([
			['nw_density', 0.333, 'share'],
			['nw_without_contact', 1, 'count'],
			['nw_trust', 2.4, 'score'],
			['nw_weak_points', 5, 'count']
		]);
		const risks = risksOf(snapshot);
		expect(risks).toHaveLength(5);
		expect(risks[4]).toEqual({
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
			'aanbeveling',
			'normen'
		]);
		expect(sheet.rows).toContainEqual([
			'relations',
			50,
			'trust',
			'weak',
			2.4,
			null,
			'Aanbeveling R5',
			JSON.stringify(INDICATOR_RULES.trust)
		]);
		expect(sheet.rows).toContainEqual(['Netwerkmaten']);
		expect(sheet.rows).toContainEqual(['peildatum', '2026-09-30']);
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
		// No contact in the window and no round: the figures say so instead of guessing.
		const quiet = { ...inputs, contactsInWindow: 0, contactPairs: [], survey: null };
		const none = networkSnapshot(
			{ health: networkHealth(quiet, null), inputs: quiet, partnerScores: [] },
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
