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

function sum(values: readonly number[]): number {
	// Cents as integers, so 0.1 + 0.2 adds up to 0.3 for money.
	return values.reduce((total, value) => total + Math.round(value * 100), 0) / 100;
}
