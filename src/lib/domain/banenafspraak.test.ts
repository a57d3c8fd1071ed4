import { describe, expect, it } from 'vitest';
import {
	carryOverBreakdown,
	contextIsOld,
	countedJobs,
	countsOn,
	entryQuarter,
	hasEnded,
	isQuarterEnd,
	lastEndedQuarter,
	looksLikeBsn,
	normalisePersonKey,
	officialPerPart,
	peildatumOf,
	quarterEnd,
	roundJobs,
	shareComparison,
	stockOn,
	trajectoryOn,
	verdictOf,
	type CountedPlacement,
	type YearTarget
} from './banenafspraak';

// Worked examples of the domain brief (notes/domain-brief.md §1.8).

const markt = (
	hoursPerWeek: number,
	startDate: string,
	endDate: string | null,
	inDoelgroepregister = true
): CountedPlacement => ({ sector: 'markt', hoursPerWeek, startDate, endDate, inDoelgroepregister });

/** Example A: five plaatsingen, regulier markt. */
const EXAMPLE_A: CountedPlacement[] = [
	markt(25.5, '2026-02-01', null),
	markt(12.75, '2026-04-15', '2026-08-31'),
	markt(38, '2026-07-01', null),
	markt(20, '2025-11-01', '2026-09-30'),
	markt(30, '2026-01-10', null, false)
];

describe('counted jobs: 25.5 hours per week is one job, no cap at 1', () => {
	it.each([
		[25.5, 1],
		[12.75, 0.5],
		[38, 1.490196],
		[48, 1.882353]
	])('%s hours are %s jobs', (hours, jobs) => expect(countedJobs(hours)).toBeCloseTo(jobs, 6));
	it.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY]])('refuses %s', (hours) =>
		expect(() => countedJobs(hours)).toThrow(RangeError)
	);
});

describe('the stock on a peildatum (example A)', () => {
	it.each([
		['2026-03-31', 1.8],
		['2026-06-30', 2.3],
		['2026-09-30', 3.3],
		['2026-12-31', 2.5]
	])('on %s the partners registered %s jobs', (peildatum, shown) => {
		expect(roundJobs(stockOn(EXAMPLE_A, peildatum, 0.76).totaal)).toBe(shown);
	});

	it('P4 ends on the peildatum and still counts; a day later it does not', () => {
		expect(countsOn(EXAMPLE_A[3], '2026-09-30')).toBe(true);
		expect(countsOn(EXAMPLE_A[3], '2026-10-01')).toBe(false);
		expect(stockOn(EXAMPLE_A, '2026-09-30', 0.76).totaal).toBeCloseTo(3.27451, 5);
	});

	it('a plaatsing that has not started yet does not count', () => {
		expect(countsOn(EXAMPLE_A[2], '2026-06-30')).toBe(false);
	});

	it('outside the doelgroepregister never counts (P5)', () => {
		expect(countsOn(EXAMPLE_A[4], '2026-09-30')).toBe(false);
	});

	it('the old method (adding new plaatsingen) would give 3.8 for ever; the stock falls to 2.5 when jobs end', () => {
		const oldMethod = EXAMPLE_A.filter((p) => p.inDoelgroepregister).reduce(
			(sum, p) => sum + countedJobs(p.hoursPerWeek),
			0
		);
		expect(roundJobs(oldMethod)).toBe(3.8);
		expect(roundJobs(stockOn(EXAMPLE_A, '2026-12-31', 0.76).totaal)).toBe(2.5);
	});

	it('a plaatsing without a sector is split with the key; the total stays exact', () => {
		const unknown: CountedPlacement = { ...markt(25.5, '2026-01-01', null), sector: null };
		const stock = stockOn([unknown, markt(25.5, '2026-01-01', null)], '2026-03-31', 0.76);
		expect(stock.markt).toBeCloseTo(1.76, 10);
		expect(stock.overheid).toBeCloseTo(0.24, 10);
		expect(stock.totaal).toBe(2);
	});
});

const OPGAVE: YearTarget[] = [2022, 2023, 2024, 2025, 2026].flatMap((year) => [
	{ year, sector: 'markt' as const, targetJobs: 2400 + (year - 2022) * 480 },
	{ year, sector: 'overheid' as const, targetJobs: 450 + (year - 2022) * 90 }
]);

describe('the trajectory and the carry-over (example B)', () => {
	it('markt on 30-09-2026: 3,840 + 480 × 3/4 = 4,200.0', () => {
		expect(trajectoryOn(OPGAVE, 'markt', '2026-09-30')).toEqual({ target: 4200, gap: null });
	});

	it('on a year end the trajectory is that year’s opgave', () => {
		expect(trajectoryOn(OPGAVE, 'overheid', '2025-12-31').target).toBe(720);
	});

	it('the new method carries the shortfall of 2025 over; the old one forgave it', () => {
		const stand2025 = 3778;
		const standQ3 = 4100.9;
		const difference = standQ3 - trajectoryOn(OPGAVE, 'markt', '2026-09-30').target!;
		const carried = stand2025 - trajectoryOn(OPGAVE, 'markt', '2025-12-31').target!;
		expect(verdictOf(difference)).toEqual({ status: 'behind', jobs: 99.1 });
		expect(carryOverBreakdown(difference, carried)).toEqual({ carriedOver: -62, thisYear: -37.1 });
		// The old method started 2026 at the typed basis of 3,840 and lost the 62 missed jobs.
		expect(roundJobs(3840 + (standQ3 - stand2025) - 4200)).toBe(-37.1);
	});

	it('without an opgave at or after the year there is no trajectory', () => {
		expect(trajectoryOn(OPGAVE, 'markt', '2027-03-31')).toEqual({ target: null, gap: null });
	});

	it('over a missing year it interpolates from the nearest known year ends and says so', () => {
		const withGap = OPGAVE.filter((t) => t.year !== 2025);
		expect(trajectoryOn(withGap, 'markt', '2025-06-30')).toEqual({
			target: 3360 + (960 * 2) / 8,
			gap: { from: 2024, to: 2026 }
		});
	});

	it('from the nulmeting when no earlier opgave exists', () => {
		expect(trajectoryOn(OPGAVE, 'markt', '2013-03-31').target).toBeCloseTo(2400 / 40, 10);
	});
});

describe('rounding: one decimal, half away from zero, the verdict from the rounded number (example C)', () => {
	it.each([
		[-1.2, -1.2, { status: 'behind', jobs: 1.2 }],
		[1.2, 1.2, { status: 'ahead', jobs: 1.2 }],
		[-1.25, -1.3, { status: 'behind', jobs: 1.3 }],
		[1.25, 1.3, { status: 'ahead', jobs: 1.3 }],
		[-0.04, 0, { status: 'on_track', jobs: 0 }],
		[-0.05, -0.1, { status: 'behind', jobs: 0.1 }],
		[336.98, 337, { status: 'ahead', jobs: 337 }]
	])('%s shows as %s', (value, shown, verdict) => {
		expect(roundJobs(value)).toBe(shown);
		expect(verdictOf(value)).toEqual(verdict);
	});

	it('never shows -0', () => expect(Object.is(roundJobs(-0.01), 0)).toBe(true));

	it('the two parts of a difference add up to the difference shown', () => {
		const { carriedOver, thisYear } = carryOverBreakdown(-1.25, -0.04);
		expect(roundJobs(carriedOver + thisYear)).toBe(roundJobs(-1.25));
	});
});

describe('the peildatum (example D)', () => {
	const K3 = { year: 2026, quarter: 3 } as const;
	it('10 December 2026, all partners closed K3: 30-09-2026, K4 is not over', () => {
		expect(peildatumOf([K3, K3, K3], '2026-12-10')).toBe('2026-09-30');
	});
	it('one partner last closed K2: 30-06-2026', () => {
		expect(peildatumOf([K3, { year: 2026, quarter: 2 }, K3], '2026-12-10')).toBe('2026-06-30');
	});
	it('20 January 2027, 15 of 18 closed K4: still 30-09-2026', () => {
		const k4 = { year: 2026, quarter: 4 } as const;
		expect(peildatumOf([...Array(15).fill(k4), K3, K3, K3], '2027-01-20')).toBe('2026-09-30');
	});
	it('never a quarter that has not ended, even when partners closed it (they cannot)', () => {
		expect(peildatumOf([{ year: 2026, quarter: 4 }], '2026-12-10')).toBe('2026-09-30');
	});
	it('none while a partner has closed nothing', () => {
		expect(peildatumOf([K3, null], '2026-12-10')).toBeNull();
	});
	it('a quarter can be closed only after its last day', () => {
		expect(hasEnded({ year: 2026, quarter: 4 }, '2026-12-20')).toBe(false);
		expect(hasEnded({ year: 2026, quarter: 4 }, '2026-12-31')).toBe(false);
		expect(hasEnded({ year: 2026, quarter: 4 }, '2027-01-01')).toBe(true);
	});
	it('quarter ends and the last ended quarter', () => {
		expect(quarterEnd({ year: 2024, quarter: 1 })).toBe('2024-03-31');
		expect(quarterEnd({ year: 2026, quarter: 2 })).toBe('2026-06-30');
		expect(isQuarterEnd('2026-09-30')).toBe(true);
		expect(isQuarterEnd('2026-09-29')).toBe(false);
		expect(isQuarterEnd('2026-13-31')).toBe(false);
		expect(lastEndedQuarter('2026-12-05')).toEqual(K3);
		expect(lastEndedQuarter('2027-01-01')).toEqual({ year: 2026, quarter: 4 });
	});
});

describe('the entry form opens on the quarter being reported', () => {
	it('after K2 was closed, in October: K3 (ended, not closed)', () => {
		expect(entryQuarter({ year: 2026, quarter: 2 }, '2026-10-12')).toEqual({ year: 2026, quarter: 3 });
	});
	it('after K3 was closed, in December: the running K4', () => {
		expect(entryQuarter({ year: 2026, quarter: 3 }, '2026-12-05')).toEqual({ year: 2026, quarter: 4 });
	});
	it('a partner that closed nothing: the last ended quarter', () => {
		expect(entryQuarter(null, '2026-12-05')).toEqual({ year: 2026, quarter: 3 });
	});
});

describe('UWV’s stand per sector (example E)', () => {
	it('splits the inleenverband 76/24 and keeps the total exact', () => {
		const parts = officialPerPart(
			{ regulierMarkt: 3781.7, regulierOverheid: 692.4, inleenverband: 420 },
			0.76
		);
		expect(roundJobs(parts.markt)).toBe(4100.9);
		expect(roundJobs(parts.overheid)).toBe(793.2);
		expect(roundJobs(parts.totaal)).toBe(4894.1);
		expect(verdictOf(parts.markt - trajectoryOn(OPGAVE, 'markt', '2026-09-30').target!)).toEqual({
			status: 'behind',
			jobs: 99.1
		});
		expect(verdictOf(parts.overheid - trajectoryOn(OPGAVE, 'overheid', '2026-09-30').target!)).toEqual({
			status: 'ahead',
			jobs: 5.7
		});
		expect(verdictOf(parts.totaal - 4987.5)).toEqual({ status: 'behind', jobs: 93.4 });
	});
});

describe('a gemeente’s share in context', () => {
	it('a ratio from 10 plaatsingen on', () => {
		expect(shareComparison({ placements: 12, jobsShare: 0.195, contextShare: 0.218, ratio: 0.89 })).toEqual({
			kind: 'ratio',
			ratio: 0.89
		});
		expect(shareComparison({ placements: 9, jobsShare: 0.01, contextShare: 0.02, ratio: null })).toEqual({
			kind: 'too_few'
		});
		expect(shareComparison({ placements: 0, jobsShare: 0, contextShare: 0.02, ratio: null })).toEqual({
			kind: 'none'
		});
		expect(shareComparison({ placements: 40, jobsShare: 0.1, contextShare: null, ratio: null })).toEqual({
			kind: 'no_context'
		});
	});
	it('a figure of 1-1-2018 is old on 30-09-2026; one of a year before is not', () => {
		expect(contextIsOld('2018-01-01', '2026-09-30')).toBe(true);
		expect(contextIsOld('2025-12-31', '2026-09-30')).toBe(false);
	});
});

describe('the person key: a kandidaatnummer, never a BSN', () => {
	it('normalises spaces and case', () => expect(normalisePersonKey(' zl-00 1234 ')).toBe('ZL-001234'));
	it.each([['123456782'], ['12345678'], [' 1234 56782']])('%s looks like a BSN', (key) =>
		expect(looksLikeBsn(key)).toBe(true)
	);
	it.each([['ZL-001234'], ['1234567'], ['WSP20260001']])('%s does not', (key) =>
		expect(looksLikeBsn(key)).toBe(false)
	);
});
