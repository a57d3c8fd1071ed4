import { test, expect, signIn, axeViolations } from './fixtures';

test('het profiel: weergavenaam en taal aanpassen, en terug naar Nederlands', async ({ page }) => {
	await signIn(page, 'viewer@uwv.example');
	await page.goto('/profiel');
	await expect(page.getByRole('heading', { level: 1, name: 'Uw profiel' })).toBeVisible();
	expect(await axeViolations(page)).toEqual([]);

	await page.getByLabel('Weergavenaam').fill('');
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByText('Vul een weergavenaam in.')).toBeVisible();

	await page.getByLabel('Weergavenaam').fill('Adviseur Werkgeversdienstverlening');
	await page.getByLabel('English').check();
	await page.getByRole('button', { name: 'Opslaan' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Your profile' })).toBeVisible();
	await expect(page.getByText('Your profile has been saved.')).toBeVisible();
	await expect(page.getByLabel('Display name')).toHaveValue('Adviseur Werkgeversdienstverlening');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');

	await page.getByLabel('Nederlands').check();
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Uw profiel' })).toBeVisible();
});
