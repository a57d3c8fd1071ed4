// `npm run dev`: the local stack (unless PUBLIC_SUPABASE_URL points elsewhere) plus the SvelteKit dev server.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { createApiKeys, createForwardingSecret, DEFAULT_JWT_SECRET } from './keys.ts';
import { startStack, PROJECT_DIR, type RunningStack } from './stack.ts';

const passThroughArgs = process.argv.slice(2);
const env: NodeJS.ProcessEnv = { ...process.env };
const useLocalStack = !process.env.PUBLIC_SUPABASE_URL;
const stackPort = Number(process.env.STACK_PORT ?? 54321);
const jwtSecret = process.env.JWT_SECRET || DEFAULT_JWT_SECRET;

if (useLocalStack) {
	// The stack's address and keys follow from its port and JWT secret, so Vite starts beside the stack
	// instead of after it.
	env.PUBLIC_SUPABASE_URL = `http://127.0.0.1:${stackPort}`;
	env.PUBLIC_SUPABASE_ANON_KEY = (await createApiKeys(jwtSecret)).anon;
	// A new secret per run, known to the stack and the app server only: with it the app names each browser's
	// address to Auth's sign-in limit, so one person's failed attempts do not lock everyone else out.
	env.AUTH_FORWARDING_SECRET ||= createForwardingSecret();
} else if (!process.env.PUBLIC_SUPABASE_ANON_KEY) {
	console.error('PUBLIC_SUPABASE_URL is gezet maar PUBLIC_SUPABASE_ANON_KEY niet.');
	process.exit(1);
}

const viteBin = path.join(
	path.dirname(createRequire(import.meta.url).resolve('vite/package.json')),
	'bin',
	'vite.js'
);
const vite = spawn(process.execPath, [viteBin, 'dev', ...passThroughArgs], {
	cwd: PROJECT_DIR,
	env,
	stdio: ['inherit', 'pipe', 'inherit']
});
const viteListening = new Promise<string>((resolve) => {
	vite.stdout.on('data', (chunk: Buffer) => {
		process.stdout.write(chunk);
		const url = /Local:\s+(http:\/\/\S+?)\/?\s/.exec(stripVTControlCharacters(chunk.toString()))?.[1];
		if (url) resolve(url);
	});
});

let stopping = false;
const stackStarting: Promise<RunningStack | undefined> = useLocalStack
	? startStack({
			port: stackPort,
			dataDir: process.env.LOCAL_DATA_DIR,
			databaseUrl: process.env.DATABASE_URL || undefined,
			jwtSecret,
			authForwardingSecret: env.AUTH_FORWARDING_SECRET,
			signupEnabled: process.env.ENABLE_SIGNUP === 'true',
			watchMigrations: true
		}).catch((error: Error) => {
			console.error(`De lokale stack kon niet starten: ${error.message}`);
			void shutdown(1);
			return undefined;
		})
	: Promise.resolve(undefined);

async function shutdown(code: number) {
	if (stopping) return;
	stopping = true;
	vite.kill('SIGTERM');
	await (await stackStarting)?.stop();
	process.exit(code);
}
vite.on('exit', (code) => void shutdown(code ?? 0));
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

const stack = await stackStarting;
if (stack) console.log(`Lokale Supabase-stack: ${stack.apiUrl} (database ${stack.dbUrl})`);
if (!useLocalStack || stack) void warmUp(await viteListening);

// Vite transforms a page's server modules on its first request, which made the first page a newcomer opens
// take seconds. Ask for the start page and the sign-in page once the stack and Vite are up, and only then say
// the app is ready: from then on the first page answers at the speed of a warm one.
async function warmUp(url: string): Promise<void> {
	const started = Date.now();
	for (const page of ['/', '/login']) {
		await fetch(`${url}${page}`, { signal: AbortSignal.timeout(60_000) })
			.then((response) => response.arrayBuffer())
			.catch(() => undefined);
	}
	console.log(`\n  Klaar: open ${url}/ (eerste pagina's voorbereid in ${Date.now() - started} ms)\n`);
}
