import type { BudgetOverview, BudgetOverviewFacts } from '$lib/data/budgets';
import type { Sheet } from '$lib/server/spreadsheet';
import { toCsv } from './csv-import';
import { dropText, verdictLabel, windowText } from './budget-stability';

const round = (value: number, decimals = 2) => Math.round(value * 10 ** decimals) / 10 ** decimals;
const percent = (fraction: number | null) => (fraction === null ? null : round(fraction * 100, 1));

/**
 * What the budget page shows, table by table: the partners in the chosen year (the CSV export), committed
 * against realised per programme and year with the year-on-year change, and the stability verdict per
 * programme over the window, as budget_overview() gives it to the page (the Excel export has all three, one
 * sheet each).
 */
export function budgetSheets(
	overview: BudgetOverview,
	partnerNames: ReadonlyMap<string, string>,
	year: number,
	facts: Pick<BudgetOverviewFacts, 'programmes' | 'window' | 'thresholds'>
): { partners: Sheet; programmes: Sheet; stability: Sheet } {
	const partners: Sheet = {
		name: `Per partner ${year}`,
		columns: [
			'partner',
			'toegezegd_bedrag',
			'gerealiseerd_bedrag',
			'realisatie_procent',
			'toegezegde_uren',
			'gerealiseerde_uren'
		],
		rows: overview.partners.map((row) => [
			partnerNames.get(row.organisationId) ?? row.organisationId,
			row.totals.committed,
			row.hasRealisation ? row.totals.realised : null,
			percent(row.rate),
			row.totals.staffHoursCommitted,
			row.totals.staffHoursRealised
		])
	};
	const programmes: Sheet = {
		name: 'Per programma en jaar',
		columns: [
			'programma',
			'jaar',
			'toegezegd_bedrag',
			'gerealiseerd_bedrag',
			'realisatie_procent',
			'verandering_procent'
		],
		rows: overview.programmes.flatMap(({ programme, stability, years }) =>
			// The programme's own years: from its first to its last year with commitments.
			stability.years.map((y) => {
				const figures = years.find((row) => row.year === y.year);
				return [
					programme.name,
					y.year,
					y.committed,
					figures?.realised ?? null,
					percent(figures?.rate ?? null),
					percent(y.change)
				];
			})
		)
	};
	const stability: Sheet = {
		name: 'Stabiliteit',
		columns: ['programma', 'actief', 'oordeel', 'grootste_verlies_procent', 'toelichting', 'dalingen'],
		rows: facts.programmes.map((programme) => [
			programme.name,
			programme.active ? 'ja' : 'nee',
			verdictLabel(programme.verdict),
			percent(programme.worst_loss),
			windowText(programme, facts),
			programme.drops.map((drop) => dropText(drop, drop.name)).join('; ')
		])
	};
	return { partners, programmes, stability };
}

/**
 * A sheet as CSV for Dutch Excel: besides semicolons, decimals need a comma ("94,7"), otherwise Excel reads
 * the dot as a thousands separator (947). The import reads the same format back.
 */
export function sheetToDutchCsv(sheet: Sheet): string {
	return toCsv(sheet.columns, sheet.rows, { decimalComma: true });
}
