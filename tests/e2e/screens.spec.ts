// Every screen where it is used (issue 16, items 2, 5 and 8): at the desk (1440 × 900), on the projector
// (1920 × 1080 in projector mode) and on a phone (390 × 844, and no sideways scrolling at 360 px either), each
// page passes the shared axe check and nothing on it is wider than the window. Screenshots of every page in
// every mode go to test-results/screenshots/screens/.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
	test,
	expect,
	signIn,
	axeViolations,
	horizontalOverflow,
	useProjectorMode,
	VIEWPORTS
} from './fixtures';

const ZL = '/regio/zuid-limburg';
const PAGES: [string, string][] = [
	['start', '/'],
	['regio-kiezen', '/regio'],
	['profiel', '/profiel'],
	['overzicht', ZL],
	['baanafspraken', `${ZL}/baanafspraken`],
	['baanafspraken-invoer', `${ZL}/baanafspraken/invoer`],
	['baanafspraken-opgave', `${ZL}/baanafspraken/opgave`],
	['budgetten', `${ZL}/budgetten`],
	['budgetten-invoer', `${ZL}/budgetten/invoer`],
	['budgetten-programmas', `${ZL}/budgetten/programmas`],
	['doelen', `${ZL}/doelen`],
	['doel-nieuw', `${ZL}/doelen/nieuw`],
	['doel', `${ZL}/doelen/d0000000-0000-4000-8000-000000000001`],
	['netwerk', `${ZL}/netwerk`],
	['contacten', `${ZL}/netwerk/contacten`],
	['enquete', `${ZL}/netwerk/enquete`],
	['posities', `${ZL}/netwerk/posities`],
	['gezondheid', `${ZL}/netwerk/gezondheid`],
	['partner', `${ZL}/partners/b0000000-0000-4000-8000-000000000002`],
	['rapportage', `${ZL}/rapportage`],
	['rapportage-concept', `${ZL}/rapportage/concept`],
	['vergaderingen', `${ZL}/vergadering`],
	['vergaderzaal', `${ZL}/vergadering/d7000000-0000-4000-8000-000000000002`],
	[
		'vergaderzaal-doel',
		`${ZL}/vergadering/d7000000-0000-4000-8000-000000000002?punt=d7100000-0000-4000-8000-000000000016`
	],
	['verslag', `${ZL}/vergadering/d7000000-0000-4000-8000-000000000001/verslag`]
];

async function open(page: Page, path: string): Promise<void> {
	await page.goto(path);
	// Charts, the map and the tables' phone labels are drawn in the browser after the page loads.
	await page.waitForLoadState('networkidle').catch(() => {});
	await page.waitForTimeout(150);
}

function shot(page: Page, name: string) {
	mkdirSync('test-results/screenshots/screens', { recursive: true });
	return page.screenshot({ path: `test-results/screenshots/screens/${name}.png` });
}

type Finding = { page: string; problem: string };

async function check(page: Page, name: string, mode: string, findings: Finding[]): Promise<void> {
	const overflow = await horizontalOverflow(page);
	if (overflow > 0) findings.push({ page: name, problem: `${overflow} px breder dan het venster (${mode})` });
	for (const violation of await axeViolations(page)) {
		findings.push({
			page: name,
			problem: `axe ${violation.id} (${violation.impact}): ${violation.targets.join(', ')}`
		});
	}
}

test.describe('elk scherm waar het gebruikt wordt', () => {
	test.describe.configure({ timeout: 240_000 });

	test('aan het bureau (1440 × 900): toegankelijk, niets breder dan het venster', async ({ page }) => {
		await page.setViewportSize(VIEWPORTS.desktop);
		await signIn(page, 'coordinator@heerlen.example');
		const findings: Finding[] = [];
		for (const [name, path] of PAGES) {
			await open(page, path);
			await check(page, name, 'bureau', findings);
			await shot(page, `desktop-${name}`);
		}
		expect(findings).toEqual([]);
	});

	test('op de projector (1920 × 1080, projectorweergave): groot, volle breedte, zonder navigatie, toegankelijk', async ({
		page
	}) => {
		await page.setViewportSize(VIEWPORTS.projector);
		await signIn(page, 'coordinator@heerlen.example');
		await useProjectorMode(page);
		const findings: Finding[] = [];
		for (const [name, path] of PAGES) {
			await open(page, path);
			await check(page, name, 'projector', findings);
			await shot(page, `projector-${name}`);
		}
		expect(findings).toEqual([]);

		// The whole type ramp scales (body text 24 px) and the content uses the full width; no navigation.
		await open(page, ZL);
		expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('24px');
		const main = await page.locator('main').boundingBox();
		expect(main?.width).toBeGreaterThan(1900);
		await expect(page.locator('.rnd-region-nav')).toHaveCount(0);
		await expect(page.getByRole('link', { name: 'Profiel' })).toHaveCount(0);
		await expect(page.getByRole('button', { name: 'Projectorweergave' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);

		// The network map fits the first screen.
		await open(page, `${ZL}/netwerk`);
		const map = await page.locator('.rnd-graph svg').boundingBox();
		expect(map).not.toBeNull();
		expect(map!.y + map!.height).toBeLessThanOrEqual(VIEWPORTS.projector.height);
		// Readable from the back of the room: every partner named, at 18 px or more on screen, no name over another
		// name or over a partner's dot.
		const graph = page.getByTestId('network-graph');
		await expect(graph).toHaveAttribute('data-state', 'ready');
		const drawn = await graph.evaluate((element) => {
			const rect = (e: Element) => {
				const r = e.getBoundingClientRect();
				return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
			};
			const names = [...element.querySelectorAll<SVGTextElement>('.rnd-graph-label:not([display="none"])')];
			return {
				nodes: element.querySelectorAll('.rnd-graph-node').length,
				names: names.map((text) => ({
					text: text.textContent,
					px: parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 0),
					...rect(text)
				})),
				dots: [...element.querySelectorAll('.rnd-graph-dot')].map(rect)
			};
		});
		expect(drawn.names).toHaveLength(drawn.nodes);
		const meet = (a: (typeof drawn.dots)[0], b: (typeof drawn.dots)[0]) =>
			a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
		const clashes: string[] = [];
		for (const [i, name] of drawn.names.entries()) {
			if (name.px < 18) clashes.push(`${name.text}: ${name.px.toFixed(1)} px`);
			for (const other of drawn.names.slice(i + 1))
				if (meet(name, other)) clashes.push(`${name.text} over ${other.text}`);
			// A dot is a circle: a name over it comes nearer to its centre than its radius (a name beside the corner
			// of the dot's square box is not over the dot).
			const overDot = drawn.dots.some((dot) => {
				const [cx, cy, r] = [
					(dot.left + dot.right) / 2,
					(dot.top + dot.bottom) / 2,
					(dot.right - dot.left) / 2
				];
				const nearestX = Math.max(name.left, Math.min(cx, name.right));
				const nearestY = Math.max(name.top, Math.min(cy, name.bottom));
				return Math.hypot(nearestX - cx, nearestY - cy) < r;
			});
			if (overDot) clashes.push(`${name.text} over a dot`);
		}
		expect(clashes).toEqual([]);

		// The meeting room shows the current item only: no agenda, no forms, no attendance.
		await open(page, `${ZL}/vergadering/d7000000-0000-4000-8000-000000000002`);
		await expect(page.getByTestId('current-item')).toBeVisible();
		await expect(page.getByTestId('agenda')).toHaveCount(0);
		await expect(page.getByTestId('attendance')).toHaveCount(0);
		await expect(page.locator('main form')).toHaveCount(0);
	});

	test('op de telefoon (390 × 844 en 360 px): compacte kop, alles zichtbaar, niets schuift opzij, toegankelijk', async ({
		page
	}) => {
		await page.setViewportSize(VIEWPORTS.phone);
		await signIn(page, 'coordinator@heerlen.example');
		const findings: Finding[] = [];
		for (const [name, path] of PAGES) {
			await open(page, path);
			await check(page, name, 'telefoon 390', findings);
			await shot(page, `phone-${name}`);
			await page.setViewportSize(VIEWPORTS.narrowPhone);
			await page.waitForTimeout(100);
			const overflow = await horizontalOverflow(page);
			if (overflow > 0) findings.push({ page: name, problem: `${overflow} px breder dan het venster (360)` });
			await page.setViewportSize(VIEWPORTS.phone);
		}
		expect(findings).toEqual([]);

		// Table cells at 360 px: words hyphenate (or break only when a word is longer than its line), and a cell
		// holding a figure ("€ 1.234.567", "4.560,0", "−38,3 %") keeps it on one line, inside its card.
		await page.setViewportSize(VIEWPORTS.narrowPhone);
		for (const path of [`${ZL}/baanafspraken`, `${ZL}/budgetten`]) {
			await open(page, path);
			const cells = await page.locator('main table.rnd-table td').evaluateAll((tds) =>
				tds.map((td) => {
					const style = getComputedStyle(td);
					// The cell's text as laid out: a new line wherever a piece starts below the previous line.
					const pieces: DOMRect[] = [];
					const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
					for (let node = walker.nextNode(); node; node = walker.nextNode()) {
						const range = document.createRange();
						range.selectNodeContents(node);
						pieces.push(...[...range.getClientRects()].filter((r) => r.width > 0));
					}
					pieces.sort((a, b) => a.top - b.top);
					let lines = 0;
					let lineBottom = -Infinity;
					for (const piece of pieces) {
						if (piece.top >= lineBottom - 1) lines++;
						lineBottom = Math.max(lineBottom, piece.bottom);
					}
					return {
						text: td.textContent?.trim() ?? '',
						figure: td.hasAttribute('data-figure'),
						wrap: `${style.hyphens} ${style.overflowWrap} ${style.whiteSpace}`,
						lines,
						fits: td.scrollWidth <= td.clientWidth + 1
					};
				})
			);
			const figures = cells.filter((cell) => cell.figure);
			expect(figures.length, path).toBeGreaterThan(10);
			for (const cell of figures)
				expect(cell, `${path}: ${cell.text}`).toMatchObject({ lines: 1, fits: true });
			for (const cell of cells)
				expect(cell.wrap, `${path}: ${cell.text}`).toMatch(
					cell.figure ? /^auto break-word nowrap$/ : /^auto break-word normal$/
				);
		}
		await page.setViewportSize(VIEWPORTS.phone);

		// A compact header and the navigation in one row each: on a network page (sections and the module's tabs)
		// the title starts within the first 140 px. The rows scroll sideways inside themselves (never the page),
		// with the current section and tab scrolled into view.
		await open(page, `${ZL}/netwerk/gezondheid`);
		const header = await page.locator('header.rnd-header').boundingBox();
		expect(header!.height).toBeLessThanOrEqual(56);
		const title = await page.locator('main h1').boundingBox();
		expect(title!.y).toBeLessThanOrEqual(140);
		for (const nav of ['.rnd-region-nav', '.rnd-network-nav']) {
			const row = page.locator(`${nav} ul`);
			expect((await row.boundingBox())!.height).toBeLessThanOrEqual(48);
			expect(await row.evaluate((ul) => ul.scrollWidth > ul.clientWidth)).toBe(true);
			const current = await page.locator(`${nav} a[aria-current="page"]`).boundingBox();
			expect(current!.x).toBeGreaterThanOrEqual(0);
			expect(current!.x + current!.width).toBeLessThanOrEqual(VIEWPORTS.phone.width);
		}
		await expect(page.getByRole('navigation', { name: 'Onderdelen van de regio' })).toBeVisible();
		expect(await horizontalOverflow(page)).toBe(0);
		// The links behind "Menu" work without JavaScript (a details element).
		await page.getByText('Menu', { exact: true }).click();
		await expect(page.getByRole('link', { name: 'Profiel' })).toBeVisible();
	});

	test('op de telefoon: een leesbare netwerkkaart, de inhoud vóór de formulieren', async ({ page }) => {
		await page.setViewportSize(VIEWPORTS.phone);
		await signIn(page, 'coordinator@heerlen.example');
		// The map: a portrait drawing area, its labels at least 11 px on screen, none overlapping another.
		await open(page, `${ZL}/netwerk`);
		const graph = page.getByTestId('network-graph');
		await expect(graph).toHaveAttribute('data-state', 'ready');
		const svg = (await graph.locator('svg').boundingBox())!;
		expect(svg.height).toBeGreaterThan(svg.width);
		const labels = await graph.locator('.rnd-graph-label:not([display="none"])').evaluateAll((texts) =>
			texts.map((t) => {
				const r = t.getBoundingClientRect();
				return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, size: r.height };
			})
		);
		expect(labels.length).toBeGreaterThanOrEqual(8);
		for (const [i, a] of labels.entries()) {
			expect(a.size).toBeGreaterThanOrEqual(11);
			for (const b of labels.slice(i + 1))
				expect(a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top).toBe(false);
		}
		expect(await horizontalOverflow(page)).toBe(0);
		// The recorded contacts before the form to add one; the goal's agreement and milestones before its forms.
		await open(page, `${ZL}/netwerk/contacten`);
		const list = (await page.getByTestId('contacts-table').boundingBox())!;
		const form = (await page.getByTestId('contact-form').boundingBox())!;
		expect(list.y).toBeLessThan(form.y);
		await open(page, `${ZL}/doelen/d0000000-0000-4000-8000-000000000001`);
		const milestones = (await page.locator('#milestones-heading').boundingBox())!;
		const firstForm = (await page.locator('main form').first().boundingBox())!;
		expect(milestones.y).toBeLessThan(firstForm.y);
	});

	test('op de telefoon ziet wie de vergadering volgt het huidige agendapunt bovenaan', async ({ page }) => {
		await page.setViewportSize(VIEWPORTS.phone);
		await signIn(page, 'viewer@uwv.example');
		await open(page, `${ZL}/vergadering/d7000000-0000-4000-8000-000000000002`);
		const item = await page.getByTestId('current-item').boundingBox();
		expect(item!.y).toBeLessThan(VIEWPORTS.phone.height / 2);
		// Whether the meeting is on comes below, above the attendance it is about.
		const phase = await page.getByTestId('meeting-phase').boundingBox();
		expect(phase!.y).toBeGreaterThan(item!.y);
	});
});
