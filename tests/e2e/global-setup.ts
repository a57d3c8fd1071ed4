import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createForwardingSecret } from '../../supabase/local/keys.ts';
import { startStack } from '../../supabase/local/stack.ts';
import { startApp } from './app-server.ts';
import { E2E_APP_PORT, E2E_STACK_PORT } from './browser.ts';

/**
 * A fresh local stack with the demo seed, and the production build of the app (adapter-node) in
 * front of it: what users get, started the way it is deployed. Build first with `npm run build`.
 */
export default async function globalSetup() {
	const dataDir = mkdtempSync(path.join(tmpdir(), 'rnd-e2e-'));
	// The stack's own log, for when a test fails: test-results/e2e-stack.log.
	mkdirSync('test-results', { recursive: true });
	const logFile = path.resolve('test-results/e2e-stack.log');
	writeFileSync(logFile, '');
	// As deployed: the app names each browser to Auth. The limits themselves are off here (every test signs
	// in from 127.0.0.1); auth.spec.ts starts a limited stack of its own to test them.
	const authForwardingSecret = createForwardingSecret();
	const stack = await startStack({
		port: E2E_STACK_PORT,
		dataDir,
		fresh: true,
		authRateLimits: false,
		authForwardingSecret,
		log: (message) => appendFileSync(logFile, `${new Date().toISOString()} ${message}\n`)
	});
	process.env.E2E_API_URL = stack.apiUrl;
	process.env.E2E_ANON_KEY = stack.anonKey;
	process.env.E2E_SERVICE_ROLE_KEY = stack.serviceRoleKey;
	process.env.E2E_DB_URL = stack.dbUrl;

	const app = await startApp({
		port: E2E_APP_PORT,
		apiUrl: stack.apiUrl,
		anonKey: stack.anonKey,
		authForwardingSecret
	}).catch(async (error: unknown) => {
		await stack.stop();
		throw error;
	});

	return async () => {
		app.stop();
		await stack.stop();
		rmSync(dataDir, { recursive: true, force: true });
	};
}
