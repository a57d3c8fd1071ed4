// `npm run bench`: builds a large region in a fresh local stack and measures live updates, REST reads,
// server rendering, client weight and network metrics, each next to a baseline from the same run.
// Prints a table and writes test-results/bench.json. Options: --skip-build (reuse build/), --quick.
// Ports: BENCH_STACK_PORT and BENCH_APP_PORT (default: free ports). BENCH_DATABASE_URL: another Postgres
// 15+ (WIPED) instead of the stack's embedded PostgreSQL 17.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import pg from 'pg';
import { freePort } from '../../supabase/local/ports.ts';
import { buildApp, startApp, type RunningApp } from './app.ts';
import { generateRegion } from './generate.ts';
import { measureLiveUpdates } from './measure-live.ts';
import { measureNetworkMetrics } from './measure-network.ts';
import { measureRender } from './measure-render.ts';
import { measureRestRead } from './measure-rest.ts';
import { measureClientWeight } from './measure-weight.ts';
import { describeMachine, formatTable, round2, type ResultRow } from './report.ts';
import { startBenchStack, type BenchStack } from './stack.ts';

const OUTPUT = 'test-results/bench.json';
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const log = (message: string) => console.error(`[bench] ${message}`);

/** How often each measurement runs after its warm-up. */
const RUNS = quick
	? {
			saves: 5,
			saveWarmup: 2,
			rest: 10,
			restWarmup: 3,
			render: 3,
			renderWarmup: 3,
			network: 3,
			networkWarmup: 1
		}
	: {
			saves: 20,
			saveWarmup: 3,
			rest: 40,
			restWarmup: 5,
			render: 10,
			renderWarmup: 5,
			network: 15,
			networkWarmup: 3
		};

async function main(): Promise<void> {
	const began = Date.now();
	const machine = describeMachine();
	const rows: ResultRow[] = [];
	let stack: BenchStack | null = null;
	let app: RunningApp | null = null;
	const phases: Record<string, number> = {};
	const phase = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
		const start = Date.now();
		try {
			return await work();
		} finally {
			phases[name] = round2((Date.now() - start) / 1000);
		}
	};

	try {
		if (!args.has('--skip-build')) await phase('build', () => Promise.resolve(buildApp(log)));
		const stackPort = Number(process.env.BENCH_STACK_PORT ?? 0);
		stack = await phase('stack', () => startBenchStack(stackPort));
		log(`stack op ${stack.apiUrl} (${stack.database}, ${stack.kind})`);

		const db = new pg.Client({ connectionString: stack.dbUrl });
		await db.connect();
		const region = await phase('generate', () => generateRegion(db, log)).finally(() => db.end());
		log(`regio gegenereerd: ${JSON.stringify(region.counts)}`);

		rows.push(await phase('network', () => measureNetworkMetrics(RUNS.network, RUNS.networkWarmup)));
		rows.push(
			...(await phase('live', () => measureLiveUpdates(stack!, region, RUNS.saves, RUNS.saveWarmup, log)))
		);
		log('REST');
		rows.push(...(await phase('rest', () => measureRestRead(stack!, region, RUNS.rest, RUNS.restWarmup))));
		const appPort = Number(process.env.BENCH_APP_PORT ?? 0) || (await freePort());
		app = await phase('app', () => startApp(stack!, appPort));
		log(`app op ${app.url}; serverrender`);
		const render = await phase('render', () => measureRender(app!, region, RUNS.render, RUNS.renderWarmup));
		rows.push(render.row);
		rows.push(...(await phase('weight', () => measureClientWeight(app!, region.slug, render.cookie))));

		// The table in the order: 1 to 5.
		rows.sort((a, b) => a.measurement.localeCompare(b.measurement, 'nl', { numeric: true }));
		machine.loadAverageAtEnd = loadavg().map(round2);
		const seconds = round2((Date.now() - began) / 1000);
		const report = {
			ranAt: new Date().toISOString(),
			durationSeconds: seconds,
			phasesSeconds: phases,
			quick,
			machine,
			database: { version: stack.database, kind: stack.kind },
			data: { counts: region.counts, skipped: region.skipped },
			results: rows
		};
		mkdirSync('test-results', { recursive: true });
		writeFileSync(OUTPUT, `${JSON.stringify(report, null, '\t')}\n`);

		console.log('');
		console.log(
			`Machine: ${machine.cpuCount}x ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.os}; load ${machine.loadAverageAtStart.join(' ')} -> ${machine.loadAverageAtEnd.join(' ')}`
		);
		console.log(`Database: ${stack.database} (${stack.kind}); data: ${JSON.stringify(region.counts)}`);
		for (const skipped of region.skipped)
			console.log(`Niet gegenereerd: ${skipped.dataset}: ${skipped.reason}`);
		console.log('');
		console.log(formatTable(rows));
		console.log('');
		const missed = rows.filter((row) => row.status === 'NIET GEHAALD');
		console.log(
			missed.length
				? `DOEL NIET GEHAALD: ${missed.map((row) => row.measurement).join('; ')}.`
				: 'Alle meetbare doelen gehaald.'
		);
		console.log(`Klaar in ${seconds.toFixed(0)} s; resultaten in ${OUTPUT}.`);
	} finally {
		await app?.stop().catch(() => {});
		await stack?.stop().catch(() => {});
	}
}

main().then(
	// realtime-js leaves timers behind after disconnect; the run is over.
	() => process.exit(0),
	(error: unknown) => {
		console.error(error);
		process.exit(1);
	}
);
