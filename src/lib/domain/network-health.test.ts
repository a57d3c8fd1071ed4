// The health check against the worked examples of the domain brief (§6.2): a star, a path, a complete graph
// and the seeded Zuid-Limburg network, each judged the way seed 004 would judge it. The star, where everything
// runs through the trekker, must not score as well as the seeded network on equal treatment.
import { describe, expect, it } from 'vitest';
import {
	allOf,
	contactMeasures,
	density,
	equalTreatment,
	HEALTH_THRESHOLDS,
	INDICATOR_KEYS,
	INDICATOR_RULES,
	leadMandate,
	leadReach,
	networkHealth,
	oneToezichthouder,
	pairsInContact,
	positionsKnown,
	worstOf,
	type ContactStructure,
	type HealthInputs,
	type IndicatorKey,
	type NetworkHealth
} from './network-health';

const nodes = (n: number) => Array.from({ length: n }, (_, i) => `p${i}`);

/** Ten partners, p0 the trekker: every pair of the structure is in contact. */
function star(): ContactStructure {
	const partners = nodes(10);
	return { partners, lead: 'p0', pairs: partners.slice(1).map((p) => ['p0', p] as const) };
}
function path(lead = 'p0'): ContactStructure {
	const partners = nodes(10);
	return { partners, lead, pairs: partners.slice(1).map((p, i) => [partners[i], p] as const) };
}
function complete(): ContactStructure {
	const partners = nodes(10);
	const pairs: [string, string][] = [];
	for (let i = 0; i < 10; i++) for (let j = i + 1; j < 10; j++) pairs.push([partners[i], partners[j]]);
	return { partners, lead: 'p0', pairs };
}

// The seeded Zuid-Limburg network at any peildatum in December 2026 (supabase/seed.sql): the recurring groups that
// meet often enough to reach 1 point in 12 months (stuurgroep 6 x overleg, the WSP casusoverleg, the Parkstad
// overleg 3x, the Heuvelland casusoverleg, the Westelijke Mijnstreek project). The workshop (0,5) and the
// conference (0,25) bring no pair to 1 point; tests/integration/network-health.test.ts checks that the database
// finds exactly these pairs.
const ORG = {
	heerlen: 'heerlen',
	maastricht: 'maastricht',
	uwv: 'uwv',
	beek: 'beek',
	beekdaelen: 'beekdaelen',
	brunssum: 'brunssum',
	eijsden: 'eijsden-margraten',
	gulpen: 'gulpen-wittem',
	kerkrade: 'kerkrade',
	landgraaf: 'landgraaf',
	meerssen: 'meerssen',
	simpelveld: 'simpelveld',
	sittard: 'sittard-geleen',
	stein: 'stein',
	vaals: 'vaals',
	valkenburg: 'valkenburg',
	voerendaal: 'voerendaal',
	lwv: 'lwv',
	mkb: 'mkb',
	fnv: 'fnv',
	cnv: 'cnv',
	wozl: 'wozl',
	vista: 'vista'
};
const o = ORG;
const SEED_GROUPS = [
	[o.heerlen, o.maastricht, o.sittard, o.uwv, o.lwv, o.fnv, o.wozl],
	[o.heerlen, o.uwv, o.kerkrade, o.landgraaf, o.wozl],
	[o.heerlen, o.kerkrade, o.landgraaf, o.brunssum, o.simpelveld, o.voerendaal, o.beekdaelen],
	[o.maastricht, o.eijsden, o.gulpen, o.meerssen, o.valkenburg],
	[o.sittard, o.beek, o.stein, o.uwv]
];
function seedNetwork(): ContactStructure {
	const pairs = new Map<string, readonly [string, string]>();
	for (const group of SEED_GROUPS)
		for (const a of group) for (const b of group) if (a < b) pairs.set(`${a}|${b}`, [a, b] as const);
	return { partners: Object.values(ORG), lead: o.heerlen, pairs: [...pairs.values()] };
}

describe('the contact structure (brief §6.2)', () => {
	it('a star: the trekker reaches everyone, centralization 1, density 0,20', () => {
		const m = contactMeasures(star());
		expect(m.reach).toEqual({ part: 9, total: 9 });
		expect(m.centralization).toBe(1);
		expect(m.density).toBeCloseTo(0.2, 10);
		expect(m.isolated).toEqual([]);
	});

	it('a path: the trekker at the end reaches one partner, in the middle two; centralization 0,028', () => {
		expect(contactMeasures(path()).reach).toEqual({ part: 1, total: 9 });
		expect(contactMeasures(path('p4')).reach).toEqual({ part: 2, total: 9 });
		expect(contactMeasures(path()).centralization).toBeCloseTo(2 / 72, 10);
		expect(contactMeasures(path()).density).toBeCloseTo(0.2, 10);
	});

	it('a complete graph: everyone in contact, centralization 0, density 1', () => {
		const m = contactMeasures(complete());
		expect(m).toMatchObject({ reach: { part: 9, total: 9 }, centralization: 0, density: 1, isolated: [] });
	});

	it('the seeded network: 61 of 253 pairs, the trekker reaches 12 of 22, centralization 0,333, four without contact', () => {
		const m = contactMeasures(seedNetwork());
		expect(m.pairsInContact).toBe(61);
		expect(m.pairCount).toBe(253);
		expect(m.reach).toEqual({ part: 12, total: 22 });
		expect(m.centralization).toBeCloseTo(0.333, 3);
		expect(m.isolated.sort()).toEqual([o.cnv, o.mkb, o.vaals, o.vista].sort());
		expect([m.degree[o.heerlen], m.degree[o.maastricht], m.degree[o.uwv]]).toEqual([12, 10, 10]);
	});

	it('the structure holds the pairs the database marked in contact', () => {
		const pairs = [
			{ a: 'x', b: 'y', inContact: false },
			{ a: 'x', b: 'z', inContact: true }
		];
		expect(pairsInContact(pairs)).toEqual([['x', 'z']]);
	});
});

describe('each indicator separates the cases seed 004 judges differently', () => {
	const cases = { star: star(), path: path(), middle: path('p4'), complete: complete(), seed: seedNetwork() };
	const measures = Object.fromEntries(
		Object.entries(cases).map(([k, s]) => [k, contactMeasures(s)])
	) as Record<keyof typeof cases, ReturnType<typeof contactMeasures>>;

	it('the trekker’s reach: star and complete good, the seed aandacht, a path zwak', () => {
		expect(leadReach(measures.star).status).toBe('good');
		expect(leadReach(measures.complete).status).toBe('good');
		expect(leadReach(measures.seed)).toMatchObject({ status: 'attention', total: 22 });
		expect(leadReach(measures.seed).value).toBeCloseTo(12 / 22, 10);
		expect(leadReach(measures.path).status).toBe('weak');
		expect(leadReach(measures.middle).status).toBe('weak');
	});

	it('equal treatment: the star is zwak, also with a good survey; the seed is goed on structure alone', () => {
		expect(equalTreatment(measures.star, null).status).toBe('weak');
		expect(equalTreatment(measures.star, 3.4).status).toBe('weak');
		expect(equalTreatment(measures.seed, null)).toMatchObject({ status: 'good', survey: null });
		expect(equalTreatment(measures.path, null).status).toBe('good');
		expect(equalTreatment(measures.complete, null).status).toBe('good');
	});

	it('the star does not score as well as the seeded network on equal treatment', () => {
		const rank = { good: 2, attention: 1, weak: 0, no_data: -1 };
		expect(rank[equalTreatment(measures.star, null).status]).toBeLessThan(
			rank[equalTreatment(measures.seed, null).status]
		);
	});

	it('what partners say counts too: a complete graph with survey 2,3 is zwak, the seed with 2,7 aandacht', () => {
		expect(equalTreatment(measures.complete, 2.3).status).toBe('weak');
		expect(equalTreatment(measures.seed, 2.7).status).toBe('attention');
		expect(equalTreatment(null, 3.1)).toMatchObject({ status: 'good', value: null, survey: 3.1 });
		expect(equalTreatment(null, null).status).toBe('no_data');
	});

	it('density: star, path and seed zwak, complete goed; a partner without contact keeps it from goed', () => {
		expect(density(measures.star).status).toBe('weak');
		expect(density(measures.path).status).toBe('weak');
		expect(density(measures.seed)).toMatchObject({ status: 'weak', total: 253 });
		expect(density(measures.seed).partners).toHaveLength(4);
		expect(density(measures.complete).status).toBe('good');
		const withLoner = contactMeasures({ ...complete(), partners: [...nodes(10), 'loner'] });
		expect(withLoner.density).toBeGreaterThan(HEALTH_THRESHOLDS.density.good);
		expect(density(withLoner)).toMatchObject({ status: 'attention', partners: ['loner'] });
		expect(density(null).status).toBe('no_data');
	});

	it('thresholds are inclusive on the good side', () => {
		const at = (centralization: number) => equalTreatment({ ...measures.seed, centralization }, null).status;
		expect([at(0.5), at(0.5001), at(0.75), at(0.7501)]).toEqual(['good', 'attention', 'attention', 'weak']);
		const reach = (part: number) => leadReach({ ...measures.seed, reach: { part, total: 10 } }).status;
		expect([reach(9), reach(8), reach(5), reach(4)]).toEqual(['good', 'attention', 'attention', 'weak']);
	});
});

describe('one body, positions, mandate', () => {
	it('one toezichthouder over the agreed goals: 1 goed, 2 aandacht, 3 zwak, none geen gegevens', () => {
		expect(oneToezichthouder(['uwv'])).toMatchObject({ status: 'good', value: 1, partners: ['uwv'] });
		expect(oneToezichthouder(['uwv', 'heerlen']).status).toBe('attention');
		expect(oneToezichthouder(['uwv', 'heerlen', 'maastricht'])).toMatchObject({
			status: 'weak',
			recommendation: 'R4'
		});
		expect(oneToezichthouder([]).status).toBe('no_data');
	});

	it('positions known: the seed’s 4, 3 and 1 of 23 partners is zwak; three quarters goed', () => {
		const seed = positionsKnown([{ partners: 4 }, { partners: 3 }, { partners: 1 }], 23);
		expect(seed.status).toBe('weak');
		expect(seed.value).toBeCloseTo(8 / 69, 10);
		expect(positionsKnown([{ partners: 18 }, { partners: 17 }], 23).status).toBe('good');
		expect(positionsKnown([{ partners: 12 }], 23).status).toBe('attention');
		expect(positionsKnown([], 23).status).toBe('no_data');
	});

	it('the trekker’s mandate: none recorded aandacht, ratified by every gemeente goed, no trekker zwak', () => {
		const mandate = {
			decisionReference: 'Raadsbesluit 2026/12',
			decisionDate: '2026-03-01',
			validUntil: null
		};
		expect(leadMandate(true, { mandate: null, gemeenten: 15, ratifiedBy: 0 })).toMatchObject({
			status: 'attention',
			recommendation: 'R2'
		});
		expect(leadMandate(true, { mandate, gemeenten: 15, ratifiedBy: 14 }).status).toBe('attention');
		expect(leadMandate(true, { mandate, gemeenten: 15, ratifiedBy: 15 })).toMatchObject({
			status: 'good',
			reference: 'Raadsbesluit 2026/12'
		});
		expect(leadMandate(false, { mandate: null, gemeenten: 15, ratifiedBy: 0 }).status).toBe('weak');
	});

	it('helpers', () => {
		expect([allOf(3, 3), allOf(2, 3), allOf(1, 2)]).toEqual(['good', 'attention', 'weak']);
		expect(worstOf('good', 'no_data', 'attention')).toBe('attention');
		expect(worstOf('no_data', 'no_data')).toBe('no_data');
	});
});

// ---------------------------------------------------------------------------------------------------
// The whole check from the database's inputs

const partners = Object.values(ORG);
function seedInputs(overrides: Partial<HealthInputs> = {}): HealthInputs {
	const structure = seedNetwork();
	return {
		peildatum: '2026-12-04',
		window: { from: '2025-12-05', to: '2026-12-04' },
		partners,
		leadOrganisationId: o.heerlen,
		inContactPoints: 1,
		contactWeights: {
			gezamenlijk_project: 1,
			casusoverleg: 0.75,
			overleg: 0.5,
			workshop: 0.5,
			conferentie: 0.25
		},
		contactsInWindow: 150,
		contactPairs: [
			...structure.pairs.map(([a, b]) => ({ a, b, points: 1.5, inContact: true })),
			// A pair that met once at a plenary meeting is not in contact.
			{ a: o.cnv, b: o.mkb, points: 0.5, inContact: false }
		],
		goals: { total: 3, agreed: 2, toezichthouders: [o.uwv], changes: 0, successors: 0 },
		vision: { statement: true, endorsedBy: 2 },
		positions: [
			{ dossier: 'Beschut werk', partners: 3 },
			{ dossier: 'Loonkostensubsidie', partners: 1 },
			{ dossier: 'Werkgeversbenadering', partners: 4 }
		],
		leadMandate: { mandate: null, gemeenten: 15, ratifiedBy: 0 },
		survey: {
			title: 'Voorjaar 2026',
			minRespondents: 3,
			trust: 3.28,
			value: 2.77,
			equalTreatment: null
		},
		...overrides
	};
}

const find = (health: NetworkHealth, key: IndicatorKey) =>
	health.factors.flatMap((f) => f.indicators).find((i) => i.key === key)!;

describe('networkHealth', () => {
	it('the seeded region as the brief computes it', () => {
		const health = networkHealth(seedInputs(), { programmesAssessed: 3, programmesStable: 2 });
		const status = (key: IndicatorKey) => find(health, key).status;
		expect(status('one_toezichthouder')).toBe('good');
		expect(status('stable_goals')).toBe('good');
		expect(status('lead_mandate')).toBe('attention');
		expect(status('lead_reach')).toBe('attention');
		expect(status('density')).toBe('weak');
		expect(find(health, 'density').value).toBeCloseTo(61 / 253, 10);
		expect(status('equal_treatment')).toBe('good');
		expect(status('positions_known')).toBe('weak');
		expect(status('trust')).toBe('good');
		expect(health.peildatum).toBe('2026-12-04');
		expect(health.window).toEqual({ from: '2025-12-05', to: '2026-12-04' });
	});

	it('every indicator once, each with its rule and, when weak, a recommendation', () => {
		const health = networkHealth(seedInputs(), null);
		const all = health.factors.flatMap((f) => f.indicators);
		expect(all.map((i) => i.key).sort()).toEqual([...INDICATOR_KEYS].sort());
		for (const i of all) {
			expect(i.rule).toEqual(INDICATOR_RULES[i.key]);
			expect(i.recommendation !== null).toBe(i.status === 'attention' || i.status === 'weak');
		}
	});

	it('without contacts in the window the contact indicators have no data, the survey still counts', () => {
		const health = networkHealth(
			seedInputs({
				contactsInWindow: 0,
				contactPairs: [],
				survey: { title: 'r', minRespondents: 3, trust: 2.4, value: 2, equalTreatment: 2.6 }
			}),
			null
		);
		expect(find(health, 'density').status).toBe('no_data');
		expect(find(health, 'lead_reach').status).toBe('no_data');
		expect(find(health, 'equal_treatment')).toMatchObject({ status: 'attention', survey: 2.6 });
		expect(find(health, 'trust').status).toBe('weak');
	});

	it('changes and stops in the 12 months: none goed, two aandacht, three zwak', () => {
		const withChanges = (changes: number) =>
			find(networkHealth(seedInputs({ goals: { ...seedInputs().goals, changes } }), null), 'stable_goals')
				.status;
		expect([withChanges(0), withChanges(2), withChanges(3)]).toEqual(['good', 'attention', 'weak']);
	});

	it('a region without goals, contacts, survey or partners scores only what it has', () => {
		const health = networkHealth(
			seedInputs({
				partners: [],
				leadOrganisationId: null,
				contactsInWindow: 0,
				contactPairs: [],
				goals: { total: 0, agreed: 0, toezichthouders: [], changes: 0, successors: 0 },
				vision: { statement: false, endorsedBy: 0 },
				positions: [],
				survey: null
			}),
			null
		);
		expect(health.factors.map((f) => f.status)).toEqual(['no_data', 'weak', 'no_data']);
		expect(find(health, 'lead_mandate').status).toBe('weak');
	});
});
