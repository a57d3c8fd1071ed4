import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import {
	test,
	expect,
	signIn,
	axeViolations,
	horizontalOverflow,
	openAs,
	serviceClient,
	useProjectorMode,
	VIEWPORTS
} from './fixtures';

const BASE = '/regio/zuid-limburg/vergadering';
/** The seeded December meeting: Opening, baanafspraken, budget, network, one carried-over action. */
const DECEMBER = 'd7000000-0000-4000-8000-000000000002';
const ROOM = `${BASE}/${DECEMBER}`;
const HEERLEN = 'b0000000-0000-4000-8000-000000000001';
const MAASTRICHT = 'b0000000-0000-4000-8000-000000000002';
const UWV = 'b0000000-0000-4000-8000-000000000003';

const shot = (page: Page, name: string, fullPage = true) => {
	mkdirSync('test-results/screenshots', { recursive: true });
	return page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage });
};

async function participant(
	browser: Browser,
	email: string,
	room = ROOM
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await signIn(page, email);
	await page.goto(room);
	await expect(page.getByTestId('live-status')).toHaveAttribute('data-state', 'connected');
	return { context, page };
}

/**
 * A meeting of Zuid-Limburg today (the chair can open it), with the December meeting's kind of agenda:
 * opening, job figures, budgets for 2027, a goal.
 */
async function meetingToday(): Promise<{ id: string; room: string; items: string[] }> {
	const service = serviceClient();
	const { data: meeting, error } = await service
		.from('meetings')
		.insert({
			region_id: 'a0000000-0000-4000-8000-000000000001',
			title: 'Stuurgroep vandaag',
			starts_at: new Date().toISOString(),
			location: 'Stadhuis Heerlen'
		})
		.select('id')
		.single();
	if (error) throw error;
	const rows = [
		{ title: 'Opening en mededelingen', link_kind: 'none', link_target: null },
		{ title: 'Stand van de baanafspraken', link_kind: 'baanafspraken', link_target: null },
		{ title: 'Budgetafspraken 2027', link_kind: 'budgetten', link_target: '2027' },
		{
			title: 'Het doel voor de doelgroep',
			link_kind: 'goal',
			link_target: 'd0000000-0000-4000-8000-000000000001'
		}
	].map((row, i) => ({ ...row, meeting_id: meeting.id, position: i + 1 }));
	const { data: items, error: itemsError } = await service
		.from('meeting_agenda_items')
		.insert(rows)
		.select('id, position');
	if (itemsError) throw itemsError;
	await service
		.from('meeting_invitees')
		.insert(
			[HEERLEN, MAASTRICHT, UWV].map((organisation_id) => ({ meeting_id: meeting.id, organisation_id }))
		);
	return {
		id: meeting.id,
		room: `${BASE}/${meeting.id}`,
		items: items.sort((a, b) => a.position - b.position).map((item) => item.id)
	};
}

test.describe('vergadermodus', () => {
	test('de coördinator plant een vergadering: foute invoer wordt in het Nederlands geweigerd, openstaande acties schuiven door', async ({
		page
	}) => {
		await openAs(page, 'coordinator@heerlen.example', BASE, 'Vergaderingen Zuid-Limburg');
		await expect(page.locator('.rnd-region-nav').getByRole('link', { name: 'Vergadering' })).toHaveAttribute(
			'aria-current',
			'page'
		);
		const upcomingBefore = await page.getByTestId('upcoming-meetings').getByRole('listitem').count();

		// Too short a title: a Dutch message at the field, nothing created.
		await page.getByLabel('Titel', { exact: true }).fill('St');
		await page.getByLabel('Datum').fill('2026-12-17');
		await page.getByRole('button', { name: 'Vergadering aanmaken' }).click();
		await expect(page.getByTestId('form-message')).toHaveText(
			'Controleer de gemarkeerde velden; er is niets opgeslagen.'
		);
		await expect(page.getByText('Geef de vergadering een titel van 3 tot 150 tekens.')).toBeVisible();
		await expect(page.getByTestId('upcoming-meetings').getByRole('listitem')).toHaveCount(upcomingBefore);
		expect(await axeViolations(page)).toEqual([]);
		await shot(page, 'vergadering-lijst');

		await page.getByLabel('Titel', { exact: true }).fill('Extra stuurgroep werkgeversdienstverlening');
		await page.getByLabel('Locatie (optioneel)').fill('Gemeentehuis Maastricht');
		await page.getByLabel('Agendapunt 1', { exact: true }).fill('Opening');
		await page.getByLabel('Agendapunt 2', { exact: true }).fill('Stand van de baanafspraken');
		// Subjects are chosen from a list: a budget year, a goal by its name (no ids to paste).
		await page.getByLabel('Onderwerp punt 2').selectOption({ label: 'Banenafspraak' });
		await page.getByLabel('Agendapunt 3', { exact: true }).fill('Budget werkgeversservicepunt');
		await page.getByLabel('Onderwerp punt 3').selectOption({ label: 'Budgetafspraken 2027' });
		await page.getByLabel('Agendapunt 4', { exact: true }).fill('Het doel voor de doelgroep');
		await page
			.getByLabel('Onderwerp punt 4')
			.selectOption({ label: 'Doel: Meer mensen uit het doelgroepregister duurzaam aan het werk' });
		// Partners: a search narrows the list; "all partners" ticks every box at once.
		await page.getByLabel('Zoek een partner').fill('maas');
		await expect(page.getByTestId('invite-list').getByRole('checkbox')).toHaveCount(1);
		await page.getByLabel('Gemeente Maastricht').check();
		await page.getByLabel('Zoek een partner').fill('');
		await page.getByLabel(/^Alle partners uitnodigen/).check();
		const boxes = page.getByTestId('invite-list').getByRole('checkbox');
		expect(await boxes.count()).toBeGreaterThan(20);
		for (const box of await boxes.all()) await expect(box).toBeChecked();
		await page.getByLabel(/^Alle partners uitnodigen/).uncheck();
		await page.getByLabel('Gemeente Maastricht').check();
		await page.getByLabel('UWV Zuid-Limburg').check();
		expect(await axeViolations(page)).toEqual([]);
		await page.getByRole('button', { name: 'Vergadering aanmaken' }).click();

		await expect(page).toHaveURL(new RegExp(`${BASE}/[0-9a-f-]{36}$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Extra stuurgroep werkgeversdienstverlening'
		);
		const agenda = page.getByTestId('agenda').getByRole('listitem');
		await expect(agenda).toHaveCount(5);
		await expect(agenda.nth(4)).toContainText(
			'Openstaande actie: Voorstel meerjarige financiering jobcoachpool uitwerken'
		);
		await expect(page.getByTestId('attendance').locator('tbody tr')).toHaveCount(2);
		await agenda.nth(2).getByRole('link').click();
		await expect(page.getByTestId('live-budget')).toHaveAttribute('data-year', '2027');
		await agenda.nth(3).getByRole('link').click();
		await expect(page.getByTestId('live-goal-title')).toHaveText(
			'Meer mensen uit het doelgroepregister duurzaam aan het werk'
		);
		await agenda.nth(4).getByRole('link').click();
		await expect(page.getByTestId('carried-action')).toContainText('Gemeente Maastricht');
	});

	test('een vergadering in de toekomst openen legt niets vast: geen aanwezigheid, geen contact', async ({
		browser
	}) => {
		const chair = await participant(browser, 'coordinator@heerlen.example');
		const viewer = await participant(browser, 'viewer@uwv.example');
		for (const { page } of [chair, viewer]) {
			await expect(page.getByTestId('meeting-phase')).toHaveAttribute('data-phase', 'not_opened');
			await expect(page.getByTestId('meeting-phase')).toContainText(
				'kan de vergadering openen op 10 dec 2026'
			);
			await expect(page.getByTestId('presence-entry')).toHaveCount(0);
		}
		// Not even the chair can open it before its date: there is no button, and the database refuses the call.
		await expect(chair.page.getByTestId('meeting-open-close')).toHaveCount(0);
		const service = serviceClient();
		const refused = await chair.page.evaluate(async () => {
			const response = await fetch('?/open', {
				method: 'POST',
				body: new FormData(),
				headers: { 'x-sveltekit-action': 'true' }
			});
			return ((await response.json()) as { type: string }).type;
		});
		expect(refused).toBe('failure');
		await chair.page.reload();
		await expect(chair.page.getByTestId('meeting-phase')).toHaveAttribute('data-phase', 'not_opened');
		const attendance = await service
			.from('meeting_attendance')
			.select('organisation_id')
			.eq('meeting_id', DECEMBER);
		expect(attendance.data).toEqual([]);
		const contact = await service.from('contacts').select('id').eq('meeting_id', DECEMBER);
		expect(contact.data).toEqual([]);
		for (const line of await chair.page.getByTestId('attendance').locator('tbody tr').all()) {
			await expect(line).toHaveAttribute('data-status', 'unknown');
		}
		expect(await axeViolations(chair.page)).toEqual([]);
		await chair.context.close();
		await viewer.context.close();
	});

	test('een vergadering van gisteren: niet meer te (her)openen, geen aanwezigheid; wel te sluiten als ze open bleef', async ({
		browser
	}) => {
		const service = serviceClient();
		const yesterday = new Date(Date.now() - 86_400_000).toISOString();
		const made: string[] = [];
		const meetingOpened = async (title: string, closed: boolean) => {
			const { data, error } = await service
				.from('meetings')
				.insert({ region_id: 'a0000000-0000-4000-8000-000000000001', title, starts_at: yesterday })
				.select('id')
				.single();
			if (error) throw error;
			made.push(data.id);
			const state = await service.from('meeting_room_state').insert({
				meeting_id: data.id,
				region_id: 'a0000000-0000-4000-8000-000000000001',
				opened_at: yesterday,
				closed_at: closed ? new Date(Date.parse(yesterday) + 3_600_000).toISOString() : null
			});
			if (state.error) throw state.error;
			return `${BASE}/${data.id}`;
		};
		try {
			const closedRoom = await meetingOpened('Stuurgroep gisteren, gesloten', true);
			const leftOpen = await meetingOpened('Stuurgroep gisteren, open gebleven', false);
			const chair = await participant(browser, 'coordinator@heerlen.example', closedRoom);
			// Closed yesterday: no "Heropenen" button today.
			await expect(chair.page.getByTestId('meeting-phase')).toHaveAttribute('data-phase', 'closed');
			await expect(chair.page.getByTestId('meeting-open-close')).toHaveCount(0);

			const viewer = await participant(browser, 'viewer@uwv.example', leftOpen);
			await chair.page.goto(leftOpen);
			await expect(chair.page.getByTestId('meeting-phase')).toContainText('niet gesloten op de dag zelf');
			expect(await axeViolations(chair.page)).toEqual([]);
			const attendance = await service
				.from('meeting_attendance')
				.select('organisation_id')
				.eq('meeting_id', made[1]);
			expect(attendance.data).toEqual([]);
			await chair.page.getByTestId('meeting-open-close').click();
			await expect(chair.page.getByTestId('meeting-phase')).toHaveAttribute('data-phase', 'closed');
			await expect(chair.page.getByTestId('meeting-open-close')).toHaveCount(0);
			await chair.context.close();
			await viewer.context.close();
		} finally {
			for (const id of made) await service.from('meetings').delete().eq('id', id);
		}
	});

	test('drie deelnemers: aanwezig alleen tussen openen en sluiten, de voorzitter volgen, live cijfers, besluiten en acties, offline en terug', async ({
		browser
	}) => {
		// Three browsers, a figure entry, two accessibility scans and an offline round trip.
		test.setTimeout(150_000);
		const today = await meetingToday();
		const chair = await participant(browser, 'coordinator@heerlen.example', today.room);
		const editor = await participant(browser, 'editor@maastricht.example', today.room);
		const viewer = await participant(browser, 'viewer@uwv.example', today.room);
		const everyone = [chair, editor, viewer];

		// Before the chair opens the meeting nobody is recorded, whoever has the room open.
		for (const { page } of everyone) {
			await expect(page.getByTestId('meeting-phase')).toHaveAttribute('data-phase', 'not_opened');
			await expect(page.getByTestId('presence-entry')).toHaveCount(0);
		}
		await expect(chair.page.getByTestId(`attendance-${MAASTRICHT}`)).toHaveAttribute(
			'data-status',
			'unknown'
		);

		// The chair opens it: all three are in the room, each with their organisation, and attend.
		await chair.page.getByRole('button', { name: 'Vergadering openen' }).click();
		for (const { page } of everyone) {
			await expect(page.getByTestId('meeting-phase')).toHaveAttribute('data-phase', 'open');
			const presence = page.getByTestId('presence-entry');
			await expect(presence).toHaveCount(3);
			await expect(page.getByTestId('presence')).toContainText('Coördinator Heerlen');
			await expect(page.getByTestId('presence')).toContainText('Gemeente Maastricht');
			await expect(page.getByTestId('presence')).toContainText('UWV Zuid-Limburg');
		}
		await expect(chair.page.getByTestId(`attendance-${MAASTRICHT}`)).toHaveAttribute(
			'data-status',
			'present'
		);
		await expect(chair.page.getByTestId(`attendance-${UWV}`)).toContainText('aanwezig in de zaal');

		// The others follow the chair; the chair presents and moves on.
		for (const { page } of [editor, viewer]) {
			await page.getByRole('button', { name: 'Volg de voorzitter' }).click();
			await expect(page.getByTestId('following')).toHaveText(/U volgt de voorzitter/);
		}
		await chair.page.getByRole('button', { name: 'Presenteren' }).click();
		await chair.page.getByRole('button', { name: 'Volgend agendapunt' }).click();
		await expect(chair.page.getByTestId('current-item-title')).toHaveText('Stand van de baanafspraken');
		for (const { page } of [editor, viewer]) {
			await expect(page.getByTestId('current-item-title')).toHaveText('Stand van de baanafspraken');
		}

		// The Maastricht editor enters a K3 plaatsing in another tab; the partners' registration on the peildatum
		// (30 September 2026) changes live beside UWV's official figure, which does not.
		const registered = chair.page.getByTestId('live-registered-totaal');
		const official = await chair.page.getByTestId('live-baanafspraken-total').textContent();
		const before = await registered.textContent();
		const entry = await editor.context.newPage();
		await entry.goto(`/regio/zuid-limburg/baanafspraken/invoer?partner=${MAASTRICHT}&jaar=2026&kwartaal=3`);
		await entry.getByLabel('Kandidaatnummer').fill(`VERG-${Date.now().toString(36).toUpperCase()}`);
		await entry.getByLabel('Woongemeente').selectOption({ label: 'Maastricht' });
		await entry.getByRole('radio', { name: 'ja' }).check();
		await entry.getByLabel('Werkgever', { exact: true }).fill('Vergadertest B.V.');
		await entry.getByLabel('Sector').selectOption('markt');
		await entry.getByLabel('Startdatum').fill('2026-08-03');
		await entry.getByLabel('Uren per week', { exact: true }).fill('25,5');
		await entry.getByRole('button', { name: 'Toevoegen' }).click();
		await expect(entry.getByTestId('entry-message')).toContainText('K3 2026');
		await entry.close();
		await expect(registered).not.toHaveText(before ?? '');
		await expect(editor.page.getByTestId('live-registered-totaal')).toHaveText(
			(await registered.textContent()) ?? ''
		);
		await expect(chair.page.getByTestId('live-baanafspraken-total')).toHaveText(official ?? '');

		// The chair records a decision and an action; both appear on the other screens.
		await chair.page
			.getByLabel('Besluit', { exact: true })
			.fill('Extra inzet op plaatsingen bij de overheid.');
		await chair.page.getByRole('button', { name: 'Besluit opslaan' }).click();
		await chair.page.getByLabel('Actie', { exact: true }).fill('Werkgeversbijeenkomst overheid organiseren');
		await chair.page.getByLabel('Eigenaar (partner)').selectOption({ label: 'Gemeente Maastricht' });
		await chair.page.getByLabel('Uiterlijk').fill('2027-02-01');
		await chair.page.getByRole('button', { name: 'Actie opslaan' }).click();
		await expect(chair.page.getByTestId('actions')).toContainText(
			'Werkgeversbijeenkomst overheid organiseren'
		);
		await expect(chair.page.getByText('De actie is toegevoegd.')).toBeVisible();
		for (const { page } of [editor, viewer]) {
			await expect(page.getByTestId('decisions')).toContainText(
				'Extra inzet op plaatsingen bij de overheid.'
			);
			await expect(page.getByTestId('actions')).toContainText('Werkgeversbijeenkomst overheid organiseren');
			await expect(page.getByTestId('actions')).toContainText('Gemeente Maastricht, uiterlijk 1 feb 2027');
		}
		expect(await axeViolations(viewer.page)).toEqual([]);
		await shot(chair.page, 'vergadering-voorzitter');
		await shot(viewer.page, 'vergadering-volger');

		// The budget item shows the budgets of its own year (2027), not this year's; the confirmation of the
		// action on the previous item does not come along.
		await chair.page.getByRole('button', { name: 'Volgend agendapunt' }).click();
		await expect(chair.page.getByTestId('current-item-title')).toHaveText('Budgetafspraken 2027');
		await expect(chair.page.getByTestId('live-budget')).toHaveAttribute('data-year', '2027');
		await expect(chair.page.getByTestId('live-budget')).toContainText('Budgetafspraken 2027');
		await expect(chair.page.getByText('De actie is toegevoegd.')).toHaveCount(0);
		// The goal item shows the goal itself: name, status, standing and its chart.
		await chair.page.getByRole('button', { name: 'Volgend agendapunt' }).click();
		const goal = chair.page.getByTestId('live-goal');
		await expect(goal.getByTestId('live-goal-title')).toHaveText(
			'Meer mensen uit het doelgroepregister duurzaam aan het werk'
		);
		await expect(goal.getByTestId('goal-status')).toHaveText('Vastgesteld');
		await expect(goal.getByTestId('goal-standing')).toBeVisible();
		await expect(goal.locator('canvas')).toHaveCount(1);
		await chair.page.getByRole('button', { name: 'Vorig agendapunt' }).click();
		await chair.page.getByRole('button', { name: 'Vorig agendapunt' }).click();
		// The followers are back with the chair before the viewer stops following.
		for (const { page } of [editor, viewer]) {
			await expect(page.getByTestId('current-item-title')).toHaveText('Stand van de baanafspraken');
		}

		// Leaving follow mode is one click: the viewer stays where they are when the chair moves on.
		await viewer.page.getByRole('button', { name: 'Stop met volgen' }).click();
		await expect(viewer.page.getByRole('button', { name: 'Volg de voorzitter' })).toBeVisible();
		await chair.page.getByRole('button', { name: 'Volgend agendapunt' }).click();
		await expect(editor.page.getByTestId('current-item-title')).toHaveText('Budgetafspraken 2027');
		await expect(viewer.page.getByTestId('current-item-title')).toHaveText('Stand van de baanafspraken');
		await expect(editor.page.getByTestId('live-budget')).toContainText('Toegezegd');

		// Closing a context removes it from the room.
		await viewer.context.close();
		await expect(chair.page.getByTestId('presence-entry')).toHaveCount(2);
		await expect(chair.page.getByTestId('presence')).not.toContainText('UWV Zuid-Limburg');

		// Losing the connection shows offline; coming back restores presence and refetches.
		await editor.context.setOffline(true);
		await expect(editor.page.getByTestId('live-status')).toHaveAttribute('data-state', 'offline');
		await chair.page.getByLabel('Besluit', { exact: true }).fill('Budget 2027 wordt in januari vastgesteld.');
		await chair.page.getByRole('button', { name: 'Besluit opslaan' }).click();
		await expect(chair.page.getByTestId('decisions')).toContainText(
			'Budget 2027 wordt in januari vastgesteld.'
		);
		const refetched = editor.page.waitForRequest(/\/vergadering\/[^/]+\/__data\.json/);
		await editor.context.setOffline(false);
		await refetched;
		await expect(editor.page.getByTestId('live-status')).toHaveAttribute('data-state', 'connected');
		await expect(editor.page.getByTestId('presence-entry')).toHaveCount(2);
		await expect(chair.page.getByTestId('presence-entry')).toHaveCount(2);
		await expect(editor.page.getByTestId('decisions')).toContainText(
			'Budget 2027 wordt in januari vastgesteld.'
		);

		// The chair corrects attendance: UWV left, the chair marks it absent.
		await chair.page.getByRole('button', { name: 'Markeer UWV Zuid-Limburg als afwezig' }).click();
		await expect(chair.page.getByTestId(`attendance-${UWV}`)).toHaveAttribute('data-status', 'absent');
		await expect(editor.page.getByTestId(`attendance-${UWV}`)).toHaveAttribute('data-status', 'absent');

		// The chair closes the meeting: the room empties, and whoever comes in now is not recorded.
		await chair.page.getByRole('button', { name: 'Vergadering sluiten' }).click();
		for (const { page } of [chair, editor]) {
			await expect(page.getByTestId('meeting-phase')).toHaveAttribute('data-phase', 'closed');
			await expect(page.getByTestId('presence-entry')).toHaveCount(0);
		}
		const late = await participant(browser, 'admin@zuid-limburg.example', today.room);
		await expect(late.page.getByTestId('meeting-phase')).toHaveAttribute('data-phase', 'closed');
		await expect(late.page.getByTestId('presence-entry')).toHaveCount(0);
		const recorded = await serviceClient()
			.from('meeting_attendance')
			.select('organisation_id, present')
			.eq('meeting_id', today.id)
			.order('organisation_id');
		expect(recorded.data).toEqual(
			[
				{ organisation_id: HEERLEN, present: true },
				{ organisation_id: MAASTRICHT, present: true },
				{ organisation_id: UWV, present: false }
			].sort((a, b) => a.organisation_id.localeCompare(b.organisation_id))
		);

		// Projector mode: only the current item, large and high-contrast, still accessible.
		await useProjectorMode(chair.page);
		await chair.page.setViewportSize(VIEWPORTS.projector);
		await chair.page.goto(`${today.room}?punt=${today.items[1]}`);
		await expect(chair.page.getByTestId('meeting-room')).toHaveClass(/rnd-room--projector/);
		await expect(chair.page.getByTestId('agenda')).toHaveCount(0);
		await expect(chair.page.getByRole('button', { name: 'Besluit opslaan' })).toHaveCount(0);
		expect(await axeViolations(chair.page)).toEqual([]);
		expect(await horizontalOverflow(chair.page)).toBe(0);
		await shot(chair.page, 'vergadering-projector', false);

		await late.context.close();
		await chair.context.close();
		await editor.context.close();
		// Its open action would otherwise be carried to the meetings later tests (and repeats) plan.
		const { error } = await serviceClient().from('meetings').delete().eq('id', today.id);
		expect(error).toBeNull();
	});

	test('het verslag: aanwezigheid, besluiten en acties, afdrukbaar', async ({ page }) => {
		await signIn(page, 'viewer@uwv.example');
		await page.goto(`${BASE}/d7000000-0000-4000-8000-000000000001/verslag`);
		const minutes = page.getByTestId('minutes');
		await expect(minutes.getByRole('heading', { level: 1 })).toHaveText(
			'Verslag: Stuurgroep Zuid-Limburg, september'
		);
		await expect(minutes).toContainText('Gemeente Heerlen, Gemeente Maastricht, UWV Zuid-Limburg');
		await expect(minutes).toContainText('Gemeente Kerkrade (afwezig)');
		await expect(minutes).toContainText(
			'De partners spreken een meerjarige bijdrage aan de jobcoachpool af.'
		);
		await expect(page.getByTestId('minutes-actions').getByRole('row')).toHaveCount(3);
		// Read-only: no forms at all.
		await expect(page.locator('main form')).toHaveCount(0);
		expect(await axeViolations(page)).toEqual([]);
		await shot(page, 'vergadering-verslag');
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('button', { name: 'Afdrukken' })).toBeHidden();
		await expect(page.locator('.rnd-region-nav')).toBeHidden();
		await shot(page, 'vergadering-verslag-print');
	});

	test('een gebruiker uit een andere regio komt de vergaderzaal niet in (403)', async ({ page }) => {
		await signIn(page, 'editor@tilburg.example');
		const response = await page.goto(ROOM);
		expect(response?.status()).toBe(403);
		const minutes = await page.goto(`${ROOM}/verslag`);
		expect(minutes?.status()).toBe(403);
	});

	test('alleen de coördinator kan besluiten vastleggen', async ({ page }) => {
		await signIn(page, 'editor@maastricht.example');
		await page.goto(ROOM);
		await expect(page.getByRole('button', { name: 'Besluit opslaan' })).toHaveCount(0);
		await expect(page.getByRole('heading', { name: 'Nieuwe vergadering' })).toHaveCount(0);
		const response = await page.request.post(`${ROOM}?/decision`, {
			form: { agendaItemId: 'd7100000-0000-4000-8000-000000000011', body: 'Besluit van de invoerder' },
			headers: { origin: new URL(page.url()).origin, 'x-sveltekit-action': 'true' }
		});
		expect(response.status()).toBe(403);
		await page.reload();
		await expect(page.getByText('Besluit van de invoerder')).toHaveCount(0);
	});
});
