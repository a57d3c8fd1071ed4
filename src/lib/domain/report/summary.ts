// The first page of a report to the council: what a member reads in two minutes. It takes its key figures and
// risks from the same lists as the rest of the report (keyFiguresOf, risksOf), so the first page and the sections
// can never disagree; it only chooses which to lead with.
import type { KeyFigure, Risk, RiskKind } from './section';

/** At most this many key figures and risks on the first page; the full lists follow in the report. */
export const HEADLINE_FIGURES = 8;
export const MAIN_RISKS = 5;

/**
 * The key figures to lead with: every figure that has a target (measured against it), then, for a section
 * without any, its first figure; in report order, at most `limit`.
 */
export function headlineFigures(figures: readonly KeyFigure[], limit = HEADLINE_FIGURES): KeyFigure[] {
	const targeted = new Set(figures.filter((f) => f.target !== null).map((f) => f.section));
	const seen = new Set<string>();
	return figures
		.filter((figure) => {
			if (figure.target !== null) return true;
			if (targeted.has(figure.section) || seen.has(figure.section)) return false;
			seen.add(figure.section);
			return true;
		})
		.slice(0, limit);
}

/** What weighs most for a council: the opgave and goals first, money next, then actions and the network. */
const RISK_ORDER: RiskKind[] = [
	'sector_behind',
	'goal_behind',
	'programme_drop',
	'low_realisation',
	'action_overdue',
	'weak_network_point'
];

/** The main risks: by weight (a weak network point before one that needs attention), at most `limit`. */
export function mainRisks(risks: readonly Risk[], limit = MAIN_RISKS): { shown: Risk[]; more: number } {
	const rank = (risk: Risk) =>
		RISK_ORDER.indexOf(risk.kind) * 2 +
		(risk.kind === 'weak_network_point' && risk.detail !== 'weak' ? 1 : 0);
	const sorted = risks
		.map((risk, index) => ({ risk, index }))
		.sort((a, b) => rank(a.risk) - rank(b.risk) || a.index - b.index)
		.map(({ risk }) => risk);
	return { shown: sorted.slice(0, limit), more: Math.max(0, risks.length - limit) };
}
