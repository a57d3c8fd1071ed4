import { describe, expect, it } from 'vitest';
import {
	contactFacts,
	networkHealth,
	type HealthInput,
	type IndicatorKey,
	type NetworkHealth
} from './network-health';
import { computeNetworkMetrics } from './network-metrics';

const healthy: HealthInput = {
	goals: {
		goalsTotal: 4,
		goalsAgreed: 4,
		goalsWithOneToezichthouder: 4,
		changesToAgreedGoals: 0,
		visionEndorsedBy: 10,
		partnersTotal: 10
	},
	budget: { programmesAssessed: 3, programmesStable: 3 },
	leadOrganisationSet: true,
	contacts: {
		partners: 10,
		density: 0.6,
		pairsNeverInContact: 18,
		pairCount: 45,
		isolatedPartners: 0,
		contactGini: 0.2
	},
	trust: 3.2
};

const find = (health: NetworkHealth, key: IndicatorKey) =>
	health.factors.flatMap((f) => f.indicators).find((i) => i.key === key)!;

describe('networkHealth', () => {
	it('scores a healthy network 100 on every factor, without recommendations', () => {
		const health = networkHealth(healthy);
		expect(health.factors.map((f) => [f.key, f.score, f.status])).toEqual([
			['external_influences', 100, 'good'],
			['network_strength', 100, 'good'],
			['relations', 100, 'good']
		]);
		expect(health.score).toBe(100);
		expect(health.factors.flatMap((f) => f.indicators).every((i) => i.recommendation === null)).toBe(true);
	});

	it('says "no data" for the goal indicators while the goals module has none, and scores the rest', () => {
		const health = networkHealth({ ...healthy, goals: null });
		for (const key of ['one_toezichthouder', 'stable_goals', 'vision_endorsed', 'goals_agreed'] as const) {
			expect(find(health, key)).toMatchObject({ status: 'no_data', value: null, recommendation: null });
		}
		// External influences: only the budget is known; strength: only the lead organisation.
		expect(health.factors[0].score).toBe(100);
		expect(health.factors[1].score).toBe(100);
	});

	it('no data at all gives no score rather than an invented one', () => {
		const health = networkHealth({
			goals: null,
			budget: null,
			leadOrganisationSet: false,
			contacts: null,
			trust: null
		});
		expect(health.factors[0]).toMatchObject({ score: null, status: 'no_data' });
		expect(health.factors[2]).toMatchObject({ score: null, status: 'no_data' });
		// The lead organisation is always known: not set is a weak point with R2.
		expect(find(health, 'lead_organisation')).toMatchObject({ status: 'weak', recommendation: 'R2' });
		expect(health.score).toBe(0);
	});

	it('gives each weak point its recommendation from seed 004', () => {
		const health = networkHealth({
			goals: {
				goalsTotal: 4,
				goalsAgreed: 1,
				goalsWithOneToezichthouder: 3,
				changesToAgreedGoals: 3,
				visionEndorsedBy: 4,
				partnersTotal: 10
			},
			budget: { programmesAssessed: 3, programmesStable: 1 },
			leadOrganisationSet: true,
			contacts: {
				partners: 10,
				density: 0.2,
				pairsNeverInContact: 36,
				pairCount: 45,
				isolatedPartners: 0,
				contactGini: 0.55
			},
			trust: 2.2
		});
		expect(find(health, 'one_toezichthouder')).toMatchObject({ status: 'attention', recommendation: 'R4' });
		expect(find(health, 'stable_goals')).toMatchObject({ status: 'weak', value: 3, recommendation: 'R4' });
		expect(find(health, 'stable_budget')).toMatchObject({ status: 'weak', recommendation: 'R3' });
		expect(find(health, 'vision_endorsed')).toMatchObject({ status: 'weak', recommendation: 'R1' });
		expect(find(health, 'goals_agreed')).toMatchObject({ status: 'weak', recommendation: 'R4' });
		expect(find(health, 'density')).toMatchObject({ status: 'weak', recommendation: 'R6' });
		expect(find(health, 'trust')).toMatchObject({ status: 'weak', recommendation: 'R5' });
		// 36 of 45 = 0.8 > 0.7.
		expect(find(health, 'pairs_never_in_contact')).toMatchObject({ status: 'weak', total: 45 });
		expect(find(health, 'equal_treatment')).toMatchObject({ status: 'weak', recommendation: 'R5_equal' });
		// External: attention 0.5 + weak 0 + weak 0 → 17.
		expect(health.factors[0].score).toBe(17);
		expect(health.factors[0].status).toBe('weak');
		// Strength: weak, good, weak → 33.
		expect(health.factors[1].score).toBe(33);
	});

	it('uses the thresholds at their edges, and an isolated partner is always a weak point', () => {
		const at = (contacts: Partial<NonNullable<HealthInput['contacts']>>, trust = 3) =>
			networkHealth({ ...healthy, contacts: { ...healthy.contacts!, ...contacts }, trust });
		expect(find(at({ density: 0.5 }), 'density').status).toBe('good');
		expect(find(at({ density: 0.3 }), 'density').status).toBe('attention');
		expect(find(at({ density: 0.29 }), 'density').status).toBe('weak');
		expect(find(at({}, 3), 'trust').status).toBe('good');
		expect(find(at({}, 2.5), 'trust').status).toBe('attention');
		expect(find(at({ contactGini: 0.3 }), 'equal_treatment').status).toBe('good');
		expect(find(at({ contactGini: 0.5 }), 'equal_treatment').status).toBe('attention');
		expect(find(at({ pairsNeverInContact: 30 }), 'pairs_never_in_contact').status).toBe('attention');
		expect(find(at({ isolatedPartners: 1 }), 'pairs_never_in_contact')).toMatchObject({
			status: 'weak',
			recommendation: 'R6'
		});
		expect(
			find(
				networkHealth({ ...healthy, goals: { ...healthy.goals!, changesToAgreedGoals: 2 } }),
				'stable_goals'
			).status
		).toBe('attention');
	});
});

describe('contactFacts', () => {
	it('reads what the check needs from the contact metrics, and nothing without contacts', () => {
		const metrics = computeNetworkMetrics({
			nodes: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
			edges: [{ source: 'a', target: 'b', weight: 2 }]
		});
		expect(contactFacts(metrics)).toEqual({
			partners: 3,
			density: metrics.density,
			pairsNeverInContact: 2,
			pairCount: 3,
			isolatedPartners: 1,
			contactGini: metrics.contactGini
		});
		expect(contactFacts(null)).toBeNull();
	});
});
