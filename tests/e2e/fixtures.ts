import { test as base, expect, type Browser, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { createClient } from '@supabase/supabase-js';
import WebSocket from 'ws';

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

/** Signs in and opens `path`, whose main heading is `heading`. */
export async function openAs(page: Page, email: string, path: string, heading: string): Promise<void> {
	await signIn(page, email);
	await page.goto(path);
	await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** The quarter of today, as the pages take it by default. */
export function currentQuarter(): { year: number; quarter: number } {
	const now = new Date();
	return { year: now.getFullYear(), quarter: Math.floor(now.getMonth() / 3) + 1 };
}

/** Serious and critical WCAG 2.1 A/AA violations on the current page. */
export async function seriousAxeViolations(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	return results.violations
		.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
		.map((violation) => ({
			id: violation.id,
			impact: violation.impact,
			targets: violation.nodes.map((node) => node.target.join(' '))
		}));
}

/** The stack's service key, for what the demo seed lacks or a change made "elsewhere" (from the global setup). */
export const serviceClient = () =>
	createClient(process.env.E2E_API_URL!, process.env.E2E_SERVICE_ROLE_KEY!, {
		auth: { persistSession: false, autoRefreshToken: false },
		realtime: { transport: WebSocket as never }
	});

export const test = base;
export { expect };
