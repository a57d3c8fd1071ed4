// The banenafspraak as the sector counts it (Sociaal Akkoord 2013; UWV's regionale trendrapportage): the
// counting rules, the peildatum, the trajectory to the opgave, rounding and the verdict. Pure functions.
//
// The summaries over a region's plaatsingen are computed by the database (supabase/migrations/
// 20261207030000_banenafspraak_summaries.sql), under row-level security and without fetching rows; the same
// rules are written here for what the app decides per row or per figure (does this plaatsing count on the
// peildatum, how a difference reads, which quarter the entry form opens on), and
// tests/integration/banenafspraak-summaries.test.ts checks that the two agree on the domain brief's worked
// examples.
import { SECTORS, type Sector } from './enums';
import { compareQuarters, type Quarter } from './periods';

export { SECTORS, type Sector };

/** One counted job is 25.5 paid (verloonde) hours per week; smaller jobs count pro rata, larger ones as more. */
export const HOURS_PER_COUNTED_JOB = 25.5;

/** The nulmeting: the jobs the target group held on 31-12-2012; every stand counts the extra jobs since. */
export const NULMETING = '2012-12-31';

/** Hours per week a plaatsing can have: more than 0, at most 48 (the Arbeidstijdenwet's average maximum). */
export const MAX_HOURS_PER_WEEK = 48;
/** Above this many hours per week (a full-time job) the entry must say the hours were checked. */
export const CHECKED_ABOVE_HOURS = 40;
/** A gemeente's share is compared with its share of the target group only from this many plaatsingen. */
export const MIN_PLACEMENTS_FOR_RATIO = 10;
/** A context figure older than this many years gets a warning next to it. */
export const CONTEXT_MAX_AGE_YEARS = 2;

export function isSector(value: unknown): value is Sector {
	return (SECTORS as readonly unknown[]).includes(value);
}

/** The parts of a standing: the two sectors and the exact total (the verdict is given on the total). */
export const STANDING_PARTS = ['totaal', 'markt', 'overheid'] as const;
export type StandingPart = (typeof STANDING_PARTS)[number];

export function countedJobs(hoursPerWeek: number): number {
	if (!Number.isFinite(hoursPerWeek) || hoursPerWeek < 0) {
		throw new RangeError(`hours per week must be a number >= 0, got ${hoursPerWeek}`);
	}
	return hoursPerWeek / HOURS_PER_COUNTED_JOB;
}

// ---------------------------------------------------------------------------------------------------
// Rounding and the verdict

/**
 * Jobs as shown: one decimal, half away from zero (−1.25 → −1.3, +1.25 → +1.3). Computed exactly before; rounded
 * only here, once, for display. The small epsilon absorbs binary noise (1.25 stored as 1.2499999…).
 */
export function roundJobs(value: number): number {
	const rounded = (Math.sign(value) * Math.round(Math.abs(value) * 10 + 1e-9)) / 10;
	return rounded === 0 ? 0 : rounded;
}

export type Verdict = { status: 'ahead' | 'behind'; jobs: number } | { status: 'on_track'; jobs: 0 };

/**
 * How a difference with the trajectory reads: from the ROUNDED difference, so the words and the colour can never
 * disagree with the number shown ("achter met 1,2 banen" for −1.2, "voor met 1,2 banen" for +1.2, "op koers" for
 * anything that rounds to 0.0).
 */
export function verdictOf(difference: number): Verdict {
	const rounded = roundJobs(difference);
	if (rounded > 0) return { status: 'ahead', jobs: rounded };
	if (rounded < 0) return { status: 'behind', jobs: -rounded };
	return { status: 'on_track', jobs: 0 };
}

/**
 * A difference split into what was carried over from the end of last year and what arose this year. The part of
 * this year is the rounded difference minus the rounded carry-over, so the two parts always add up to what is shown.
 */
export function carryOverBreakdown(
	difference: number,
	carriedOver: number
): { carriedOver: number; thisYear: number } {
	const carried = roundJobs(carriedOver);
	return { carriedOver: carried, thisYear: roundJobs(roundJobs(difference) - carried) };
}

// ---------------------------------------------------------------------------------------------------
// Dates: quarters and peildata (ISO yyyy-mm-dd strings, no time zone)

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day of a quarter, as yyyy-mm-dd. */
export function quarterEnd({ year, quarter }: Quarter): string {
	const month = quarter * 3;
	const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return `${year}-${pad(month)}-${pad(last)}`;
}

/** The quarter a yyyy-mm-dd date falls in. */
export function quarterOfIso(date: string): Quarter {
	const year = Number(date.slice(0, 4));
	const month = Number(date.slice(5, 7));
	return { year, quarter: (Math.floor((month - 1) / 3) + 1) as Quarter['quarter'] };
}

export function isQuarterEnd(date: string): boolean {
	return /^\d{4}-\d{2}-\d{2}$/.test(date) && quarterEnd(quarterOfIso(date)) === date;
}

export function nextQuarter({ year, quarter }: Quarter): Quarter {
	return quarter === 4
		? { year: year + 1, quarter: 1 }
		: { year, quarter: (quarter + 1) as Quarter['quarter'] };
}

export function previousQuarter({ year, quarter }: Quarter): Quarter {
	return quarter === 1
		? { year: year - 1, quarter: 4 }
		: { year, quarter: (quarter - 1) as Quarter['quarter'] };
}

/** The last quarter that has ended on `today` (yyyy-mm-dd): on 10 December 2026, K3 2026. */
export function lastEndedQuarter(today: string): Quarter {
	return previousQuarter(quarterOfIso(today));
}

/** Whether a quarter can be declared complete on `today`: only after its last day. */
export function hasEnded(period: Quarter, today: string): boolean {
	return quarterEnd(period) < today;
}

/**
 * The peildatum on `today`: the last quarter end that has passed and that every reporting partner has closed
 * (`latestClosed`: per partner the last quarter it closed, or null). Null while a partner has closed none.
 */
export function peildatumOf(latestClosed: readonly (Quarter | null)[], today: string): string | null {
	let result = lastEndedQuarter(today);
	for (const closed of latestClosed) {
		if (closed === null) return null;
		if (compareQuarters(closed, result) < 0) result = closed;
	}
	return quarterEnd(result);
}

/**
 * The quarter the entry form opens on for a partner: the quarter after the last one it closed, once that has
 * ended (the quarter being reported); otherwise the running quarter. A partner that closed nothing yet starts
 * with the last ended quarter.
 */
export function entryQuarter(latestClosed: Quarter | null, today: string): Quarter {
	const candidate = latestClosed ? nextQuarter(latestClosed) : lastEndedQuarter(today);
	return hasEnded(candidate, today) ? candidate : quarterOfIso(today);
}

// ---------------------------------------------------------------------------------------------------
// Counting: the stock on a peildatum

export interface CountedPlacement {
	sector: Sector | null;
	hoursPerWeek: number;
	inDoelgroepregister: boolean;
	startDate: string;
	/** The last working day (inclusive), or null while the plaatsing runs. */
	endDate: string | null;
}

/** A plaatsing counts on a peildatum when the person is in the doelgroepregister and works there that day. */
export function countsOn(placement: CountedPlacement, peildatum: string): boolean {
	return (
		placement.inDoelgroepregister &&
		placement.startDate <= peildatum &&
		(placement.endDate === null || placement.endDate >= peildatum)
	);
}

export type PerPart = Record<StandingPart, number>;

/**
 * The stock of counted jobs on a peildatum, per sector: a plaatsing without a sector (uitzend, detachering) is
 * split with the key (share markt), as UWV's inleenverband is; the total is exact.
 */
export function stockOn(
	placements: readonly CountedPlacement[],
	peildatum: string,
	keyMarkt: number
): PerPart {
	const stock: PerPart = { totaal: 0, markt: 0, overheid: 0 };
	for (const placement of placements) {
		if (!countsOn(placement, peildatum)) continue;
		const jobs = countedJobs(placement.hoursPerWeek);
		stock.totaal += jobs;
		if (placement.sector === 'markt') stock.markt += jobs;
		else if (placement.sector === 'overheid') stock.overheid += jobs;
		else {
			stock.markt += jobs * keyMarkt;
			stock.overheid += jobs * (1 - keyMarkt);
		}
	}
	return stock;
}

/** UWV's stand: regulier per sector and inleenverband unsplit; per sector with the key, the total exact. */
export interface OfficialParts {
	regulierMarkt: number;
	regulierOverheid: number;
	inleenverband: number;
}

export function officialPerPart(official: OfficialParts, keyMarkt: number): PerPart {
	return {
		totaal: official.regulierMarkt + official.regulierOverheid + official.inleenverband,
		markt: official.regulierMarkt + keyMarkt * official.inleenverband,
		overheid: official.regulierOverheid + (1 - keyMarkt) * official.inleenverband
	};
}

// ---------------------------------------------------------------------------------------------------
// The trajectory to the opgave

/** The opgave of one sector at the end of a year: cumulative extra jobs against the nulmeting. */
export interface YearTarget {
	year: number;
	sector: Sector;
	targetJobs: number;
}

export interface TrajectoryPoint {
	target: number | null;
	/** Set when the trajectory runs between two year-end opgaven more than a year apart. */
	gap: { from: number; to: number } | null;
}

/**
 * Where a sector should be on a quarter end: linear per quarter between the year-end opgaven, from the nulmeting
 * (0 at 31-12-2012). Null when no opgave lies at or after that year.
 */
export function trajectoryOn(
	targets: readonly YearTarget[],
	sector: Sector,
	peildatum: string
): TrajectoryPoint {
	const { year, quarter } = quarterOfIso(peildatum);
	const points = [
		{ year: 2012, value: 0 },
		...targets.filter((t) => t.sector === sector).map((t) => ({ year: t.year, value: t.targetJobs }))
	];
	const prev = points.filter((p) => p.year <= year - 1).sort((a, b) => b.year - a.year)[0];
	const next = points.filter((p) => p.year >= year).sort((a, b) => a.year - b.year)[0];
	if (!next) return { target: null, gap: null };
	const elapsed = (year - 1 - prev.year) * 4 + quarter;
	const span = (next.year - prev.year) * 4;
	return {
		target: prev.value + ((next.value - prev.value) * elapsed) / span,
		gap: next.year - prev.year > 1 ? { from: prev.year, to: next.year } : null
	};
}

// ---------------------------------------------------------------------------------------------------
// A gemeente's share in context

export interface ShareRow {
	placements: number;
	jobsShare: number | null;
	contextShare: number | null;
	ratio: number | null;
}

/** A gemeente's row of the share table, as banenafspraak_gemeenten returns it and a report snapshot stores it. */
export interface GemeenteShare extends ShareRow {
	organisationId: string;
	name: string;
	code: string;
	jobs: number;
	contextValue: number | null;
	contextLabel: string | null;
	contextPeriodEnd: string | null;
	contextSource: string | null;
	contextSourceRef: string | null;
	contextStatus: string | null;
}

export type ShareComparison =
	{ kind: 'ratio'; ratio: number } | { kind: 'too_few' } | { kind: 'no_context' } | { kind: 'none' };

/** What can be said of a gemeente's share: a ratio from 10 plaatsingen on, never a rank. */
export function shareComparison(row: ShareRow): ShareComparison {
	if (row.contextShare === null || row.contextShare === 0) return { kind: 'no_context' };
	if (row.placements === 0) return { kind: 'none' };
	if (row.placements < MIN_PLACEMENTS_FOR_RATIO || row.ratio === null) return { kind: 'too_few' };
	return { kind: 'ratio', ratio: row.ratio };
}

/** A context figure is old when its period ended more than two years before the peildatum. */
export function contextIsOld(periodEnd: string, peildatum: string): boolean {
	const limit = `${Number(peildatum.slice(0, 4)) - CONTEXT_MAX_AGE_YEARS}${peildatum.slice(4)}`;
	return periodEnd < limit;
}

// ---------------------------------------------------------------------------------------------------
// The person key

/** The kandidaatnummer as stored: capitals, no spaces. */
export function normalisePersonKey(input: string): string {
	return input.replace(/\s/g, '').toUpperCase();
}

/** Eight or nine digits look like a BSN, which must never be entered here. */
export function looksLikeBsn(key: string): boolean {
	return /^\d{8,9}$/.test(normalisePersonKey(key));
}

export const PERSON_KEY_PATTERN = /^[A-Z0-9][A-Z0-9-]{2,19}$/;
