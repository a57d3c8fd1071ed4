import { test, expect, signIn, axeViolations } from './fixtures';

test.describe('inloggen en uitloggen', () => {
	test('de startpagina toont de app en dat de backend bereikbaar is', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1, name: 'Regionaal Netwerk Dashboard' })).toBeVisible();
		await expect(page.getByTestId('status-database')).toContainText('bereikbaar');
		await expect(page.getByTestId('status-database')).not.toContainText('niet bereikbaar');
		await expect(page.getByTestId('status-auth')).not.toContainText('niet bereikbaar');
		expect(await axeViolations(page)).toEqual([]);
	});

	test('een verkeerd wachtwoord geeft een duidelijke melding bij het veld', async ({ page }) => {
		await page.goto('/login');
		await page.getByLabel('E-mailadres').fill('coordinator@heerlen.example');
		await page.getByLabel('Wachtwoord').fill('fout-wachtwoord');
		await page.getByRole('button', { name: 'Inloggen' }).click();
		await expect(page.getByText('Het e-mailadres of wachtwoord klopt niet.')).toBeVisible();
		await expect(page).toHaveURL(/\/login/);
		expect(await axeViolations(page)).toEqual([]);
	});

	test('lege velden worden geweigerd zonder naar de server te gaan', async ({ page }) => {
		await page.goto('/login');
		await page.getByRole('button', { name: 'Inloggen' }).click();
		await expect(page.getByText('Vul uw e-mailadres in.')).toBeVisible();
		await expect(page.getByText('Vul uw wachtwoord in.')).toBeVisible();
	});

	test('de demogebruiker logt in, blijft ingelogd na herladen en logt uit', async ({ page }) => {
		await signIn(page, 'coordinator@heerlen.example');
		await expect(
			page.getByText('Ingelogd als coordinator@heerlen.example').filter({ visible: true })
		).toBeVisible();
		await page.reload();
		await expect(
			page.getByText('Ingelogd als coordinator@heerlen.example').filter({ visible: true })
		).toBeVisible();
		await page.getByRole('button', { name: 'Uitloggen' }).click();
		await expect(page).toHaveURL(/\/login/);
		await expect(page.getByText('U bent uitgelogd.')).toBeVisible();
		await page.goto('/');
		await expect(page.getByRole('link', { name: 'Inloggen' }).first()).toBeVisible();
	});

	test('inloggen werkt ook zonder JavaScript', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await signIn(page, 'coordinator@heerlen.example');
		await expect(
			page.getByText('Ingelogd als coordinator@heerlen.example').filter({ visible: true })
		).toBeVisible();
		await context.close();
	});

	test('een onbekende pagina geeft een nette 404', async ({ page }) => {
		const response = await page.goto('/bestaat-niet');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { name: 'Pagina niet gevonden' })).toBeVisible();
	});
});
