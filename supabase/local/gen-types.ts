// `npm run db:types`: writes src/lib/data/database.types.ts from the migrations, as
// `supabase gen types typescript --local` would, without Docker: a throwaway embedded PostgreSQL gets the platform and
// every migration, and its public schema is read from pg_catalog.
//   --check        only compare with the committed file; exit 1 when it is out of date
//   --db-url URL   read an existing, already migrated database instead of a throwaway one
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createPool, startDatabase } from './database.ts';
import { migrate } from './migrate.ts';
import { DATABASE_TYPES_FILE, generateDatabaseTypes } from './types/generate.ts';

const SUPABASE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const { values } = parseArgs({
	options: { check: { type: 'boolean', default: false }, 'db-url': { type: 'string' } }
});
const log = (message: string) => console.error(`[db:types] ${message}`);

try {
	const dbUrl = values['db-url'];
	const generated = dbUrl ? await generateDatabaseTypes(dbUrl) : await generateFromMigrations();
	process.exit(values.check ? checkCommitted(generated) : writeGenerated(generated));
} catch (error) {
	console.error(`Typegeneratie mislukt: ${(error as Error).message}`);
	process.exit(1);
}

/** A fresh database with the platform and all migrations, thrown away after reading its schema. */
async function generateFromMigrations(): Promise<string> {
	const workDir = mkdtempSync(path.join(tmpdir(), 'rnd-gen-types-'));
	// As root the embedded PostgreSQL runs as `postgres`, which must be able to reach its folder.
	chmodSync(workDir, 0o755);
	try {
		const database = await startDatabase({ dataDir: path.join(workDir, 'data'), fresh: true, log });
		const pool = createPool(database.url, 2);
		try {
			await migrate(pool, schemaOnlyCopy(workDir), log);
			return await generateDatabaseTypes(database.url);
		} finally {
			await pool.end();
			await database.stop();
		}
	} finally {
		rmSync(workDir, { recursive: true, force: true });
	}
}

/**
 * migrate() also loads seed.sql into a fresh database. The seed adds rows, not schema, so a copy of the
 * supabase folder without it gives the same types sooner, and a half-finished seed cannot break them.
 */
function schemaOnlyCopy(workDir: string): string {
	const copy = path.join(workDir, 'supabase');
	cpSync(path.join(SUPABASE_DIR, 'local', 'platform.sql'), path.join(copy, 'local', 'platform.sql'));
	cpSync(path.join(SUPABASE_DIR, 'migrations'), path.join(copy, 'migrations'), { recursive: true });
	return copy;
}

function checkCommitted(generated: string): number {
	const committed = existsSync(DATABASE_TYPES_FILE) ? readFileSync(DATABASE_TYPES_FILE, 'utf8') : '';
	if (committed !== generated) {
		console.error('database.types.ts is verouderd: voer npm run db:types uit');
		return 1;
	}
	console.error(`${path.relative(process.cwd(), DATABASE_TYPES_FILE)} is actueel.`);
	return 0;
}

function writeGenerated(generated: string): number {
	writeFileSync(DATABASE_TYPES_FILE, generated);
	console.error(`${path.relative(process.cwd(), DATABASE_TYPES_FILE)} geschreven.`);
	return 0;
}
