import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, signIn, axeViolations, openAs } from './fixtures';

const BASE = '/regio/zuid-limburg/doelen';
const TILBURG = 'b0000000-0000-4000-8000-000000000004';
const UWV = 'b0000000-0000-4000-8000-000000000003';
const HEERLEN = 'b0000000-0000-4000-8000-000000000001';

function shot(name: string) {
	mkdirSync('test-results/screenshots', { recursive: true });
	return { path: `test-results/screenshots/${name}.png`, fullPage: true };
}

/** Consents for a gemeente on an ambtelijk mandate (issue 15: every consent says on what mandate). */
async function consent(page: Page, partner: string, actingAs: string) {
	const panel = page.getByTestId('consent-panel');
	await panel.getByRole('radio', { name: /^Ambtelijk/ }).check();
	await panel.getByLabel('Functie of namens wie').fill(actingAs);
	await panel.getByRole('button', { name: `Instemmen namens ${partner}` }).click();
}

test.describe('gezamenlijke doelen', () => {
	test('het overzicht toont de visie, het aantal doelen per status en de doelen als kaarten, te filteren op partner', async ({
		page
	}) => {
		await openAs(page, 'editor@maastricht.example', BASE, 'Doelen Zuid-Limburg');
		await expect(page.getByTestId('vision')).toContainText('In Zuid-Limburg kan iedereen die kan werken');
		await expect(page.getByTestId('vision-count')).toContainText(
			/\d+ van \d+ partners onderschrijven deze visie/
		);
		await expect(page.getByTestId('goal-counts').locator('[data-status="vastgesteld"]')).toContainText('2');
		await expect(page.getByTestId('goal-counts').locator('[data-status="concept"]')).toContainText('1');
		const behind = page.getByRole('article', {
			name: 'Meer mensen uit het doelgroepregister duurzaam aan het werk'
		});
		await expect(behind.getByTestId('goal-standing')).toHaveAttribute('data-standing', 'achter');
		const linked = page.getByRole('article', { name: 'Banen in de markt via de baanafspraken' });
		await expect(linked.getByTestId('goal-standing')).toHaveAttribute('data-standing', 'op-koers');
		await expect(page.getByTestId('live-status')).toHaveAttribute('data-state', 'connected');
		expect(await axeViolations(page)).toEqual([]);
		await page.screenshot(shot('doelen'));
		await page.setViewportSize({ width: 390, height: 844 });
		expect(await axeViolations(page)).toEqual([]);
		await page.screenshot(shot('doelen-telefoon'));
		await page.setViewportSize({ width: 1280, height: 800 });

		// Filter on UWV: only the goal UWV contributes to.
		await page.getByLabel('Bijdragende partner').selectOption(UWV);
		await page.getByRole('button', { name: 'Toon' }).click();
		await expect(page).toHaveURL(new RegExp(`partner=${UWV}`));
		await expect(page.getByTestId('goal-card')).toHaveCount(1);

		// The agreed goal's page: progress against the milestones with a forecast, the same figures as a table.
		await behind.getByRole('link').click();
		await expect(page.getByRole('img', { name: /Lijndiagram van Meer mensen/ })).toBeVisible();
		await expect(page.locator('canvas')).toHaveAttribute('width', /\d+/);
		await expect(page.getByTestId('goal-forecast')).toContainText('Prognose');
		await expect(
			page.getByTestId('goal-progress-table').getByRole('columnheader', { name: 'Prognose' })
		).toBeVisible();
		// Each consent says on what mandate it was given (issue 15); Maastricht's is the college's decision.
		await expect(page.getByTestId('goal-history')).toContainText(
			/Ingestemd door Gemeente Maastricht — bestuurlijk .+, vastgelegd door Beleidsmedewerker Maastricht \(Gemeente Maastricht\) op/
		);
		expect(await axeViolations(page)).toEqual([]);
		await page.screenshot(shot('doel-voortgang'));
		await page.evaluate(() => document.body.classList.add('rnd-large'));
		await page.screenshot({ path: 'test-results/screenshots/doel-voortgang-projector.png' });
	});

	test('slechte invoer wordt geweigerd met een duidelijke melding en er wordt niets opgeslagen', async ({
		page
	}) => {
		await signIn(page, 'coordinator@heerlen.example');
		await page.goto(`${BASE}/nieuw`);
		const title = `Testdoel fout ${Date.now()}`;
		await page.getByLabel('Titel').fill('');
		await page.getByLabel('Indicator', { exact: true }).fill('Plaatsingen');
		await page.getByLabel('Eenheid', { exact: true }).fill('personen');
		await page.getByLabel('Nulmeting: waarde').fill('10');
		await page.getByLabel('Nulmeting: datum').fill('2026-01-01');
		await page.getByLabel('Streefwaarde', { exact: true }).fill('100');
		await page.getByLabel('Streefdatum', { exact: true }).fill('2025-12-31');
		await page.getByLabel('Toezichthouder').selectOption(UWV);
		await page.getByLabel('Gemeente Heerlen', { exact: true }).check();
		await page.getByRole('button', { name: 'Concept opslaan' }).click();
		await expect(page.getByTestId('form-message')).toHaveText(
			'Het doel is niet opgeslagen. Verbeter de gemarkeerde velden.'
		);
		await expect(page.getByText('Geef het doel een titel.')).toBeVisible();
		await expect(page.getByText('De streefdatum moet na de datum van de nulmeting liggen.')).toBeVisible();
		await expect(page).toHaveURL(/\/doelen\/nieuw$/);

		// Milestones out of order.
		await page.getByLabel('Titel').fill(title);
		await page.getByLabel('Streefdatum', { exact: true }).fill('2027-12-31');
		await page.getByLabel('Tussendoel 1: datum').fill('2026-12-31');
		await page.getByLabel('Tussendoel 1: waarde').fill('60');
		await page.getByLabel('Tussendoel 2: datum').fill('2026-06-30');
		await page.getByLabel('Tussendoel 2: waarde').fill('40');
		await page.getByRole('button', { name: 'Concept opslaan' }).click();
		await expect(page.getByText('De tussendoelen staan niet op volgorde van datum.')).toBeVisible();
		await expect(page.getByLabel('Tussendoel 2: datum')).toHaveAttribute('aria-invalid', 'true');
		expect(await axeViolations(page)).toEqual([]);
		await page.screenshot(shot('doel-nieuw-fouten'));

		// A toezichthouder from another region is not in the list; a forged post is refused by the database.
		await expect(page.getByLabel('Toezichthouder').locator(`option[value="${TILBURG}"]`)).toHaveCount(0);
		const forged = await page.request.post(`${BASE}/nieuw`, {
			// As a browser without JavaScript posts it: the answer is the page with the message.
			headers: { origin: new URL(page.url()).origin, accept: 'text/html' },
			maxRedirects: 0,
			form: {
				title,
				description: '',
				indicator: 'Plaatsingen',
				unit: 'personen',
				source: 'handmatig',
				baselineValue: '10',
				baselineDate: '2026-01-01',
				targetValue: '100',
				targetDate: '2027-12-31',
				toezichthouderId: TILBURG,
				contributor: HEERLEN
			}
		});
		const body = await forged.text();
		expect(forged.status()).toBe(400);
		expect(body).toContain('De toezichthouder moet een partner van deze regio zijn.');

		await page.goto(BASE);
		await expect(page.getByText(title)).toHaveCount(0);

		// A concept can be deleted again by the coordinator.
		await page.goto(`${BASE}/nieuw`);
		await page.getByLabel('Titel').fill(`${title} concept`);
		await page.getByLabel('Indicator', { exact: true }).fill('Plaatsingen');
		await page.getByLabel('Eenheid', { exact: true }).fill('personen');
		await page.getByLabel('Nulmeting: waarde').fill('0');
		await page.getByLabel('Nulmeting: datum').fill('2026-01-01');
		await page.getByLabel('Streefwaarde', { exact: true }).fill('10');
		await page.getByLabel('Streefdatum', { exact: true }).fill('2026-12-31');
		await page.getByLabel('Toezichthouder').selectOption(UWV);
		await page.getByLabel('Gemeente Heerlen', { exact: true }).check();
		await page.getByRole('button', { name: 'Concept opslaan' }).click();
		await expect(page.getByTestId('goal-status')).toHaveText('Concept');
		await page.getByRole('button', { name: 'Concept verwijderen' }).click();
		await expect(page).toHaveURL(new RegExp(`${BASE}$`));
		await expect(page.getByText(`${title} concept`)).toHaveCount(0);
	});

	test('een doel van concept tot vastgesteld met twee partners in twee browsers, dan een wijzigingsvoorstel en de geschiedenis', async ({
		browser
	}) => {
		// Many steps in two browsers on a shared machine: more time than the default 30 s.
		test.setTimeout(90_000);
		const [coordinatorContext, editorContext] = await Promise.all([
			browser.newContext(),
			browser.newContext()
		]);
		const coordinator = await coordinatorContext.newPage();
		const editor = await editorContext.newPage();
		await signIn(coordinator, 'coordinator@heerlen.example');
		await signIn(editor, 'editor@maastricht.example');
		const title = `Statushouders aan het werk ${Date.now()}`;

		// The coordinator drafts the goal.
		await coordinator.goto(`${BASE}/nieuw`);
		await coordinator.getByLabel('Titel').fill(title);
		await coordinator
			.getByLabel('Omschrijving')
			.fill('Samen met werkgevers statushouders naar betaald werk begeleiden.');
		await coordinator.getByLabel('Indicator', { exact: true }).fill('Statushouders met betaald werk');
		await coordinator.getByLabel('Eenheid', { exact: true }).fill('personen');
		await coordinator.getByLabel('Nulmeting: waarde').fill('40');
		await coordinator.getByLabel('Nulmeting: datum').fill('2026-01-01');
		await coordinator.getByLabel('Streefwaarde', { exact: true }).fill('200');
		await coordinator.getByLabel('Streefdatum', { exact: true }).fill('2027-12-31');
		await coordinator.getByLabel('Toezichthouder').selectOption(UWV);
		await coordinator.getByLabel('Tussendoel 1: datum').fill('2026-06-30');
		await coordinator.getByLabel('Tussendoel 1: waarde').fill('80');
		await coordinator.getByLabel('Tussendoel 2: datum').fill('2026-12-31');
		await coordinator.getByLabel('Tussendoel 2: waarde').fill('120');
		await coordinator.getByLabel('Gemeente Heerlen', { exact: true }).check();
		await coordinator.getByLabel('Toezegging van Gemeente Heerlen').fill('90');
		await coordinator.getByLabel('Gemeente Maastricht', { exact: true }).check();
		await coordinator.getByLabel('Toezegging van Gemeente Maastricht').fill('Twee jobcoaches');
		await coordinator.getByRole('button', { name: 'Concept opslaan' }).click();
		await expect(coordinator.getByRole('heading', { level: 1, name: title })).toBeVisible();
		await expect(coordinator.getByTestId('goal-status')).toHaveText('Concept');
		const goalUrl = coordinator.url();

		// Proposed: the contributors consent.
		await coordinator.getByRole('button', { name: 'Doel voorstellen' }).click();
		await expect(coordinator.getByTestId('goal-status')).toHaveText('Voorgesteld');
		await expect(coordinator.getByTestId('consent-count')).toHaveText(
			'0 van 2 bijdragende partners hebben ingestemd.'
		);
		await expect(coordinator.getByTestId('live-status')).toHaveAttribute('data-state', 'connected');

		await editor.goto(goalUrl);
		await expect(editor.getByTestId('live-status')).toHaveAttribute('data-state', 'connected');
		// The editor consents only for Maastricht.
		await expect(editor.getByRole('button', { name: /Instemmen namens/ })).toHaveCount(1);
		await consent(editor, 'Gemeente Maastricht', 'beleidsmedewerker Werk');
		await expect(editor.getByTestId('form-message')).toHaveText('Uw instemming is vastgelegd.');

		// Without reload, the coordinator sees Maastricht's consent.
		await expect(coordinator.getByTestId('consent-count')).toHaveText(
			'1 van 2 bijdragende partners hebben ingestemd.'
		);
		await expect(coordinator.getByTestId('consent-panel')).toContainText(
			'ingestemd door Beleidsmedewerker Maastricht (Gemeente Maastricht)'
		);
		await coordinator.screenshot(shot('doel-instemmen'));
		await consent(coordinator, 'Gemeente Heerlen', 'coördinator Werkbedrijf');
		await expect(coordinator.getByTestId('goal-status')).toHaveText('Vastgesteld');
		// ... and the editor sees the goal agreed, without reload.
		await expect(editor.getByTestId('goal-status')).toHaveText('Vastgesteld');

		// A change proposal: the new target applies only after both consent again.
		await coordinator.getByLabel(/Nieuwe streefwaarde/).fill('240');
		await coordinator
			.getByLabel('Reden van de wijziging')
			.fill('Extra middelen uit het regionaal werkbedrijf.');
		await coordinator.getByRole('button', { name: 'Wijziging voorstellen' }).click();
		await expect(coordinator.getByRole('heading', { name: 'Instemmen met de wijziging' })).toBeVisible();
		await expect(coordinator.getByTestId('goal-target')).toContainText('200 personen');
		await expect(editor.getByRole('heading', { name: 'Instemmen met de wijziging' })).toBeVisible();
		await expect(editor.getByTestId('consent-panel')).toContainText('Streefwaarde: 200 → 240');
		await consent(editor, 'Gemeente Maastricht', 'beleidsmedewerker Werk');
		await expect(coordinator.getByTestId('consent-count')).toHaveText(
			'1 van 2 bijdragende partners hebben ingestemd.'
		);
		await consent(coordinator, 'Gemeente Heerlen', 'coördinator Werkbedrijf');
		await expect(coordinator.getByTestId('goal-target')).toContainText('240 personen');
		await expect(editor.getByTestId('goal-target')).toContainText('240 personen');

		// Maastricht enters an actual value; it appears on the coordinator's page without reload.
		await editor.getByLabel('Einde van de periode').fill('2026-03-31');
		await editor.getByLabel('Waarde (personen)').fill('61');
		await editor.getByRole('button', { name: 'Realisatie opslaan' }).click();
		await expect(editor.getByTestId('form-message')).toHaveText('De realisatie is opgeslagen.');
		await expect(
			coordinator.getByTestId('goal-progress-table').getByRole('row', { name: /31 mrt 2026/ })
		).toContainText('61');
		await expect(coordinator.getByTestId('goal-standing')).toHaveAttribute('data-standing', 'op-koers');

		// The history: both versions, who consented to what and when.
		const history = coordinator.getByTestId('goal-history');
		const versions = history.getByTestId('goal-version');
		await expect(versions).toHaveCount(2);
		await expect(versions.nth(0)).toContainText('Versie 2: wijziging');
		await expect(versions.nth(0)).toContainText('aanvaard');
		await expect(versions.nth(0)).toContainText('Streefwaarde: 200 → 240');
		await expect(versions.nth(0)).toContainText('Reden: Extra middelen uit het regionaal werkbedrijf.');
		await expect(versions.nth(0)).toContainText(
			'Ingestemd door Gemeente Maastricht — ambtelijk (beleidsmedewerker Werk), vastgelegd door Beleidsmedewerker Maastricht (Gemeente Maastricht) op'
		);
		await expect(versions.nth(0)).toContainText(
			'Ingestemd door Gemeente Heerlen — ambtelijk (coördinator Werkbedrijf), vastgelegd door Coördinator Heerlen (Gemeente Heerlen) op'
		);
		await expect(versions.nth(1)).toContainText('Versie 1: vaststelling');
		await expect(versions.nth(1)).toContainText('Voorgesteld door Coördinator Heerlen (Gemeente Heerlen)');
		await expect(versions.nth(1).getByRole('listitem')).toHaveCount(2);
		expect(await axeViolations(coordinator)).toEqual([]);
		await coordinator.screenshot(shot('doel-geschiedenis'));

		// The region overview counts the goal.
		await coordinator.goto('/regio/zuid-limburg');
		await expect(coordinator.getByTestId('tile-goals')).toContainText(/[3-9] vastgesteld/);
		await Promise.all([coordinatorContext.close(), editorContext.close()]);
	});
});
