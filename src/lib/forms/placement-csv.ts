import { placementSchemaFor } from './placement';
import { validateCsv, type CsvSpec } from './csv-import';

/** One row per plaatsing, in the order of the template. */
export const PLACEMENT_CSV_COLUMNS = [
	'kandidaatnummer',
	'klantgroep',
	'woongemeente',
	'doelgroepregister',
	'werkgever',
	'kvk_nummer',
	'dienstverband',
	'sector',
	'startdatum',
	'einddatum',
	'uren_per_week',
	'uren_gecontroleerd',
	'instrument',
	'toelichting'
] as const;

const FIELD_TO_COLUMN: Record<string, string> = {
	personKey: 'kandidaatnummer',
	klantgroep: 'klantgroep',
	woongemeente: 'woongemeente',
	inDoelgroepregister: 'doelgroepregister',
	employerName: 'werkgever',
	employerKvk: 'kvk_nummer',
	dienstverband: 'dienstverband',
	sector: 'sector',
	startDate: 'startdatum',
	endDate: 'einddatum',
	hoursPerWeek: 'uren_per_week',
	hoursChecked: 'uren_gecontroleerd',
	instrument: 'instrument',
	note: 'toelichting'
};

/** The CSV column of a form field (for a row error). */
export const placementColumnOf = (field: string) => FIELD_TO_COLUMN[field] ?? field;

/** A gemeente as the file names it: its CBS code (GM0935) or its name (Maastricht, "Gemeente Maastricht"). */
export interface GemeenteRef {
	code: string;
	name: string;
}

/** A date as Dutch spreadsheets write it (31-8-2026, 31-08-2026) or as ISO (2026-08-31); '' stays ''. */
export function isoDateOf(text: string): string {
	const trimmed = text.trim();
	const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(trimmed);
	if (dutch) return `${dutch[3]}-${dutch[2].padStart(2, '0')}-${dutch[1].padStart(2, '0')}`;
	return trimmed;
}

const word = (text: string | undefined) => (text ?? '').trim().toLowerCase();

function yesNo(text: string | undefined): string {
	const value = word(text);
	if (['ja', 'j', 'yes', 'true', '1'].includes(value)) return 'ja';
	if (['nee', 'n', 'no', 'false', '0'].includes(value)) return 'nee';
	return value;
}

function gemeenteCode(text: string | undefined, gemeenten: readonly GemeenteRef[]): string {
	const value = (text ?? '').trim();
	const byName = gemeenten.find(
		(g) => g.name.toLowerCase() === value.toLowerCase().replace(/^gemeente\s+/, '')
	);
	return byName ? byName.code : value.toUpperCase();
}

const placementCsv = (
	today: Date,
	gemeenten: readonly GemeenteRef[]
): CsvSpec<ReturnType<typeof placementSchemaFor>> => ({
	columns: PLACEMENT_CSV_COLUMNS,
	schema: placementSchemaFor(
		today,
		gemeenten.map((g) => g.code)
	),
	toInput: (record) => ({
		personKey: record.kandidaatnummer ?? '',
		klantgroep: word(record.klantgroep) || 'gemeente',
		woongemeente: gemeenteCode(record.woongemeente, gemeenten),
		inDoelgroepregister: yesNo(record.doelgroepregister),
		employerName: record.werkgever ?? '',
		employerKvk: record.kvk_nummer ?? '',
		dienstverband: word(record.dienstverband) || 'regulier',
		sector: word(record.sector) === 'onbekend' ? '' : word(record.sector),
		startDate: isoDateOf(record.startdatum ?? ''),
		endDate: isoDateOf(record.einddatum ?? ''),
		hoursPerWeek: record.uren_per_week ?? '',
		hoursChecked: yesNo(record.uren_gecontroleerd) === 'ja',
		mediatedBy: '',
		instrument: word(record.instrument).replace(/[\s-]+/g, '_'),
		note: record.toelichting ?? ''
	}),
	columnOf: placementColumnOf
});

export function validatePlacementCsv(text: string, gemeenten: readonly GemeenteRef[], today = new Date()) {
	return validateCsv(text, placementCsv(today, gemeenten));
}

/** The downloadable template: the header and one example line (fictitious). */
export const PLACEMENT_CSV_EXAMPLE = [
	[
		'ZL-000123',
		'gemeente',
		'GM0935',
		'ja',
		'Voorbeeld B.V.',
		'',
		'regulier',
		'markt',
		'2026-08-03',
		'',
		'24,0',
		'nee',
		'jobcoaching',
		''
	]
] as const;
