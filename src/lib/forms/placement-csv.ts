import { placementSchemaFor } from './placement';
import { validateCsv, type CsvSpec } from './csv-import';

export const PLACEMENT_CSV_COLUMNS = [
	'jaar',
	'kwartaal',
	'sector',
	'personen',
	'uren_per_week',
	'werkgever',
	'instrument',
	'toelichting'
] as const;

const FIELD_TO_COLUMN: Record<string, string> = {
	year: 'jaar',
	quarter: 'kwartaal',
	sector: 'sector',
	persons: 'personen',
	hoursPerWeek: 'uren_per_week',
	employerName: 'werkgever',
	instrument: 'instrument',
	note: 'toelichting'
};

const wholeNumber = (text: string | undefined) =>
	/^\s*\d+\s*$/.test(text ?? '') ? Number(text) : Number.NaN;

const placementCsv = (today: Date): CsvSpec<ReturnType<typeof placementSchemaFor>> => ({
	columns: PLACEMENT_CSV_COLUMNS,
	schema: placementSchemaFor(today),
	toInput: (record) => ({
		year: wholeNumber(record.jaar),
		quarter: wholeNumber(record.kwartaal),
		sector: (record.sector ?? '').trim().toLowerCase(),
		persons: record.personen ?? '',
		hoursPerWeek: record.uren_per_week ?? '',
		employerName: record.werkgever ?? '',
		instrument: (record.instrument ?? '')
			.trim()
			.toLowerCase()
			.replace(/[\s-]+/g, '_'),
		note: record.toelichting ?? ''
	}),
	columnOf: (field) => FIELD_TO_COLUMN[field] ?? field
});

export function validatePlacementCsv(text: string, today = new Date()) {
	return validateCsv(text, placementCsv(today));
}

/** The downloadable template: the header and one example line. */
export const PLACEMENT_CSV_EXAMPLE = [
	[2026, 3, 'markt', 2, '40,5', 'Voorbeeld B.V.', 'jobcoaching', '']
] as const;
