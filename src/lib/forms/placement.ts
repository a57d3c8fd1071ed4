import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { SECTORS } from '$lib/domain/baanafspraken';
import { FIRST_FIGURES_YEAR, isEnterableQuarter, isPlanningYear, isQuarterNumber } from '$lib/domain/periods';
import { hasAtMostDecimals, parseDutchNumber } from '$lib/domain/numbers';

export const INSTRUMENTS = [
	'loonkostensubsidie',
	'jobcoaching',
	'no_risk_polis',
	'detachering',
	'beschut_werk',
	'overig'
] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

const MAX_PERSONS = 10_000;
const MAX_HOURS = 2000;

// Numbers are typed as text so "12,5" is read the Dutch way instead of silently failing as a number input.
const wholeNumberText = (max: number, message: () => string) =>
	z
		.string()
		.trim()
		.refine((text) => /^\d+$/.test(text) && Number(text) <= max, { error: message });

const decimalText = (max: number, message: () => string) =>
	z
		.string()
		.trim()
		.refine(
			(text) => {
				const value = parseDutchNumber(text);
				return value >= 0 && value <= max && hasAtMostDecimals(value, 2);
			},
			{ error: message }
		);

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
			persons: wholeNumberText(MAX_PERSONS, () => m.fig_error_persons()),
			hoursPerWeek: decimalText(MAX_HOURS, () => m.fig_error_hours()),
			employerName: z
				.string()
				.trim()
				.max(150, { error: () => m.fig_error_employer() })
				.default(''),
			instrument: z.enum(['', ...INSTRUMENTS], { error: () => m.fig_error_instrument() }).default(''),
			note: z
				.string()
				.trim()
				.max(500, { error: () => m.fig_error_note() })
				.default('')
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
		instrument: (input.instrument || null) as Instrument | null,
		note: input.note || null
	};
}
export type PlacementValues = ReturnType<typeof toPlacementValues>;

/** The edit form also carries which line and which version of it the editor started from. */
export const placementEditSchemaFor = (today: Date) =>
	placementSchemaFor(today).and(z.object({ id: z.uuid(), version: z.string().min(1).max(64) }));
