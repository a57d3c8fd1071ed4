import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BenchStackInfo {
	apiUrl: string;
	dbUrl: string;
	postgrestUrl: string;
	anonKey: string;
	serviceRoleKey: string;
	jwtSecret: string;
	/** `embedded`: the stack's own PostgreSQL 17; `external`: BENCH_DATABASE_URL. */
	kind: 'embedded' | 'external';
	/** E.g. "PostgreSQL 17.10". */
	database: string;
}

export const READY_PREFIX = 'BENCH_STACK ';

export interface BenchStack extends BenchStackInfo {
	stop(): Promise<void>;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Starts `stack-process.ts` in a child process and waits for its ready line. */
export async function startBenchStack(port: number, timeoutMs = 120_000): Promise<BenchStack> {
	const child: ChildProcess = spawn(
		process.execPath,
		[
			// E.g. BENCH_STACK_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to see where the stack's time goes.
			...(process.env.BENCH_STACK_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
			'--import',
			'tsx',
			path.join(HERE, 'stack-process.ts'),
			String(port)
		],
		{ stdio: ['pipe', 'pipe', 'pipe'], env: process.env }
	);
	const stderr: string[] = [];
	child.stderr!.setEncoding('utf8');
	child.stderr!.on('data', (chunk: string) => {
		stderr.push(chunk);
		if (stderr.length > 200) stderr.shift();
	});
	const info = await new Promise<BenchStackInfo>((resolve, reject) => {
		let buffer = '';
		const timer = setTimeout(() => {
			child.kill('SIGTERM');
			reject(new Error(`De stack startte niet binnen ${timeoutMs / 1000} s.\n${stderr.join('')}`));
		}, timeoutMs);
		child.stdout!.setEncoding('utf8');
		child.stdout!.on('data', (chunk: string) => {
			buffer += chunk;
			const line = buffer.split('\n').find((candidate) => candidate.startsWith(READY_PREFIX));
			if (!line) return;
			clearTimeout(timer);
			resolve(JSON.parse(line.slice(READY_PREFIX.length)) as BenchStackInfo);
		});
		child.once('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`De stack stopte tijdens het opstarten (code ${code}).\n${stderr.join('')}`));
		});
	});
	return {
		...info,
		async stop() {
			if (child.exitCode !== null) return;
			const gone = new Promise((resolve) => child.once('exit', resolve));
			child.stdin!.end();
			const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
			await gone;
			clearTimeout(timer);
		}
	};
}
