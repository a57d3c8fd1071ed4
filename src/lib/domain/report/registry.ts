// Reports to the councils (raadsinformatiebrief): the registry of sections and what is read from a whole
// snapshot (key figures, risks, sheets, the corrections between two versions).
//
// Adding a section: give it a module beside this one (snapshot type, SectionDefinition), its data type in
// SectionDataMap, its definition in SECTION_REGISTRY, its builder in SQL (private.report_section in
// supabase/migrations/20261219010000_report_snapshot_in_database.sql: publish_report() stores only what the
// database builds) and a renderer in src/lib/components/report/sections.ts (SECTION_RENDERERS).
import { baanafsprakenSection, type BaanafsprakenSnapshot } from './baanafspraken';
import { budgetSection, type BudgetSnapshot } from './budgets';
import { goalsSection, type GoalsSnapshot } from './goals';
import { meetingsSection, type MeetingsSnapshot } from './meetings';
import { networkSection, type NetworkSnapshot } from './network';
import type { ReportPeriod } from './period';
import { roundJobs } from '$lib/domain/banenafspraak';
import {
	REPORT_SECTIONS,
	round2,
	type FigureUnit,
	type KeyFigure,
	type ReportSheet,
	type Risk,
	type SectionDefinition,
	type SectionId
} from './section';

/**
 * The data each section stores. Sections not built yet store nothing: give them a type here when they are.
 */
export interface SectionDataMap {
	baanafspraken: BaanafsprakenSnapshot;
	budgetten: BudgetSnapshot;
	doelen: GoalsSnapshot;
	netwerk: NetworkSnapshot;
	overleggen: MeetingsSnapshot;
}

export type SnapshotScope = { kind: 'region' } | { kind: 'gemeente'; organisationId: string; name: string };

export interface ReportSnapshot {
	schemaVersion: 1;
	/** demoData: the region's figures were invented for a demo (regions.demo_data) when the report was made. */
	region: { id: string; name: string; demoData?: boolean };
	scope: SnapshotScope;
	period: ReportPeriod;
	referenceDate: string;
	/** When the figures were read (ISO). */
	collectedAt: string;
	sections: { [K in SectionId]?: SectionDataMap[K] };
}

export const SECTION_REGISTRY: { [K in SectionId]: SectionDefinition<SectionDataMap[K]> } = {
	baanafspraken: baanafsprakenSection,
	budgetten: budgetSection,
	doelen: goalsSection,
	netwerk: networkSection,
	overleggen: meetingsSection
};

export const AVAILABLE_SECTIONS: SectionId[] = REPORT_SECTIONS.filter((id) => SECTION_REGISTRY[id].available);

/** The sections present in a snapshot, in registry order. */
export function sectionsOf(snapshot: ReportSnapshot): SectionId[] {
	return REPORT_SECTIONS.filter((id) => snapshot.sections[id] !== undefined);
}

function definitionCall<R>(
	snapshot: ReportSnapshot,
	call: (definition: SectionDefinition<unknown>, data: unknown) => R[]
): R[] {
	// Methods are bivariant: each definition reads the data of its own section.
	return sectionsOf(snapshot).flatMap((id) =>
		call(SECTION_REGISTRY[id] as SectionDefinition<unknown>, snapshot.sections[id])
	);
}

export function keyFiguresOf(snapshot: ReportSnapshot): KeyFigure[] {
	return definitionCall(snapshot, (definition, data) => definition.keyFigures(data, snapshot.period));
}

export function risksOf(snapshot: ReportSnapshot): Risk[] {
	return definitionCall(snapshot, (definition, data) => definition.risks(data));
}

/** Tables of one section, one under the other on one sheet, each after an empty row and its own header. */
export function stackTables(name: string, tables: readonly ReportSheet[]): ReportSheet {
	const [first, ...rest] = tables;
	return {
		name,
		columns: first?.columns ?? [],
		rows: [
			...(first?.rows ?? []),
			...rest.flatMap((table) => [[], [table.name], table.columns, ...table.rows])
		]
	};
}

/** The XLSX sheets of a report: one per section, named after it. */
export function sheetsOf(snapshot: ReportSnapshot): ReportSheet[] {
	return sectionsOf(snapshot)
		.map((id) => {
			const tables = (SECTION_REGISTRY[id] as SectionDefinition<unknown>).sheets(snapshot.sections[id]);
			return tables.length ? stackTables(SECTION_SHEET_NAMES[id], tables) : null;
		})
		.filter((sheet): sheet is ReportSheet => sheet !== null);
}

export const SECTION_SHEET_NAMES: Record<SectionId, string> = {
	baanafspraken: 'Baanafspraken',
	budgetten: 'Budgetafspraken',
	doelen: 'Doelen',
	netwerk: 'Netwerk',
	overleggen: 'Overleggen en besluiten'
};

/** How a reader's spreadsheet names the key figures: the report's own labels, in the reader's language. */
export interface KeyFigureWords {
	columns: readonly [string, string, string, string, string, string];
	section: (id: SectionId) => string;
	figure: (figure: KeyFigure) => string;
	unit: (unit: FigureUnit) => string;
}

/**
 * A key figure's number as the report shows it: jobs and scores to one decimal, a share as a percentage with one
 * decimal, euros, persons and counts whole.
 */
export function keyFigureNumber(value: number | null, unit: FigureUnit): number | null {
	if (value === null) return null;
	switch (unit) {
		case 'jobs':
			return roundJobs(value);
		case 'score':
			return Math.round(value * 10) / 10;
		case 'share':
			return Math.round(value * 1000) / 10;
		default:
			return Math.round(value);
	}
}

/** One table for CSV: every key figure with its comparisons, the same numbers and labels as the report's. */
export function keyFigureSheet(snapshot: ReportSnapshot, words: KeyFigureWords): ReportSheet {
	return {
		name: 'Kerncijfers',
		columns: [...words.columns],
		rows: keyFiguresOf(snapshot).map((f) => [
			words.section(f.section),
			words.figure(f),
			keyFigureNumber(f.value, f.unit),
			words.unit(f.unit),
			keyFigureNumber(f.target, f.unit),
			keyFigureNumber(f.previous, f.unit)
		])
	};
}

export interface Correction {
	id: string;
	section: SectionId;
	subject?: string;
	unit: FigureUnit;
	before: number;
	after: number;
}

/** Key figures that changed between an earlier version of a report and a newer one. */
export function correctionsBetween(earlier: ReportSnapshot, later: ReportSnapshot): Correction[] {
	const before = new Map(keyFiguresOf(earlier).map((f) => [f.id, f]));
	return keyFiguresOf(later)
		.filter((f) => before.has(f.id) && round2(before.get(f.id)!.value) !== round2(f.value))
		.map((f) => ({
			id: f.id,
			section: f.section,
			subject: f.subject,
			unit: f.unit,
			before: before.get(f.id)!.value,
			after: f.value
		}));
}
