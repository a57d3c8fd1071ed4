export interface CommitmentFigure {
	programmeId: string;
	organisationId: string;
	year: number;
	committedAmount: number;
	realisedAmount: number | null;
	committedStaffHours: number | null;
	realisedStaffHours: number | null;
}

export interface BudgetTotals {
	committed: number;
	/** Sum of what was realised, over the commitments that have a realisation. */
	realised: number;
	/** Committed amount of the commitments with a realisation: the fair base for a realisation rate. */
	committedWithRealisation: number;
	staffHoursCommitted: number;
	staffHoursRealised: number;
	partners: number;
}

export function budgetTotals(commitments: readonly CommitmentFigure[]): BudgetTotals {
	const realisedOnes = commitments.filter((c) => c.realisedAmount !== null);
	return {
		committed: sum(commitments.map((c) => c.committedAmount)),
		realised: sum(realisedOnes.map((c) => c.realisedAmount ?? 0)),
		committedWithRealisation: sum(realisedOnes.map((c) => c.committedAmount)),
		staffHoursCommitted: sum(commitments.map((c) => c.committedStaffHours ?? 0)),
		staffHoursRealised: sum(commitments.map((c) => c.realisedStaffHours ?? 0)),
		partners: new Set(commitments.map((c) => c.organisationId)).size
	};
}

/** Realised as a share of committed, over commitments that have a realisation; null when none has. */
export function realisationRate(totals: BudgetTotals): number | null {
	return totals.committedWithRealisation > 0 ? totals.realised / totals.committedWithRealisation : null;
}

/** How far ahead an amount can be entered: a multi-year agreement runs at most ten years past its start. */
export const BUDGET_HORIZON_YEARS = 10;

/** The last budget year an amount can be entered for on `today`. */
export const lastBudgetYear = (today: Date) => today.getFullYear() + BUDGET_HORIZON_YEARS;

/** A year amounts can be entered for: from the first year with figures (2015) up to ten years ahead. */
export function isBudgetYear(year: number, today: Date): boolean {
	return Number.isInteger(year) && year >= 2015 && year <= lastBudgetYear(today);
}

/** "Toegezegd t/m" of an agreement starting in `year`: that year up to ten years later. */
export function isAgreementEnd(through: number, year: number): boolean {
	return Number.isInteger(through) && through >= year && through - year <= BUDGET_HORIZON_YEARS;
}

/** Drops of the total commitment larger than this, year on year, are flagged (seed 004: stable funding). */
export const DEFAULT_DROP_THRESHOLD = 0.1;

export interface YearChange {
	year: number;
	committed: number;
	/** Change against the previous year as a fraction (-0.25 = 25 % less); null for the first year. */
	change: number | null;
	flagged: boolean;
}

export type StabilityVerdict = 'stable' | 'unstable' | 'insufficient_data';

export interface Stability {
	years: YearChange[];
	verdict: StabilityVerdict;
	/** The largest drop as a positive fraction, 0 when there was none. */
	largestDrop: number;
}

/**
 * Year-on-year change of a programme's total commitment. A year without commitments after a year with them
 * counts as a 100 % drop; at least two years are needed for a verdict.
 */
export function stabilityOf(
	committedByYear: ReadonlyMap<number, number>,
	threshold = DEFAULT_DROP_THRESHOLD
): Stability {
	const knownYears = [...committedByYear.keys()].sort((a, b) => a - b);
	if (knownYears.length === 0) return { years: [], verdict: 'insufficient_data', largestDrop: 0 };
	const years: YearChange[] = [];
	for (let year = knownYears[0]; year <= knownYears[knownYears.length - 1]; year++) {
		const committed = committedByYear.get(year) ?? 0;
		const previous = years[years.length - 1];
		const change =
			previous === undefined
				? null
				: previous.committed === 0
					? committed === 0
						? 0
						: null
					: committed / previous.committed - 1;
		years.push({ year, committed, change, flagged: change !== null && change < -threshold });
	}
	const largestDrop = Math.max(0, ...years.map((y) => (y.change !== null ? -y.change : 0)));
	const verdict: StabilityVerdict =
		years.length < 2 ? 'insufficient_data' : years.some((y) => y.flagged) ? 'unstable' : 'stable';
	return { years, verdict, largestDrop };
}

/** Total committed per year for one programme (or any subset of commitments). */
export function committedByYear(commitments: readonly CommitmentFigure[]): Map<number, number> {
	const totals = new Map<number, number>();
	for (const c of commitments) totals.set(c.year, (totals.get(c.year) ?? 0) + c.committedAmount);
	return totals;
}

// ---------------------------------------------------------------------------------------------------
// What the screens show: the same figures for the budget page, its exports, the overview tile and the
// network health check.

export interface ProgrammeYear {
	year: number;
	committed: number;
	/** Null while nothing of that year's commitments has been realised. */
	realised: number | null;
	/** Realised as a share of what was committed on the realised commitments; null without realisations. */
	rate: number | null;
	/** Change of the total commitment against the previous year (-0.25 = 25 % less); null for the first year. */
	change: number | null;
	flagged: boolean;
}

export interface ProgrammeOverview<P extends { id: string } = { id: string }> {
	programme: P;
	years: ProgrammeYear[];
	stability: Stability;
}

export interface PartnerYear {
	organisationId: string;
	totals: BudgetTotals;
	rate: number | null;
	/** Some of the partner's commitments of the year have a realised amount. */
	hasRealisation: boolean;
}

export interface BudgetOverview<P extends { id: string } = { id: string }> {
	/** Every year with commitments, oldest first. */
	years: number[];
	programmes: ProgrammeOverview<P>[];
	/** Per partner in the chosen year, largest commitment first. */
	partners: PartnerYear[];
	/** The region in the chosen year. */
	totals: BudgetTotals;
	rate: number | null;
	hasRealisation: boolean;
}

const isRealised = (c: CommitmentFigure) => c.realisedAmount !== null;

/**
 * Committed against realised per programme over the years, with each programme's stability (year-on-year change
 * of its total commitment; drops larger than the threshold flagged), and per partner for one year.
 */
export function budgetOverview<P extends { id: string }>(
	programmes: readonly P[],
	commitments: readonly CommitmentFigure[],
	year: number,
	threshold = DEFAULT_DROP_THRESHOLD
): BudgetOverview<P> {
	const years = [...new Set(commitments.map((c) => c.year))].sort((a, b) => a - b);
	const programmeOverviews = programmes.map((programme) => {
		const own = commitments.filter((c) => c.programmeId === programme.id);
		const stability = stabilityOf(committedByYear(own), threshold);
		const changes = new Map(stability.years.map((y) => [y.year, y] as const));
		return {
			programme,
			stability,
			years: years.map((y) => {
				const ofYear = own.filter((c) => c.year === y);
				const totals = budgetTotals(ofYear);
				const change = changes.get(y);
				return {
					year: y,
					committed: totals.committed,
					realised: ofYear.some(isRealised) ? totals.realised : null,
					rate: realisationRate(totals),
					change: change?.change ?? null,
					flagged: change?.flagged ?? false
				};
			})
		};
	});
	const inYear = commitments.filter((c) => c.year === year);
	const partners = [...new Set(inYear.map((c) => c.organisationId))]
		.map((organisationId) => {
			const own = inYear.filter((c) => c.organisationId === organisationId);
			const totals = budgetTotals(own);
			return { organisationId, totals, rate: realisationRate(totals), hasRealisation: own.some(isRealised) };
		})
		.sort((a, b) => b.totals.committed - a.totals.committed);
	const totals = budgetTotals(inYear);
	return {
		years,
		programmes: programmeOverviews,
		partners,
		totals,
		rate: realisationRate(totals),
		hasRealisation: inYear.some(isRealised)
	};
}

export interface BudgetSummary {
	/** The budget year the figures are of. */
	year: number;
	/** Committed in the year over all programmes. */
	committed: number;
	/** Realised in the year (over the commitments that have a realisation); 0 when hasRealisation is false. */
	realised: number;
	hasRealisation: boolean;
	/** Programmes judged aandacht or zwak in the window (domain brief §4). */
	unstableProgrammes: number;
	/** Programmes judged zwak in the window. */
	weakProgrammes: number;
	/** Programmes of the region (active and inactive). */
	programmes: number;
	/** The stability window, budget years from … to. */
	window: { from: number; to: number };
	/** Partners with a commitment in the year. */
	partners: number;
}

function sum(values: readonly number[]): number {
	// Cents as integers, so 0.1 + 0.2 adds up to 0.3 for money.
	return values.reduce((total, value) => total + Math.round(value * 100), 0) / 100;
}

// ---------------------------------------------------------------------------------------------------
// How far ahead a partner is committed, against the gemeenteraadsverkiezingen (domain brief §4): held every four
// years in March (18 March 2026); the council elected in March 2030 first sets a full budget for 2031.

const ELECTIONS_EVERY = 4;
const KNOWN_ELECTIONS = 2026;
/** March: the elections fall in the third month. */
const ELECTIONS_MONTH = 2;

/** The year of the next gemeenteraadsverkiezingen on `today` (the current year until its March has passed). */
export function nextCouncilElections(today: Date): number {
	const year = today.getFullYear();
	const offset = (((year - KNOWN_ELECTIONS) % ELECTIONS_EVERY) + ELECTIONS_EVERY) % ELECTIONS_EVERY;
	const candidate = year - offset;
	return candidate === year && today.getMonth() <= ELECTIONS_MONTH ? year : candidate + ELECTIONS_EVERY;
}

export type CommitmentHorizon = 'none' | 'before_elections' | 'past_elections';

/** Whether a commitment "toegezegd t/m" `through` reaches the first budget of the next council. */
export function commitmentHorizon(through: number | null, elections: number): CommitmentHorizon {
	if (through === null) return 'none';
	return through >= elections + 1 ? 'past_elections' : 'before_elections';
}

/** Realised as a share of the committed amount of the realised lines; null without a realisation. */
export function realisedShare(realised: number | null, committedRealised: number | null): number | null {
	return realised === null || committedRealised === null || committedRealised <= 0
		? null
		: realised / committedRealised;
}

// ---------------------------------------------------------------------------------------------------
// The shape of public.budget_overview(region, budget_year, gemeente) (supabase/migrations/
// 20261207110000_budget_overview.sql): the one budget summary the budget page, the overview tile, the meeting
// room, the health check and the report read. Stable: the published report snapshot is built from it in SQL;
// add keys, never rename them. Amounts in euros, shares 0–1 rounded to 0.001.

export type BudgetVerdict = 'stabiel' | 'aandacht' | 'zwak' | 'geen_gegevens';

export interface BudgetYearSums {
	year: number;
	committed: number;
	/** Null while nothing of that year is realised. */
	realised: number | null;
	/** The committed amount of the lines with a realisation: the base of a realisation rate. */
	committed_realised: number;
	hours_committed: number;
	hours_realised: number;
	partners: number;
}

export interface BudgetDrop {
	organisation_id: string;
	name: string;
	from_year: number;
	to_year: number;
	from_amount: number;
	to_amount: number;
	/** Share lost, 0–1, rounded to 0.001 (shown as −38,3 %). */
	drop: number;
	/** No amount for to_year while no agreement covers it (or it was ended): teruggetrokken. */
	withdrawn: boolean;
}

export interface BudgetAgreementSpan {
	programme_id: string;
	start_year: number;
	end_year: number;
	status: 'toegezegd' | 'onder_voorbehoud' | 'beeindigd';
}

export interface BudgetProgrammeFacts {
	programme_id: string;
	name: string;
	description: string | null;
	active: boolean;
	verdict: BudgetVerdict;
	/** The largest share of money lost in one step of the window; null without steps. */
	worst_loss: number | null;
	years: BudgetYearSums[];
	steps: { from_year: number; to_year: number; lost: number; base: number; loss: number }[];
	drops: BudgetDrop[];
	/** Steps without a drop: 'missing' (agreed, amount not entered), 'not_yet' (next year, not yet agreed). */
	open: { year: number; kind: 'missing' | 'not_yet'; partners: number }[];
	committed_through: number | null;
}

export interface BudgetPartnerFacts {
	organisation_id: string;
	name: string;
	type: string;
	active: boolean;
	/** In the overview's year; null when the partner has no line that year ("nog geen bijdrage"). */
	committed: number | null;
	realised: number | null;
	committed_realised: number | null;
	hours_committed: number | null;
	hours_realised: number | null;
	previous_committed: number | null;
	/** The last year of a toegezegde agreement running in the year or later. */
	committed_through: number | null;
	/** The same, also counting agreements onder voorbehoud. */
	provisional_through: number | null;
	agreements: BudgetAgreementSpan[];
	verdict: BudgetVerdict;
	worst_drop: (Omit<BudgetDrop, 'organisation_id' | 'name'> & { programme_id: string }) | null;
}

export interface BudgetOverviewFacts {
	region_id: string;
	year: number;
	window: { from: number; to: number };
	thresholds: { attention: number; weak: number };
	totals: Omit<BudgetYearSums, 'year' | 'realised'> & {
		realised: number | null;
		previous_committed: number | null;
	};
	years: { year: number; committed: number; realised: number | null }[];
	programmes: BudgetProgrammeFacts[];
	partners: BudgetPartnerFacts[];
	health: { programmes_assessed: number; programmes_without_weak: number; programmes_stable: number };
	/** The gemeente asked for (report), with its share of the year's committed total; null otherwise. */
	gemeente: (BudgetPartnerFacts & { share: number }) | null;
}
