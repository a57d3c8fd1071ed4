// 3. Server render of the region overview (/regio/[slug]) for signed-in users, alone and with 10 at once.
import type { RunningApp } from './app.ts';
import { signInThroughForm } from './app.ts';
import type { GeneratedRegion } from './generate.ts';
import { round2, statusFor, timedAgainst, type ResultRow } from './report.ts';
import { summarize, timeRuns } from './stats.ts';

const TARGET_P95_MS = 300;
const TARGET_RATIO = 3;
export const CONCURRENT_USERS = 10;

async function render(app: RunningApp, path: string, cookie: string): Promise<string> {
	const response = await fetch(`${app.url}${path}`, { headers: { cookie }, redirect: 'manual' });
	const html = await response.text();
	if (response.status !== 200) throw new Error(`${path} gaf status ${response.status}`);
	return html;
}

export async function measureRender(
	app: RunningApp,
	region: GeneratedRegion,
	requestsPerUser: number,
	warmup: number
): Promise<{ row: ResultRow; cookie: string }> {
	const path = `/regio/${region.slug}`;
	const cookies: string[] = [];
	for (const member of region.members.slice(0, CONCURRENT_USERS)) {
		cookies.push(await signInThroughForm(app, member.email));
	}
	const html = await render(app, path, cookies[0]);
	if (!html.includes('Benchmarkregio')) throw new Error(`${path} toont de benchmarkregio niet`);

	// Baseline: one user at a time.
	const alone = summarize(await timeRuns(requestsPerUser * 2, warmup, () => render(app, path, cookies[0])));
	// Under load: ten users, each requesting the page again as soon as the previous one arrived.
	for (const cookie of cookies) await render(app, path, cookie);
	const loaded: number[] = [];
	await Promise.all(
		cookies.map(async (cookie) => {
			for (let i = 0; i < requestsPerUser; i++) {
				const start = performance.now();
				await render(app, path, cookie);
				loaded.push(performance.now() - start);
			}
		})
	);
	const load = summarize(loaded);
	const ratio = load.p95 / alone.p95;
	const met = load.p95 < TARGET_P95_MS && ratio < TARGET_RATIO;
	const notes = [
		`${CONCURRENT_USERS} ingelogde gebruikers tegelijk, elk ${requestsPerUser} keer na elkaar (${load.n} metingen), tijd tot de hele HTML binnen is`
	];
	if (load.p95 >= TARGET_P95_MS)
		notes.push(`p95 ${load.p95.toFixed(0)} ms is boven het doel van ${TARGET_P95_MS} ms`);
	if (ratio >= TARGET_RATIO)
		notes.push(`p95 is ${ratio.toFixed(1)}x die van één gebruiker, doel < ${TARGET_RATIO}x`);
	return {
		cookie: cookies[0],
		row: {
			key: 'render',
			measurement: `3. Serverrender ${path}, ${CONCURRENT_USERS} tegelijk`,
			...timedAgainst(load, '1 gebruiker', alone),
			ratio: round2(ratio),
			ratioOf: 'p95',
			target: `p95 < ${TARGET_P95_MS} ms en < ${TARGET_RATIO}x`,
			status: statusFor(met),
			notes
		}
	};
}
