// The contract every section of a report to the councils (raadsinformatiebrief) follows: which sections
// exist, the key figures, risks and sheets a section gives, and the small shapes the sections share.

import type { ReportPeriod } from './period';

export const REPORT_SECTIONS = ['baanafspraken', 'budgetten', 'doelen', 'netwerk', 'overleggen'] as const;
export type SectionId = (typeof REPORT_SECTIONS)[number];

export function isSectionId(value: string): value is SectionId {
	return (REPORT_SECTIONS as readonly string[]).includes(value);
}

export type ReportScope = { kind: 'region' } | { kind: 'gemeente'; organisationId: string };

export const round2 = (value: number) => Math.round(value * 100) / 100;

export interface NamedPartner {
	id: string;
	name: string;
}

/** A text the report shows in the reader's language, stored with the snapshot so it never changes. */
export interface LocalisedText {
	nl: string;
	en: string;
}

export type FigureUnit = 'jobs' | 'persons' | 'euro' | 'share' | 'count' | 'score';

export interface KeyFigure {
	/** Stable id: the message key of its label is rep_kf_<id>, and versions are compared on it. */
	id: string;
	section: SectionId;
	value: number;
	unit: FigureUnit;
	/** What the figure is held to (the trajectory, the commitment); null when there is none. */
	target: number | null;
	/** The same figure in the previous period; null when unknown. */
	previous: number | null;
	/** Extra words for the label (a sector, a gemeente). */
	subject?: string;
}

export interface Comparison {
	difference: number;
	/** Relative change (0.1 = 10 % more); null when the reference is 0. */
	ratio: number | null;
}

export function compare(value: number, reference: number | null): Comparison | null {
	if (reference === null) return null;
	return { difference: round2(value - reference), ratio: reference === 0 ? null : value / reference - 1 };
}

export type RiskKind =
	| 'sector_behind'
	| 'programme_drop'
	| 'low_realisation'
	| 'goal_behind'
	| 'action_overdue'
	/** Zwak netwerkpunt: an indicator of the network health check in attention or weak. */
	| 'weak_network_point';

export interface Risk {
	section: SectionId;
	kind: RiskKind;
	subject: string;
	/**
	 * Jobs behind, the drop as a fraction, the realisation rate, how far a goal is behind (in its unit) or the
	 * days an action is over its date, by kind.
	 */
	value: number;
	/** A goal's unit, the partner that owns an action, or a weak network point's status. */
	detail?: string;
	/** A weak network point's recommendation. */
	recommendation?: LocalisedText;
}

export interface SectionDefinition<T> {
	id: SectionId;
	/** Built in this version: it can be chosen in the builder and has a collector and a renderer. */
	available: boolean;
	/** The key figures; `period` is the report's, for what "the previous period" is. */
	keyFigures(data: T, period: ReportPeriod): KeyFigure[];
	risks(data: T): Risk[];
	/** The section's tables for the XLSX export (one sheet per section), with the same figures as the report. */
	sheets(data: T): ReportSheet[];
}

export interface ReportSheet {
	name: string;
	columns: string[];
	rows: (string | number | null)[][];
}
