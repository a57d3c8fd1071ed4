import { m } from '$lib/paraglide/messages';
import { formatNumber } from '$lib/format';
import { commitmentHorizon, type Stability } from '$lib/domain/budget';
import type { BudgetDrop, BudgetOverviewFacts, BudgetProgrammeFacts, BudgetVerdict } from '$lib/data/budgets';

/** The stability indicator in plain words: which years dropped by how much, and why that matters (R3). */
export function stabilityText(stability: Stability, threshold: number): string {
	if (stability.verdict === 'insufficient_data') return m.budget_insufficient_text();
	const percent = formatNumber(threshold * 100);
	if (stability.verdict === 'stable') {
		const years = stability.years.map((y) => y.year);
		return m.budget_stable_text({ threshold: percent, from: years[0], to: years[years.length - 1] });
	}
	const drops = stability.years
		.filter((y) => y.flagged)
		.map((y) =>
			m.budget_drop_part({
				// A year without any commitment after a year with them is a full drop (change -100 %).
				percent: formatNumber(Math.round(-(y.change ?? -1) * 100)),
				year: y.year
			})
		)
		.join(', ');
	return m.budget_unstable_text({ drops: drops.charAt(0).toLocaleUpperCase() + drops.slice(1) });
}

export function stabilityLabel(stability: Stability): string {
	return stability.verdict === 'stable'
		? m.budget_stable_badge()
		: stability.verdict === 'unstable'
			? m.budget_unstable_badge()
			: m.budget_insufficient_badge();
}

// ---------------------------------------------------------------------------------------------------
// The verdicts of budget_overview() (SQL) in words: per programme over the window, and each partner's drop.

const euro = (value: number) => m.budget_euro({ amount: formatNumber(value, 0) });
/** A share 0–1 as shown: one decimal, "38,3". */
const share = (fraction: number) => formatNumber(fraction * 100, 1);

export function verdictLabel(verdict: BudgetVerdict): string {
	switch (verdict) {
		case 'stabiel':
			return m.budget_verdict_stabiel();
		case 'aandacht':
			return m.budget_verdict_aandacht();
		case 'zwak':
			return m.budget_verdict_zwak();
		case 'geen_gegevens':
			return m.budget_verdict_geen_gegevens();
	}
}

/** "Venster 2024–2027: grootste verlies 38,3 % van het geld (2025 → 2026). …" */
export function windowText(
	programme: Pick<BudgetProgrammeFacts, 'steps' | 'worst_loss'>,
	facts: Pick<BudgetOverviewFacts, 'window' | 'thresholds'>
): string {
	const { from, to } = facts.window;
	const worst = [...programme.steps].sort((a, b) => b.loss - a.loss || b.to_year - a.to_year)[0];
	if (!worst || programme.worst_loss === null) return m.budget_window_none({ from, to });
	return m.budget_window_loss({
		from,
		to,
		percent: share(worst.loss),
		fromYear: worst.from_year,
		toYear: worst.to_year,
		attention: share(facts.thresholds.attention),
		weak: share(facts.thresholds.weak)
	});
}

/** "Gemeente Maastricht −38,3 % (2025 → 2026: € 47.700 → € 29.430)", or the partner pulling out. */
export function dropText(
	drop: Pick<BudgetDrop, 'from_year' | 'to_year' | 'from_amount' | 'to_amount' | 'drop' | 'withdrawn'>,
	partner: string
): string {
	if (drop.withdrawn)
		return m.budget_withdrawn_line({
			partner,
			toYear: drop.to_year,
			fromYear: drop.from_year,
			fromAmount: euro(drop.from_amount)
		});
	return m.budget_drop_line({
		partner,
		percent: share(drop.drop),
		fromYear: drop.from_year,
		toYear: drop.to_year,
		fromAmount: euro(drop.from_amount),
		toAmount: euro(drop.to_amount)
	});
}

/** "toegezegd t/m 2027 — loopt af vóór de gemeenteraadsverkiezingen van maart 2030" (the part after the dash). */
export function horizonText(through: number | null, year: number, elections: number): string {
	switch (commitmentHorizon(through, elections)) {
		case 'none':
			return m.budget_horizon_none({ year });
		case 'before_elections':
			return m.budget_horizon_before({ elections });
		case 'past_elections':
			return m.budget_horizon_past({ elections });
	}
}
