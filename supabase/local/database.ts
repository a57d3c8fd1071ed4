import { mkdirSync, rmSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { PGliteWireServer } from './pglite-server.ts';

export interface RunningDatabase {
	/** Connection string for clients (PostgREST, psql, the gateway's pool). */
	url: string;
	kind: 'pglite' | 'postgres';
	stop(): Promise<void>;
}

export interface DatabaseOptions {
	/** A real Postgres to use instead of embedded PGlite. */
	databaseUrl?: string;
	/** Folder for PGlite's files; created when missing. */
	dataDir: string;
	/** TCP port for PGlite's socket server; 0 picks a free one. */
	port: number;
	/** Wipe the PGlite folder before starting. */
	fresh?: boolean;
}

export async function startDatabase(options: DatabaseOptions): Promise<RunningDatabase> {
	if (options.databaseUrl) {
		return { url: options.databaseUrl, kind: 'postgres', stop: async () => {} };
	}
	const pgDir = path.join(options.dataDir, 'pglite');
	if (options.fresh) rmSync(pgDir, { recursive: true, force: true });
	mkdirSync(options.dataDir, { recursive: true });
	const releaseLock = acquireLock(options.dataDir);
	try {
		const db = await PGlite.create({ dataDir: pgDir, extensions: { pgcrypto, btree_gist } });
		const server = new PGliteWireServer(db);
		const address = await server.listen(options.port);
		return {
			url: `postgresql://postgres:postgres@127.0.0.1:${address.port}/postgres?sslmode=disable`,
			kind: 'pglite',
			async stop() {
				await server.close();
				await db.close();
				releaseLock();
			}
		};
	} catch (error) {
		releaseLock();
		throw error;
	}
}

/** One stack per data folder: two PGlite processes on the same files would corrupt them. */
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
	return () => rmSync(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

export function createPool(url: string, max = 5): pg.Pool {
	const pool = new pg.Pool({ connectionString: url, max });
	// An idle client that loses its connection must not crash the stack.
	pool.on('error', () => {});
	return pool;
}

/** Drop everything the project and the platform created, for a reset of a real Postgres. */
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
