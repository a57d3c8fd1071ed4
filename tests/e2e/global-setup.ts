import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startStack } from '../../supabase/local/stack.ts';
import { E2E_APP_PORT, E2E_STACK_PORT } from './browser.ts';

/**
 * A fresh local stack with the demo seed, and the production build of the app (adapter-node) in
 * front of it: what users get, started the way it is deployed. Build first with `npm run build`.
 */
export default async function globalSetup() {
	const buildEntry = path.resolve('build/index.js');
	if (!existsSync(buildEntry)) {
		throw new Error('Geen productiebuild gevonden: voer eerst `npm run build` uit (npm test doet dat zelf).');
	}
	const dataDir = mkdtempSync(path.join(tmpdir(), 'rnd-e2e-'));
	// The stack's own log, for when a test fails: test-results/e2e-stack.log.
	mkdirSync('test-results', { recursive: true });
	const logFile = path.resolve('test-results/e2e-stack.log');
	writeFileSync(logFile, '');
	const stack = await startStack({
		port: E2E_STACK_PORT,
		dataDir,
		fresh: true,
		authRateLimits: false,
		log: (message) => appendFileSync(logFile, `${new Date().toISOString()} ${message}\n`)
	});
	process.env.E2E_API_URL = stack.apiUrl;
	process.env.E2E_ANON_KEY = stack.anonKey;
	process.env.E2E_SERVICE_ROLE_KEY = stack.serviceRoleKey;
	process.env.E2E_DB_URL = stack.dbUrl;

	const app: ChildProcess = spawn(process.execPath, [buildEntry], {
		env: {
			...process.env,
			PORT: String(E2E_APP_PORT),
			// As `npm start` runs it: room for the 1 MB CSV import the import pages promise (adapter-node's default
			// is 512 KB). tests/unit/body-size-limit.test.ts keeps both in step.
			BODY_SIZE_LIMIT: '2M',
			HOST: '127.0.0.1',
			ORIGIN: `http://127.0.0.1:${E2E_APP_PORT}`,
			PUBLIC_SUPABASE_URL: stack.apiUrl,
			PUBLIC_SUPABASE_ANON_KEY: stack.anonKey
		},
		stdio: ['ignore', 'inherit', 'inherit']
	});
	await waitForHttp(`http://127.0.0.1:${E2E_APP_PORT}/login`, 30_000);

	return async () => {
		app.kill('SIGTERM');
		await stack.stop();
		rmSync(dataDir, { recursive: true, force: true });
	};
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const ok = await fetch(url)
			.then((response) => response.status < 500)
			.catch(() => false);
		if (ok) return;
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`De app antwoordde niet binnen ${timeoutMs / 1000} s op ${url}`);
}
