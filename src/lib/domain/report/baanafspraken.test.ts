import { describe, expect, it } from 'vitest';
import { baanafsprakenSection, gemeenteRowOf, previousPeildatum } from './baanafspraken';
import type { LegacyBaanafsprakenSnapshot } from './baanafspraken-legacy';
import { keyFiguresOf, risksOf, sheetsOf } from './registry';
import { GEMEENTE, banenafspraak, report, standingRow } from './test-fixtures';

const QUARTER = { year: 2026, quarter: 3 } as const;

describe('banenafspraak section', () => {
	it('gives the stand per part against the trajectory, the registration and the gemeente’s share in context', () => {
		const data = banenafspraak({ gemeente: GEMEENTE });
		expect(gemeenteRowOf(data)?.name).toBe('Gemeente Maastricht');
		expect(baanafsprakenSection.keyFigures(data, QUARTER).map((f) => [f.id, f.value, f.target])).toEqual([
			['ba_gemeente_share', 0.25, null],
			['ba_gemeente_context_share', 0.456, null],
			['ba_standing_totaal', 200, 200],
			['ba_standing_markt', 100, 100],
			['ba_standing_overheid', 100, 100],
			['ba_registered', 40, null]
		]);
	});

	it('flags a part behind its trajectory as an open risk, by the rounded difference', () => {
		const snapshot = report({
			baanafspraken: banenafspraak({
				standing: [
					standingRow({ sector: 'totaal', difference: -93.44 }),
					standingRow({ sector: 'markt', difference: -99.149 }),
					standingRow({ sector: 'overheid', difference: 5.7 })
				]
			})
		});
		expect(risksOf(snapshot)).toEqual([
			{ section: 'baanafspraken', kind: 'sector_behind', subject: 'totaal', value: 93.4 },
			{ section: 'baanafspraken', kind: 'sector_behind', subject: 'markt', value: 99.1 }
		]);
		// −0.04 rounds to 0.0: on course, no risk.
		expect(
			baanafsprakenSection.risks(
				banenafspraak({ standing: [standingRow({ sector: 'markt', difference: -0.04 })] })
			)
		).toEqual([]);
	});

	it('has no figures and no risks without a peildatum, and says which quarter was asked', () => {
		// As the database builds it while no partner closed a quarter.
		const empty = banenafspraak({
			peildatum: null,
			requestedPeildatum: '2026-12-31',
			missing: ['Gemeente Vaals'],
			inleenKeyMarkt: null,
			standing: [],
			series: [],
			partners: [],
			gemeenten: []
		});
		expect(baanafsprakenSection.keyFigures(empty, QUARTER)).toEqual([]);
		expect(baanafsprakenSection.risks(empty)).toEqual([]);
		expect(empty.requestedPeildatum).toBe('2026-12-31');
	});

	it('exports the stand, the quarters, the partners and the gemeenten, with jobs to one decimal', () => {
		const sheets = sheetsOf(
			report({
				baanafspraken: banenafspraak({
					standing: [standingRow({ sector: 'totaal', official: 4894.0999, registered: 1626.4511 })]
				})
			})
		);
		expect(sheets[0].name).toBe('Baanafspraken');
		expect(sheets[0].rows[0].slice(0, 3)).toEqual(['2025-06-30', 'totaal', 4894.1]);
		expect(sheets[0].rows.flat()).toContain(1626.5);
		expect(sheets[0].rows).toContainEqual(['Aandeel per gemeente']);
	});

	it('still reads a report published with the old count, unchanged', () => {
		const legacy: LegacyBaanafsprakenSnapshot = {
			year: 2025,
			uptoQuarter: 2,
			region: { current: { persons: 4, countedJobs: 4 }, previous: { persons: 2, countedJobs: 2 } },
			sectors: [],
			partners: [],
			gemeente: null
		};
		const snapshot = report({ baanafspraken: legacy });
		expect(keyFiguresOf(snapshot).map((f) => [f.id, f.value])).toEqual([
			['ba_region_jobs', 4],
			['ba_region_persons', 4]
		]);
		expect(risksOf(snapshot)).toEqual([]);
	});
});

describe('the banenafspraak against the previous period', () => {
	it('is the previous quarter end in a quarterly report and the previous year end in a yearly one', () => {
		expect(previousPeildatum('2026-09-30', { year: 2026, quarter: 3 })).toBe('2026-06-30');
		expect(previousPeildatum('2026-03-31', { year: 2026, quarter: 1 })).toBe('2025-12-31');
		expect(previousPeildatum('2026-12-31', { year: 2026, quarter: null })).toBe('2025-12-31');
		// The figures stand on K3 while K4 is not closed: compared with K2, the quarter before their own.
		expect(previousPeildatum('2026-09-30', { year: 2026, quarter: 4 })).toBe('2026-06-30');
	});

	it('takes the stand and the registration of that peildatum from the series', () => {
		const point = (peildatum: string, official: number, registered: number) => ({
			peildatum,
			sector: 'totaal' as const,
			official,
			target: null,
			registered
		});
		const data = banenafspraak({
			series: [point('2024-12-31', 150, 90), point('2025-03-31', 180, 95), point('2025-06-30', 200, 100)]
		});
		const previousOf = (period: { year: number; quarter: 1 | 2 | 3 | 4 | null }) =>
			Object.fromEntries(
				baanafsprakenSection.keyFigures(data, period).map((figure) => [figure.id, figure.previous])
			);
		expect(previousOf({ year: 2025, quarter: 2 })).toMatchObject({
			ba_standing_totaal: 180,
			ba_standing_markt: null,
			ba_registered: 95
		});
		expect(previousOf({ year: 2025, quarter: null })).toMatchObject({
			ba_standing_totaal: 150,
			ba_registered: 90
		});
	});
});
