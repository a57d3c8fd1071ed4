import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import {
	REPORT_SECTIONS,
	SECTION_REGISTRY,
	isReportablePeriod,
	isSectionId,
	parsePeriod,
	type ReportPeriod,
	type ReportScope,
	type SectionId
} from '$lib/domain/report';
import { LIMITS } from '$lib/domain/limits';
import { textField } from './fields';

/** The scope value for the whole region; a gemeente is chosen by its organisation id. */
export const REGION_SCOPE = 'regio';

/** What the builder chooses (scope, period, sections); also the query of a draft's address. */
export interface ReportChoiceInput {
	scope: string;
	period: string;
	sections: string[];
}

export interface ReportChoice {
	scope: ReportScope;
	period: ReportPeriod;
	sections: SectionId[];
}

export type ChoiceErrors = Partial<Record<keyof ReportChoiceInput, string>>;

/**
 * Checks the builder's choices against the region: a gemeente of the region, a period that has begun, and
 * sections that exist and are built in this version.
 */
export function resolveChoice(
	input: ReportChoiceInput,
	gemeenteIds: readonly string[],
	today: Date
): { ok: true; choice: ReportChoice } | { ok: false; errors: ChoiceErrors } {
	const errors: ChoiceErrors = {};
	const scope: ReportScope | null =
		input.scope === REGION_SCOPE
			? { kind: 'region' }
			: gemeenteIds.includes(input.scope)
				? { kind: 'gemeente', organisationId: input.scope }
				: null;
	if (!scope) errors.scope = m.rep_error_scope();
	const period = parsePeriod(input.period);
	if (!period || !isReportablePeriod(period, today)) errors.period = m.rep_error_period();
	const sections = REPORT_SECTIONS.filter((id) => input.sections.includes(id));
	if (
		sections.length === 0 ||
		input.sections.some((id) => !isSectionId(id) || !SECTION_REGISTRY[id].available)
	) {
		errors.sections = m.rep_error_sections();
	}
	if (!scope || !period || errors.period || errors.sections) return { ok: false, errors };
	return { ok: true, choice: { scope, period, sections } };
}

export function choiceQuery(input: ReportChoiceInput): string {
	const params = new URLSearchParams({ bereik: input.scope, periode: input.period });
	for (const section of input.sections) params.append('onderdeel', section);
	return params.toString();
}

export function choiceFromQuery(params: URLSearchParams): ReportChoiceInput {
	return {
		scope: params.get('bereik') ?? '',
		period: params.get('periode') ?? '',
		sections: params.getAll('onderdeel')
	};
}

const REPORT = LIMITS.report_versions;

/** Publishing: the choices again (checked once more on the server) and the report's own text. */
export const publishSchema = z.object({
	scope: z.string(),
	period: z.string(),
	sections: z.array(z.string()),
	title: textField(REPORT.title, () => m.rep_error_title()),
	introduction: textField(REPORT.introduction, () => m.rep_error_text()),
	conclusion: textField(REPORT.conclusion, () => m.rep_error_text()),
	/** Set by the final button only: publishing is final, so the first submit asks for confirmation. */
	confirmed: z.boolean().default(false),
	/** Set by the server when it asks for that confirmation. */
	confirming: z.boolean().default(false)
});

export type PublishValues = z.infer<typeof publishSchema>;
