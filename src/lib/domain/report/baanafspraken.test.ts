import { describe, expect, it } from 'vitest';
import type { RegionalTarget } from '$lib/domain/baanafspraken';
import { baanafsprakenSnapshot } from './baanafspraken';
import { risksOf } from './registry';
import { GEMEENTE, OTHER, partners, placement, report } from './test-fixtures';

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
