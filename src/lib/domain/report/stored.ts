// Reading a stored snapshot. A published version keeps its snapshot forever, so the app meets snapshots of
// older shapes, and (before publishing went through the database) snapshots a client made up. None of them may
// break the report page or its export: the envelope is checked, and every section must survive its own key
// figures, risks and tables; a section that does not is left out and named, the rest of the report is shown.
import { z } from 'zod';
import { REPORT_SECTIONS, type SectionDefinition, type SectionId } from './section';
import { SECTION_REGISTRY, type ReportSnapshot } from './registry';
import type { ReportPeriod } from './period';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const envelope = z.object({
	schemaVersion: z.literal(1),
	region: z.object({ id: z.string(), name: z.string(), demoData: z.boolean().optional() }),
	scope: z.union([
		z.object({ kind: z.literal('region') }),
		z.object({ kind: z.literal('gemeente'), organisationId: z.string(), name: z.string() })
	]),
	period: z.object({
		year: z.number().int(),
		quarter: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.null()])
	}),
	referenceDate: date,
	collectedAt: z.string(),
	sections: z.record(z.string(), z.unknown())
});

export type StoredSnapshot =
	{ readable: true; snapshot: ReportSnapshot; unreadableSections: SectionId[] } | { readable: false };

/** True when the section's data gives key figures, risks and tables without failing. */
function sectionReadable(id: SectionId, data: unknown, period: ReportPeriod): boolean {
	if (data === null || typeof data !== 'object') return false;
	const definition = SECTION_REGISTRY[id] as SectionDefinition<unknown>;
	try {
		definition.keyFigures(data, period);
		definition.risks(data);
		definition.sheets(data);
		return true;
	} catch {
		return false;
	}
}

/**
 * A stored snapshot as the app can show it: its readable sections, and the ones it cannot read (unknown section
 * names are dropped without a word: they were never a section). Unreadable as a whole when the envelope is not a
 * snapshot's.
 */
export function readStoredSnapshot(raw: unknown): StoredSnapshot {
	const parsed = envelope.safeParse(raw);
	if (!parsed.success) return { readable: false };
	const { sections: stored, ...rest } = parsed.data;
	const sections: ReportSnapshot['sections'] = {};
	const unreadableSections: SectionId[] = [];
	for (const id of REPORT_SECTIONS) {
		if (!(id in stored)) continue;
		if (sectionReadable(id, stored[id], rest.period)) Object.assign(sections, { [id]: stored[id] });
		else unreadableSections.push(id);
	}
	return { readable: true, snapshot: { ...rest, sections }, unreadableSections };
}
