import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { INSTRUMENTS, SECTORS, type Instrument } from '$lib/domain/enums';
import { FIRST_FIGURES_YEAR, isEnterableQuarter, isPlanningYear, isQuarterNumber } from '$lib/domain/periods';
import { parseDutchNumber } from '$lib/domain/numbers';
import { LIMITS, type RangeLimit } from '$lib/domain/limits';
import { numberText, textField } from './fields';

export { INSTRUMENTS, type Instrument };

const PLACEMENT = LIMITS.placements;

// Numbers are typed as text so "12" is not silently coerced; persons are whole.
const wholeNumberText = (limit: RangeLimit, message: () => string) =>
	z
		.string()
		.trim()
		.refine((text) => /^\d+$/.test(text) && Number(text) <= (limit.max ?? Infinity), { error: message });

/**
 * One line of baanafspraken: the same rules for the entry form and for every CSV row. `today` decides
 * which quarters have begun.
 */
export const placementSchemaFor = (today: Date) =>
	z
		.object({
			year: z
				.number({ error: () => m.fig_error_year() })
				.int({ error: () => m.fig_error_year() })
				.refine((year) => year >= FIRST_FIGURES_YEAR && year <= today.getFullYear(), {
					error: () => m.fig_error_year()
				}),
			quarter: z
				.number({ error: () => m.fig_error_quarter() })
				.int({ error: () => m.fig_error_quarter() })
				.min(1, { error: () => m.fig_error_quarter() })
				.max(4, { error: () => m.fig_error_quarter() }),
			sector: z.enum(SECTORS, { error: () => m.fig_error_sector() }),
			persons: wholeNumberText(PLACEMENT.persons, () => m.fig_error_persons()),
			hoursPerWeek: numberText(PLACEMENT.hours_per_week, () => m.fig_error_hours()),
			employerName: textField(PLACEMENT.employer_name, () => m.fig_error_employer()).default(''),
			instrument: z.enum(['', ...INSTRUMENTS], { error: () => m.fig_error_instrument() }).default(''),
			note: textField(PLACEMENT.note, () => m.fig_error_note()).default('')
		})
		// Only when year and quarter are valid on their own: otherwise their own messages say what is wrong.
		.refine(
			(value) =>
				!isPlanningYear(value.year, today) ||
				!isQuarterNumber(value.quarter) ||
				isEnterableQuarter({ year: value.year, quarter: value.quarter }, today),
			{ path: ['quarter'], error: () => m.fig_error_future_quarter() }
		);

export type PlacementInput = z.infer<ReturnType<typeof placementSchemaFor>>;

/** The validated form values as the database stores them. */
export function toPlacementValues(input: PlacementInput) {
	return {
		year: input.year,
		quarter: input.quarter,
		sector: input.sector,
		persons: Number(input.persons),
		hoursPerWeek: parseDutchNumber(input.hoursPerWeek),
		employerName: input.employerName || null,
		instrument: input.instrument || null,
		note: input.note || null
	};
}
export type PlacementValues = ReturnType<typeof toPlacementValues>;

/** The edit form also carries which line and which version of it the editor started from. */
export const placementEditSchemaFor = (today: Date) =>
	placementSchemaFor(today).and(z.object({ id: z.uuid(), version: z.string().min(1).max(64) }));
