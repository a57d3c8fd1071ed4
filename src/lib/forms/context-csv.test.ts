import { describe, expect, it } from 'vitest';
import { parseCbsCount, parseCbsPeriod, validateContextCsv } from './context-csv';

const GEMEENTEN = [
	{ code: 'GM0917', name: 'Heerlen' },
	{ code: 'GM0935', name: 'Maastricht' },
	{ code: 'GM0981', name: 'Vaals' },
	{ code: 'GM0855', name: 'Tilburg' }
];
const REGION = ['GM0917', 'GM0935', 'GM0981'];

// The two formats of the domain brief (§2.2): the open-data download with padded keys and period codes, and the
// table view with names and period labels. The values are invented.
const KEYS = [
	'"RegioS";"Perioden";"PersonenMetBijstand_1"',
	'"GM0917    ";"2023MM12";"3640"',
	'"GM0935    ";"2023MM12*";"3.120"',
	'"NL01      ";"2023MM12";"408520"',
	'"GM0855    ";"2023MM12";"4100"'
].join('\n');
const LABELS = [
	'"Regio\'s";"Perioden";"Personen met bijstand (aantal)"',
	'"Heerlen";"2023 december";"3640"',
	'"Vaals";"2023 december";"."'
].join('\n');

describe('a CBS StatLine export of the bijstand per gemeente', () => {
	it('reads padded keys and period codes; skips Nederland and gemeenten outside the region', () => {
		const result = validateContextCsv('\uFEFF' + KEYS, GEMEENTEN, REGION);
		expect(result).toEqual({
			ok: true,
			rows: [
				{
					gemeente: 'GM0917',
					periodLabel: '2023 december',
					periodStart: '2023-12-01',
					periodEnd: '2023-12-31',
					value: 3640,
					status: 'definitief',
					line: 2
				},
				{
					gemeente: 'GM0935',
					periodLabel: '2023 december',
					periodStart: '2023-12-01',
					periodEnd: '2023-12-31',
					value: 3120,
					status: 'voorlopig',
					line: 3
				}
			],
			skippedNotGemeente: 1,
			skippedOutsideRegion: 1,
			skippedNoFigure: 0
		});
	});

	it('reads names and labels; a "." is no figure, skipped and counted', () => {
		const result = validateContextCsv(LABELS, GEMEENTEN, REGION);
		expect(result.ok && result.rows.map((r) => [r.gemeente, r.value])).toEqual([['GM0917', 3640]]);
		expect(result.ok && result.skippedNoFigure).toBe(1);
	});

	it('refuses the whole file on an unknown code, a bad value or a period twice, with every line', () => {
		const result = validateContextCsv(
			[
				'RegioS;Perioden;PersonenMetBijstand_1',
				'GM9999;2023MM12;10',
				'GM0917;2023MM12;12,5',
				'GM0935;2023MM13;10',
				'Atlantis;2023;10',
				'GM0981;2023;100',
				'GM0981;2023JJ00;90'
			].join('\n'),
			GEMEENTEN,
			REGION
		);
		expect(!result.ok && result.rowErrors.map((e) => `${e.line}: ${e.message}`)).toEqual([
			'2: onbekende gemeentecode GM9999.',
			'3: ‘12,5’ is geen aantal personen.',
			'4: ‘2023MM13’ is geen periode van CBS (zoals 2023MM12, 2023 december of 2023).',
			'5: onbekende gemeente ‘Atlantis’.',
			'7: deze gemeente en periode staan al op regel 6.'
		]);
	});

	it('refuses a file without the columns it needs, or without a figure for the region', () => {
		expect(validateContextCsv('a;b\n1;2', GEMEENTEN, REGION)).toMatchObject({ ok: false });
		expect(validateContextCsv('RegioS;Perioden;Aantal\nNL01;2023;5', GEMEENTEN, REGION)).toMatchObject({
			ok: false,
			fileError: expect.stringContaining('geen cijfers')
		});
	});

	it.each([
		['2023MM12', '2023 december', '2023-12-01', '2023-12-31', 'definitief'],
		['2023KW04', '2023 4e kwartaal', '2023-10-01', '2023-12-31', 'definitief'],
		['2023JJ00', '2023', '2023-01-01', '2023-12-31', 'definitief'],
		['2024 februari*', '2024 februari', '2024-02-01', '2024-02-29', 'voorlopig'],
		['2023 2e kwartaal**', '2023 2e kwartaal', '2023-04-01', '2023-06-30', 'nader voorlopig']
	])('period %s', (text, label, start, end, status) => {
		expect(parseCbsPeriod(text)).toEqual({ period: { label, start, end }, status });
	});

	it.each([
		['3640', 3640],
		['3.640', 3640],
		['-', 0],
		['.', null],
		['x', null],
		['', null],
		['12,5', 'invalid'],
		['-3', 'invalid']
	])('count %s', (text, value) => expect(parseCbsCount(text)).toBe(value));
});
