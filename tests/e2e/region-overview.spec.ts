import {
	test,
	expect,
	signIn,
	axeViolations,
	signedInPages,
	editorAndCoordinator,
	addCommitment,
	addProgramme
} from './fixtures';

const MAASTRICHT = 'b0000000-0000-4000-8000-000000000002';

test.describe('regio-overzicht', () => {
	test('na inloggen landt de gebruiker op de eigen regio, met partners per soort en de eigen organisatie gemarkeerd', async ({
		page
	}) => {
		await signIn(page, 'editor@maastricht.example');
		await expect(page).toHaveURL(/\/regio\/zuid-limburg$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Zuid-Limburg' })).toBeVisible();
		await expect(page.getByText('Trekker: Gemeente Heerlen')).toBeVisible();
		// The figures lead; the partner counts are a line of facts, the partner list is folded away below.
		await expect(page.getByTestId('region-facts')).toHaveText('23 actieve partners, waarvan 16 gemeenten');
		const figures = page.getByRole('region', { name: 'Stand van zaken' });
		await expect(figures.getByTestId('tile-baanafspraken')).toContainText('banen');
		await expect(figures.getByTestId('tile-goals')).toBeVisible();
		const figuresTop = (await figures.boundingBox())!.y;
		const partners = page.getByRole('region', { name: 'Partners' });
		expect((await partners.boundingBox())!.y).toBeGreaterThan(figuresTop);
		await expect(page.getByRole('heading', { name: /Gemeenten \(15\)/ })).toBeHidden();
		await partners.getByText('Alle partners per soort').click();
		await expect(page.getByRole('heading', { name: /Gemeenten \(15\)/ })).toBeVisible();
		const mine = page.getByTestId(`partner-${MAASTRICHT}`);
		await expect(mine).toContainText('uw organisatie');
		// Each module has a tile with its own figures and a way in.
		await expect(page.getByTestId('tile-network')).toContainText(/\d+ %/);
		await expect(page.getByTestId('tile-network')).toContainText('4 partners zonder contact');
		await expect(page.getByTestId('tile-network').getByRole('link')).toHaveAttribute(
			'href',
			'/regio/zuid-limburg/netwerk'
		);
		await expect(page.getByTestId('live-status')).toHaveAttribute('data-state', 'connected');
		expect(await axeViolations(page)).toEqual([]);
	});

	test('een wijziging van Maastricht verschijnt live bij de coördinator, niet bij Tilburg', async ({
		browser
	}) => {
		const {
			pages: [editor, coordinator, tilburg],
			close
		} = await signedInPages(browser, [
			'editor@maastricht.example',
			'coordinator@heerlen.example',
			'editor@tilburg.example'
		]);
		await expect(coordinator.getByTestId('live-status')).toHaveAttribute('data-state', 'connected');
		await expect(tilburg.getByTestId('live-status')).toHaveAttribute('data-state', 'connected');
		const contactName = `Team Werk ${Date.now()}`;

		await editor.goto(`/regio/zuid-limburg/partners/${MAASTRICHT}`);
		await editor.getByLabel('Contactpersoon').fill(contactName);
		await editor.getByRole('button', { name: 'Opslaan' }).click();
		await expect(editor.getByTestId('form-message')).toHaveText('De gegevens zijn opgeslagen.');

		// No reload on the coordinator's page: the change arrives over Realtime.
		const feed = coordinator.getByTestId('activity-feed');
		await expect(feed).toContainText('Gemeente Maastricht gewijzigd (contactpersoon)');
		await expect(coordinator.getByTestId(`partner-${MAASTRICHT}`).getByTestId('last-update')).toContainText(
			'vandaag'
		);

		await tilburg.waitForTimeout(1500);
		await expect(tilburg.getByRole('heading', { level: 1, name: 'Midden-Brabant' })).toBeVisible();
		await expect(tilburg.getByTestId('activity-feed')).not.toContainText('Maastricht');
		await close();
	});

	test('de budgettegel op het overzicht werkt live bij als Maastricht een afspraak toevoegt', async ({
		browser
	}) => {
		const { editor, coordinator, close } = await editorAndCoordinator(browser);
		const name = await addProgramme(coordinator, 'Overzichtsfonds');

		await coordinator.goto('/regio/zuid-limburg');
		await expect(coordinator.getByTestId('live-status')).toHaveAttribute('data-state', 'connected');
		const tile = coordinator.getByTestId('tile-budget');
		await expect(tile).toContainText(`Budgetten toegezegd in ${new Date().getFullYear()}`);
		const before = await tile.getByTestId('budget-exact').textContent();
		expect(before).toMatch(/^Precies € [\d.]+$/);

		await addCommitment(editor, {
			partner: MAASTRICHT,
			year: new Date().getFullYear(),
			programme: name,
			amount: '250.000'
		});

		const expected = Number((before ?? '').replace(/[^\d]/g, '')) + 250_000;
		await expect(tile.getByTestId('budget-exact')).toHaveText(
			`Precies € ${new Intl.NumberFormat('nl-NL').format(expected)}`
		);
		await close();
	});

	test('een regio van een ander geeft 403, een onbekende regio 404', async ({ page }) => {
		await signIn(page, 'editor@tilburg.example');
		const forbidden = await page.goto('/regio/zuid-limburg');
		expect(forbidden?.status()).toBe(403);
		await expect(page.getByRole('heading', { name: 'Geen toegang' })).toBeVisible();
		const missing = await page.goto('/regio/bestaat-niet');
		expect(missing?.status()).toBe(404);
		await expect(page.getByRole('heading', { name: 'Pagina niet gevonden' })).toBeVisible();
	});

	test('twee invoerders die tegelijk opslaan: de tweede krijgt een conflictmelding met de nieuwe waarde', async ({
		browser
	}) => {
		const { editor: first, coordinator: second, close } = await editorAndCoordinator(browser);
		for (const page of [first, second]) await page.goto(`/regio/zuid-limburg/partners/${MAASTRICHT}`);

		await first.getByLabel('Contactpersoon').fill('Eerste versie');
		await first.getByRole('button', { name: 'Opslaan' }).click();
		await expect(first.getByTestId('form-message')).toHaveText('De gegevens zijn opgeslagen.');

		await second.getByLabel('Contactpersoon').fill('Tweede versie');
		await second.getByRole('button', { name: 'Opslaan' }).click();
		await expect(second.getByTestId('form-message')).toContainText(
			'Iemand anders heeft deze gegevens intussen gewijzigd'
		);
		await expect(second.getByLabel('Contactpersoon')).toHaveValue('Eerste versie');
		await close();
	});

	test('een regio met weinig gegevens: lege toestanden zeggen wat ontbreekt en wie het invult, nergens € 0', async ({
		page
	}) => {
		await signIn(page, 'editor@tilburg.example');
		await expect(page).toHaveURL(/\/regio\/midden-brabant$/);
		await expect(page.getByTestId('region-facts')).toHaveText('14 actieve partners, waarvan 9 gemeenten');
		const empty: [string, string, string][] = [
			['tile-baanafspraken', 'Nog geen peildatum', 'sluit zijn kwartaal af'],
			['tile-budget', 'Nog geen budgetten toegezegd voor', 'De coördinator legt eerst de programma’s vast'],
			['tile-goals', 'Nog geen gezamenlijke doelen.', 'Een partner stelt een doel voor'],
			[
				'tile-network',
				'Nog geen contacten tussen partners vastgelegd.',
				'Partners leggen hun overleggen vast'
			]
		];
		for (const [tile, what, who] of empty) {
			await expect(page.getByTestId(`${tile}-empty`)).toContainText(what);
			await expect(page.getByTestId(tile)).toContainText(who);
		}
		const figures = page.getByRole('region', { name: 'Stand van zaken' });
		await expect(figures).not.toContainText('€ 0');
		await expect(figures).not.toContainText(/(^|\s)0(\s|$)/);
		expect(await axeViolations(page)).toEqual([]);

		// The budget page says the same: "nog geen", no table of partners that all have nothing.
		await page.goto('/regio/midden-brabant/budgetten');
		await expect(page.getByTestId('kpi-committed')).toContainText('nog geen');
		await expect(page.getByTestId('kpi-committed')).not.toContainText('€ 0');
		await expect(page.getByTestId('budget-empty')).toContainText('Nog geen budgetafspraken in');
		await expect(page.getByRole('table')).toHaveCount(0);
		expect(await axeViolations(page)).toEqual([]);

		// The network without contacts: "nog geen" instead of 0 % and a table of zeros per partner.
		await page.goto('/regio/midden-brabant/netwerk');
		await expect(page.getByTestId('kpi-density')).toContainText('nog geen');
		await expect(page.getByTestId('network-empty')).toContainText('nog geen contacten tussen partners');
		await expect(page.getByTestId('network-table')).toHaveCount(0);
		expect(await axeViolations(page)).toEqual([]);
	});

	test('screenshots van het overzicht op desktop en telefoon', async ({ browser }) => {
		for (const viewport of [
			{ width: 1280, height: 800, name: 'desktop' },
			{ width: 390, height: 844, name: 'telefoon' }
		]) {
			const context = await browser.newContext({ viewport });
			const page = await context.newPage();
			await signIn(page, 'coordinator@heerlen.example');
			await expect(page.getByTestId('live-status')).toHaveAttribute('data-state', 'connected');
			await page.screenshot({
				path: `test-results/screenshots/regio-overzicht-${viewport.name}.png`,
				fullPage: true
			});
			expect(await axeViolations(page)).toEqual([]);
			await context.close();
		}
	});
});
