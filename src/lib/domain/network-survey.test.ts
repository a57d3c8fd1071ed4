import { describe, expect, it } from 'vitest';
import {
	DEFAULT_MIN_RESPONDENTS,
	SURVEY_ITEMS,
	anonymityMinimum,
	networkMeans,
	roundsToCompare,
	withNetworkChange
} from './network-survey';

describe('the trust and value survey', () => {
	it('rates three trust and three value items', () => {
		expect(SURVEY_ITEMS).toHaveLength(6);
		expect(SURVEY_ITEMS.filter((item) => item.startsWith('trust_'))).toHaveLength(3);
	});

	it('shows scores from the round’s minimum of raters, or the default without a round', () => {
		expect(anonymityMinimum({ minRespondents: 5 })).toBe(5);
		expect(anonymityMinimum(null)).toBe(DEFAULT_MIN_RESPONDENTS);
		expect(anonymityMinimum(undefined)).toBe(3);
	});

	it('reads the network’s means from the round’s summary, else from the partners’ shown scores', () => {
		const partners = [
			{ organisationId: 'a', respondents: 3, trust: 3, value: 2 },
			{ organisationId: 'b', respondents: 3, trust: 2, value: null }
		];
		expect(networkMeans(null)).toEqual({ trust: null, value: null });
		expect(networkMeans({ summary: { trust: 3.5, value: 2.5 }, partners })).toEqual({
			trust: 3.5,
			value: 2.5
		});
		expect(networkMeans({ summary: null, partners })).toEqual({ trust: 2.5, value: 2 });
		expect(networkMeans({ summary: { trust: null, value: 1 }, partners })).toEqual({ trust: 2.5, value: 1 });
	});

	it('takes the network’s change from two complete summaries, else keeps the partners’ change', () => {
		const change = { partners: [], network: { trust: 0.1, value: null } };
		expect(withNetworkChange(change, { trust: 3, value: 2.5 }, { trust: 2.5, value: 2 })).toEqual({
			partners: [],
			network: { trust: 0.5, value: 0.5 }
		});
		expect(withNetworkChange(change, { trust: 3, value: null }, { trust: 2.5, value: 2 })).toBe(change);
		expect(withNetworkChange(change, { trust: 3, value: 2 }, null)).toBe(change);
		expect(withNetworkChange(change, null, { trust: 3, value: 2 })).toBe(change);
	});

	it('compares the latest closed round with the closed one before it, skipping open rounds', () => {
		const round = (id: string, status: 'open' | 'closed') => ({ id, status });
		expect(
			roundsToCompare([
				round('r4', 'open'),
				round('r3', 'closed'),
				round('r2', 'open'),
				round('r1', 'closed')
			])
		).toEqual({
			latest: round('r3', 'closed'),
			previous: round('r1', 'closed')
		});
		expect(roundsToCompare([round('r1', 'closed')])).toEqual({
			latest: round('r1', 'closed'),
			previous: null
		});
		expect(roundsToCompare([round('r1', 'open')])).toBeNull();
		expect(roundsToCompare([])).toBeNull();
	});
});
