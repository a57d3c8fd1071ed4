// Runs a fresh local stack in its own process (its own data folder under the OS tmpdir, its own port),
// so the benchmark's clients do not share an event loop with the server they measure.
// Prints one JSON line with the addresses and keys, then serves until stdin closes or SIGTERM.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startStack } from '../../supabase/local/stack.ts';
import { READY_PREFIX, type BenchStackInfo } from './stack.ts';

async function main(): Promise<void> {
	const port = Number(process.argv[2] ?? 0);
	const databaseUrl = process.env.BENCH_DATABASE_URL || undefined;
	const dataDir = mkdtempSync(path.join(tmpdir(), 'rnd-bench-'));
	const stack = await startStack({
		port,
		dataDir,
		databaseUrl,
		fresh: true,
		authRateLimits: false,
		log: (message) => process.stderr.write(`[stack] ${message}\n`)
	});
	const info: BenchStackInfo = {
		apiUrl: stack.apiUrl,
		dbUrl: stack.dbUrl,
		postgrestUrl: stack.postgrestUrl,
		anonKey: stack.anonKey,
		serviceRoleKey: stack.serviceRoleKey,
		jwtSecret: stack.jwtSecret,
		kind: stack.database.kind,
		database: stack.database.version
	};
	process.stdout.write(`${READY_PREFIX}${JSON.stringify(info)}\n`);

	let stopping = false;
	const stop = async () => {
		if (stopping) return;
		stopping = true;
		await stack.stop().catch(() => {});
		rmSync(dataDir, { recursive: true, force: true });
		process.exit(0);
	};
	process.stdin.on('end', () => void stop());
	process.stdin.on('close', () => void stop());
	process.on('SIGTERM', () => void stop());
	process.on('SIGINT', () => void stop());
	process.stdin.resume();
}

await main();
