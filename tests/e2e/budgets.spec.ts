import { mkdirSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import {
	test,
	expect,
	signIn,
	axeViolations,
	openAs,
	editorAndCoordinator,
	addCommitment,
	addProgramme
} from './fixtures';

const BASE = '/regio/zuid-limburg/budgetten';
const MAASTRICHT = 'b0000000-0000-4000-8000-000000000002';
const HEADER =
	'programma;jaar;toegezegd_bedrag;toegezegde_uren;gerealiseerd_bedrag;gerealiseerde_uren;toelichting';
const HEERLEN = 'b0000000-0000-4000-8000-000000000001';
const SIMPELVELD = 'b0000000-0000-4000-8000-000000000018';
const CNV = 'b0000000-0000-4000-8000-000000000033';

test.describe('budgetafspraken', () => {
	test('de regio ziet per programma toegezegd tegen gerealiseerd, de stabiliteit en per partner; leesbaar op desktop en projector', async ({
		page
	}) => {
		await openAs(page, 'editor@maastricht.example', BASE, 'Budgetafspraken Zuid-Limburg');
		await expect(page.getByText('fictief').first()).toBeVisible();

		// Every figure says its unit, year and source.
		await expect(page.getByTestId('budget-source')).toHaveText(
			'Bron: de budgetafspraken zoals de partners ze in dit dashboard invoerden. Bedragen in euro’s per begrotingsjaar; peiljaar 2026.'
		);

		// The jobcoach pool loses 38,3 % of its money in 2026 (seed): zwak, with every partner's drop named.
		const pool = page.getByRole('article', { name: 'Regionale jobcoachpool' });
		await expect(pool.getByTestId('stability')).toHaveAttribute('data-verdict', 'zwak');
		await expect(pool.getByTestId('stability')).toContainText(
			'Venster 2024–2027: grootste verlies 38,3 % van het geld (2025 → 2026).'
		);
		await expect(pool.getByTestId('programme-drops')).toContainText(
			'Gemeente Maastricht −38,3 % (2025 → 2026: € 47.700 → € 29.430)'
		);
		await expect(pool.getByTestId('programme-drops')).toContainText(
			'2027: nog niet toegezegd door 17 partners'
		);
		// Simpelveld pulls out of the Loonwaardebepaling: the programme stays stabiel (3,7 % lost), the partner
		// is named anyway.
		const lwb = page.getByRole('article', { name: 'Loonwaardebepaling' });
		await expect(lwb.getByTestId('stability')).toHaveAttribute('data-verdict', 'stabiel');
		await expect(lwb.getByTestId('programme-drops')).toContainText(
			'Gemeente Simpelveld teruggetrokken (−100 %) per 2027; in 2026 nog € 10.355'
		);
		// The Werkgeversservicepunt has a multi-year agreement up to 2030.
		const wsp = page.getByRole('article', { name: 'Werkgeversservicepunt Zuid-Limburg' });
		await expect(wsp.getByTestId('stability')).toHaveAttribute('data-verdict', 'stabiel');
		await expect(wsp.getByTestId('programme-through')).toHaveText('Toegezegd t/m 2030');
		await expect(page.getByTestId('kpi-stability').locator('.rnd-kpi__value')).toHaveText('1 van 3');

		// The chart is drawn (chart.js loads lazily) and described; the table beside it holds the same figures.
		await expect(
			wsp.getByRole('img', { name: /Staafdiagram van het toegezegde en gerealiseerde budget/ })
		).toBeVisible();
		await expect(wsp.locator('canvas')).toHaveAttribute('width', /\d+/);
		// 2023 up to 2030, and the header.
		await expect(wsp.getByTestId('programme-table').getByRole('row')).toHaveCount(9);

		// Per partner: how far ahead it is committed, against the elections of March 2030, and its drop.
		const partnerRow = (id: string) => page.getByTestId(`budget-partner-${id}`);
		await expect(partnerRow(HEERLEN).getByTestId('through')).toHaveText(
			'2030 nog niet over de verkiezingen van maart 2030 heen'
		);
		await expect(partnerRow(SIMPELVELD).getByTestId('verdict')).toHaveAttribute('data-verdict', 'zwak');
		await expect(partnerRow(SIMPELVELD).getByTestId('verdict')).toContainText(
			'Loonwaardebepaling teruggetrokken (−100 %) per 2027'
		);
		await expect(partnerRow(CNV).getByTestId('committed')).toHaveText('nog geen bijdrage');

		const mine = page.getByTestId('budget-partner-table').getByRole('row', { name: /Gemeente Maastricht/ });
		await expect(mine).toContainText('uw organisatie');
		await expect(mine).toHaveClass(/rnd-row--mine/);
		await expect(page.getByTestId('live-status')).toHaveAttribute('data-state', 'connected');
		expect(await axeViolations(page)).toEqual([]);

		mkdirSync('test-results/screenshots', { recursive: true });
		await page.screenshot({ path: 'test-results/screenshots/budgetten.png', fullPage: true });
		await page.evaluate(() => document.body.classList.add('rnd-large'));
		await page.screenshot({ path: 'test-results/screenshots/budgetten-projector.png' });
		await page.evaluate(() => document.body.classList.remove('rnd-large'));
		await page.setViewportSize({ width: 390, height: 844 });
		expect(await axeViolations(page)).toEqual([]);
		await page.screenshot({ path: 'test-results/screenshots/budgetten-telefoon.png', fullPage: true });
		await page.setViewportSize({ width: 1280, height: 800 });

		// Another year: the partner table follows, realised figures appear for a closed year.
		await page.getByLabel('Jaar', { exact: true }).selectOption('2025');
		await page.getByRole('button', { name: 'Toon' }).click();
		await expect(page.getByRole('heading', { name: 'Per partner in 2025' })).toBeVisible();
		await expect(page.getByTestId('kpi-realised')).toContainText('€');
	});

	test('export als CSV en Excel, en het sjabloon', async ({ page }) => {
		await signIn(page, 'coordinator@heerlen.example');
		const csv = await page.request.get(`${BASE}/export?formaat=csv&jaar=2025`);
		expect(csv.headers()['content-type']).toContain('text/csv');
		const text = await csv.text();
		expect(text.split('\r\n')[0]).toBe(
			'\uFEFFpartner;toegezegd_bedrag;gerealiseerd_bedrag;realisatie_procent;toegezegde_uren;gerealiseerde_uren'
		);
		expect(text).toContain('Gemeente Maastricht;');

		const xlsx = await page.request.get(`${BASE}/export?formaat=xlsx&jaar=2026`);
		expect(xlsx.headers()['content-disposition']).toContain('budgetten-zuid-limburg-2026.xlsx');
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
		expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
			'Per partner 2026',
			'Per programma en jaar',
			'Stabiliteit'
		]);
		const stability = workbook.getWorksheet('Stabiliteit')!;
		const pool = stability.getRows(2, 3)!.find((row) => row.getCell(1).value === 'Regionale jobcoachpool');
		// The same verdict and words as the page (budget_overview).
		expect(pool?.getCell(3).value).toBe('Zwak');
		expect(pool?.getCell(4).value).toBe(38.3);
		expect(pool?.getCell(5).text).toContain('grootste verlies 38,3 % van het geld (2025 → 2026)');

		const template = await page.request.get(`${BASE}/sjabloon.csv`);
		expect((await template.text()).split('\r\n')[0]).toBe(`\uFEFF${HEADER}`);
	});

	test('de coördinator voegt een programma toe; de invoer van Maastricht verschijnt live op de open pagina van de coördinator', async ({
		browser
	}) => {
		const { editor, coordinator, close } = await editorAndCoordinator(browser);
		const name = await addProgramme(coordinator, 'Scholingsfonds');
		await expect(coordinator.getByTestId('programmes-table')).toContainText(name);

		await coordinator.goto(BASE);
		await expect(coordinator.getByTestId('live-status')).toHaveAttribute('data-state', 'connected');
		const card = coordinator.getByRole('article', { name });
		await expect(card).toContainText('Nog geen budgetafspraken voor dit programma.');
		const row = coordinator
			.getByTestId('budget-partner-table')
			.getByRole('row', { name: /Gemeente Maastricht/ });
		const before = await row.getByTestId('committed').textContent();

		await addCommitment(editor, {
			partner: MAASTRICHT,
			year: 2026,
			programme: name,
			amount: '12.345,67',
			hours: '16'
		});
		await expect(editor.getByTestId('commitments-table')).toContainText(name);

		// No reload on the coordinator's page: the change arrives over Realtime. The wait allows 10 s like the
		// integration tests' live waits: this tests arrival; speed is the bench's (the machine is shared).
		await expect(card.getByTestId('programme-table')).toContainText('€ 12.346', { timeout: 10_000 });
		await expect(row.getByTestId('committed')).not.toHaveText(before ?? '');
		await close();
	});

	test('Maastricht zegt meerjarig toe (t/m 2031): de budgetpagina toont de looptijd, ook na de verkiezingen', async ({
		browser
	}) => {
		const { editor, coordinator, close } = await editorAndCoordinator(browser);
		const name = await addProgramme(coordinator, 'Meerjarig fonds');

		await addCommitment(editor, {
			partner: MAASTRICHT,
			year: 2026,
			programme: name,
			amount: '20.000',
			through: '2031'
		});

		await editor.goto(BASE);
		const card = editor.getByRole('article', { name });
		await expect(card.getByTestId('programme-through')).toHaveText('Toegezegd t/m 2031');
		await expect(card.getByTestId('programme-table')).toContainText('€ 20.000');
		await expect(editor.getByTestId(`budget-partner-${MAASTRICHT}`).getByTestId('through')).toHaveText(
			'2031 ook na de verkiezingen van 2030'
		);
		expect(await axeViolations(editor)).toEqual([]);
		await close();
	});

	test('een CSV met fouten wordt geweigerd met de fouten per regel, en er verandert niets', async ({
		page
	}, testInfo) => {
		await signIn(page, 'editor@maastricht.example');
		await page.goto(`${BASE}/invoer?partner=${MAASTRICHT}&jaar=2031`);
		await expect(page.getByText('Nog geen afspraken in 2031.')).toBeVisible();
		const file = testInfo.outputPath('budget-fout.csv');
		writeFileSync(
			file,
			[
				HEADER,
				'Loonwaardebepaling;2031;"10.000,00";80;;;',
				'Jobcoachpool;2031;5000;;;;',
				'Werkgeversservicepunt Zuid-Limburg;2031;-5;;"12,345";;',
				'Loonwaardebepaling;2031;100;;;;'
			].join('\n')
		);
		await page.getByLabel('CSV-bestand').setInputFiles(file);
		await page.getByRole('button', { name: 'Importeren' }).click();
		const errors = page.getByTestId('import-errors');
		await expect(page.getByTestId('import-message')).toContainText('Er is niets gewijzigd');
		await expect(errors.getByRole('row')).toHaveCount(5);
		await expect(errors.getByRole('row').nth(1)).toContainText('Het programma “Jobcoachpool” bestaat niet');
		await expect(errors.getByRole('row').nth(2)).toContainText('toegezegd_bedrag');
		await expect(errors.getByRole('row').nth(3)).toContainText('gerealiseerd_bedrag');
		await expect(errors.getByRole('row').nth(4)).toContainText('staat al op regel 2');
		await page.reload();
		await expect(page.getByText('Nog geen afspraken in 2031.')).toBeVisible();

		writeFileSync(
			file,
			[
				HEADER,
				'Loonwaardebepaling;2031;"10.000,00";80;;;',
				'werkgeversservicepunt zuid-limburg;2031;45000;320;;;'
			].join('\n')
		);
		await page.getByLabel('CSV-bestand').setInputFiles(file);
		await page.getByRole('button', { name: 'Importeren' }).click();
		await expect(page.getByTestId('import-message')).toContainText(
			'2 afspraken geïmporteerd voor Gemeente Maastricht.'
		);
		await expect(page.getByTestId('commitments-table').getByRole('row')).toHaveCount(3);
	});

	test('twee invoerders wijzigen dezelfde afspraak: de tweede krijgt een conflictmelding met de nieuwe waarde', async ({
		browser
	}) => {
		const { editor: first, coordinator: second, close } = await editorAndCoordinator(browser);
		for (const page of [first, second]) {
			await page.goto(`${BASE}/invoer?partner=${MAASTRICHT}&jaar=2026`);
			await page.getByRole('link', { name: 'Wijzig Loonwaardebepaling 2026' }).click();
			await expect(
				page.getByRole('heading', { name: 'Afspraak wijzigen: Loonwaardebepaling 2026' })
			).toBeVisible();
		}
		const amount = (page: typeof first) =>
			page.getByTestId('commitment-form-edit').getByLabel('Toegezegd bedrag (euro)');
		await amount(first).fill('30.000,00');
		await first.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
		await expect(first.getByTestId('form-message')).toHaveText('De afspraak is opgeslagen.');

		await amount(second).fill('31.000,00');
		await second.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
		await expect(second.getByTestId('form-message')).toContainText(
			'Iemand anders heeft dit intussen gewijzigd'
		);
		await expect(amount(second)).toHaveValue('30000,00');
		await expect(second.getByTestId('commitments-table')).toContainText('€ 30.000,00');
		// Saving again, now knowingly on top of the new version, works.
		await amount(second).fill('31.000,00');
		await second.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
		await expect(second.getByTestId('form-message')).toHaveText('De afspraak is opgeslagen.');
		await expect(second.getByTestId('commitments-table')).toContainText('€ 31.000,00');
		await close();
	});

	test('ongeldige invoer geeft meldingen bij de velden; programma’s beheren is alleen voor de coördinator', async ({
		page
	}) => {
		await openAs(
			page,
			'editor@maastricht.example',
			`${BASE}/invoer?partner=${MAASTRICHT}&jaar=2026`,
			'Budget invoeren'
		);
		const rowsBefore = await page.getByTestId('commitments-table').getByRole('row').count();
		const form = page.getByTestId('commitment-form-add');
		await form.getByLabel('Toegezegd bedrag (euro)').fill('12,345');
		await form.getByLabel('Toegezegde personele inzet in uren (optioneel)').fill('2.000.000');
		await form.getByRole('button', { name: 'Toevoegen' }).click();
		await expect(form.getByText('Vul het toegezegde bedrag in euro’s in')).toBeVisible();
		await expect(form.getByText('Vul de uren in als een getal van 0 tot en met 1.000.000')).toBeVisible();
		await expect(form.getByLabel('Toegezegd bedrag (euro)')).toHaveAttribute('aria-invalid', 'true');
		await page.screenshot({ path: 'test-results/screenshots/budgetten-invoer.png', fullPage: true });
		await page.reload();
		await expect(page.getByTestId('commitments-table').getByRole('row')).toHaveCount(rowsBefore);
		expect(await axeViolations(page)).toEqual([]);

		const forbidden = await page.goto(`${BASE}/programmas`);
		expect(forbidden?.status()).toBe(403);
		await expect(page.getByRole('heading', { name: 'Geen toegang' })).toBeVisible();
	});

	test('invoer werkt ook zonder JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await signIn(page, 'editor@maastricht.example');
		await page.goto(`${BASE}/invoer?partner=${MAASTRICHT}&jaar=2016`);
		await expect(page.getByText('Nog geen afspraken in 2016.')).toBeVisible();
		const form = page.getByTestId('commitment-form-add');
		await form.getByLabel('Programma').selectOption({ label: 'Werkgeversservicepunt Zuid-Limburg' });
		await form.getByLabel('Toegezegd bedrag (euro)').fill('€ 8.000');
		await form.getByLabel('Gerealiseerd bedrag (euro, optioneel)').fill('7.950,50');
		await form.getByRole('button', { name: 'Toevoegen' }).click();
		await expect(page.getByTestId('form-message')).toHaveText('De afspraak is toegevoegd.');
		await expect(page).toHaveURL(/partner=.*jaar=2016/);
		await expect(page.getByTestId('commitments-table')).toContainText('€ 7.950,50');

		await page.getByRole('link', { name: 'Wijzig Werkgeversservicepunt Zuid-Limburg 2016' }).click();
		const edit = page.getByTestId('commitment-form-edit');
		await edit.getByLabel('Toegezegd bedrag (euro)').fill('-1');
		await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
		await expect(edit.getByText('Vul het toegezegde bedrag in euro’s in')).toBeVisible();
		await edit.getByLabel('Toegezegd bedrag (euro)').fill('8.100');
		await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
		await expect(page.getByTestId('form-message')).toHaveText('De afspraak is opgeslagen.');
		await expect(page.getByTestId('commitments-table')).toContainText('€ 8.100,00');

		await page.getByRole('button', { name: 'Verwijder Werkgeversservicepunt Zuid-Limburg 2016' }).click();
		await expect(page.getByTestId('delete-message')).toHaveText('De afspraak is verwijderd.');
		await expect(page.getByText('Nog geen afspraken in 2016.')).toBeVisible();
		await context.close();
	});

	test('de coördinator hernoemt een programma en zet het op niet actief en weer aan', async ({ page }) => {
		await signIn(page, 'coordinator@heerlen.example');
		await page.goto(`${BASE}/programmas`);
		expect(await axeViolations(page)).toEqual([]);
		await page.screenshot({ path: 'test-results/screenshots/budgetten-programmas.png', fullPage: true });
		await page.getByRole('link', { name: 'Wijzig naam en beschrijving van Loonwaardebepaling' }).click();
		const form = page.getByTestId('programme-form-rename');
		await form.getByLabel('Naam').fill('Loonwaardebepaling Zuid-Limburg');
		await form.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
		await expect(page.getByTestId('form-message')).toHaveText(
			'Loonwaardebepaling Zuid-Limburg is opgeslagen.'
		);
		await expect(page.getByTestId('programmes-table')).toContainText('Loonwaardebepaling Zuid-Limburg');

		await page.getByRole('button', { name: 'Zet Loonwaardebepaling Zuid-Limburg op niet actief' }).click();
		await expect(page.getByTestId('active-message')).toContainText('is niet meer actief');
		await page.getByRole('button', { name: 'Maak Loonwaardebepaling Zuid-Limburg weer actief' }).click();
		await expect(page.getByTestId('active-message')).toHaveText(
			'Loonwaardebepaling Zuid-Limburg is weer actief.'
		);
	});
});
