// The production build of the app (adapter-node), started as it is deployed, in front of the bench stack.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { BENCH_PASSWORD } from './generate.ts';
import type { BenchStackInfo } from './stack.ts';

export interface RunningApp {
	url: string;
	stop(): Promise<void>;
}

export function buildApp(log: (message: string) => void): void {
	log('npm run build');
	const result = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
	if (result.status !== 0) throw new Error(`npm run build mislukte (code ${result.status})`);
}

export async function startApp(stack: BenchStackInfo, port: number): Promise<RunningApp> {
	const entry = path.resolve('build/index.js');
	if (!existsSync(entry)) throw new Error('Geen productiebuild in build/: voer `npm run build` uit.');
	const url = `http://127.0.0.1:${port}`;
	const child: ChildProcess = spawn(process.execPath, [entry], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: url,
			PUBLIC_SUPABASE_URL: stack.apiUrl,
			PUBLIC_SUPABASE_ANON_KEY: stack.anonKey
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const deadline = Date.now() + 30_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`De app stopte bij het starten (code ${child.exitCode}).`);
		const up = await fetch(`${url}/login`)
			.then((response) => response.status < 500)
			.catch(() => false);
		if (up) break;
		if (Date.now() > deadline) {
			child.kill('SIGTERM');
			throw new Error(`De app antwoordde niet binnen 30 s op ${url}/login.`);
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	return {
		url,
		async stop() {
			if (child.exitCode !== null) return;
			const gone = new Promise((resolve) => child.once('exit', resolve));
			child.kill('SIGTERM');
			await gone;
		}
	};
}

/** Signs in by posting the login form, as a browser without JavaScript does; returns the Cookie header. */
export async function signInThroughForm(app: RunningApp, email: string): Promise<string> {
	const response = await fetch(`${app.url}/login`, {
		method: 'POST',
		redirect: 'manual',
		// A browser's form post: HTML wanted, so SvelteKit answers with a 303 rather than JSON.
		headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', origin: app.url },
		body: new URLSearchParams({ email, password: BENCH_PASSWORD, redirectTo: '/regio' })
	});
	const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
	if (response.status !== 303 || !cookies.some((cookie) => cookie.startsWith('sb-'))) {
		throw new Error(`Inloggen via het formulier als ${email} mislukt: status ${response.status}`);
	}
	return cookies.join('; ');
}
