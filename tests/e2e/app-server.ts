import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';

export interface RunningApp {
	url: string;
	stop(): void;
}

/**
 * The production build (adapter-node) in front of a stack, started the way it is deployed (README, "Productie
 * starten"), on `port`. Build first with `npm run build`.
 */
export async function startApp(options: {
	port: number;
	apiUrl: string;
	anonKey: string;
	/** AUTH_FORWARDING_SECRET, the stack's: the app names each browser's address to Auth's rate limits. */
	authForwardingSecret?: string;
	/** More environment, e.g. adapter-node's ADDRESS_HEADER. */
	env?: NodeJS.ProcessEnv;
}): Promise<RunningApp> {
	const buildEntry = path.resolve('build/index.js');
	if (!existsSync(buildEntry)) {
		throw new Error('Geen productiebuild gevonden: voer eerst `npm run build` uit (npm test doet dat zelf).');
	}
	const url = `http://127.0.0.1:${options.port}`;
	const app = spawn(process.execPath, [buildEntry], {
		env: {
			...process.env,
			PORT: String(options.port),
			// As `npm start` runs it: room for the 1 MB CSV import the import pages promise (adapter-node's default
			// is 512 KB). tests/unit/body-size-limit.test.ts keeps both in step.
			BODY_SIZE_LIMIT: '2M',
			HOST: '127.0.0.1',
			ORIGIN: url,
			PUBLIC_SUPABASE_URL: options.apiUrl,
			PUBLIC_SUPABASE_ANON_KEY: options.anonKey,
			AUTH_FORWARDING_SECRET: options.authForwardingSecret ?? '',
			...options.env
		},
		stdio: ['ignore', 'inherit', 'inherit']
	});
	try {
		await waitForHttp(`${url}/login`, 30_000);
	} catch (error) {
		app.kill('SIGTERM');
		throw error;
	}
	return { url, stop: () => app.kill('SIGTERM') };
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	await new Promise((resolve) => server.close(resolve));
	return port;
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
