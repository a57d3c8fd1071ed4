import { mkdirSync } from 'node:fs';
import { test, expect, signIn, seriousAxeViolations } from './fixtures';

const BASE = '/regio/zuid-limburg/netwerk';

test.describe('netwerk', () => {
	test('de netwerkkaart toont de partners, de trekker en per partner de cijfers; ook als tabel', async ({ page }) => {
		await signIn(page, 'editor@maastricht.example');
		await page.goto(BASE);
		await expect(page.getByRole('heading', { level: 1, name: 'Netwerk Zuid-Limburg' })).toBeVisible();
		const graph = page.getByTestId('network-graph');
		await expect(graph).toHaveAttribute('data-state', 'ready');
		const heerlen = graph.locator('[role="button"][aria-label^="Gemeente Heerlen"]');
		await expect(heerlen).toHaveAttribute('aria-label', /trekker/);
		await heerlen.focus();
		await page.keyboard.press('Enter');
		const details = page.getByTestId('partner-details');
		await expect(details.getByRole('heading', { name: 'Gemeente Heerlen' })).toBeVisible();
		await expect(details).toContainText('Betweenness-centraliteit');
		await expect(page.getByTestId('network-table').getByRole('row')).toHaveCount(24);
		expect(await seriousAxeViolations(page)).toEqual([]);
		mkdirSync('test-results/screenshots', { recursive: true });
		await page.screenshot({ path: 'test-results/screenshots/netwerk.png', fullPage: true });
	});

	test('de gezondheidscheck scoort de drie factoren, met aanbevelingen en "nog geen gegevens"', async ({ page }) => {
		await signIn(page, 'viewer@uwv.example');
		await page.goto(`${BASE}/gezondheid`);
		await expect(page.getByRole('heading', { level: 1, name: 'Gezondheidscheck van het netwerk' })).toBeVisible();
		await expect(page.getByTestId('indicator-one_toezichthouder')).toContainText('nog geen gegevens');
		await expect(page.getByTestId('indicator-lead_organisation')).toHaveAttribute('data-status', 'good');
		expect(await seriousAxeViolations(page)).toEqual([]);
		await page.screenshot({ path: 'test-results/screenshots/netwerk-gezondheid.png', fullPage: true });
	});
});
