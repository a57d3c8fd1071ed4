import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { createForwardingSecret } from '../../supabase/local/keys.ts';
import { startStack, type RunningStack } from '../../supabase/local/stack.ts';
import { freePort, startApp, type RunningApp } from './app-server';
import type { Browser, Page } from '@playwright/test';
import { test, expect, signIn, axeViolations, DEMO_PASSWORD } from './fixtures';

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

// Attack finding A of phase 5: the app signs in on the server, so Auth saw one address (the app server's) for
// everyone, and 35 wrong passwords from someone without an account locked every user out. The shared e2e stack
// runs without limits; this block starts the gateway once more on the same database, with config.toml's
// [auth.rate_limit] and AUTH_FORWARDING_SECRET, and the production build in front of it. That app takes the
// browser's address from X-Forwarded-For (adapter-node's ADDRESS_HEADER, as behind a reverse proxy), so the
// test can be two people on two addresses.
test.describe('te veel inlogpogingen', () => {
	let stack: RunningStack;
	let app: RunningApp;
	const attacker = '203.0.113.7';
	const colleague = '198.51.100.20';

	test.beforeAll(async () => {
		test.setTimeout(90_000);
		const authForwardingSecret = createForwardingSecret();
		const logFile = path.resolve('test-results/e2e-limited-stack.log');
		stack = await startStack({
			port: 0,
			databaseUrl: process.env.E2E_DB_URL,
			authForwardingSecret,
			log: (message) => appendFileSync(logFile, `${new Date().toISOString()} ${message}\n`)
		});
		app = await startApp({
			port: await freePort(),
			apiUrl: stack.apiUrl,
			anonKey: stack.anonKey,
			authForwardingSecret,
			env: { ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' }
		});
	});
	test.afterAll(async () => {
		app?.stop();
		await stack?.stop();
	});

	/** One sign-in through the /login form action, as a browser without JavaScript on `address`; the status. */
	async function postLogin(address: string, email: string, password: string): Promise<number> {
		const response = await fetch(`${app.url}/login`, {
			method: 'POST',
			headers: { origin: app.url, accept: 'text/html', 'x-forwarded-for': address },
			body: new URLSearchParams({ email, password, redirectTo: '/regio' }),
			redirect: 'manual'
		});
		await response.arrayBuffer();
		return response.status;
	}

	/** The coordinator submits the sign-in form with the right password in a browser on `address`. */
	async function coordinatorSignsInFrom(browser: Browser, address: string): Promise<Page> {
		const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': address } });
		const page = await context.newPage();
		await page.goto(`${app.url}/login`);
		await page.getByLabel('E-mailadres').fill('coordinator@heerlen.example');
		await page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
		await page.getByRole('button', { name: 'Inloggen' }).click();
		return page;
	}
	test('wie te vaak een fout wachtwoord stuurt, sluit alleen zichzelf buiten en hoort wanneer het weer kan', async ({
		browser
	}) => {
		test.setTimeout(120_000);
		// Someone without an account tries passwords until the app answers 429 (after the burst of 30).
		const statuses: number[] = [];
		while (statuses.at(-1) !== 429 && statuses.length < 45) {
			statuses.push(await postLogin(attacker, 'niemand@example.invalid', 'fout'));
		}
		expect(statuses.at(-1)).toBe(429);
		expect(statuses.filter((status) => status === 400).length).toBeGreaterThanOrEqual(30);
		// ...and keeps going, so the bucket stays empty while the test looks.
		let attacking = true;
		const attack = (async () => {
			while (attacking) {
				await postLogin(attacker, 'niemand@example.invalid', 'fout');
				await new Promise((resolve) => setTimeout(resolve, 200));
			}
		})();

		try {
			// The coordinator on the attacker's connection, with the right password: told why, and when to retry.
			const shared = await coordinatorSignsInFrom(browser, attacker);
			await expect(shared.getByRole('alert')).toHaveText(
				/^Te veel pogingen om in te loggen vanaf uw verbinding\. Probeer het over \d+ seconden? opnieuw\.$/
			);
			await expect(shared).toHaveURL(/\/login/);
			expect(await axeViolations(shared)).toEqual([]);
			await shared.context().close();

			// A colleague on another connection signs in as usual, while the attack goes on.
			const other = await coordinatorSignsInFrom(browser, colleague);
			await expect(other).not.toHaveURL(/\/login/);
			await expect(
				other.getByText('Ingelogd als coordinator@heerlen.example').filter({ visible: true })
			).toBeVisible();
			await other.context().close();
		} finally {
			attacking = false;
			await attack;
		}
	});
});
