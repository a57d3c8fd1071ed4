import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { test, expect, signIn, seriousAxeViolations, openAs } from './fixtures';

const BASE = '/regio/zuid-limburg/vergadering';
/** The seeded December meeting: Opening, baanafspraken, budget, network, one carried-over action. */
const DECEMBER = 'd7000000-0000-4000-8000-000000000002';
const ROOM = `${BASE}/${DECEMBER}`;
const MAASTRICHT = 'b0000000-0000-4000-8000-000000000002';
const UWV = 'b0000000-0000-4000-8000-000000000003';

const shot = (page: Page, name: string, fullPage = true) => {
	mkdirSync('test-results/screenshots', { recursive: true });
	return page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage });
};

async function participant(
	browser: Browser,
	email: string
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await signIn(page, email);
	await page.goto(ROOM);
	await expect(page.getByTestId('live-status')).toHaveAttribute('data-state', 'connected');
	return { context, page };
}

test.describe('vergadermodus', () => {
	test('de coördinator plant een vergadering: foute invoer wordt in het Nederlands geweigerd, openstaande acties schuiven door', async ({
		page
	}) => {
		await openAs(page, 'coordinator@heerlen.example', BASE, 'Vergaderingen Zuid-Limburg');
		await expect(page.locator('.rnd-region-nav').getByRole('link', { name: 'Vergadering' })).toHaveAttribute(
			'aria-current',
			'page'
		);
		const upcomingBefore = await page.getByTestId('upcoming-meetings').getByRole('listitem').count();

		// Too short a title: a Dutch message at the field, nothing created.
		await page.getByLabel('Titel', { exact: true }).fill('St');
		await page.getByLabel('Datum').fill('2026-12-17');
		await page.getByRole('button', { name: 'Vergadering aanmaken' }).click();
		await expect(page.getByTestId('form-message')).toHaveText(
			'Controleer de gemarkeerde velden; er is niets opgeslagen.'
		);
		await expect(page.getByText('Geef de vergadering een titel van 3 tot 150 tekens.')).toBeVisible();
		await expect(page.getByTestId('upcoming-meetings').getByRole('listitem')).toHaveCount(upcomingBefore);
		expect(await seriousAxeViolations(page)).toEqual([]);
		await shot(page, 'vergadering-lijst');

		await page.getByLabel('Titel', { exact: true }).fill('Extra stuurgroep werkgeversdienstverlening');
		await page.getByLabel('Locatie (optioneel)').fill('Gemeentehuis Maastricht');
		await page.getByLabel('Agendapunt 1', { exact: true }).fill('Opening');
		await page.getByLabel('Agendapunt 2', { exact: true }).fill('Stand van de baanafspraken');
		await page.getByLabel('Koppeling punt 2').selectOption('baanafspraken');
		await page.getByLabel('Agendapunt 3', { exact: true }).fill('Budget werkgeversservicepunt');
		await page.getByLabel('Koppeling punt 3').selectOption('budgetten');
		await page.getByLabel('Gemeente Maastricht').check();
		await page.getByLabel('UWV Zuid-Limburg').check();
		await page.getByRole('button', { name: 'Vergadering aanmaken' }).click();

		await expect(page).toHaveURL(new RegExp(`${BASE}/[0-9a-f-]{36}$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Extra stuurgroep werkgeversdienstverlening'
		);
		const agenda = page.getByTestId('agenda').getByRole('listitem');
		await expect(agenda).toHaveCount(4);
		await expect(agenda.nth(3)).toContainText(
			'Openstaande actie: Voorstel meerjarige financiering jobcoachpool uitwerken'
		);
		await agenda.nth(3).getByRole('link').click();
		await expect(page.getByTestId('carried-action')).toContainText('Gemeente Maastricht');
	});

	test('drie deelnemers: aanwezigheid, de voorzitter volgen, live cijfers, besluiten en acties, offline en terug', async ({
		browser
	}) => {
		// Three browsers, a figure entry, two accessibility scans and an offline round trip.
		test.setTimeout(120_000);
		const chair = await participant(browser, 'coordinator@heerlen.example');
		const editor = await participant(browser, 'editor@maastricht.example');
		const viewer = await participant(browser, 'viewer@uwv.example');
		const everyone = [chair, editor, viewer];

		// All three are in the room, each with their organisation.
		for (const { page } of everyone) {
			const presence = page.getByTestId('presence-entry');
			await expect(presence).toHaveCount(3);
			await expect(page.getByTestId('presence')).toContainText('Coördinator Heerlen');
			await expect(page.getByTestId('presence')).toContainText('Gemeente Maastricht');
			await expect(page.getByTestId('presence')).toContainText('UWV Zuid-Limburg');
		}
		// Presence recorded attendance.
		await expect(chair.page.getByTestId(`attendance-${MAASTRICHT}`)).toHaveAttribute(
			'data-status',
			'present'
		);
		await expect(chair.page.getByTestId(`attendance-${UWV}`)).toContainText('aanwezig in de zaal');

		// The others follow the chair; the chair presents and moves on.
		for (const { page } of [editor, viewer]) {
			await page.getByRole('button', { name: 'Volg de voorzitter' }).click();
			await expect(page.getByTestId('following')).toHaveText(/U volgt de voorzitter/);
		}
		await chair.page.getByRole('button', { name: 'Presenteren' }).click();
		await chair.page.getByRole('button', { name: 'Volgend agendapunt' }).click();
		await expect(chair.page.getByTestId('current-item-title')).toHaveText('Stand van de baanafspraken');
		for (const { page } of [editor, viewer]) {
			await expect(page.getByTestId('current-item-title')).toHaveText('Stand van de baanafspraken', {
				timeout: 1000
			});
		}

		// The Maastricht editor enters a K3 plaatsing in another tab; the partners' registration on the peildatum
		// (30 September 2026) changes live beside UWV's official figure, which does not.
		const registered = chair.page.getByTestId('live-registered-totaal');
		const official = await chair.page.getByTestId('live-baanafspraken-total').textContent();
		const before = await registered.textContent();
		const entry = await editor.context.newPage();
		await entry.goto(`/regio/zuid-limburg/baanafspraken/invoer?partner=${MAASTRICHT}&jaar=2026&kwartaal=3`);
		await entry.getByLabel('Kandidaatnummer').fill(`VERG-${Date.now().toString(36).toUpperCase()}`);
		await entry.getByLabel('Woongemeente').selectOption({ label: 'Maastricht' });
		await entry.getByRole('radio', { name: 'ja' }).check();
		await entry.getByLabel('Werkgever', { exact: true }).fill('Vergadertest B.V.');
		await entry.getByLabel('Sector').selectOption('markt');
		await entry.getByLabel('Startdatum').fill('2026-08-03');
		await entry.getByLabel('Uren per week', { exact: true }).fill('25,5');
		await entry.getByRole('button', { name: 'Toevoegen' }).click();
		await expect(entry.getByTestId('entry-message')).toContainText('K3 2026');
		await entry.close();
		await expect(registered).not.toHaveText(before ?? '', { timeout: 3000 });
		await expect(editor.page.getByTestId('live-registered-totaal')).toHaveText(
			(await registered.textContent()) ?? ''
		);
		await expect(chair.page.getByTestId('live-baanafspraken-total')).toHaveText(official ?? '');

		// The chair records a decision and an action; both appear on the other screens.
		await chair.page
			.getByLabel('Besluit', { exact: true })
			.fill('Extra inzet op plaatsingen bij de overheid.');
		await chair.page.getByRole('button', { name: 'Besluit opslaan' }).click();
		await chair.page.getByLabel('Actie', { exact: true }).fill('Werkgeversbijeenkomst overheid organiseren');
		await chair.page.getByLabel('Eigenaar (partner)').selectOption({ label: 'Gemeente Maastricht' });
		await chair.page.getByLabel('Uiterlijk').fill('2027-02-01');
		await chair.page.getByRole('button', { name: 'Actie opslaan' }).click();
		await expect(chair.page.getByTestId('actions')).toContainText(
			'Werkgeversbijeenkomst overheid organiseren'
		);
		for (const { page } of [editor, viewer]) {
			await expect(page.getByTestId('decisions')).toContainText(
				'Extra inzet op plaatsingen bij de overheid.'
			);
			await expect(page.getByTestId('actions')).toContainText('Werkgeversbijeenkomst overheid organiseren');
			await expect(page.getByTestId('actions')).toContainText('Gemeente Maastricht, uiterlijk 1 feb 2027');
		}
		expect(await seriousAxeViolations(viewer.page)).toEqual([]);
		await shot(chair.page, 'vergadering-voorzitter');
		await shot(viewer.page, 'vergadering-volger');

		// Projector view: large type, high contrast, still accessible.
		await chair.page.getByRole('button', { name: 'Projectorweergave' }).click();
		await expect(chair.page.getByTestId('meeting-room')).toHaveClass(/rnd-room--projector/);
		expect(await seriousAxeViolations(chair.page)).toEqual([]);
		await shot(chair.page, 'vergadering-projector', false);
		await chair.page.getByRole('button', { name: 'Projectorweergave' }).click();

		// Leaving follow mode is one click: the viewer stays where they are when the chair moves on.
		await viewer.page.getByRole('button', { name: 'Stop met volgen' }).click();
		await expect(viewer.page.getByRole('button', { name: 'Volg de voorzitter' })).toBeVisible();
		await chair.page.getByRole('button', { name: 'Volgend agendapunt' }).click();
		await expect(editor.page.getByTestId('current-item-title')).toHaveText('Budgetafspraken 2027', {
			timeout: 1000
		});
		await expect(viewer.page.getByTestId('current-item-title')).toHaveText('Stand van de baanafspraken');
		await expect(editor.page.getByTestId('live-budget')).toContainText('Toegezegd');

		// Closing a context removes it from presence.
		await viewer.context.close();
		await expect(chair.page.getByTestId('presence-entry')).toHaveCount(2);
		await expect(chair.page.getByTestId('presence')).not.toContainText('UWV Zuid-Limburg');

		// Losing the connection shows offline; coming back restores presence and refetches.
		await editor.context.setOffline(true);
		await expect(editor.page.getByTestId('live-status')).toHaveAttribute('data-state', 'offline');
		await chair.page.getByLabel('Besluit', { exact: true }).fill('Budget 2027 wordt in januari vastgesteld.');
		await chair.page.getByRole('button', { name: 'Besluit opslaan' }).click();
		await expect(chair.page.getByTestId('decisions')).toContainText(
			'Budget 2027 wordt in januari vastgesteld.'
		);
		const refetched = editor.page.waitForRequest(/\/vergadering\/[^/]+\/__data\.json/);
		await editor.context.setOffline(false);
		await refetched;
		await expect(editor.page.getByTestId('live-status')).toHaveAttribute('data-state', 'connected');
		await expect(editor.page.getByTestId('presence-entry')).toHaveCount(2);
		await expect(chair.page.getByTestId('presence-entry')).toHaveCount(2);
		await expect(editor.page.getByTestId('decisions')).toContainText(
			'Budget 2027 wordt in januari vastgesteld.'
		);

		// The chair corrects attendance: UWV left, the chair marks it absent.
		await chair.page.getByRole('button', { name: 'Markeer UWV Zuid-Limburg als afwezig' }).click();
		await expect(chair.page.getByTestId(`attendance-${UWV}`)).toHaveAttribute('data-status', 'absent');
		await expect(editor.page.getByTestId(`attendance-${UWV}`)).toHaveAttribute('data-status', 'absent');

		await chair.context.close();
		await editor.context.close();
	});

	test('het verslag: aanwezigheid, besluiten en acties, afdrukbaar', async ({ page }) => {
		await signIn(page, 'viewer@uwv.example');
		await page.goto(`${BASE}/d7000000-0000-4000-8000-000000000001/verslag`);
		const minutes = page.getByTestId('minutes');
		await expect(minutes.getByRole('heading', { level: 1 })).toHaveText(
			'Verslag: Stuurgroep Zuid-Limburg, september'
		);
		await expect(minutes).toContainText('Gemeente Heerlen, Gemeente Maastricht, UWV Zuid-Limburg');
		await expect(minutes).toContainText('Gemeente Kerkrade (afwezig)');
		await expect(minutes).toContainText(
			'De partners spreken een meerjarige bijdrage aan de jobcoachpool af.'
		);
		await expect(page.getByTestId('minutes-actions').getByRole('row')).toHaveCount(3);
		// Read-only: no forms at all.
		await expect(page.locator('main form')).toHaveCount(0);
		expect(await seriousAxeViolations(page)).toEqual([]);
		await shot(page, 'vergadering-verslag');
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
		await expect(page.locator('.rnd-region-nav')).toBeHidden();
		await shot(page, 'vergadering-verslag-print');
	});

	test('een gebruiker uit een andere regio komt de vergaderzaal niet in (403)', async ({ page }) => {
		await signIn(page, 'editor@tilburg.example');
		const response = await page.goto(ROOM);
		expect(response?.status()).toBe(403);
		const minutes = await page.goto(`${ROOM}/verslag`);
		expect(minutes?.status()).toBe(403);
	});

	test('alleen de coördinator kan besluiten vastleggen', async ({ page }) => {
		await signIn(page, 'editor@maastricht.example');
		await page.goto(ROOM);
		await expect(page.getByRole('button', { name: 'Besluit opslaan' })).toHaveCount(0);
		await expect(page.getByRole('heading', { name: 'Nieuwe vergadering' })).toHaveCount(0);
		const response = await page.request.post(`${ROOM}?/decision`, {
			form: { agendaItemId: 'd7100000-0000-4000-8000-000000000011', body: 'Besluit van de invoerder' },
			headers: { origin: new URL(page.url()).origin, 'x-sveltekit-action': 'true' }
		});
		expect(response.status()).toBe(403);
		await page.reload();
		await expect(page.getByText('Besluit van de invoerder')).toHaveCount(0);
	});
});
