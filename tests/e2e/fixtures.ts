import { test as base, expect, type Browser, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { createClient } from '@supabase/supabase-js';
import WebSocket from 'ws';
import { E2E_APP_PORT } from './browser';

export const DEMO_PASSWORD = 'Demo-2026!';

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
	await page.goto('/login');
	await page.getByLabel('E-mailadres').fill(email);
	await page.getByLabel('Wachtwoord').fill(password);
	await page.getByRole('button', { name: 'Inloggen' }).click();
	await expect(page).not.toHaveURL(/\/login/);
}

/** Each user in a browser context of its own, signed in (in order); `close()` ends the contexts. */
export async function signedInPages(
	browser: Browser,
	emails: string[]
): Promise<{ pages: Page[]; close: () => Promise<void> }> {
	const contexts = await Promise.all(emails.map(() => browser.newContext()));
	const pages = await Promise.all(contexts.map((context) => context.newPage()));
	for (const [index, page] of pages.entries()) await signIn(page, emails[index]);
	return {
		pages,
		close: async () => {
			await Promise.all(contexts.map((context) => context.close()));
		}
	};
}

/** The editor of Maastricht and the coordinator (Heerlen), each signed in in a browser context of its own. */
export async function editorAndCoordinator(browser: Browser) {
	const { pages, close } = await signedInPages(browser, [
		'editor@maastricht.example',
		'coordinator@heerlen.example'
	]);
	return { editor: pages[0], coordinator: pages[1], close };
}

/** Signs in and opens `path`, whose main heading is `heading`. */
export async function openAs(page: Page, email: string, path: string, heading: string): Promise<void> {
	await signIn(page, email);
	await page.goto(path);
	await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

// ---------------------------------------------------------------------------------------------------
// Budget steps several specs take, as a user takes them

const BUDGETS = '/regio/zuid-limburg/budgetten';

/** The coordinator adds a programme to Zuid-Limburg's budgets, named `label` and a unique number; its name. */
export async function addProgramme(coordinator: Page, label: string): Promise<string> {
	const name = `${label} ${Date.now()}`;
	await coordinator.goto(`${BUDGETS}/programmas`);
	await coordinator.getByRole('textbox', { name: 'Naam' }).fill(name);
	await coordinator.getByRole('button', { name: 'Programma toevoegen' }).click();
	await expect(coordinator.getByTestId('form-message')).toHaveText(`${name} is toegevoegd.`);
	return name;
}

/** An editor commits a partner to a programme for a year on the entry form; done when the page says so. */
export async function addCommitment(
	editor: Page,
	line: { partner: string; year: number; programme: string; amount: string; hours?: string; through?: string }
): Promise<void> {
	await editor.goto(`${BUDGETS}/invoer?partner=${line.partner}&jaar=${line.year}`);
	const form = editor.getByTestId('commitment-form-add');
	await form.getByLabel('Programma').selectOption({ label: line.programme });
	await form.getByLabel('Toegezegd bedrag (euro)').fill(line.amount);
	if (line.hours) await form.getByLabel('Toegezegde personele inzet in uren (optioneel)').fill(line.hours);
	if (line.through) await form.getByLabel('Toegezegd t/m (meerjarige afspraak)').selectOption(line.through);
	await form.getByRole('button', { name: 'Toevoegen' }).click();
	await expect(editor.getByTestId('form-message')).toHaveText('De afspraak is toegevoegd.');
}

/** The quarter of today, as the pages take it by default. */
export function currentQuarter(): { year: number; quarter: number } {
	const now = new Date();
	return { year: now.getFullYear(), quarter: Math.floor(now.getMonth() / 3) + 1 };
}

/**
 * The accessibility check of every e2e test (issue 16, item 8): axe-core with the WCAG 2.1 A/AA rules and axe's
 * best practices, failing on critical, serious and moderate findings. That includes `scrollable-region-focusable`
 * (a table that scrolls sideways must be reachable by keyboard) and `landmark-unique` (two navigations or
 * regions with the same name). Minor findings are not counted. Returns one line per rule with the elements.
 */
export async function axeViolations(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
		.analyze();
	return results.violations
		.filter((violation) => AXE_IMPACTS.includes(violation.impact ?? ''))
		.map((violation) => ({
			id: violation.id,
			impact: violation.impact,
			targets: violation.nodes.map((node) => node.target.join(' '))
		}));
}
const AXE_IMPACTS = ['critical', 'serious', 'moderate'];

/** Viewports the screens are checked at: desktop, the projector (with projector mode) and phones. */
export const VIEWPORTS = {
	desktop: { width: 1440, height: 900 },
	projector: { width: 1920, height: 1080 },
	phone: { width: 390, height: 844 },
	narrowPhone: { width: 360, height: 780 }
} as const;

/** Projector mode is the header's switch, remembered in a cookie; tests set the cookie directly. */
export async function useProjectorMode(page: Page, on = true): Promise<void> {
	await page
		.context()
		.addCookies([{ name: 'rnd_large_text', value: on ? '1' : '0', url: `http://127.0.0.1:${E2E_APP_PORT}` }]);
}

/** How much wider than the window the page is (0 when nothing scrolls sideways). */
export function horizontalOverflow(page: Page): Promise<number> {
	return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** The stack's service key, for what the demo seed lacks or a change made "elsewhere" (from the global setup). */
export const serviceClient = () =>
	createClient(process.env.E2E_API_URL!, process.env.E2E_SERVICE_ROLE_KEY!, {
		auth: { persistSession: false, autoRefreshToken: false },
		realtime: { transport: WebSocket as never }
	});

export const test = base;
export { expect };
