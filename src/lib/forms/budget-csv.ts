import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { commitmentSchemaFor, type CommitmentInput } from './budget';
import { validateCsv, type CsvResult, type CsvSpec } from './csv-import';

export const BUDGET_CSV_COLUMNS = [
	'programma',
	'jaar',
	'toegezegd_bedrag',
	'toegezegde_uren',
	'gerealiseerd_bedrag',
	'gerealiseerde_uren',
	'toelichting'
] as const;

const FIELD_TO_COLUMN: Record<string, string> = {
	programmeId: 'programma',
	year: 'jaar',
	committedAmount: 'toegezegd_bedrag',
	committedStaffHours: 'toegezegde_uren',
	realisedAmount: 'gerealiseerd_bedrag',
	realisedStaffHours: 'gerealiseerde_uren',
	note: 'toelichting'
};

/** What the CSV needs to know of the region's programmes: rows name a programme, the database wants its id. */
export interface ProgrammeRef {
	id: string;
	name: string;
	active: boolean;
}

/** Names match regardless of capitals, surrounding spaces and doubled spaces, as people retype them. */
export const programmeKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl-NL');

const wholeNumber = (text: string | undefined) =>
	/^\s*\d+\s*$/.test(text ?? '') ? Number(text) : Number.NaN;

export const commitmentKey = (programmeId: string, year: number) => `${programmeId}:${year}`;

export interface BudgetCsvOptions {
	today?: Date;
	/**
	 * Programme and year pairs (`commitmentKey`) the partner already has a commitment for: the import adds new
	 * commitments, so such rows are refused and the editor changes the existing one on the entry page.
	 */
	existing?: ReadonlySet<string>;
}

/**
 * The rules for one CSV row: the entry form's, with the programme named instead of chosen, and no programme and
 * year twice in the file or already stored for the partner. The spec belongs to one validation of one file: it
 * remembers which programme and year an earlier line already had.
 */
function budgetCsv(today: Date, programmes: readonly ProgrammeRef[], existing: ReadonlySet<string>) {
	const byName = new Map(programmes.map((p) => [programmeKey(p.name), p] as const));
	const activeNames = programmes
		.filter((p) => p.active)
		.map((p) => p.name)
		.join(', ');
	const firstLine = new Map<string, number>();
	// validateCsv turns the records into input one by one, in file order: the header is line 1.
	let line = 1;
	const schema = commitmentSchemaFor(today)
		.extend({
			// The row names its programme; it becomes the programme's id when it is one of the region's active ones.
			programmeId: z.string({ error: () => m.budget_error_programme() }).transform((name, ctx) => {
				const programme = byName.get(programmeKey(name));
				if (!programme || !programme.active) {
					ctx.issues.push({
						code: 'custom',
						input: name,
						message: programme
							? m.budget_error_csv_programme_inactive({ name: programme.name })
							: name.trim() === ''
								? m.budget_error_csv_programme_missing({ names: activeNames })
								: m.budget_error_csv_programme_unknown({ name: name.trim(), names: activeNames })
					});
					return z.NEVER;
				}
				return programme.id;
			}),
			line: z.number()
		})
		// Runs only for rows that are valid on their own: then the programme and year are known.
		.superRefine(
			(row, ctx) => {
				const key = commitmentKey(row.programmeId, row.year);
				const programme = programmes.find((p) => p.id === row.programmeId)?.name ?? '';
				const earlier = firstLine.get(key);
				if (earlier !== undefined) {
					ctx.addIssue({
						code: 'custom',
						path: ['programmeId'],
						message: m.budget_error_csv_duplicate({ programme, year: row.year, line: earlier })
					});
					return;
				}
				firstLine.set(key, row.line);
				if (existing.has(key)) {
					ctx.addIssue({
						code: 'custom',
						path: ['programmeId'],
						message: m.budget_error_csv_exists({ programme, year: row.year })
					});
				}
			},
			{ when: (payload) => payload.issues.length === 0 }
		)
		.transform(({ line: _line, ...row }): CommitmentInput => row);
	const spec: CsvSpec<typeof schema> = {
		columns: BUDGET_CSV_COLUMNS,
		schema,
		toInput: (record) => ({
			line: ++line,
			programmeId: record.programma ?? '',
			year: wholeNumber(record.jaar),
			committedAmount: record.toegezegd_bedrag ?? '',
			committedStaffHours: record.toegezegde_uren ?? '',
			realisedAmount: record.gerealiseerd_bedrag ?? '',
			realisedStaffHours: record.gerealiseerde_uren ?? '',
			note: record.toelichting ?? '',
			through: ''
		}),
		columnOf: (field) => FIELD_TO_COLUMN[field] ?? field
	};
	return spec;
}

/**
 * Validates a partner's budget CSV as a whole, every row against the same rules as the entry form: either every
 * row is good, or every error is listed with its line and column, and nothing is imported.
 */
export function validateBudgetCsv(
	text: string,
	programmes: readonly ProgrammeRef[],
	{ today = new Date(), existing = new Set() }: BudgetCsvOptions = {}
): CsvResult<CommitmentInput> {
	return validateCsv(text, budgetCsv(today, programmes, existing));
}

/** The downloadable template: the header and one example line for the region's first active programme. */
export function budgetCsvExample(programmes: readonly ProgrammeRef[], year: number) {
	const name = programmes.find((p) => p.active)?.name ?? 'Werkgeversservicepunt';
	return [[name, year, '12.500,00', '40', '', '', '']];
}
