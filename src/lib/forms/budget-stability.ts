import { m } from '$lib/paraglide/messages';
import { formatNumber } from '$lib/format';
import type { Stability } from '$lib/domain/budget';

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
