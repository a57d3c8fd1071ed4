import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { DIENSTVERBANDEN, INSTRUMENTS, KLANTGROEPEN, type Instrument } from '$lib/domain/enums';
import {
	CHECKED_ABOVE_HOURS,
	MAX_HOURS_PER_WEEK,
	PERSON_KEY_PATTERN,
	looksLikeBsn,
	normalisePersonKey
} from '$lib/domain/banenafspraak';
import { hasAtMostDecimals, parseDutchNumber } from '$lib/domain/numbers';
import { LIMITS } from '$lib/domain/limits';
import { isCalendarDate } from '$lib/domain/periods';
import { idField, textField, versionField } from './fields';

export { INSTRUMENTS, type Instrument };

const PLACEMENT = LIMITS.placements;
const FIRST_START = PLACEMENT.start_date.min;

/** Hours per week: more than 0, at most 48, one decimal (numeric(4,1)). */
export function isPlausibleHours(hours: number): boolean {
	return (
		Number.isFinite(hours) &&
		hours >= PLACEMENT.hours_per_week.min &&
		hours <= MAX_HOURS_PER_WEEK &&
		hasAtMostDecimals(hours, 1)
	);
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * One plaatsing: one person in one job. The same rules for the entry form and for every CSV row, and the same
 * as the database's (private.guard_placement), which refuses with a code if anything gets past these.
 * `today` decides which start dates lie in the future; `gemeenten` are the codes a woongemeente can be.
 */
export const placementSchemaFor = (today: Date, gemeenten: readonly string[]) =>
	z
		.object({
			personKey: z
				.string()
				.transform(normalisePersonKey)
				.refine((key) => !looksLikeBsn(key), { error: () => m.fig_error_person_key_bsn() })
				.refine((key) => looksLikeBsn(key) || PERSON_KEY_PATTERN.test(key), {
					error: () => m.fig_error_person_key()
				}),
			klantgroep: z.enum(KLANTGROEPEN, { error: () => m.fig_error_klantgroep() }).default('gemeente'),
			woongemeente: z
				.string()
				.trim()
				.toUpperCase()
				.refine((code) => gemeenten.includes(code), { error: () => m.fig_error_woongemeente() }),
			// No answer chosen beforehand: whoever enters the line says it.
			inDoelgroepregister: z
				.enum(['', 'ja', 'nee'], { error: () => m.fig_error_doelgroepregister() })
				.refine((answer) => answer !== '', { error: () => m.fig_error_doelgroepregister() }),
			employerName: textField(PLACEMENT.employer_name, () => m.fig_error_employer()),
			employerKvk: z
				.string()
				.trim()
				.transform((text) => text.replace(/\s/g, ''))
				.refine((text) => text === '' || /^\d{8}$/.test(text), { error: () => m.fig_error_kvk() })
				.default(''),
			dienstverband: z
				.enum(DIENSTVERBANDEN, { error: () => m.fig_error_dienstverband() })
				.default('regulier'),
			sector: z.enum(['', 'markt', 'overheid'], { error: () => m.fig_error_sector() }).default(''),
			startDate: z
				.string()
				.trim()
				.refine((date) => isCalendarDate(date) && date >= FIRST_START, { error: () => m.fig_error_start() })
				.refine((date) => !isCalendarDate(date) || date <= isoDay(today), {
					error: () => m.fig_error_start_future()
				}),
			endDate: z
				.string()
				.trim()
				.refine((date) => date === '' || isCalendarDate(date), { error: () => m.fig_error_end() })
				.default(''),
			hoursPerWeek: z
				.string({ error: () => m.fig_error_hours() })
				.trim()
				.refine((text) => isPlausibleHours(parseDutchNumber(text)), { error: () => m.fig_error_hours() }),
			hoursChecked: z.boolean().default(false),
			mediatedBy: z.union([z.literal(''), idField()], { error: () => m.fig_error_mediated_by() }).default(''),
			instrument: z.enum(['', ...INSTRUMENTS], { error: () => m.fig_error_instrument() }).default(''),
			note: textField(PLACEMENT.note, () => m.fig_error_note()).default('')
		})
		.refine((v) => v.dienstverband !== 'regulier' || v.sector !== '', {
			path: ['sector'],
			error: () => m.fig_error_sector_regulier()
		})
		.refine((v) => v.endDate === '' || !isCalendarDate(v.startDate) || v.endDate >= v.startDate, {
			path: ['endDate'],
			error: () => m.fig_error_end_before_start()
		})
		// Only for hours that are plausible at all: otherwise the hours' own message says what is wrong.
		.refine(
			(v) =>
				v.hoursChecked ||
				!isPlausibleHours(parseDutchNumber(v.hoursPerWeek)) ||
				parseDutchNumber(v.hoursPerWeek) <= CHECKED_ABOVE_HOURS,
			{
				path: ['hoursChecked'],
				error: () => m.fig_error_hours_unchecked()
			}
		);

export type PlacementInput = z.input<ReturnType<typeof placementSchemaFor>>;
export type PlacementOutput = z.output<ReturnType<typeof placementSchemaFor>>;

/** The validated form values as the database stores them. */
export function toPlacementValues(input: PlacementOutput) {
	return {
		personKey: input.personKey,
		klantgroep: input.klantgroep,
		woongemeente: input.woongemeente,
		inDoelgroepregister: input.inDoelgroepregister === 'ja',
		employerName: input.employerName,
		employerKvk: input.employerKvk || null,
		dienstverband: input.dienstverband,
		sector: input.sector || null,
		startDate: input.startDate,
		endDate: input.endDate || null,
		hoursPerWeek: parseDutchNumber(input.hoursPerWeek),
		hoursChecked: input.hoursChecked,
		mediatedBy: input.mediatedBy || null,
		instrument: input.instrument || null,
		note: input.note || null
	};
}
export type PlacementValues = ReturnType<typeof toPlacementValues>;

/** The edit form also carries which line and which version of it the editor started from. */
export const placementEditSchemaFor = (today: Date, gemeenten: readonly string[]) =>
	placementSchemaFor(today, gemeenten).and(z.object({ id: idField(), version: versionField() }));

/**
 * Where the database's refusal of a plaatsing belongs on the form: the field it is about (the message is shown
 * there), or null for a refusal about the whole line.
 */
export const PLACEMENT_ERROR_FIELDS: Partial<Record<string, keyof PlacementOutput>> = {
	placement_person_key_bsn: 'personKey',
	placement_person_key_format: 'personKey',
	placement_duplicate: 'personKey',
	placement_person_hours: 'hoursPerWeek',
	placement_doelgroepregister_required: 'inDoelgroepregister',
	placement_start_invalid: 'startDate',
	placement_start_future: 'startDate',
	placement_end_before_start: 'endDate',
	placement_woongemeente_required: 'woongemeente',
	placement_woongemeente_invalid: 'woongemeente',
	placement_employer_required: 'employerName',
	placement_kvk_format: 'employerKvk',
	placement_hours_range: 'hoursPerWeek',
	placement_hours_unchecked: 'hoursChecked',
	placement_sector_required: 'sector',
	placement_mediator_outside_region: 'mediatedBy'
};
