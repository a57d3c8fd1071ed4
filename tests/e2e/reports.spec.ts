import { mkdirSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { test, expect, signIn, axeViolations, signedInPages } from './fixtures';

const BASE = '/regio/zuid-limburg/rapportage';
const MAASTRICHT = 'b0000000-0000-4000-8000-000000000002';
const SHOTS = 'test-results/screenshots';

const valueOf = async (page: Page, id: string) =>
	Number(await page.getByTestId(`kf-${id}`).getAttribute('data-value'));

/** From the builder to a draft: scope and period chosen, the available sections ticked. */
async function openDraft(page: Page, scope: string, period: string) {
	await page.goto(BASE);
	await page.getByLabel('Bereik').selectOption({ label: scope });
	await page.getByLabel('Peilperiode').selectOption({ label: period });
	await page.getByRole('button', { name: 'Concept bekijken' }).click();
	await expect(page.getByTestId('draft-banner')).toBeVisible();
}

async function publish(page: Page, introduction: string, conclusion: string) {
	await page.getByRole('textbox', { name: 'Inleiding' }).fill(introduction);
	await page.getByRole('textbox', { name: 'Conclusie' }).fill(conclusion);
	await page.getByRole('button', { name: 'Publiceren' }).click();
	await expect(page).toHaveURL(/\/rapportage\/[0-9a-f-]{36}\?gepubliceerd=\d+$/);
	await expect(page.getByTestId('publish-notice')).toBeVisible();
}

/** Waits until every chart on the page has drawn something (an empty canvas encodes to a short PNG). */
async function chartsDrawn(page: Page, count: number) {
	await expect
		.poll(() =>
			page.evaluate(
				() =>
					[...document.querySelectorAll('canvas')].filter(
						(canvas) => canvas.width > 0 && canvas.toDataURL('image/png').length > 8000
					).length
			)
		)
		.toBe(count);
}

test.describe('rapportage', () => {
	test('de rapportage voor Maastricht blijft na publicatie gelijk; een correctie komt in een nieuwe versie', async ({
		browser
	}) => {
		test.setTimeout(90_000);
		mkdirSync(SHOTS, { recursive: true });
		const {
			pages: [coordinator, editor],
			close
		} = await signedInPages(browser, ['coordinator@heerlen.example', 'editor@maastricht.example']);

		// The builder: every section, network health included, is available and ticked.
		await coordinator.goto(BASE);
		await expect(coordinator.getByRole('link', { name: 'Rapportage', exact: true })).toHaveAttribute(
			'aria-current',
			'page'
		);
		for (const name of [
			'Banenafspraak',
			'Budgetafspraken',
			'Doelen en toezichthouders',
			'Gezondheid van het netwerk',
			'Overleggen en besluiten'
		]) {
			await expect(coordinator.getByRole('checkbox', { name })).toBeEnabled();
			await expect(coordinator.getByRole('checkbox', { name })).toBeChecked();
		}
		expect(await axeViolations(coordinator)).toEqual([]);
		await coordinator.screenshot({ path: `${SHOTS}/rapportage-bouwer.png`, fullPage: true });

		// A draft for Maastricht over 2025 Q2, with today's figures; the coordinator writes and publishes it.
		await openDraft(coordinator, 'Gemeente Maastricht', '2025, kwartaal 2');
		await expect(coordinator.getByTestId('report-scope')).toHaveText(
			'Gemeente Maastricht, in de regionale context'
		);
		await expect(coordinator.getByTestId('ba-gemeente-share')).toContainText('Gemeente Maastricht: ');
		await coordinator
			.getByRole('textbox', { name: 'Inleiding' })
			.fill('Hierbij informeren wij uw raad over het tweede kwartaal.');
		await expect(coordinator.getByTestId('report-document')).toContainText(
			'Hierbij informeren wij uw raad over het tweede kwartaal.'
		);
		const draftShare = await valueOf(coordinator, 'ba_gemeente_share');
		expect(await axeViolations(coordinator)).toEqual([]);
		await coordinator.screenshot({ path: `${SHOTS}/rapportage-concept.png` });
		await publish(
			coordinator,
			'Hierbij informeren wij uw raad over het tweede kwartaal.',
			'Maastricht draagt stevig bij aan de regionale opgave.'
		);
		const publishedUrl = coordinator.url().replace(/\?.*$/, '');
		await expect(coordinator.getByTestId('report-version')).toHaveText('1');
		await expect(coordinator.getByTestId('report-publisher')).not.toHaveText('–');
		await expect(coordinator.getByTestId('report-reference-date')).toHaveText('30 jun 2025');
		const publishedShare = await valueOf(coordinator, 'ba_gemeente_share');
		const publishedRegistered = await valueOf(coordinator, 'ba_registered');
		expect(publishedShare).toBe(draftShare);
		// Maastricht's own place in the network sits under the region's health check.
		await expect(coordinator.getByTestId('report-nw-gemeente')).toContainText(
			'Plaats van Gemeente Maastricht in het netwerk'
		);
		await coordinator
			.locator('[data-section="netwerk"]')
			.screenshot({ path: `${SHOTS}/rapportage-maastricht-netwerk.png` });
		expect(await axeViolations(coordinator)).toEqual([]);
		await coordinator.screenshot({ path: `${SHOTS}/rapportage-maastricht.png`, fullPage: true });

		// Afterwards, Maastricht's editor corrects a placement of that quarter.
		await editor.goto(`/regio/zuid-limburg/baanafspraken/invoer?partner=${MAASTRICHT}&jaar=2025&kwartaal=2`);
		// A plaatsing in the doelgroepregister that has not ended: it is in the stock on 30 June 2025.
		await editor
			.getByTestId('lines-table')
			.getByRole('row')
			.filter({ has: editor.getByRole('cell', { name: 'ja', exact: true }) })
			.filter({ has: editor.getByRole('cell', { name: '–', exact: true }) })
			.first()
			.getByRole('link', { name: /^Wijzig plaatsing/ })
			.click();
		await expect(editor.getByRole('button', { name: 'Wijzigingen opslaan' })).toBeVisible();
		const hours = editor.getByLabel('Uren per week', { exact: true });
		await expect(hours).not.toHaveValue('');
		const hoursBefore = Number((await hours.inputValue()).replace(',', '.'));
		const hoursChange = hoursBefore > 30 ? -10 : 10;
		await hours.fill(String(hoursBefore + hoursChange).replace('.', ','));
		await editor.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
		await expect(editor.getByTestId('entry-message')).toContainText('De plaatsing is gewijzigd');

		// The published report still shows the figures as published, also to the editor.
		await coordinator.goto(publishedUrl);
		expect(await valueOf(coordinator, 'ba_gemeente_share')).toBe(publishedShare);
		expect(await valueOf(coordinator, 'ba_registered')).toBe(publishedRegistered);
		await editor.goto(publishedUrl);
		expect(await valueOf(editor, 'ba_gemeente_share')).toBe(publishedShare);
		await expect(editor.getByRole('link', { name: 'Nieuwe versie met de cijfers van nu' })).toHaveCount(0);

		// The editor has the list open: the new version appears there without reloading.
		await editor.goto(BASE);
		await expect(editor.getByTestId('live-status')).toHaveAttribute('data-state', 'connected');
		await expect(editor.getByTestId('published-reports').getByRole('row')).toHaveCount(2);

		// A new draft shows the corrected figures; publishing it makes version 2, which lists the corrections.
		await coordinator.getByRole('link', { name: 'Nieuwe versie met de cijfers van nu' }).click();
		await expect(coordinator.getByTestId('draft-banner')).toBeVisible();
		// The corrected hours change the partners' registration on the peildatum (30 June 2025) by exactly
		// their change in counted jobs (hours / 25.5).
		const corrected = await valueOf(coordinator, 'ba_registered');
		expect(corrected).toBeCloseTo(publishedRegistered + hoursChange / 25.5, 6);
		await publish(coordinator, 'Gecorrigeerde versie.', 'Na correctie door Maastricht.');
		await expect(coordinator.getByTestId('report-version')).toHaveText('2');
		await expect(coordinator.getByTestId('report-corrections')).toContainText('Registratie partners (banen)');
		await coordinator.goto(publishedUrl);
		expect(await valueOf(coordinator, 'ba_registered')).toBe(publishedRegistered);

		// Both versions are listed for the region's members; only the coordinator can publish.
		await expect(editor.getByTestId('published-reports').getByRole('row')).toHaveCount(3);
		expect(await axeViolations(editor)).toEqual([]);
		await editor.screenshot({ path: `${SHOTS}/rapportage-lijst.png`, fullPage: true });
		await openDraft(editor, 'Gemeente Maastricht', '2025, kwartaal 2');
		await expect(editor.getByRole('button', { name: 'Publiceren' })).toHaveCount(0);
		await close();
	});

	test('een regionale jaarrapportage: als pdf op A4 met alle onderdelen en grafieken, en Excel met dezelfde totalen', async ({
		page
	}) => {
		test.setTimeout(90_000);
		mkdirSync(SHOTS, { recursive: true });
		await signIn(page, 'coordinator@heerlen.example');
		await openDraft(page, 'De hele regio Zuid-Limburg', '2025 (heel jaar)');
		await publish(
			page,
			'Deze raadsinformatiebrief geeft de stand van werk en inclusie in Zuid-Limburg over 2025.\n\nDe cijfers zijn vastgelegd op de datum van publicatie.',
			'De regio ligt op koers; de jobcoachpool vraagt aandacht.'
		);
		await chartsDrawn(page, 4);

		// Paper: A4 width, print media; navigation gone, charts redrawn at paper size.
		await page.setViewportSize({ width: 794, height: 1123 });
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.rnd-region-nav')).toBeHidden();
		await expect(page.locator('.rnd-header')).toBeHidden();
		await expect(page.getByRole('button', { name: 'Afdrukken of opslaan als pdf' })).toBeHidden();
		await chartsDrawn(page, 4);
		const text = await page.getByTestId('report-document').innerText();
		for (const expected of [
			'RAADSINFORMATIEBRIEF',
			'Kerncijfers',
			'Banenafspraak',
			'Budgetafspraken',
			'Gezondheid van het netwerk',
			'Aanbeveling',
			'Open risico’s',
			'Conclusie',
			'De regio ligt op koers; de jobcoachpool vraagt aandacht.'
		]) {
			expect(text).toContain(expected);
		}
		await page.screenshot({
			path: `${SHOTS}/rapportage-print.png`,
			fullPage: true,
			clip: { x: 0, y: 0, width: 794, height: 2 * 1123 }
		});

		const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
		writeFileSync(test.info().outputPath('rapportage.pdf'), pdf);
		const raw = pdf.toString('latin1');
		expect(raw.startsWith('%PDF-')).toBe(true);
		const pages = raw.match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
		// Cover with introduction and key figures; a page per section (baanafspraken, budgets, goals, network,
		// meetings, risks). The network health check has eleven indicators, each with its reason and source
		// (issue 15), and the banenafspraak its context figures (issue 14): 16 pages for 2025, with room to spare.
		expect(pages).toBeGreaterThanOrEqual(6);
		expect(pages).toBeLessThanOrEqual(18);
		// The two charts are in the PDF as images.
		expect(raw.match(/\/Subtype\s*\/Image/g)?.length ?? 0).toBeGreaterThanOrEqual(2);

		// Excel: one sheet per section plus the key figures, read back; totals equal the report's.
		await page.emulateMedia({ media: 'screen' });
		const reportOfficial = await valueOf(page, 'ba_standing_totaal');
		const reportRegistered = await valueOf(page, 'ba_registered');
		const reportCommitted = await valueOf(page, 'bu_committed');
		const exportUrl = new URL(
			(await page.getByRole('link', { name: 'Excel (.xlsx)' }).getAttribute('href'))!,
			page.url()
		);
		const response = await page.request.get(exportUrl.toString());
		expect(response.status()).toBe(200);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load((await response.body()) as unknown as ArrayBuffer);
		expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
			'Kerncijfers',
			'Baanafspraken',
			'Budgetafspraken',
			'Doelen',
			'Netwerk',
			'Overleggen en besluiten'
		]);
		const rowsWhere = (name: string, column: number, value: string) => {
			const rows: ExcelJS.CellValue[][] = [];
			workbook.getWorksheet(name)!.eachRow((row) => {
				const values = (row.values as ExcelJS.CellValue[]).slice(1);
				if (values[column] === value) rows.push(values);
			});
			return rows;
		};
		// The standing's total row (peildatum, onderdeel, uwv_stand, …, registratie_partners): the report's figures,
		// rounded once to one decimal.
		const [standing] = rowsWhere('Baanafspraken', 1, 'totaal');
		expect(standing[2]).toBeCloseTo(reportOfficial, 1);
		expect(standing[7]).toBeCloseTo(reportRegistered, 1);
		for (const row of rowsWhere('Budgetafspraken', 0, 'Totaal regio')) expect(row[1]).toBe(reportCommitted);
		const keyFigures = new Map<string, ExcelJS.CellValue>();
		workbook.getWorksheet('Kerncijfers')!.eachRow((row) => {
			const values = (row.values as ExcelJS.CellValue[]).slice(1);
			keyFigures.set(values[1] as string, values[3]);
		});
		expect(keyFigures.get('ba_standing_totaal')).toBe(reportOfficial);
		expect(keyFigures.get('bu_committed')).toBe(reportCommitted);

		const csv = await page.request.get(exportUrl.toString().replace('formaat=xlsx', 'formaat=csv'));
		expect(csv.headers()['content-type']).toContain('text/csv');
		expect(await csv.text()).toContain('ba_standing_totaal');
	});

	test('een regionale rapportage met doelen en overleggen: toezichthouder, besluit en open actie, ook in Excel', async ({
		page
	}) => {
		test.setTimeout(90_000);
		mkdirSync(SHOTS, { recursive: true });
		await signIn(page, 'coordinator@heerlen.example');
		await openDraft(page, 'De hele regio Zuid-Limburg', '2026, kwartaal 3');
		await publish(
			page,
			'Stand van de gedeelde doelen en de besluiten van de stuurgroep in het derde kwartaal.',
			'De plaatsingen blijven achter bij het afgesproken tempo.'
		);

		// The goals as at 30 September 2026, each with its status, standing and toezichthouder.
		const goals = page.getByTestId('report-go-goals');
		const placed = goals.getByRole('row', {
			name: /Meer mensen uit het doelgroepregister duurzaam aan het werk/
		});
		await expect(placed).toContainText('Vastgesteld');
		await expect(placed.locator('[data-standing]')).toHaveText('Achter');
		await expect(placed.getByTestId('report-go-toezichthouder')).toHaveText('UWV Zuid-Limburg');
		await expect(placed).toContainText('400 personen uiterlijk 31 dec 2026');
		await expect(goals.getByRole('row', { name: /Jongeren zonder startkwalificatie/ })).toContainText(
			'Concept'
		);

		// The September meeting with its decisions and the action still open.
		const meeting = page.getByTestId('report-ov-meeting');
		await expect(meeting).toHaveCount(1);
		await expect(meeting.getByRole('heading', { level: 3 })).toHaveText('Stuurgroep Zuid-Limburg, september');
		await expect(meeting.getByTestId('report-ov-decisions')).toContainText(
			'De stuurgroep zet in op extra plaatsingen in de overheidssector via de gemeenten.'
		);
		await expect(meeting.getByTestId('report-ov-actions')).toContainText(
			'Voorstel meerjarige financiering jobcoachpool uitwerken'
		);
		await expect(meeting.getByTestId('report-ov-actions')).not.toContainText(
			'Werkgeverslijst overheidssector delen met UWV'
		);
		expect(await valueOf(page, 'ov_meetings')).toBe(1);
		expect(await valueOf(page, 'ov_decisions')).toBe(2);
		// Other specs may add goals to the shared e2e database: the key figure counts the goals the report lists.
		const listedGoals = await page.getByTestId('report-go-goals').locator('tbody tr').count();
		expect(listedGoals).toBeGreaterThanOrEqual(3);
		expect(await valueOf(page, 'go_total')).toBe(listedGoals);

		// Network health: the three factors, and each weak point with its recommendation, also as a risk.
		const network = page.locator('[data-section="netwerk"]');
		for (const factor of ['external_influences', 'network_strength', 'relations'])
			await expect(network.getByTestId(`report-nw-factor-${factor}`)).toBeVisible();
		const weakPoints = await valueOf(page, 'nw_weak_points');
		expect(weakPoints).toBeGreaterThanOrEqual(1);
		await expect(network.getByTestId('report-nw-recommendation').first()).toContainText('Aanbeveling');
		await expect(network.getByTestId('report-nw-metrics')).toContainText('Dichtheid');
		await expect(page.getByTestId('report-risks')).toContainText('Zwak netwerkpunt');
		await expect(page.getByTestId('report-risks')).toContainText(
			'Doel ‘Meer mensen uit het doelgroepregister duurzaam aan het werk’ loopt achter'
		);
		expect(await axeViolations(page)).toEqual([]);
		await page.screenshot({ path: `${SHOTS}/rapportage-doelen-overleggen.png`, fullPage: true });

		// On paper (A4 width, print media), for a look at both sections.
		await page.setViewportSize({ width: 794, height: 1123 });
		await page.emulateMedia({ media: 'print' });
		await page
			.locator('[data-section="doelen"]')
			.screenshot({ path: `${SHOTS}/rapportage-print-doelen.png` });
		await page.locator('[data-section="overleggen"]').screenshot({
			path: `${SHOTS}/rapportage-print-overleggen.png`
		});
		await page.locator('[data-section="netwerk"]').screenshot({
			path: `${SHOTS}/rapportage-print-netwerk.png`
		});
		await page.emulateMedia({ media: 'screen' });

		// Excel: a sheet per section; the goal with its toezichthouder, the decision and the open action.
		const exportUrl = new URL(
			(await page.getByRole('link', { name: 'Excel (.xlsx)' }).getAttribute('href'))!,
			page.url()
		);
		const response = await page.request.get(exportUrl.toString());
		expect(response.status()).toBe(200);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load((await response.body()) as unknown as ArrayBuffer);
		expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
			'Kerncijfers',
			'Baanafspraken',
			'Budgetafspraken',
			'Doelen',
			'Netwerk',
			'Overleggen en besluiten'
		]);
		const rowsOf = (name: string) => {
			const rows: ExcelJS.CellValue[][] = [];
			workbook.getWorksheet(name)!.eachRow((row) => rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
			return rows;
		};
		const [goalHeader, ...goalRows] = rowsOf('Doelen');
		const goalRow = goalRows.find(
			(row) => row[0] === 'Meer mensen uit het doelgroepregister duurzaam aan het werk'
		)!;
		expect(goalRow[goalHeader.indexOf('toezichthouder')]).toBe('UWV Zuid-Limburg');
		expect(goalRow[goalHeader.indexOf('status')]).toBe('vastgesteld');
		expect(goalRow[goalHeader.indexOf('stand')]).toBe('achter');
		expect(goalRows).toHaveLength(listedGoals);
		const meetingRows = rowsOf('Overleggen en besluiten');
		expect(meetingRows[0]).toEqual(['overleg', 'datum', 'agendapunt', 'besluit']);
		expect(meetingRows.map((row) => row[3])).toContain(
			'De stuurgroep zet in op extra plaatsingen in de overheidssector via de gemeenten.'
		);
		expect(meetingRows.map((row) => row[3])).toContain(
			'Voorstel meerjarige financiering jobcoachpool uitwerken'
		);
		const networkRows = rowsOf('Netwerk');
		expect(networkRows[0]).toEqual([
			'factor',
			'factorscore',
			'indicator',
			'status',
			'waarde',
			'van',
			'aanbeveling',
			'normen'
		]);
		const advised = networkRows.filter((row) => row[3] === 'weak' || row[3] === 'attention');
		expect(advised).toHaveLength(weakPoints);
		expect(advised.every((row) => typeof row[6] === 'string' && row[6].length > 20)).toBe(true);
		expect(networkRows.map((row) => row[0])).toContain('dichtheid');
	});

	test('een ongeldige keuze geeft een Nederlandse melding en er wordt niets gepubliceerd', async ({
		page
	}) => {
		await signIn(page, 'coordinator@heerlen.example');
		await page.goto(`${BASE}/concept?bereik=onbekend&periode=2099-K1&onderdeel=netwerkkaart`);
		const errors = page.getByTestId('choice-errors');
		await expect(errors).toContainText('Kies de hele regio of een gemeente uit de regio.');
		await expect(errors).toContainText('Kies een peilperiode die al begonnen is.');
		await expect(errors).toContainText('Kies ten minste één onderdeel dat in deze versie beschikbaar is.');
		await expect(page.getByRole('button', { name: 'Publiceren' })).toHaveCount(0);
		expect(await axeViolations(page)).toEqual([]);
	});
});
