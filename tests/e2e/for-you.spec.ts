// "Voor u" on the region overview (issue 15, item 5): Maastricht sees the consent its partner owes, UWV's editor
// the verdict it gives as toezichthouder, each with a link to where to act; readable at desktop, projector and
// phone; axe clean. The goals are made through the real steps with the demo accounts' JWTs.
import { createClient } from '@supabase/supabase-js';
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { test, expect, signIn, axeViolations, serviceClient, DEMO_PASSWORD } from './fixtures';
import { consentToVersion, createGoal, proposeGoal, type NewGoal } from '../../src/lib/data/goals';
import type { Supabase } from '../../src/lib/data/types';

const REGION = 'a0000000-0000-4000-8000-000000000001';
const HEERLEN = 'b0000000-0000-4000-8000-000000000001';
const MAASTRICHT = 'b0000000-0000-4000-8000-000000000002';
const UWV = 'b0000000-0000-4000-8000-000000000003';
const marker = `Voor-u ${randomUUID().slice(0, 6)}`;
const MANDATE = {
	level: 'ambtelijk' as const,
	actingAs: 'beleidsadviseur Werk',
	decisionReference: null,
	decisionDate: null,
	ratifyBefore: null
};

async function client(email: string): Promise<Supabase> {
	const supabase = createClient(process.env.E2E_API_URL!, process.env.E2E_ANON_KEY!, {
		auth: { persistSession: false, autoRefreshToken: false },
		realtime: { transport: WebSocket as never }
	});
	const { error } = await supabase.auth.signInWithPassword({ email, password: DEMO_PASSWORD });
	if (error) throw new Error(error.message);
	return supabase;
}

function goal(title: string, values: Partial<NewGoal> = {}): NewGoal {
	return {
		title,
		description: null,
		indicator: 'Geplaatste kandidaten',
		unit: 'personen',
		source: 'handmatig',
		sourceSector: null,
		sourceProgrammeId: null,
		baselineValue: 0,
		baselineDate: '2025-01-01',
		targetValue: 50,
		targetDate: '2027-12-31',
		toezichthouderId: UWV,
		milestones: [],
		contributions: [
			{ organisationId: HEERLEN, commitmentValue: 25, commitmentText: null },
			{ organisationId: MAASTRICHT, commitmentValue: 25, commitmentText: null }
		],
		...values
	};
}

test.describe('Voor u', () => {
	let consentGoal = '';
	let verdictGoal = '';

	test.beforeAll(async () => {
		const coordinator = await client('coordinator@heerlen.example');
		const maastricht = await client('editor@maastricht.example');
		const waiting = await createGoal(coordinator, REGION, goal(`${marker} wacht op Maastricht`));
		if (!waiting.ok) throw new Error(waiting.error.message);
		consentGoal = waiting.value;
		const proposed = await proposeGoal(coordinator, consentGoal);
		if (!proposed.ok) throw new Error(proposed.error.message);

		const due = await createGoal(
			coordinator,
			REGION,
			goal(`${marker} oordeel UWV`, { targetDate: '2026-06-30' })
		);
		if (!due.ok) throw new Error(due.error.message);
		verdictGoal = due.value;
		const version = await proposeGoal(coordinator, verdictGoal);
		if (!version.ok) throw new Error(version.error.message);
		for (const [who, org] of [
			[coordinator, HEERLEN],
			[maastricht, MAASTRICHT]
		] as const) {
			const consent = await consentToVersion(who, version.value, org, MANDATE);
			if (!consent.ok) throw new Error(consent.error.message);
		}
	});

	test.afterAll(async () => {
		await serviceClient().from('goals').delete().like('title', `${marker}%`);
	});

	test('Maastricht ziet de instemming die wacht, op desktop, projector en telefoon', async ({ page }) => {
		test.setTimeout(120_000);
		await page.setViewportSize({ width: 1440, height: 900 });
		await signIn(page, 'editor@maastricht.example');
		await page.goto('/regio/zuid-limburg');
		const forYou = page.getByTestId('for-you');
		await expect(forYou.getByRole('heading')).toBeVisible();
		const consent = forYou.locator('li[data-kind="consent"]', { hasText: `${marker} wacht op Maastricht` });
		await expect(consent).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
		await page.screenshot({ path: 'test-results/screenshots/for-you-desktop.png', fullPage: true });

		await page.setViewportSize({ width: 1920, height: 1080 });
		await page.getByRole('button', { name: 'Projectorweergave' }).click();
		await expect(consent).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
		await page.screenshot({ path: 'test-results/screenshots/for-you-projector.png', fullPage: true });
		await page.getByRole('button', { name: 'Projectorweergave' }).click();

		await page.setViewportSize({ width: 390, height: 844 });
		await expect(consent).toBeVisible();
		expect(await axeViolations(page)).toEqual([]);
		await page.screenshot({ path: 'test-results/screenshots/for-you-phone.png', fullPage: true });

		await consent.getByRole('link').click();
		await expect(page).toHaveURL(new RegExp(`/doelen/${consentGoal}`));
		await expect(page.locator('#consent-heading')).toBeVisible();
	});

	test('UWV als toezichthouder ziet het oordeel dat het geeft; de UWV-kijker niet', async ({ browser }) => {
		test.setTimeout(120_000);
		const editor = await (await browser.newContext()).newPage();
		await signIn(editor, 'editor@uwv.example');
		await editor.goto('/regio/zuid-limburg');
		const verdict = editor
			.getByTestId('for-you')
			.locator('li[data-kind="verdict"]', { hasText: `${marker} oordeel UWV` });
		await expect(verdict).toBeVisible();
		expect(await axeViolations(editor)).toEqual([]);
		await verdict.getByRole('link').click();
		await expect(editor).toHaveURL(new RegExp(`/doelen/${verdictGoal}`));
		await expect(editor.locator('#verdict-heading')).toBeVisible();
		expect(await axeViolations(editor)).toEqual([]);
		await editor.screenshot({ path: 'test-results/screenshots/for-you-verdict.png', fullPage: true });

		const viewer = await (await browser.newContext()).newPage();
		await signIn(viewer, 'viewer@uwv.example');
		await viewer.goto('/regio/zuid-limburg');
		await expect(viewer.getByTestId('for-you')).toBeVisible();
		await expect(viewer.getByTestId('for-you').locator('li[data-kind="verdict"]')).toHaveCount(0);
	});
});
