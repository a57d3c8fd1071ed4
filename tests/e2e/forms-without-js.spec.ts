// The forms with repeated rows work without JavaScript: a new goal with milestones and contributions, a
// meeting with agenda items, the survey grid. Rows are posted as repeated fields; a wrong row is marked at
// its own fields and nothing typed is lost.
import type { Browser, Page } from '@playwright/test';
import { test, expect, signIn } from './fixtures';

const REGION = '/regio/zuid-limburg';

async function withoutJavaScript(browser: Browser, email: string): Promise<Page> {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await signIn(page, email);
	return page;
}

test.describe('formulieren zonder JavaScript', () => {
	test('een nieuw doel met tussendoelen en bijdragen', async ({ browser }) => {
		const page = await withoutJavaScript(browser, 'coordinator@heerlen.example');
		const title = `Doel zonder JavaScript ${Date.now()}`;
		await page.goto(`${REGION}/doelen/nieuw`);
		await page.getByLabel('Titel').fill(title);
		await page.getByLabel('Indicator', { exact: true }).fill('Plaatsingen');
		await page.getByLabel('Eenheid', { exact: true }).fill('personen');
		await page.getByLabel('Nulmeting: waarde').fill('0');
		await page.getByLabel('Nulmeting: datum').fill('2027-01-01');
		await page.getByLabel('Streefwaarde', { exact: true }).fill('100');
		await page.getByLabel('Streefdatum', { exact: true }).fill('2028-12-31');
		await page.getByLabel('Toezichthouder').selectOption({ label: 'UWV Zuid-Limburg' });
		// The third row is wrong (a value without a date): refused there, the other rows kept.
		await page.getByLabel('Tussendoel 1: datum').fill('2027-06-30');
		await page.getByLabel('Tussendoel 1: waarde').fill('25');
		await page.getByLabel('Tussendoel 3: waarde').fill('75');
		await page.getByLabel('Gemeente Heerlen', { exact: true }).check();
		await page.getByLabel('Toezegging van Gemeente Heerlen').fill('60');
		await page.getByLabel('Gemeente Kerkrade', { exact: true }).check();
		await page.getByLabel('Toezegging van Gemeente Kerkrade').fill('Een jobcoach');
		await page.getByRole('button', { name: 'Concept opslaan' }).click();

		await expect(page.getByTestId('form-message')).toHaveText(
			'Het doel is niet opgeslagen. Verbeter de gemarkeerde velden.'
		);
		await expect(page.getByLabel('Tussendoel 3: datum')).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByLabel('Tussendoel 1: datum')).not.toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByLabel('Tussendoel 1: waarde')).toHaveValue('25');
		await expect(page.getByLabel('Toezegging van Gemeente Kerkrade')).toHaveValue('Een jobcoach');
		await expect(page.getByLabel('Gemeente Kerkrade', { exact: true })).toBeChecked();

		await page.getByLabel('Tussendoel 3: datum').fill('2028-06-30');
		await page.getByRole('button', { name: 'Concept opslaan' }).click();
		await expect(page).toHaveURL(/\/doelen\/[0-9a-f-]{36}$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		const milestones = page.getByRole('region', { name: 'Tussendoelen' }).getByRole('listitem');
		await expect(milestones).toHaveText(['30 jun 2027: 25 personen', '30 jun 2028: 75 personen']);
		await expect(page.getByTestId('goal-contributors')).toContainText('Gemeente Heerlen: 60 personen');
		await expect(page.getByTestId('goal-contributors')).toContainText('Gemeente Kerkrade: Een jobcoach');

		// Remove it again (a plain post as well).
		await page.getByRole('button', { name: 'Concept verwijderen' }).click();
		await expect(page).toHaveURL(new RegExp(`${REGION}/doelen$`));
		await page.context().close();
	});

	test('een vergadering met agendapunten', async ({ browser }) => {
		const page = await withoutJavaScript(browser, 'coordinator@heerlen.example');
		const title = `Overleg zonder JavaScript ${Date.now()}`;
		await page.goto(`${REGION}/vergadering`);
		await page.getByLabel('Titel', { exact: true }).fill(title);
		await page.getByLabel('Datum', { exact: true }).fill('2030-03-14');
		await page.getByLabel('Agendapunt 1', { exact: true }).fill('Opening');
		await page.getByLabel('Agendapunt 2', { exact: true }).fill('x');
		await page.getByRole('button', { name: 'Vergadering aanmaken' }).click();
		await expect(page.getByTestId('form-message')).toHaveText(
			'Controleer de gemarkeerde velden; er is niets opgeslagen.'
		);
		await expect(page.getByLabel('Agendapunt 2', { exact: true })).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByLabel('Agendapunt 1', { exact: true })).toHaveValue('Opening');

		await page.getByLabel('Agendapunt 2', { exact: true }).fill('Stand van de baanafspraken');
		await page.getByLabel('Onderwerp punt 2').selectOption({ label: 'Banenafspraak' });
		// Without JavaScript there is no search box, and "all partners" is done by the server.
		await expect(page.getByLabel('Zoek een partner')).toHaveCount(0);
		await page.getByLabel(/^Alle partners uitnodigen/).check();
		await page.getByRole('button', { name: 'Vergadering aanmaken' }).click();
		await expect(page).toHaveURL(/\/vergadering\/[0-9a-f-]{36}$/);
		await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
		const agenda = page.getByTestId('agenda');
		await expect(agenda).toContainText('Opening');
		await expect(agenda).toContainText('Stand van de baanafspraken');
		expect(await page.getByTestId('attendance').locator('tbody tr').count()).toBeGreaterThan(20);
		await page.context().close();
	});

	test('een rapportage publiceren vraagt om bevestiging en zegt dat het definitief is', async ({
		browser
	}) => {
		const page = await withoutJavaScript(browser, 'coordinator@heerlen.example');
		await page.goto(`${REGION}/rapportage/concept?bereik=regio&periode=2026-K2&onderdeel=overleggen`);
		await page.getByRole('textbox', { name: 'Conclusie' }).fill('Zonder JavaScript gepubliceerd.');
		await page.getByRole('button', { name: 'Publiceren' }).click();
		// Nothing is published yet: the server asks first, with the text kept.
		await expect(page).toHaveURL(/\/rapportage\/concept/);
		await expect(page.getByTestId('publish-confirm')).toContainText('Publiceren is definitief');
		await expect(page.getByRole('textbox', { name: 'Conclusie' })).toHaveValue(
			'Zonder JavaScript gepubliceerd.'
		);
		await page.getByRole('button', { name: 'Ja, definitief publiceren' }).click();
		await expect(page).toHaveURL(/\/rapportage\/[0-9a-f-]{36}\?gepubliceerd=\d+$/);
		await expect(page.getByTestId('report-document')).toContainText('Zonder JavaScript gepubliceerd.');
		await page.context().close();
	});
});
