import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { budgetOverview, type Programme } from '$lib/data/budgets';
import { stabilityOf, type CommitmentFigure } from '$lib/domain/budget';
import { toXlsx } from '$lib/server/spreadsheet';
import { budgetSheets, sheetToDutchCsv } from './budget-export';
import { stabilityText } from './budget-stability';

const programme = (id: string, name: string, active = true): Programme => ({
	id,
	name,
	description: null,
	active,
	updatedAt: '2026-01-01T00:00:00Z'
});
const WSP = programme('p1', 'Werkgeversservicepunt Zuid-Limburg');
const POOL = programme('p2', 'Regionale jobcoachpool');
const line = (overrides: Partial<CommitmentFigure>): CommitmentFigure => ({
	programmeId: WSP.id,
	organisationId: 'o1',
	year: 2025,
	committedAmount: 1000,
	realisedAmount: null,
	committedStaffHours: null,
	realisedStaffHours: null,
	...overrides
});
const commitments = [
	line({ year: 2025, committedAmount: 126000.5, realisedAmount: 120000.25, committedStaffHours: 960 }),
	line({ year: 2026, committedAmount: 129780, committedStaffHours: 960 }),
	line({
		organisationId: 'o2',
		year: 2026,
		committedAmount: 9500,
		realisedAmount: 9000,
		realisedStaffHours: 75
	}),
	line({ programmeId: POOL.id, year: 2025, committedAmount: 47700 }),
	line({ programmeId: POOL.id, year: 2026, committedAmount: 29430 })
];
const names = new Map([
	['o1', 'Gemeente Heerlen'],
	['o2', 'Gemeente Maastricht']
]);
// What budget_overview() answers for the same lines (2026, window 2024–2027): the pool lost 38,3 %.
const facts = {
	window: { from: 2024, to: 2027 },
	thresholds: { attention: 0.1, weak: 0.25 },
	programmes: [
		{
			programme: WSP,
			verdict: 'stabiel' as const,
			worst_loss: 0,
			steps: [{ from_year: 2025, to_year: 2026, lost: 0, base: 126000.5, loss: 0 }],
			drops: []
		},
		{
			programme: POOL,
			verdict: 'zwak' as const,
			worst_loss: 0.383,
			steps: [{ from_year: 2025, to_year: 2026, lost: 18270, base: 47700, loss: 0.383 }],
			drops: [
				{
					organisation_id: 'o1',
					name: 'Gemeente Heerlen',
					from_year: 2025,
					to_year: 2026,
					from_amount: 47700,
					to_amount: 29430,
					drop: 0.383,
					withdrawn: false
				}
			]
		}
	].map(({ programme, ...rest }) => ({
		programme_id: programme.id,
		name: programme.name,
		description: null,
		active: programme.active,
		years: [],
		open: [],
		committed_through: 2026,
		...rest
	}))
};
const sheets = budgetSheets(budgetOverview([WSP, POOL], commitments, 2026), names, 2026, facts);

describe('stabilityText', () => {
	it('says in plain Dutch which year dropped by how much, and why that matters (R3)', () => {
		expect(
			stabilityText(
				stabilityOf(
					new Map([
						[2025, 15900],
						[2026, 9810]
					])
				),
				0.1
			)
		).toBe(
			'Daling van 38 % in 2026: stabiele financiering over meerdere jaren is volgens de netwerktheorie belangrijker dan de omvang (aanbeveling R3).'
		);
		expect(
			stabilityText(
				stabilityOf(
					new Map([
						[2023, 100],
						[2024, 80],
						[2026, 90]
					])
				),
				0.1
			)
		).toMatch(/^Daling van 20 % in 2024, daling van 100 % in 2025: stabiele financiering/);
		expect(
			stabilityText(
				stabilityOf(
					new Map([
						[2024, 100],
						[2025, 95]
					])
				),
				0.1
			)
		).toBe('Stabiel: geen daling van meer dan 10 % per jaar in 2024–2025.');
		expect(stabilityText(stabilityOf(new Map([[2026, 100]])), 0.1)).toContain('Nog te weinig jaren');
	});
});

describe('budget exports', () => {
	it('the CSV is the partner table of the chosen year, with decimal commas for Dutch Excel', () => {
		const parsed = Papa.parse<string[]>(sheetToDutchCsv(sheets.partners).replace(/^\uFEFF/, ''), {
			delimiter: ';',
			skipEmptyLines: true
		});
		expect(parsed.data).toEqual([
			[
				'partner',
				'toegezegd_bedrag',
				'gerealiseerd_bedrag',
				'realisatie_procent',
				'toegezegde_uren',
				'gerealiseerde_uren'
			],
			['Gemeente Heerlen', '159210', '', '', '960', '0'],
			['Gemeente Maastricht', '9500', '9000', '94,7', '0', '75']
		]);
	});

	it('the Excel file has one sheet per table and reads back with the same figures', async () => {
		const bytes = await toXlsx([sheets.partners, sheets.programmes, sheets.stability]);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
		const read = (name: string) => {
			const sheet = workbook.getWorksheet(name);
			if (!sheet) throw new Error(`sheet ${name} missing`);
			const rows: unknown[][] = [];
			sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
			return rows;
		};
		expect(workbook.worksheets.map((s) => s.name)).toEqual([
			'Per partner 2026',
			'Per programma en jaar',
			'Stabiliteit'
		]);
		expect(read('Per partner 2026')).toEqual([
			sheets.partners.columns,
			['Gemeente Heerlen', 159210, undefined, undefined, 960, 0],
			['Gemeente Maastricht', 9500, 9000, 94.7, 0, 75]
		]);
		expect(read('Per programma en jaar')).toEqual([
			[
				'programma',
				'jaar',
				'toegezegd_bedrag',
				'gerealiseerd_bedrag',
				'realisatie_procent',
				'verandering_procent'
			],
			['Werkgeversservicepunt Zuid-Limburg', 2025, 126000.5, 120000.25, 95.2],
			['Werkgeversservicepunt Zuid-Limburg', 2026, 139280, 9000, 94.7, 10.5],
			['Regionale jobcoachpool', 2025, 47700],
			['Regionale jobcoachpool', 2026, 29430, undefined, undefined, -38.3]
		]);
		const stability = read('Stabiliteit');
		expect(stability[0]).toEqual([
			'programma',
			'actief',
			'oordeel',
			'grootste_verlies_procent',
			'toelichting',
			'dalingen'
		]);
		expect(stability[1].slice(0, 4)).toEqual(['Werkgeversservicepunt Zuid-Limburg', 'ja', 'Stabiel', 0]);
		expect(stability[2].slice(0, 4)).toEqual(['Regionale jobcoachpool', 'ja', 'Zwak', 38.3]);
		expect(stability[2][4]).toMatch(
			/^Venster 2024–2027: grootste verlies 38,3 % van het geld \(2025 → 2026\)/
		);
		expect(stability[2][5]).toBe('Gemeente Heerlen −38,3 % (2025 → 2026: € 47.700 → € 29.430)');
	});
});
