import { writeFileSync, mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { test, expect, signIn, axeViolations, openAs } from './fixtures';

const BASE = '/regio/zuid-limburg/baanafspraken';
const MAASTRICHT = 'b0000000-0000-4000-8000-000000000002';
const SCREENS = process.env.SCREENSHOT_DIR ?? 'test-results/screenshots';

/** A kandidaatnummer no seed or other test uses. */
const personKey = () => `E2E-${randomUUID().slice(0, 8).toUpperCase()}`;

async function shoot(page: Page, name: string) {
	mkdirSync(SCREENS, { recursive: true });
	await page.screenshot({ path: `${SCREENS}/${name}.png`, fullPage: true });
}

test.describe('banenafspraak', () => {
	test('de stand op de peildatum: per sector tegen de opgave, de officiële stand naast de registratie', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1440, height: 900 });
		await openAs(page, 'editor@maastricht.example', BASE, 'Banenafspraak Zuid-Limburg');
		// The seed's partners closed every quarter up to 2026 K3; Q4 has not ended (or is not in) yet.
		await expect(page.getByTestId('peildatum')).toContainText('30 september 2026');
		for (const part of ['markt', 'overheid'])
			await expect(page.getByTestId(`standing-${part}`)).toContainText(/banen/);
		await expect(page.getByTestId('carry-over-markt')).toBeVisible();
		await expect(page.getByTestId('official-vs-registered')).toContainText('Markt');
		await expect(page.getByTestId('series-table')).toBeVisible();
		await expect(page.getByTestId('demo-data')).toBeVisible();
		await expect(page.getByTestId('live-status')).toHaveAttribute('data-state', 'connected');
		expect(await axeViolations(page)).toEqual([]);
		await shoot(page, 'banenafspraak-1440');

		await page.setViewportSize({ width: 1920, height: 1080 });
		await page.getByRole('button', { name: 'Projectorweergave' }).click();
		await expect(page.locator('body')).toHaveClass(/rnd-large/);
		await shoot(page, 'banenafspraak-projector');
		await page.getByRole('button', { name: 'Projectorweergave' }).click();
		await expect(page.locator('body')).not.toHaveClass(/rnd-large/);

		await page.setViewportSize({ width: 390, height: 844 });
		await page.reload();
		await expect(page.getByTestId('standing-markt')).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
		await shoot(page, 'banenafspraak-phone');
	});

	test('elke rol ziet dezelfde stand van de regio, ook wie de plaatsingen van andere partners niet leest', async ({
		page,
		browser
	}) => {
		// A viewer at UWV reads only UWV's own plaatsingen (person-level); the standing is the region's.
		const shown = async (target: Page) =>
			Promise.all(
				['standing-markt', 'standing-overheid', 'official-vs-registered'].map((id) =>
					target.getByTestId(id).innerText()
				)
			);
		await openAs(page, 'coordinator@heerlen.example', BASE, 'Banenafspraak Zuid-Limburg');
		const viewer = await browser.newPage();
		try {
			await openAs(viewer, 'viewer@uwv.example', BASE, 'Banenafspraak Zuid-Limburg');
			await expect(viewer.getByTestId('official-vs-registered')).toContainText('Markt');
			expect(await shown(viewer)).toEqual(await shown(page));
		} finally {
			await viewer.close();
		}
	});

	test('een invoerder voert een K3-plaatsing in en ziet die in K3, gemarkeerd', async ({ page }) => {
		await signIn(page, 'editor@maastricht.example');
		await page.goto(`${BASE}/invoer?partner=${MAASTRICHT}&jaar=2026&kwartaal=3`);
		await expect(page.getByTestId('attribution-rule')).toBeVisible();
		const key = personKey();
		await page.getByLabel('Kandidaatnummer').fill(key);
		await page.getByLabel('Woongemeente').selectOption({ label: 'Maastricht' });
		await page.getByRole('radio', { name: 'ja' }).check();
		await page.getByLabel('Werkgever', { exact: true }).fill('E2E Bakkerij B.V.');
		await page.getByLabel('Sector').selectOption('markt');
		await page.getByLabel('Startdatum').fill('2026-08-03');
		await page.getByLabel('Uren per week', { exact: true }).fill('25,5');
		await page.getByRole('button', { name: 'Toevoegen' }).click();
		await expect(page.getByTestId('entry-message')).toContainText('K3 2026');
		const row = page.getByTestId('lines-table').getByRole('row', { name: new RegExp(key) });
		await expect(row).toHaveAttribute('data-new', 'true');
		await expect(row).toContainText('E2E Bakkerij B.V.');
		await expect(row).toContainText('1,0');
		expect(await axeViolations(page)).toEqual([]);
		await shoot(page, 'banenafspraak-invoer');
	});

	test('een onmogelijke regel wordt bij het veld geweigerd en er verandert niets', async ({ page }) => {
		await signIn(page, 'editor@maastricht.example');
		await page.goto(`${BASE}/invoer?partner=${MAASTRICHT}&jaar=2026&kwartaal=2`);
		const rowsBefore = await page.getByTestId('lines-table').getByRole('row').count();
		await page.getByLabel('Kandidaatnummer').fill(personKey());
		await page.getByLabel('Woongemeente').selectOption({ label: 'Maastricht' });
		await page.getByRole('radio', { name: 'ja' }).check();
		await page.getByLabel('Werkgever', { exact: true }).fill('Te Veel Uren B.V.');
		await page.getByLabel('Sector').selectOption('markt');
		await page.getByLabel('Startdatum').fill('2026-05-04');
		await page.getByLabel('Uren per week', { exact: true }).fill('2000');
		await page.getByRole('button', { name: 'Toevoegen' }).click();
		await expect(page.getByLabel('Uren per week', { exact: true })).toHaveAttribute('aria-invalid', 'true');
		await page.reload();
		await expect(page.getByTestId('lines-table').getByRole('row')).toHaveCount(rowsBefore);
		expect(await axeViolations(page)).toEqual([]);
	});

	test('een CSV met een fout verandert niets; een goede CSV toont de regels, gemarkeerd', async ({
		page
	}, testInfo) => {
		await signIn(page, 'editor@maastricht.example');
		await page.goto(`${BASE}/invoer?partner=${MAASTRICHT}&jaar=2025&kwartaal=2`);
		const header =
			'kandidaatnummer;klantgroep;woongemeente;doelgroepregister;werkgever;kvk_nummer;dienstverband;sector;startdatum;einddatum;uren_per_week;uren_gecontroleerd;instrument;toelichting';
		const [first, second] = [personKey(), personKey()];
		const file = testInfo.outputPath('plaatsingen.csv');
		writeFileSync(
			file,
			`${header}\n${first};gemeente;GM0935;ja;CSV Werkt B.V.;;regulier;markt;12-5-2025;;20;nee;;\n${second};gemeente;GM0935;ja;CSV Werkt B.V.;;regulier;markt;13-5-2025;;2000;nee;;\n`
		);
		await page.getByLabel('CSV-bestand').setInputFiles(file);
		await page.getByRole('button', { name: 'Importeren' }).click();
		await expect(page.getByTestId('import-errors')).toContainText('uren_per_week');
		await expect(page.getByTestId('lines-table')).not.toContainText(first);

		writeFileSync(
			file,
			`${header}\n${first};gemeente;GM0935;ja;CSV Werkt B.V.;;regulier;markt;12-5-2025;;20;nee;;\n${second};uwv;GM0928;ja;CSV Werkt B.V.;;uitzend;;13-5-2025;;"25,5";nee;;\n`
		);
		await page.getByLabel('CSV-bestand').setInputFiles(file);
		await page.getByRole('button', { name: 'Importeren' }).click();
		await expect(page.getByTestId('entry-message')).toContainText('2 plaatsingen geïmporteerd');
		for (const key of [first, second])
			await expect(
				page.getByTestId('lines-table').getByRole('row', { name: new RegExp(key) })
			).toHaveAttribute('data-new', 'true');
	});
});
