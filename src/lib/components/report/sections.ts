import type { Component } from 'svelte';
import type { SectionDataMap, SectionId } from '$lib/domain/report';
import BaanafsprakenReport from './BaanafsprakenReport.svelte';
import BudgetReport from './BudgetReport.svelte';
import GoalsReport from './GoalsReport.svelte';
import MeetingsReport from './MeetingsReport.svelte';
import NetworkReport from './NetworkReport.svelte';

/** A section's part of the report document, drawn from the section's snapshot alone. */
export type SectionRenderer<K extends SectionId> = Component<{ data: SectionDataMap[K] }>;

/**
 * How each section of a report is drawn. A new section adds its component here, next to the collector
 * (src/lib/data/reports.ts) and the definition (src/lib/domain/report/registry.ts).
 */
export const SECTION_RENDERERS: { [K in SectionId]?: SectionRenderer<K> } = {
	baanafspraken: BaanafsprakenReport,
	budgetten: BudgetReport,
	doelen: GoalsReport,
	netwerk: NetworkReport,
	overleggen: MeetingsReport
};
