// `npm run dev`: the local stack (unless PUBLIC_SUPABASE_URL points elsewhere) plus the SvelteKit dev server.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { startStack, PROJECT_DIR, type RunningStack } from './stack.ts';

const passThroughArgs = process.argv.slice(2);
let stack: RunningStack | undefined;
const env: NodeJS.ProcessEnv = { ...process.env };

if (!process.env.PUBLIC_SUPABASE_URL) {
	stack = await startStack({
		port: Number(process.env.STACK_PORT ?? 54321),
		dataDir: process.env.LOCAL_DATA_DIR,
		databaseUrl: process.env.DATABASE_URL || undefined,
		jwtSecret: process.env.JWT_SECRET || undefined,
		signupEnabled: process.env.ENABLE_SIGNUP === 'true',
		watchMigrations: true
	}).catch((error: Error) => {
		console.error(`De lokale stack kon niet starten: ${error.message}`);
		process.exit(1);
	});
	env.PUBLIC_SUPABASE_URL = stack.apiUrl;
	env.PUBLIC_SUPABASE_ANON_KEY = stack.anonKey;
	console.log(`Lokale Supabase-stack: ${stack.apiUrl} (database ${stack.dbUrl})`);
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
	stdio: 'inherit'
});

let stopping = false;
async function shutdown(code: number) {
	if (stopping) return;
	stopping = true;
	vite.kill('SIGTERM');
	await stack?.stop();
	process.exit(code);
}
vite.on('exit', (code) => void shutdown(code ?? 0));
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
