// One source for the limits: the check constraints of the database say exactly what src/lib/domain/limits.ts
// says, column by column, so a form can never again allow what the database refuses (or the other way round).
// And every number check refuses NaN and ±Infinity, posted as text through PostgREST as anyone could.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { LIMITS, type Limit } from '$lib/domain/limits';
import { ORG, REGION, signInActors, signOutActors, type Actors } from './rls-fixtures';
import { commitment, countRows, TEST_YEAR } from './rls-figures-fixtures';
import { stack } from './helpers';

type Bounds = Record<string, Record<string, Limit>>;

const LITERAL = String.raw`(?:\((-?[\d.]+)\)|'([^']*)'|(-?[\d.]+))(?:::[\w ]+)?`;
const SUBJECT = String.raw`(char_length\(btrim\("?(\w+)"?\)\)|char_length\("?(\w+)"?\)|cardinality\("?(\w+)"?\)|abs\("?(\w+)"?\)|"?(\w+)"?)`;
const COMPARISON = new RegExp(String.raw`\(${SUBJECT} (<=|>=|<|>) ${LITERAL}\)`, 'g');
const CHOICE = /^CHECK \(\("?(\w+)"? = ANY \(ARRAY\[(.*)\]\)\)\)$/;

/** Reads the bounds out of the check constraints of one table, in the shape of LIMITS. */
function boundsOf(definitions: string[], problems: string[], table: string): Record<string, Limit> {
	const found: Record<string, Limit> = {};
	const merge = (column: string, limit: Limit) => {
		const known = found[column];
		found[column] = known ? { ...known, ...withoutNulls(limit) } : limit;
	};
	for (const definition of definitions) {
		const choice = CHOICE.exec(definition);
		if (choice) {
			const values = [...choice[2].matchAll(/'([^']*)'::\w+/g)].map((m) => m[1]).sort();
			merge(choice[1], { kind: 'choice', values });
			continue;
		}
		for (const m of definition.matchAll(COMPARISON)) {
			const [, , trimmedColumn, lengthColumn, countColumn, absColumn, plainColumn, op, paren, quoted, bare] =
				m;
			const literal = paren ?? quoted ?? bare;
			const column = trimmedColumn ?? lengthColumn ?? countColumn ?? absColumn ?? plainColumn;
			if (op === '<' || op === '>' || absColumn) {
				problems.push(`${table}.${column}: "${m[0]}" is not inclusive; write "between min and max"`);
				continue;
			}
			const side = op === '>=' ? 'min' : 'max';
			if (trimmedColumn || lengthColumn) {
				merge(column, {
					kind: 'length',
					min: null,
					max: Number.NaN,
					trimmed: !!trimmedColumn,
					[side]: Number(literal)
				});
			} else if (countColumn) {
				merge(column, { kind: 'count', [side]: Number(literal) } as unknown as Limit);
			} else if (/^\d{4}-\d{2}-\d{2}$/.test(literal)) {
				merge(column, { kind: 'date', [side]: literal } as unknown as Limit);
			} else {
				merge(column, { kind: 'range', min: Number.NaN, max: null, [side]: Number(literal) });
			}
		}
	}
	return found;
}

/** Fields set by an earlier constraint stay unless the next one says something about them. */
function withoutNulls(limit: Limit) {
	return Object.fromEntries(
		Object.entries(limit).filter(([, v]) => v !== null && !(typeof v === 'number' && Number.isNaN(v)))
	);
}

/** The bounds of every table, read once from the database's check constraints. */
async function readDatabaseBounds(dbUrl: string): Promise<{ bounds: Bounds; problems: string[] }> {
	const db = new pg.Client(dbUrl);
	await db.connect();
	try {
		const { rows } = await db.query<{ table_name: string; definition: string }>(`
			select c.conrelid::regclass::text as table_name, pg_get_constraintdef(c.oid) as definition
			from pg_constraint c
			where c.contype = 'c' and c.connamespace = 'public'::regnamespace
			order by 1, c.conname`);
		const byTable = new Map<string, string[]>();
		for (const row of rows)
			byTable.set(row.table_name, [...(byTable.get(row.table_name) ?? []), row.definition]);
		const bounds: Bounds = {};
		const problems: string[] = [];
		for (const [table, definitions] of byTable) {
			const found = boundsOf(definitions, problems, table);
			if (Object.keys(found).length > 0) bounds[table] = found;
		}
		return { bounds, problems };
	} finally {
		await db.end();
	}
}

describe('limits', () => {
	let read: ReturnType<typeof readDatabaseBounds> | undefined;
	const database = () => (read ??= readDatabaseBounds(stack.dbUrl!));
	const SKIP = 'needs direct database access (SUPABASE_DB_URL for a hosted project)';

	it('every bound is inclusive (between min and max), so NaN and ±Infinity fall outside it', async (context) => {
		if (!stack.dbUrl) context.skip(SKIP);
		expect((await database()).problems).toEqual([]);
	});

	it('the database checks exactly the bounds of src/lib/domain/limits.ts', async (context) => {
		if (!stack.dbUrl) context.skip(SKIP);
		// Compared as plain data; the choices as sets (the module keeps them in the order forms offer them).
		const module = JSON.parse(JSON.stringify(LIMITS), (_key, value) =>
			value?.kind === 'choice' ? { ...value, values: [...value.values].sort() } : value
		);
		expect((await database()).bounds).toEqual(module);
	});
});

describe('NaN and Infinity posted through PostgREST', () => {
	let actors: Actors;
	beforeAll(async () => {
		actors = await signInActors();
	});
	afterAll(async () => {
		await signOutActors(actors);
	});

	const target = (values: Record<string, unknown>) => ({
		region_id: REGION.zuidLimburg,
		year: TEST_YEAR,
		sector: 'markt',
		target_jobs: 120,
		source: 'Testbron',
		...values
	});

	for (const value of ['NaN', 'Infinity', '-Infinity'])
		for (const column of ['target_jobs'])
			it(`regional_targets.${column} = "${value}" is refused and nothing is stored`, async () => {
				const result = await actors.coordinator
					.from('regional_targets')
					.insert(target({ [column]: value }))
					.select();
				expect(result.data).toBeNull();
				// NaN fails the check (23514); ±Infinity does not fit numeric(10,2) at all (22003).
				expect(result.error?.code).toBe(value === 'NaN' ? '23514' : '22003');
				expect(await countRows('regional_targets', { year: TEST_YEAR })).toBe(0);
			});

	it('budget_commitments.committed_amount = "NaN" is refused', async () => {
		const result = await actors.editor
			.from('budget_commitments')
			.insert(commitment(ORG.maastricht, 'limits-nan', { committed_amount: 'NaN' as never }))
			.select();
		expect(result.data).toBeNull();
		expect(result.error?.code).toBe('23514');
		expect(result.error?.message).toMatch(/budget_commitments_committed_amount_check/);
		expect(await countRows('budget_commitments', { year: TEST_YEAR })).toBe(0);
	});
});
