import { describe, expect, it } from 'vitest';
import {
	OFFICIAL_CSV_COLUMNS,
	OFFICIAL_CSV_EXAMPLE,
	toOfficialStandingValues,
	validateOfficialCsv
} from './official-standing';
import { toCsv } from './csv-import';

const TODAY = '2026-12-05';

describe('UWV’s stand per peildatum from a CSV file', () => {
	it('accepts the template: the brief’s stand of 30-09-2026', () => {
		const result = validateOfficialCsv(toCsv(OFFICIAL_CSV_COLUMNS, OFFICIAL_CSV_EXAMPLE), TODAY);
		expect(result.ok && result.rows.map(toOfficialStandingValues)).toEqual([
			{
				peildatum: '2026-09-30',
				regulierMarkt: 3781.7,
				regulierOverheid: 692.4,
				inleenverband: 420,
				doelgroepregisterPersons: null,
				workingPersons: null,
				source: 'UWV Regionale trendrapportage banenafspraak K3 2026'
			}
		]);
	});

	it('refuses a date that is not a quarter end, a quarter that has not ended, a peildatum twice', () => {
		const header = OFFICIAL_CSV_COLUMNS.join(';');
		const result = validateOfficialCsv(
			[
				header,
				'30-9-2026;3781,7;692,4;420;;;UWV K3',
				'2026-09-29;1;1;1;;;UWV',
				'2026-12-31;1;1;1;;;UWV',
				'2026-09-30;1;1;1;;;UWV',
				'2026-06-30;-12,3;1,25;1;;;UWV'
			].join('\n'),
			TODAY
		);
		expect(!result.ok && result.rowErrors.map((e) => `${e.line}:${e.column}`)).toEqual([
			'3:peildatum',
			'4:peildatum',
			'6:regulier_overheid'
		]);
		const twice = validateOfficialCsv(
			[header, '2026-09-30;1;1;1;;;UWV', '2026-09-30;2;2;2;;;UWV'].join('\n'),
			TODAY
		);
		expect(!twice.ok && twice.rowErrors).toEqual([
			{ line: 3, column: 'peildatum', message: 'Deze peildatum staat al op regel 2.' }
		]);
	});
});
