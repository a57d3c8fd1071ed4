import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { healthStatusLabel, indicatorLabel } from '$lib/components/network/labels';
import type { HealthStatus, IndicatorKey } from '$lib/domain/network-health';
import { formatJobs, formatNumber } from '$lib/format';
import { partLabel } from '$lib/labels';
import { STANDING_PARTS, type StandingPart } from '$lib/domain/banenafspraak';
import type {
	FigureUnit,
	KeyFigure,
	KeyFigureWords,
	LocalisedText,
	ReportPeriod,
	Risk,
	SectionId
} from '$lib/domain/report';

export function sectionLabel(id: SectionId): string {
	const labels: Record<SectionId, () => string> = {
		baanafspraken: m.rep_section_baanafspraken,
		budgetten: m.rep_section_budgetten,
		doelen: m.rep_section_doelen,
		netwerk: m.rep_section_netwerk,
		overleggen: m.rep_section_overleggen
	};
	return labels[id]();
}

export function periodLabel(period: ReportPeriod): string {
	return period.quarter === null
		? m.rep_period_year({ year: period.year })
		: m.rep_period_quarter({ year: period.year, quarter: period.quarter });
}

const isPart = (value: unknown): value is StandingPart =>
	(STANDING_PARTS as readonly unknown[]).includes(value);

const subjectOf = (figure: Pick<KeyFigure, 'subject' | 'section'>) =>
	isPart(figure.subject) ? partLabel(figure.subject) : (figure.subject ?? '');

export function keyFigureLabel(figure: Pick<KeyFigure, 'id' | 'subject' | 'section'>): string {
	const subject = subjectOf(figure);
	const labels: Record<string, () => string> = {
		ba_gemeente_jobs: () => m.rep_kf_ba_gemeente_jobs({ subject }),
		ba_gemeente_persons: () => m.rep_kf_ba_gemeente_persons({ subject }),
		ba_gemeente_share: () => m.rep_kf_ba_gemeente_share({ subject }),
		ba_gemeente_context_share: () => m.rep_kf_ba_gemeente_context_share({ subject }),
		ba_registered: () => m.rep_kf_ba_registered(),
		ba_standing_totaal: () => m.rep_kf_ba_standing({ subject }),
		ba_region_jobs: () => m.rep_kf_ba_region_jobs(),
		ba_region_persons: () => m.rep_kf_ba_region_persons(),
		ba_standing_markt: () => m.rep_kf_ba_standing({ subject }),
		ba_standing_overheid: () => m.rep_kf_ba_standing({ subject }),
		bu_gemeente_committed: () => m.rep_kf_bu_gemeente_committed({ subject }),
		bu_gemeente_share: () => m.rep_kf_bu_gemeente_share({ subject }),
		bu_committed: () => m.rep_kf_bu_committed(),
		bu_realised: () => m.rep_kf_bu_realised(),
		go_total: () => m.rep_kf_go_total(),
		go_agreed: () => m.rep_kf_go_agreed(),
		go_behind: () => m.rep_kf_go_behind(),
		go_gemeente_total: () => m.rep_kf_go_gemeente_total({ subject }),
		go_gemeente_agreed: () => m.rep_kf_go_gemeente_agreed({ subject }),
		go_gemeente_behind: () => m.rep_kf_go_gemeente_behind({ subject }),
		ov_meetings: () => m.rep_kf_ov_meetings(),
		ov_decisions: () => m.rep_kf_ov_decisions(),
		ov_open_actions: () => m.rep_kf_ov_open_actions(),
		ov_overdue_actions: () => m.rep_kf_ov_overdue_actions(),
		nw_density: () => m.rep_kf_nw_density(),
		nw_without_contact: () => m.rep_kf_nw_without_contact(),
		nw_trust: () => m.rep_kf_nw_trust(),
		nw_weak_points: () => m.rep_kf_nw_weak_points()
	};
	return labels[figure.id]?.() ?? figure.id;
}

export const euro = (value: number) => m.budget_euro({ amount: formatNumber(value) });
export const percent = (fraction: number) => m.budget_percent({ value: formatNumber(fraction * 100, 1) });

export function formatFigure(value: number, unit: FigureUnit): string {
	switch (unit) {
		case 'euro':
			return euro(value);
		case 'share':
			return percent(value);
		case 'jobs':
			return formatJobs(value);
		case 'score':
			return formatNumber(value, 1);
		case 'persons':
		case 'count':
			return formatNumber(value);
	}
}

/** A signed difference in the figure's unit: "+2,5", "−€ 1.200", "+1,2 procentpunt" reads as "+1,2 %". */
export function formatDifference(value: number, unit: FigureUnit): string {
	const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
	return `${sign}${formatFigure(Math.abs(value), unit)}`;
}

/** A text stored in a snapshot, in the reader's language. */
export const localised = (text: LocalisedText) => (getLocale() === 'en' ? text.en : text.nl);

export function riskText(risk: Risk): string {
	switch (risk.kind) {
		case 'sector_behind':
			return m.rep_risk_sector_behind({
				subject: isPart(risk.subject) ? partLabel(risk.subject) : risk.subject,
				value: formatJobs(risk.value)
			});
		case 'programme_drop':
			return m.rep_risk_programme_drop({ subject: risk.subject, value: percent(risk.value) });
		case 'low_realisation':
			return m.rep_risk_low_realisation({ subject: risk.subject, value: percent(risk.value) });
		case 'goal_behind':
			return m.rep_risk_goal_behind({
				subject: risk.subject,
				value: formatNumber(risk.value, 1),
				unit: risk.detail ?? ''
			});
		case 'action_overdue':
			return m.rep_risk_action_overdue({
				subject: risk.subject,
				owner: risk.detail ?? '',
				value: formatNumber(risk.value)
			});
		case 'weak_network_point':
			return m.rep_risk_weak_network_point({
				subject: indicatorLabel(risk.subject as IndicatorKey),
				status: healthStatusLabel((risk.detail ?? 'weak') as HealthStatus),
				recommendation: risk.recommendation ? localised(risk.recommendation) : ''
			});
	}
}

/** A risk in one line, for the first page: a weak network point without its recommendation. */
export function riskHeadline(risk: Risk): string {
	return risk.kind === 'weak_network_point'
		? m.rep_risk_weak_network_point_short({
				subject: indicatorLabel(risk.subject as IndicatorKey),
				status: healthStatusLabel((risk.detail ?? 'weak') as HealthStatus)
			})
		: riskText(risk);
}

export function unitLabel(unit: FigureUnit): string {
	const labels: Record<FigureUnit, () => string> = {
		jobs: m.rep_unit_jobs,
		persons: m.rep_unit_persons,
		euro: m.rep_unit_euro,
		share: m.rep_unit_share,
		count: m.rep_unit_count,
		score: m.rep_unit_score
	};
	return labels[unit]();
}

/** The words of the key-figure sheet in exports: the same labels as the report on screen. */
export const keyFigureWords = (): KeyFigureWords => ({
	columns: [
		m.rep_sheet_col_section(),
		m.rep_kf_col_figure(),
		m.rep_kf_col_value(),
		m.rep_sheet_col_unit(),
		m.rep_sheet_col_target(),
		m.rep_sheet_col_previous()
	],
	section: sectionLabel,
	figure: keyFigureLabel,
	unit: unitLabel
});
