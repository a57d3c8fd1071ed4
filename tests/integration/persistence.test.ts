import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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
}

/** `npm run stack` as its own process, so it can be killed the hard way. */
function startStackProcess(dataDir: string): Promise<StartedStack> {
	const child = spawn(
		process.execPath,
		['--import', 'tsx', 'supabase/local/main.ts', '--port', '0', '--data-dir', dataDir],
		{ stdio: ['pipe', 'pipe', 'pipe'] }
	);
	return new Promise((resolve, reject) => {
		const env: Record<string, string> = {};
		let buffered = '';
		let stderr = '';
		const timer = setTimeout(() => reject(new Error(`stack not ready in 60 s: ${stderr}`)), 60_000);
		child.stderr.on('data', (chunk) => (stderr += chunk));
		child.stdout.on('data', (chunk) => {
			buffered += chunk;
			const lines = buffered.split('\n');
			buffered = lines.pop() ?? '';
			for (const line of lines) {
				const match = /^([A-Z_]+)=(.*)$/.exec(line);
				if (match) env[match[1]] = match[2];
				if (line === 'ready') {
					clearTimeout(timer);
					resolve({ child, env });
				}
			}
		});
		child.on('exit', (code) => reject(new Error(`stack exited with ${code}: ${stderr}`)));
	});
}

function exited(child: ChildProcess): Promise<void> {
	return new Promise((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null) resolve();
		else child.once('exit', () => resolve());
	});
}

describe('persistence of the embedded database', () => {
	const dataDir = mkdtempSync(path.join(tmpdir(), 'rnd-persist-'));
	afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

	it('prints the supabase status env names and keeps a committed row through SIGKILL', async (context) => {
		if (!stack.local) {
			context.skip('only for the embedded local stack: a hosted Supabase cannot be killed from here');
		}
		const first = await startStackProcess(dataDir);
		expect(Object.keys(first.env)).toEqual([
			'API_URL',
			'DB_URL',
			'ANON_KEY',
			'SERVICE_ROLE_KEY',
			'JWT_SECRET'
		]);

		const userId = randomUUID();
		const client = new pg.Client({ connectionString: first.env.DB_URL });
		await client.connect();
		await client.query(`insert into auth.users (id, email) values ($1, $2)`, [
			userId,
			`${userId}@test.example`
		]);
		await client.query(`insert into public.profiles (id, display_name) values ($1, 'Blijvend')`, [userId]);
		await client.end();

		first.child.kill('SIGKILL');
		await exited(first.child);

		const second = await startStackProcess(dataDir);
		try {
			const admin = createClient(second.env.API_URL, second.env.SERVICE_ROLE_KEY, {
				auth: { persistSession: false },
				realtime: { transport: WebSocket as never }
			});
			const { data, error } = await admin.from('profiles').select('display_name').eq('id', userId).single();
			expect(error).toBeNull();
			expect(data?.display_name).toBe('Blijvend');
		} finally {
			second.child.kill('SIGTERM');
			await exited(second.child);
		}
	}, 120_000);
});
