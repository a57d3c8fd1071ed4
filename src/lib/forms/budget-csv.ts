import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { commitmentSchemaFor, type CommitmentInput } from './budget';
import { validateCsv, type CsvResult, type CsvRowError, type CsvSpec } from './csv-import';

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

function budgetCsv(today: Date, programmes: readonly ProgrammeRef[]) {
	const byName = new Map(programmes.map((p) => [programmeKey(p.name), p] as const));
	const activeNames = programmes
		.filter((p) => p.active)
		.map((p) => p.name)
		.join(', ');
	const schema = commitmentSchemaFor(today).extend({
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
		})
	});
	const spec: CsvSpec<typeof schema> = {
		columns: BUDGET_CSV_COLUMNS,
		schema,
		toInput: (record) => ({
			programmeId: record.programma ?? '',
			year: wholeNumber(record.jaar),
			committedAmount: record.toegezegd_bedrag ?? '',
			committedStaffHours: record.toegezegde_uren ?? '',
			realisedAmount: record.gerealiseerd_bedrag ?? '',
			realisedStaffHours: record.gerealiseerde_uren ?? '',
			note: record.toelichting ?? ''
		}),
		columnOf: (field) => FIELD_TO_COLUMN[field] ?? field
	};
	return spec;
}

export interface BudgetCsvOptions {
	today?: Date;
	/**
	 * Programme and year pairs (`commitmentKey`) the partner already has a commitment for: the import adds new
	 * commitments, so such rows are refused and the editor changes the existing one on the entry page.
	 */
	existing?: ReadonlySet<string>;
}

export const commitmentKey = (programmeId: string, year: number) => `${programmeId}:${year}`;

/**
 * Validates a partner's budget CSV as a whole: every row against the same rules as the entry form, then that no
 * programme and year occur twice in the file or already exist. Either every row is good, or every error is
 * listed with its line and nothing is imported.
 */
export function validateBudgetCsv(
	text: string,
	programmes: readonly ProgrammeRef[],
	{ today = new Date(), existing = new Set() }: BudgetCsvOptions = {}
): CsvResult<CommitmentInput> {
	const result = validateCsv(text, budgetCsv(today, programmes));
	if (!result.ok) return result;
	const names = new Map(programmes.map((p) => [p.id, p.name] as const));
	const firstLine = new Map<string, number>();
	const rowErrors: CsvRowError[] = [];
	result.rows.forEach((row, index) => {
		const line = index + 2;
		const key = commitmentKey(row.programmeId, row.year);
		const programme = names.get(row.programmeId) ?? '';
		const earlier = firstLine.get(key);
		if (earlier !== undefined) {
			rowErrors.push({
				line,
				column: 'programma',
				message: m.budget_error_csv_duplicate({ programme, year: row.year, line: earlier })
			});
		} else {
			firstLine.set(key, line);
			if (existing.has(key)) {
				rowErrors.push({
					line,
					column: 'programma',
					message: m.budget_error_csv_exists({ programme, year: row.year })
				});
			}
		}
	});
	return rowErrors.length ? { ok: false, fileError: null, rowErrors } : result;
}

/** The downloadable template: the header and one example line for the region's first active programme. */
export function budgetCsvExample(programmes: readonly ProgrammeRef[], year: number) {
	const name = programmes.find((p) => p.active)?.name ?? 'Werkgeversservicepunt';
	return [[name, year, '12.500,00', '40', '', '', '']];
}
