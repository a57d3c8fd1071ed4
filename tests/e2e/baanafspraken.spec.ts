import { writeFileSync, mkdirSync } from 'node:fs';
import { test, expect, signIn, axeViolations, openAs, currentQuarter, signedInPages } from './fixtures';

const BASE = '/regio/zuid-limburg/baanafspraken';
const MAASTRICHT = 'b0000000-0000-4000-8000-000000000002';

test.describe('baanafspraken', () => {
	test('de regio ziet stand, grafiek met tabel en bijdrage per partner; leesbaar op desktop en projector', async ({
		page
	}) => {
		await openAs(page, 'editor@maastricht.example', BASE, 'Baanafspraken Zuid-Limburg');
		await expect(page.getByTestId('verdict-markt')).toHaveText(/Op koers|Achter met \d+ banen/);
		await expect(page.getByTestId('quarter-table')).toContainText('Cumulatief');
		const mine = page.getByTestId('partner-table').getByRole('row', { name: /Gemeente Maastricht/ });
		await expect(mine).toContainText('uw organisatie');
		await expect(page.getByText('fictief').first()).toBeVisible();
		await expect(page.getByTestId('live-status')).toHaveAttribute('data-state', 'connected');
		expect(await axeViolations(page)).toEqual([]);
		mkdirSync('test-results/screenshots', { recursive: true });
		await page.screenshot({ path: 'test-results/screenshots/baanafspraken-1280.png', fullPage: true });
		await page.getByRole('button', { name: 'Projectorweergave' }).click();
		await expect(page.getByRole('button', { name: 'Projectorweergave' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await expect(page.locator('body')).toHaveClass(/rnd-large/);
		await page.screenshot({ path: 'test-results/screenshots/baanafspraken-projector.png', fullPage: true });
		await page.getByRole('button', { name: 'Projectorweergave' }).click();
		await expect(page.locator('body')).not.toHaveClass(/rnd-large/);
	});

	test('een invoerder voert een kwartaal in en de open pagina van de coördinator werkt live bij', async ({
		browser
	}) => {
		const {
			pages: [editor, coordinator],
			close
		} = await signedInPages(browser, ['editor@maastricht.example', 'coordinator@heerlen.example']);
		await coordinator.goto(BASE);
		await expect(coordinator.getByTestId('live-status')).toHaveAttribute('data-state', 'connected');
		const row = coordinator.getByTestId('partner-table').getByRole('row', { name: /Gemeente Maastricht/ });
		const before = await row.textContent();

		const { year, quarter } = currentQuarter();
		await editor.goto(`${BASE}/invoer?partner=${MAASTRICHT}&jaar=${year}&kwartaal=${quarter}`);
		await editor.getByLabel('Aantal personen').fill('3');
		await editor.getByLabel('Betaalde uren per week (totaal)').fill('76,5');
		await editor.getByLabel('Werkgever (optioneel)').fill('Live Test B.V.');
		await editor.getByRole('button', { name: 'Toevoegen' }).click();
		await expect(editor.getByTestId('form-message')).toHaveText('De regel is toegevoegd.');
		await expect(editor.getByTestId('lines-table')).toContainText('Live Test B.V.');

		await expect(row).not.toHaveText(before ?? '', { timeout: 3000 });
		await close();
	});

	test('een CSV met fouten wordt geweigerd met de fouten per regel, en er verandert niets', async ({
		page
	}, testInfo) => {
		await signIn(page, 'editor@maastricht.example');
		await page.goto(`${BASE}/invoer?partner=${MAASTRICHT}&jaar=2024&kwartaal=2`);
		const linesBefore = await page.getByTestId('lines-table').getByRole('row').count();
		const file = testInfo.outputPath('fout.csv');
		writeFileSync(
			file,
			'jaar;kwartaal;sector;personen;uren_per_week;werkgever;instrument;toelichting\n2024;2;markt;1;20;;;\n2024;2;zorg;-1;30;;;\n'
		);
		await page.getByLabel('CSV-bestand').setInputFiles(file);
		await page.getByRole('button', { name: 'Importeren' }).click();
		const errors = page.getByTestId('import-errors');
		await expect(errors).toContainText('sector');
		await expect(errors).toContainText('personen');
		await expect(page.getByTestId('import-message')).toContainText('Er is niets gewijzigd');
		await page.reload();
		await expect(page.getByTestId('lines-table').getByRole('row')).toHaveCount(linesBefore);

		writeFileSync(
			file,
			'jaar;kwartaal;sector;personen;uren_per_week;werkgever;instrument;toelichting\n2024;2;markt;1;20;Goed B.V.;;\n2024;2;overheid;2;"25,5";;jobcoaching;\n'
		);
		await page.getByLabel('CSV-bestand').setInputFiles(file);
		await page.getByRole('button', { name: 'Importeren' }).click();
		await expect(page.getByTestId('import-message')).toContainText('2 regels geïmporteerd');
		await expect(page.getByTestId('lines-table').getByRole('row')).toHaveCount(linesBefore + 2);
	});

	test('twee invoerders wijzigen dezelfde regel: de tweede krijgt een conflictmelding', async ({
		browser
	}) => {
		const {
			pages: [first, second],
			close
		} = await signedInPages(browser, ['editor@maastricht.example', 'coordinator@heerlen.example']);
		const url = `${BASE}/invoer?partner=${MAASTRICHT}&jaar=2025&kwartaal=1`;
		for (const page of [first, second]) {
			await page.goto(url);
			await page.getByRole('link', { name: 'Wijzig regel 1' }).click();
		}
		await first.getByLabel('Aantal personen').fill('11');
		await first.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
		await expect(first.getByTestId('form-message')).toHaveText('De regel is gewijzigd.');
		await second.getByLabel('Aantal personen').fill('12');
		await second.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
		await expect(second.getByTestId('form-message')).toContainText(
			'Iemand anders heeft deze regel intussen gewijzigd'
		);
		await expect(second.getByLabel('Aantal personen')).toHaveValue('11');
		await expect(second.getByTestId('lines-table')).toContainText('11');
		// Saving again, now knowingly on top of the new version, works.
		await second.getByLabel('Aantal personen').fill('12');
		await second.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
		await expect(second.getByTestId('form-message')).toHaveText('De regel is gewijzigd.');
		await close();
	});

	test('ongeldige invoer geeft meldingen bij de velden en slaat niets op', async ({ page }) => {
		await signIn(page, 'editor@maastricht.example');
		await page.goto(`${BASE}/invoer?partner=${MAASTRICHT}&jaar=2023&kwartaal=1`);
		const linesBefore = await page.getByTestId('lines-table').getByRole('row').count();
		await page.getByLabel('Aantal personen').fill('-2');
		await page.getByLabel('Betaalde uren per week (totaal)').fill('2500');
		await page.getByRole('button', { name: 'Toevoegen' }).click();
		await expect(page.getByText('Vul een heel aantal personen in, 0 of meer')).toBeVisible();
		await expect(page.getByText('Vul de uren per week in: een getal van 0 tot en met 2000')).toBeVisible();
		await page.reload();
		await expect(page.getByTestId('lines-table').getByRole('row')).toHaveCount(linesBefore);
		expect(await axeViolations(page)).toEqual([]);
	});
});
