// The database's own errors carry stable codes, never prose: every `raise exception` in the schema's
// functions uses `message = '<code>'` with a code that src/lib/data/errors.ts knows (and so the one message
// helper can word it in the user's language), and every code listed there is raised somewhere.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { DB_ERROR_CODES } from '$lib/data/errors';
import { stack } from './helpers';

const SKIP = 'needs direct database access (SUPABASE_DB_URL for a hosted project)';
/** Our schemas: public and every schema a migration creates (the platform's auth, realtime, … are not ours). */
const MIGRATIONS = new URL('../../supabase/migrations/', import.meta.url);
const OUR_SCHEMAS = [
	'public',
	...readdirSync(MIGRATIONS)
		.filter((file) => file.endsWith('.sql'))
		.flatMap((file) => [
			...readFileSync(new URL(file, MIGRATIONS), 'utf8').matchAll(
				/create schema (?:if not exists )?"?(\w+)/gi
			)
		])
		.map((m) => m[1].toLowerCase())
];

interface Raise {
	fn: string;
	statement: string;
}

async function raisesInSchema(dbUrl: string): Promise<Raise[]> {
	const db = new pg.Client(dbUrl);
	await db.connect();
	try {
		const { rows } = await db.query<{ fn: string; src: string }>(
			`select n.nspname || '.' || p.proname as fn, p.prosrc as src
			from pg_proc p join pg_namespace n on n.oid = p.pronamespace
			where n.nspname = any($1) and p.prosrc ~* 'raise\\s+exception'`,
			[OUR_SCHEMAS]
		);
		return rows.flatMap(({ fn, src }) =>
			[...src.matchAll(/raise\s+exception[^;]*;/gi)].map((m) => ({
				fn,
				statement: m[0].replace(/\s+/g, ' ')
			}))
		);
	} finally {
		await db.end();
	}
}

/** The code of a raise: `raise exception using message = 'code'` or `raise exception 'code' using …`. */
const codeOf = (statement: string) =>
	(/message\s*=\s*'([a-z0-9_]+)'/.exec(statement) ??
		/^raise exception '([a-z0-9_]+)' using /.exec(statement))?.[1] ?? null;

describe('error codes of the database', () => {
	let read: Promise<Raise[]> | undefined;
	const raises = () => (read ??= raisesInSchema(stack.dbUrl!));

	it('every raise carries a SQLSTATE and a machine code as its message, never a sentence', async (context) => {
		if (!stack.dbUrl) context.skip(SKIP);
		const all = await raises();
		expect(all.length).toBeGreaterThan(50);
		const prose = all.filter(({ statement }) => !codeOf(statement));
		expect(prose).toEqual([]);
		const withoutState = all.filter(({ statement }) => !/errcode\s*=\s*'[0-9A-Z]{5}'/.test(statement));
		expect(withoutState).toEqual([]);
	});

	it('the codes raised are exactly the codes src/lib/data/errors.ts lists', async (context) => {
		if (!stack.dbUrl) context.skip(SKIP);
		const raised = new Set((await raises()).map(({ statement }) => codeOf(statement)));
		expect([...raised].sort()).toEqual(Object.keys(DB_ERROR_CODES).sort());
	});

	it('each code is raised with the SQLSTATE its description names', async (context) => {
		if (!stack.dbUrl) context.skip(SKIP);
		const mismatches = (await raises()).flatMap(({ fn, statement }) => {
			const code = codeOf(statement) as keyof typeof DB_ERROR_CODES;
			const state = /errcode\s*=\s*'(\w+)'/.exec(statement)?.[1] ?? '';
			return DB_ERROR_CODES[code]?.split(':')[0].split('/').includes(state)
				? []
				: [`${fn}: ${code} ${state}`];
		});
		expect(mismatches).toEqual([]);
	});
});
