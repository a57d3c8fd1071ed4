import { describe, expect, it } from 'vitest';
import {
	realisedLine,
	countedJobs,
	expectedAt,
	isSector,
	partnerContributions,
	sectorStanding,
	sectorYear,
	sectorYears,
	sumPlacements,
	totalActualJobs,
	totalPersons,
	yearToDate,
	type PlacementFigure,
	type RegionalTarget
} from './baanafspraken';

const placement = (overrides: Partial<PlacementFigure>): PlacementFigure => ({
	organisationId: 'a',
	year: 2026,
	quarter: 1,
	sector: 'markt',
	persons: 1,
	hoursPerWeek: 25.5,
	...overrides
});

describe('countedJobs (25.5 hours per week is one job)', () => {
	it.each([
		[25.5, 1],
		[51, 2],
		[12.75, 0.5],
		[0, 0],
		[38.25, 1.5]
	])('%s hours count as %s jobs', (hours, jobs) => {
		expect(countedJobs(hours)).toBeCloseTo(jobs, 10);
	});
	it.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY]])('refuses %s', (hours) => {
		expect(() => countedJobs(hours)).toThrow(RangeError);
	});
});

describe('sumPlacements', () => {
	it('adds persons, hours and counted jobs', () => {
		expect(
			sumPlacements([
				placement({ persons: 2, hoursPerWeek: 30 }),
				placement({ persons: 1, hoursPerWeek: 21 })
			])
		).toEqual({
			persons: 3,
			hoursPerWeek: 51,
			countedJobs: 2
		});
	});
});

const target: RegionalTarget = { year: 2026, sector: 'markt', baselineJobs: 100, targetJobs: 140 };

describe('sectorYear', () => {
	it('accumulates from the baseline and follows a straight trajectory to the target', () => {
		const points = sectorYear(
			[
				placement({ quarter: 1, hoursPerWeek: 255 }),
				placement({ quarter: 2, hoursPerWeek: 51 }),
				placement({ quarter: 2, sector: 'overheid', hoursPerWeek: 500 }),
				placement({ year: 2025, quarter: 3, hoursPerWeek: 500 })
			],
			2026,
			'markt',
			target
		);
		expect(points.map((p) => p.cumulativeJobs)).toEqual([110, 112, 112, 112]);
		expect(points.map((p) => p.expectedJobs)).toEqual([110, 120, 130, 140]);
		expect(points[1].persons).toBe(1);
	});
	it('starts at zero and has no trajectory without a target', () => {
		const points = sectorYear([placement({ hoursPerWeek: 25.5 })], 2026, 'markt', null);
		expect(points[0].cumulativeJobs).toBe(1);
		expect(points[0].expectedJobs).toBeNull();
	});
});

describe('expectedAt', () => {
	it('is the baseline plus a quarter of the increase per quarter', () => {
		expect(expectedAt(target, 3)).toBe(130);
	});
});

describe('sectorStanding', () => {
	it('is behind by whole jobs when at least one job under the trajectory', () => {
		const points = sectorYear([placement({ quarter: 1, hoursPerWeek: 25.5 * 7.5 })], 2026, 'markt', target);
		expect(sectorStanding(points, 'markt', target, 1)).toMatchObject({
			status: 'behind',
			actualJobs: 107.5,
			expectedJobs: 110,
			differenceJobs: -3
		});
	});
	it('is on track when less than a job short, or ahead', () => {
		const shortByHalf = sectorYear([placement({ hoursPerWeek: 25.5 * 9.5 })], 2026, 'markt', target);
		expect(sectorStanding(shortByHalf, 'markt', target, 1)).toMatchObject({
			status: 'on_track',
			differenceJobs: -1
		});
		const ahead = sectorYear([placement({ hoursPerWeek: 25.5 * 12.5 })], 2026, 'markt', target);
		expect(sectorStanding(ahead, 'markt', target, 1)).toMatchObject({
			status: 'on_track',
			differenceJobs: 2
		});
	});
	it('holds the running year to the trajectory at today, not at the end of the quarter', () => {
		const points = sectorYear([placement({ quarter: 1, hoursPerWeek: 25.5 * 5 })], 2026, 'markt', target);
		expect(sectorStanding(points, 'markt', target, 1, 0.125)).toMatchObject({
			status: 'on_track',
			expectedJobs: 105,
			differenceJobs: 0
		});
		expect(sectorStanding(points, 'markt', target, 1)).toMatchObject({
			status: 'behind',
			differenceJobs: -5
		});
	});
	it('says there is no target when none is set', () => {
		const points = sectorYear([], 2026, 'overheid', null);
		expect(sectorStanding(points, 'overheid', null, 2)).toMatchObject({
			status: 'no_target',
			differenceJobs: null
		});
	});
});

describe('partnerContributions', () => {
	it('sums per partner and sector up to the quarter, with shares, largest first', () => {
		const result = partnerContributions(
			[
				placement({ organisationId: 'a', hoursPerWeek: 25.5 }),
				placement({ organisationId: 'b', hoursPerWeek: 51, sector: 'overheid' }),
				placement({ organisationId: 'b', hoursPerWeek: 25.5, quarter: 2 }),
				placement({ organisationId: 'a', hoursPerWeek: 999, quarter: 3 })
			],
			2026,
			2
		);
		expect(result.map((r) => r.organisationId)).toEqual(['b', 'a']);
		expect(result[0].total.countedJobs).toBe(3);
		expect(result[0].overheid.countedJobs).toBe(2);
		expect(result[0].share).toBeCloseTo(0.75);
		expect(result[1].share).toBeCloseTo(0.25);
	});
	it('has no shares to divide when nothing was placed', () => {
		expect(partnerContributions([placement({ hoursPerWeek: 0 })], 2026, 4)[0].share).toBe(0);
	});
});

describe('realisedLine', () => {
	const point = (quarter: 1 | 2 | 3 | 4, persons: number, cumulativeJobs: number) => ({
		quarter,
		persons,
		hoursPerWeek: persons * 25.5,
		countedJobs: persons,
		cumulativeJobs,
		expectedJobs: null
	});

	it('stops after the last quarter with placements, rounded to one decimal', () => {
		expect(
			realisedLine([point(1, 2, 10.04), point(2, 0, 10.04), point(3, 1, 11.06), point(4, 0, 11.06)])
		).toEqual([10, 10, 11.1, null]);
	});

	it('draws nothing for a year without placements', () => {
		expect(realisedLine([point(1, 0, 5), point(2, 0, 5), point(3, 0, 5), point(4, 0, 5)])).toEqual([
			null,
			null,
			null,
			null
		]);
	});
});

describe('both sectors of a year', () => {
	const placements = [
		placement({ quarter: 1, persons: 2, hoursPerWeek: 51 }),
		placement({ quarter: 3, persons: 1, hoursPerWeek: 25.5 }),
		placement({ sector: 'overheid', quarter: 1, persons: 1, hoursPerWeek: 12.75 })
	];
	const targets: RegionalTarget[] = [
		{ year: 2026, sector: 'markt', baselineJobs: 10, targetJobs: 18 },
		{ year: 2025, sector: 'overheid', baselineJobs: 5, targetJobs: 9 }
	];

	it('gives each sector its target of the year, its quarters and its standing', () => {
		const years = sectorYears(placements, targets, 2026, 2, 0.5);
		expect(years.map((y) => [y.sector, y.target?.targetJobs ?? null])).toEqual([
			['markt', 18],
			['overheid', null]
		]);
		expect(years[0].standing).toEqual(sectorStanding(years[0].points, 'markt', targets[0], 2, 0.5));
		expect(years[0].standing.actualJobs).toBe(12);
		expect(years[1].standing.status).toBe('no_target');
	});

	it('sums the persons and jobs placed up to a quarter, and the region’s jobs over the sectors', () => {
		const [markt, overheid] = sectorYears(placements, targets, 2026, 4, 1);
		expect(yearToDate(markt.points, 2)).toEqual({ persons: 2, countedJobs: 2 });
		expect(yearToDate(markt.points, 4)).toEqual({ persons: 3, countedJobs: 3 });
		expect(totalActualJobs([markt.standing, overheid.standing])).toBe(13.5);
		expect(totalPersons(placements)).toBe(4);
		expect(totalPersons([])).toBe(0);
	});
});

describe('isSector', () => {
	it('knows the two sectors and nothing else', () => {
		expect(isSector('markt')).toBe(true);
		expect(isSector('overheid')).toBe(true);
		for (const other of ['Markt', '', undefined, null, 1]) expect(isSector(other)).toBe(false);
	});
});
