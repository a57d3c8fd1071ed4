import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type pg from 'pg';

export interface MigrationResult {
	fresh: boolean;
	applied: string[];
	seeded: boolean;
}

const MIGRATION_FILE = /^(\d+)_(.+)\.sql$/;

export function listMigrations(migrationsDir: string): { version: string; name: string; file: string }[] {
	if (!existsSync(migrationsDir)) return [];
	return readdirSync(migrationsDir)
		.filter((file) => MIGRATION_FILE.test(file))
		.sort()
		.map((file) => {
			const [, version, name] = MIGRATION_FILE.exec(file)!;
			return { version, name, file: path.join(migrationsDir, file) };
		});
}

/**
 * Brings the database up to date: the platform on a fresh database, then every migration not yet
 * recorded (each in its own transaction), then the seed, but only on a fresh database.
 */
export async function migrate(
	pool: pg.Pool,
	supabaseDir: string,
	log: (message: string) => void
): Promise<MigrationResult> {
	const { rows } = await pool.query<{ exists: boolean }>(
		`select to_regclass('supabase_migrations.schema_migrations') is not null as exists`
	);
	const fresh = !rows[0].exists;
	if (fresh) {
		log('platform.sql toepassen (nieuwe database)');
		await runInTransaction(pool, readFileSync(path.join(supabaseDir, 'local', 'platform.sql'), 'utf8'));
	}
	const done = new Set(
		(
			await pool.query<{ version: string }>('select version from supabase_migrations.schema_migrations')
		).rows.map((row) => row.version)
	);
	const applied: string[] = [];
	for (const migration of listMigrations(path.join(supabaseDir, 'migrations'))) {
		if (done.has(migration.version)) continue;
		log(`migratie ${path.basename(migration.file)}`);
		const sql = readFileSync(migration.file, 'utf8');
		await runInTransaction(pool, sql, async (client) => {
			await client.query(
				'insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, $2, $3)',
				[migration.version, migration.name, [sql]]
			);
		});
		applied.push(migration.version);
	}
	let seeded = false;
	const seedFile = path.join(supabaseDir, 'seed.sql');
	if (fresh && existsSync(seedFile)) {
		log('seed.sql laden');
		await runInTransaction(pool, readFileSync(seedFile, 'utf8'));
		seeded = true;
	}
	return { fresh, applied, seeded };
}

async function runInTransaction(
	pool: pg.Pool,
	sql: string,
	after?: (client: pg.PoolClient) => Promise<void>
): Promise<void> {
	const client = await pool.connect();
	try {
		await client.query('begin');
		await client.query(sql);
		if (after) await after(client);
		await client.query('commit');
	} catch (error) {
		await client.query('rollback').catch(() => {});
		throw error;
	} finally {
		client.release();
	}
}
