import { describe, expect, it } from 'vitest';
import { liveTopic, regionTables } from './live';

const REGION = 'a0000000-0000-4000-8000-000000000001';

describe('live topics', () => {
	it('put the region first, then the module and, for a goal, its id', () => {
		expect(liveTopic(REGION, 'budgets')).toBe(`region:${REGION}:budgets`);
		expect(liveTopic(REGION, 'goal', 'g1')).toBe(`region:${REGION}:goal:g1`);
	});

	it('watch tables by their region', () => {
		expect(regionTables(REGION, 'placements', 'programmes')).toEqual([
			{ table: 'placements', filter: `region_id=eq.${REGION}` },
			{ table: 'programmes', filter: `region_id=eq.${REGION}` }
		]);
		expect(regionTables(REGION)).toEqual([]);
	});
});
