import { describe, expect, it } from 'vitest';
import type { PlacementFigure, RegionalTarget } from './baanafspraken';
import type { CommitmentFigure } from './budget';
import { networkHealth } from './network-health';
import { computeNetworkMetrics } from './network-metrics';
import {
	AVAILABLE_SECTIONS,
	SECTION_REGISTRY,
	baanafsprakenSnapshot,
	budgetSnapshot,
	compare,
	correctionsBetween,
	goalsSnapshot,
	isReportablePeriod,
	keyFiguresOf,
	localDate,
	meetingsInPeriod,
	meetingsSnapshot,
	networkSnapshot,
	parsePeriod,
	periodStart,
	periodKey,
	previousPeriod,
	referenceDate,
	risksOf,
	sheetsOf,
	weakNetworkPoints,
	type GoalFigure,
	type MeetingFigure,
	type ReportSnapshot
} from './report';

const GEMEENTE = 'g1';
const OTHER = 'g2';
const partners = [
	{ id: GEMEENTE, name: 'Gemeente Maastricht' },
	{ id: OTHER, name: 'Gemeente Heerlen' }
];

function placement(values: Partial<PlacementFigure>): PlacementFigure {
	return {
		organisationId: GEMEENTE,
		year: 2025,
		quarter: 1,
		sector: 'markt',
		persons: 1,
		hoursPerWeek: 25.5,
		...values
	};
}

function commitment(values: Partial<CommitmentFigure>): CommitmentFigure {
	return {
		programmeId: 'p1',
		organisationId: GEMEENTE,
		year: 2025,
		committedAmount: 1000,
		realisedAmount: null,
		committedStaffHours: null,
		realisedStaffHours: null,
		...values
	};
}

describe('periods', () => {
	it('reads a year and a quarter, and refuses anything else', () => {
		expect(parsePeriod('2025')).toEqual({ year: 2025, quarter: null });
		expect(parsePeriod('2025-K3')).toEqual({ year: 2025, quarter: 3 });
		for (const bad of ['', '2025-K5', '25', '2025K1', '1999', null]) expect(parsePeriod(bad)).toBeNull();
		expect(periodKey({ year: 2025, quarter: 2 })).toBe('2025-K2');
	});

	it('goes back a quarter across the year, and a year for a year', () => {
		expect(previousPeriod({ year: 2025, quarter: 1 })).toEqual({ year: 2024, quarter: 4 });
		expect(previousPeriod({ year: 2025, quarter: 3 })).toEqual({ year: 2025, quarter: 2 });
		expect(previousPeriod({ year: 2025, quarter: null })).toEqual({ year: 2024, quarter: null });
	});

	it('dates a report at the last day of its period', () => {
		expect(referenceDate({ year: 2025, quarter: 1 })).toBe('2025-03-31');
		expect(referenceDate({ year: 2024, quarter: 2 })).toBe('2024-06-30');
		expect(referenceDate({ year: 2025, quarter: null })).toBe('2025-12-31');
	});

	it('reports only on periods that have begun', () => {
		const today = new Date(2026, 10, 30);
		expect(isReportablePeriod({ year: 2026, quarter: 4 }, today)).toBe(true);
		expect(isReportablePeriod({ year: 2027, quarter: null }, today)).toBe(false);
		expect(isReportablePeriod({ year: 2027, quarter: 1 }, today)).toBe(false);
	});
});

describe('section registry', () => {
	it('has every section, all of them available', () => {
		expect(AVAILABLE_SECTIONS).toEqual(['baanafspraken', 'budgetten', 'doelen', 'netwerk', 'overleggen']);
		expect(Object.values(SECTION_REGISTRY).every((definition) => definition.available)).toBe(true);
	});
});

describe('baanafspraken snapshot', () => {
	const targets: RegionalTarget[] = [{ year: 2025, sector: 'markt', baselineJobs: 10, targetJobs: 18 }];
	const placements = [
		placement({ quarter: 1, persons: 2, hoursPerWeek: 51 }),
		placement({ quarter: 2, persons: 1, hoursPerWeek: 25.5 }),
		placement({ quarter: 2, organisationId: OTHER, persons: 3, hoursPerWeek: 76.5 }),
		// After the reference date: left out of a report on the second quarter.
		placement({ quarter: 3, persons: 9, hoursPerWeek: 229.5 })
	];

	it('counts the period, the previous period and the gemeente’s share of the region', () => {
		const snapshot = baanafsprakenSnapshot(
			placements,
			targets,
			{ year: 2025, quarter: 2 },
			partners,
			GEMEENTE
		);
		expect(snapshot.region.current).toEqual({ persons: 4, countedJobs: 4 });
		expect(snapshot.region.previous).toEqual({ persons: 2, countedJobs: 2 });
		expect(snapshot.gemeente).toMatchObject({
			name: 'Gemeente Maastricht',
			current: { persons: 1, countedJobs: 1 },
			previous: { persons: 2, countedJobs: 2 },
			share: 0.25,
			previousShare: 1,
			rank: 2,
			contributors: 2
		});
		expect(snapshot.partners.map((p) => [p.name, p.countedJobs])).toEqual([
			['Gemeente Heerlen', 3],
			['Gemeente Maastricht', 1]
		]);
	});

	it('stands against the trajectory at the reference date, without later quarters', () => {
		const snapshot = baanafsprakenSnapshot(placements, targets, { year: 2025, quarter: 2 }, partners, null);
		const markt = snapshot.sectors.find((s) => s.sector === 'markt')!;
		// 10 + 2 + 1 + 3 = 16 against 10 + 8 * 2/4 = 14.
		expect(markt).toMatchObject({ actualJobs: 16, expectedJobs: 14, status: 'on_track', differenceJobs: 2 });
		expect(markt.quarters[2].cumulativeJobs).toBeNull();
		expect(snapshot.gemeente).toBeNull();
	});

	it('flags a sector behind its trajectory as an open risk', () => {
		const behind: RegionalTarget[] = [{ year: 2025, sector: 'markt', baselineJobs: 10, targetJobs: 50 }];
		const snapshot = report({
			baanafspraken: baanafsprakenSnapshot(placements, behind, { year: 2025, quarter: 2 }, partners, null)
		});
		// 16 against 10 + 40 / 2 = 30: 14 behind.
		expect(risksOf(snapshot)).toEqual([
			{ section: 'baanafspraken', kind: 'sector_behind', subject: 'markt', value: 14 }
		]);
	});
});

describe('budget snapshot', () => {
	const programmes = [
		{ id: 'p1', name: 'Werkgeversservicepunt' },
		{ id: 'p2', name: 'Jobcoachpool' }
	];
	const commitments = [
		commitment({ year: 2024, committedAmount: 1000, realisedAmount: 950 }),
		commitment({ year: 2025, committedAmount: 1100, realisedAmount: 1000 }),
		commitment({ year: 2025, organisationId: OTHER, committedAmount: 900 }),
		commitment({ programmeId: 'p2', year: 2024, organisationId: OTHER, committedAmount: 1000 }),
		commitment({
			programmeId: 'p2',
			year: 2025,
			organisationId: OTHER,
			committedAmount: 500,
			realisedAmount: 300
		}),
		// A later year does not count in a report on 2025.
		commitment({ year: 2026, committedAmount: 99999 })
	];

	it('totals the year, compares with the previous year, and gives the gemeente’s share', () => {
		const snapshot = budgetSnapshot(programmes, commitments, 2025, partners, GEMEENTE);
		expect(snapshot.region).toMatchObject({ committed: 2500, previousCommitted: 2000, realised: 1300 });
		expect(snapshot.gemeente).toMatchObject({ committed: 1100, previousCommitted: 1000, share: 0.44 });
		expect(snapshot.years.map((y) => y.year)).toEqual([2024, 2025]);
		const jobcoach = snapshot.programmes.find((p) => p.name === 'Jobcoachpool')!;
		expect(jobcoach).toMatchObject({ committed: 500, change: -0.5, flagged: true, verdict: 'unstable' });
	});

	it('lists a dropped programme and a low realisation as open risks', () => {
		const snapshot = report({ budgetten: budgetSnapshot(programmes, commitments, 2025, partners, null) });
		expect(risksOf(snapshot)).toEqual([
			{ section: 'budgetten', kind: 'programme_drop', subject: 'Jobcoachpool', value: 0.5 },
			{ section: 'budgetten', kind: 'low_realisation', subject: 'Jobcoachpool', value: 0.6 }
		]);
	});

	it('exports sheets whose total rows equal the key figures', () => {
		const snapshot = report({
			budgetten: budgetSnapshot(programmes, commitments, 2025, partners, null),
			baanafspraken: baanafsprakenSnapshot(
				[placement({ persons: 2, hoursPerWeek: 30 })],
				[],
				{ year: 2025, quarter: 1 },
				partners,
				null
			)
		});
		const sheets = sheetsOf(snapshot);
		// One sheet per section, its tables one under the other, each with its own header.
		expect(sheets.map((s) => s.name)).toEqual(['Baanafspraken', 'Budgetafspraken']);
		expect(sheets[0].columns).toEqual(['partner', 'personen', 'getelde_banen', 'aandeel']);
		expect(sheets[0].rows).toContainEqual(['Baanafspraken per kwartaal']);
		const totalsOf = (name: string) =>
			sheets.find((s) => s.name === name)!.rows.filter((row) => row[0] === 'Totaal regio');
		const figures = new Map(keyFiguresOf(snapshot).map((f) => [f.id, f.value]));
		expect(totalsOf('Baanafspraken')[0][2]).toBe(figures.get('ba_region_jobs'));
		expect(totalsOf('Budgetafspraken').map((row) => row[1])).toEqual([
			figures.get('bu_committed'),
			figures.get('bu_committed')
		]);
	});
});

function goal(values: Partial<GoalFigure>): GoalFigure {
	return {
		id: 'goal1',
		title: 'Meer mensen aan het werk',
		indicator: 'Geplaatste kandidaten',
		unit: 'personen',
		status: 'vastgesteld',
		baselineValue: 0,
		baselineDate: '2025-01-01',
		targetValue: 400,
		targetDate: '2026-12-31',
		toezichthouderId: 'uwv',
		milestones: [{ dueDate: '2025-12-31', targetValue: 200 }],
		contributions: [
			{ organisationId: GEMEENTE, commitmentValue: 150, commitmentText: null },
			{ organisationId: 'uwv', commitmentValue: null, commitmentText: 'Werkgeversdienstverlening' }
		],
		contributorIds: [GEMEENTE, 'uwv'],
		actuals: [],
		...values
	};
}

describe('goals snapshot', () => {
	const named = [...partners, { id: 'uwv', name: 'UWV Zuid-Limburg' }];
	const goals = [
		goal({
			// On 30 Jun 2025 the trajectory expects about 99; 60 is behind (tolerance 5 % of 400 = 20).
			actuals: [
				{ date: '2025-06-30', value: 60 },
				// After the reference date of a report on 2025 Q2: not known to it.
				{ date: '2025-09-30', value: 160 }
			]
		}),
		goal({
			id: 'goal2',
			title: 'Jongeren naar werk',
			status: 'concept',
			toezichthouderId: null,
			contributions: [{ organisationId: OTHER, commitmentValue: 10, commitmentText: null }],
			contributorIds: [OTHER]
		})
	];

	it('stands each goal at the reference date, without later actual values, with its toezichthouder', () => {
		const snapshot = goalsSnapshot(goals, { year: 2025, quarter: 2 }, named, null);
		expect(snapshot.referenceDate).toBe('2025-06-30');
		expect(snapshot.goals).toHaveLength(2);
		expect(snapshot.goals[0]).toMatchObject({
			title: 'Meer mensen aan het werk',
			status: 'vastgesteld',
			standing: 'achter',
			actual: 60,
			actualDate: '2025-06-30',
			toezichthouder: 'UWV Zuid-Limburg',
			contributors: ['Gemeente Maastricht', 'UWV Zuid-Limburg'],
			gemeenteCommitment: null
		});
		expect(snapshot.goals[1]).toMatchObject({ standing: 'geen-gegevens', toezichthouder: null });
		expect(snapshot.counts).toMatchObject({ vastgesteld: 1, concept: 1, afgerond: 0 });
		// A quarter later the same goal is on course: 160 against about 149.
		const later = goalsSnapshot(goals, { year: 2025, quarter: 3 }, named, null);
		expect(later.goals[0]).toMatchObject({ standing: 'op-koers', actual: 160 });
	});

	it('keeps, for a gemeente, only the goals it contributes to, with its commitment', () => {
		const snapshot = goalsSnapshot(goals, { year: 2025, quarter: 2 }, named, GEMEENTE);
		expect(snapshot.gemeente).toEqual({ id: GEMEENTE, name: 'Gemeente Maastricht' });
		expect(snapshot.goals.map((g) => g.id)).toEqual(['goal1']);
		expect(snapshot.goals[0].gemeenteCommitment).toEqual({ value: 150, text: null });
		expect(keyFiguresOf(report({ doelen: snapshot })).map((f) => [f.id, f.value, f.subject])).toEqual([
			['go_gemeente_total', 1, 'Gemeente Maastricht'],
			['go_gemeente_agreed', 1, 'Gemeente Maastricht'],
			['go_gemeente_behind', 1, 'Gemeente Maastricht']
		]);
	});

	it('flags an agreed goal behind its trajectory as an open risk, not a closed or concept one', () => {
		const behind = goalsSnapshot(goals, { year: 2025, quarter: 2 }, named, null);
		const risks = risksOf(report({ doelen: behind }));
		expect(risks).toHaveLength(1);
		expect(risks[0]).toMatchObject({
			section: 'doelen',
			kind: 'goal_behind',
			subject: 'Meer mensen aan het werk',
			detail: 'personen'
		});
		expect(risks[0].value).toBeGreaterThan(20);
		const stopped = goalsSnapshot(
			[{ ...goals[0], status: 'gestopt' }],
			{ year: 2025, quarter: 2 },
			named,
			null
		);
		expect(risksOf(report({ doelen: stopped }))).toEqual([]);
		expect(keyFiguresOf(report({ doelen: stopped })).find((f) => f.id === 'go_behind')?.value).toBe(0);
	});

	it('exports one sheet with every goal, its status, standing and toezichthouder', () => {
		const sheets = sheetsOf(
			report({ doelen: goalsSnapshot(goals, { year: 2025, quarter: 2 }, named, null) })
		);
		expect(sheets.map((s) => s.name)).toEqual(['Doelen']);
		const [sheet] = sheets;
		const column = (name: string) => sheet.columns.indexOf(name);
		expect(sheet.rows).toHaveLength(2);
		expect(sheet.rows[0][column('toezichthouder')]).toBe('UWV Zuid-Limburg');
		expect(sheet.rows[0][column('stand')]).toBe('achter');
		expect(sheet.rows[1][column('status')]).toBe('concept');
	});
});

describe('meetings snapshot', () => {
	const meeting = (values: Partial<MeetingFigure>): MeetingFigure => ({
		id: 'm1',
		title: 'Stuurgroep, september',
		startsAt: '2026-09-24T12:00:00Z',
		location: 'Stadhuis Heerlen',
		items: [
			{ id: 'i1', title: 'Opening' },
			{ id: 'i2', title: 'Baanafspraken' }
		],
		decisions: [
			{ agendaItemId: 'i2', body: 'Extra plaatsingen in de overheidssector.' },
			{ agendaItemId: 'i1', body: 'De agenda is vastgesteld.' }
		],
		actions: [
			{
				agendaItemId: 'i2',
				description: 'Werkgeverslijst delen',
				ownerOrganisationId: OTHER,
				dueDate: '2026-10-15',
				status: 'open'
			},
			{
				agendaItemId: 'i2',
				description: 'Al gedaan',
				ownerOrganisationId: GEMEENTE,
				dueDate: '2026-09-01',
				status: 'done'
			}
		],
		...values
	});

	it('dates a period from its first day', () => {
		expect(periodStart({ year: 2026, quarter: 3 })).toBe('2026-07-01');
		expect(periodStart({ year: 2026, quarter: null })).toBe('2026-01-01');
	});

	it('takes the meetings held in the period by their date in the Netherlands, oldest first', () => {
		const list = [
			meeting({ id: 'late', startsAt: '2026-09-30T22:30:00Z' }), // 1 October, 00:30 in the Netherlands
			meeting({ id: 'second', startsAt: '2026-08-01T08:00:00Z' }),
			meeting({ id: 'first', startsAt: '2026-06-30T22:30:00Z' }) // 1 July, 00:30 in the Netherlands
		];
		expect(localDate('2026-09-30T22:30:00Z')).toBe('2026-10-01');
		expect(meetingsInPeriod(list, { year: 2026, quarter: 3 }).map((m) => m.id)).toEqual(['first', 'second']);
		expect(meetingsInPeriod(list, { year: 2026, quarter: 4 }).map((m) => m.id)).toEqual(['late']);
		expect(meetingsInPeriod(list, { year: 2025, quarter: null })).toEqual([]);
	});

	it('lists decisions in agenda order and only the open actions, judged at the reference date', () => {
		const q3 = { year: 2026, quarter: 3 as const };
		// At the end of Q3 the action due on 15 October is not over its date yet.
		const atReference = meetingsSnapshot([meeting({})], q3, partners, null, '2026-11-30');
		expect(atReference.asOf).toBe('2026-09-30');
		const [m1] = atReference.meetings;
		expect(m1).toMatchObject({ date: '2026-09-24', location: 'Stadhuis Heerlen' });
		expect(m1.decisions).toEqual([
			{ item: 'Opening', body: 'De agenda is vastgesteld.' },
			{ item: 'Baanafspraken', body: 'Extra plaatsingen in de overheidssector.' }
		]);
		expect(m1.openActions).toEqual([
			{
				item: 'Baanafspraken',
				description: 'Werkgeverslijst delen',
				ownerId: OTHER,
				owner: 'Gemeente Heerlen',
				dueDate: '2026-10-15',
				overdue: false,
				daysOverdue: 0
			}
		]);
		expect(risksOf(report({ overleggen: atReference }))).toEqual([]);
		// A report on the whole year, read on 30 November: the action is 46 days over its date.
		const year = meetingsSnapshot(
			[meeting({})],
			{ year: 2026, quarter: null },
			partners,
			GEMEENTE,
			'2026-11-30'
		);
		expect(year.asOf).toBe('2026-11-30');
		expect(year.gemeente).toEqual({ id: GEMEENTE, name: 'Gemeente Maastricht' });
		const snapshot = report({ overleggen: year });
		expect(risksOf(snapshot)).toEqual([
			{
				section: 'overleggen',
				kind: 'action_overdue',
				subject: 'Werkgeverslijst delen',
				value: 46,
				detail: 'Gemeente Heerlen'
			}
		]);
		expect(keyFiguresOf(snapshot).map((f) => [f.id, f.value])).toEqual([
			['ov_meetings', 1],
			['ov_decisions', 2],
			['ov_open_actions', 1],
			['ov_overdue_actions', 1]
		]);
	});

	it('exports decisions and open actions on one sheet, and an empty period still has its header', () => {
		const year = meetingsSnapshot([meeting({})], { year: 2026, quarter: null }, partners, null, '2026-11-30');
		const [sheet] = sheetsOf(report({ overleggen: year }));
		expect(sheet.name).toBe('Overleggen en besluiten');
		expect(sheet.columns).toEqual(['overleg', 'datum', 'agendapunt', 'besluit']);
		expect(sheet.rows.slice(0, 2).map((row) => row[3])).toEqual([
			'De agenda is vastgesteld.',
			'Extra plaatsingen in de overheidssector.'
		]);
		expect(sheet.rows).toContainEqual(['Openstaande acties']);
		expect(sheet.rows.at(-1)).toEqual([
			'Stuurgroep, september',
			'2026-09-24',
			'Baanafspraken',
			'Werkgeverslijst delen',
			'Gemeente Heerlen',
			'2026-10-15',
			'ja'
		]);
		const empty = meetingsSnapshot([], { year: 2025, quarter: null }, partners, null, '2026-11-30');
		const [emptySheet] = sheetsOf(report({ overleggen: empty }));
		expect(emptySheet.columns).toEqual(['overleg', 'datum', 'agendapunt', 'besluit']);
		expect(keyFiguresOf(report({ overleggen: empty })).every((f) => f.value === 0)).toBe(true);
	});
});

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
		contacts: {
			partners: metrics.nodeCount,
			density: metrics.density,
			pairsNeverInContact: metrics.pairsNeverInContact,
			pairCount: metrics.pairCount,
			isolatedPartners: metrics.isolates.length,
			contactGini: metrics.contactGini
		},
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

describe('comparisons and corrections', () => {
	it('compares with a reference, without a ratio against zero', () => {
		expect(compare(12, 10)).toEqual({ difference: 2, ratio: expect.closeTo(0.2) });
		expect(compare(3, 0)).toEqual({ difference: 3, ratio: null });
		expect(compare(3, null)).toBeNull();
	});

	it('lists the key figures a newer version corrected, and nothing for the same figures', () => {
		const period = { year: 2025, quarter: 1 as const };
		const before = report({
			baanafspraken: baanafsprakenSnapshot([placement({ persons: 2 })], [], period, partners, GEMEENTE)
		});
		const after = report({
			baanafspraken: baanafsprakenSnapshot([placement({ persons: 5 })], [], period, partners, GEMEENTE)
		});
		expect(correctionsBetween(before, before)).toEqual([]);
		expect(correctionsBetween(before, after).map((c) => [c.id, c.before, c.after])).toEqual([
			['ba_gemeente_persons', 2, 5],
			['ba_region_persons', 2, 5]
		]);
	});
});

function report(sections: ReportSnapshot['sections']): ReportSnapshot {
	return {
		schemaVersion: 1,
		region: { id: 'r', name: 'Zuid-Limburg' },
		scope: { kind: 'region' },
		period: { year: 2025, quarter: 2 },
		referenceDate: '2025-06-30',
		collectedAt: '2025-07-15T10:00:00Z',
		sections
	};
}
