import { test, expect, serviceClient, signIn } from './fixtures';

const ZUID_LIMBURG = 'a0000000-0000-4000-8000-000000000001';
const BASE = '/regio/zuid-limburg/doelen';

/** The Phoenix frames the page sends: event, topic and payload (vsn 2.0.0 arrays or 1.0.0 objects). */
function parseFrame(payload: string | Buffer): { event: string; topic: string; payload: unknown } | null {
	if (typeof payload !== 'string') return null;
	try {
		const frame: unknown = JSON.parse(payload);
		if (Array.isArray(frame)) return { topic: frame[2], event: frame[3], payload: frame[4] };
		const object = frame as { topic: string; event: string; payload: unknown };
		return { topic: object.topic, event: object.event, payload: object.payload };
	} catch {
		return null;
	}
}

test.describe('live updates volgen de pagina', () => {
	test('van het ene doel naar het andere (dezelfde pagina, ander id): de updates volgen het nieuwe doel, niet het oude', async ({
		page
	}) => {
		const service = serviceClient();
		const marker = Date.now().toString(36);
		const { data: goals, error } = await service
			.from('goals')
			.insert(
				['A', 'B'].map((letter) => ({
					region_id: ZUID_LIMBURG,
					title: `Livedoel ${letter} ${marker}`,
					indicator: 'Geplaatste kandidaten',
					unit: 'personen',
					baseline_value: 0,
					baseline_date: '2026-01-01',
					target_value: 10,
					target_date: '2026-12-31'
				}))
			)
			.select('id, title');
		if (error || !goals) throw new Error(`goals not made: ${error?.message}`);
		const [first, second] = [...goals].sort((a, b) => a.title.localeCompare(b.title));
		const topicOf = (goalId: string) => `realtime:region:${ZUID_LIMBURG}:goal:${goalId}`;
		try {
			const sent: { event: string; topic: string; payload: unknown }[] = [];
			page.on('websocket', (socket) =>
				socket.on('framesent', ({ payload }) => {
					const frame = parseFrame(payload);
					if (frame) sent.push(frame);
				})
			);
			let refetches = 0;
			page.on('request', (request) => {
				if (request.url().includes('__data.json')) refetches++;
			});

			await signIn(page, 'coordinator@heerlen.example');
			await page.goto(`${BASE}/${first.id}`);
			await expect(page.getByRole('heading', { level: 1, name: first.title })).toBeVisible();
			await expect(page.getByTestId('live-status')).toHaveAttribute('data-state', 'connected');
			const firstJoin = sent.find((f) => f.event === 'phx_join' && f.topic === topicOf(first.id));
			expect(firstJoin?.payload).toMatchObject({ config: { private: true } });

			// To the second goal inside the app: SvelteKit keeps the page component and only swaps its data.
			await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
			await page.evaluate((href) => {
				const link = document.createElement('a');
				link.href = href;
				link.textContent = 'Naar het tweede doel';
				link.dataset.testid = 'to-second';
				document.body.append(link);
			}, `${BASE}/${second.id}`);
			await page.getByTestId('to-second').click();
			await expect(page.getByRole('heading', { level: 1, name: second.title })).toBeVisible();
			expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

			// The page left the first goal's channel and joined the second's.
			await expect
				.poll(() => sent.some((f) => f.event === 'phx_join' && f.topic === topicOf(second.id)))
				.toBe(true);
			await expect
				.poll(() => sent.some((f) => f.event === 'phx_leave' && f.topic === topicOf(first.id)))
				.toBe(true);
			await expect(page.getByTestId('live-status')).toHaveAttribute('data-state', 'connected');

			// A change to the first goal no longer refetches this page ...
			refetches = 0;
			await service
				.from('goals')
				.update({ description: `Gewijzigd A ${marker}` })
				.eq('id', first.id);
			await page.waitForTimeout(1500);
			expect(refetches).toBe(0);

			// ... a change to the second goal appears without reload.
			await service
				.from('goals')
				.update({ description: `Gewijzigd B ${marker}` })
				.eq('id', second.id);
			await expect(page.getByText(`Gewijzigd B ${marker}`)).toBeVisible();
			expect(refetches).toBeGreaterThan(0);
			await expect(page.getByText(`Gewijzigd A ${marker}`)).toHaveCount(0);
			expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
		} finally {
			await service
				.from('goals')
				.delete()
				.in(
					'id',
					goals.map((goal) => goal.id)
				);
		}
	});
});
