import type pg from 'pg';
import type {
	PgColumn,
	PgForeignKey,
	PgFunction,
	PgFunctionArgument,
	PgRelation,
	PgType,
	PgViewColumnOrigin,
	SchemaCatalog
} from './catalog-model.ts';
import { viewTargetOrigins } from './node-tree.ts';

type Queryable = pg.ClientBase;

/** Reads everything the type generator needs about `schemas` (and the types they use) from pg_catalog. */
export async function readCatalog(db: Queryable, schemas: string[]): Promise<SchemaCatalog> {
	// One after another: a pg.Client runs one query at a time anyway.
	return {
		types: await readTypes(db),
		relations: await readRelations(db, schemas),
		foreignKeys: await readForeignKeys(db),
		viewColumnOrigins: await readViewColumnOrigins(db),
		functions: await readFunctions(db, schemas)
	};
}

async function readTypes(db: Queryable): Promise<Map<number, PgType>> {
	const { rows } = await db.query<PgType>(`
		select
			t.oid,
			n.nspname as schema,
			t.typname as name,
			t.typtype as kind,
			case when t.typcategory = 'A' and t.typelem <> 0 then t.typelem end as "elementOid",
			nullif(t.typbasetype, 0) as "baseOid",
			nullif(t.typrelid, 0) as "relationOid",
			c.relkind as "relationKind",
			coalesce(
				(select array_agg(e.enumlabel::text order by e.enumsortorder) from pg_enum e where e.enumtypid = t.oid),
				'{}'
			) as "enumValues"
		from pg_type t
		join pg_namespace n on n.oid = t.typnamespace
		left join pg_class c on c.oid = t.typrelid
	`);
	return new Map(rows.map((type) => [type.oid, type]));
}

interface RelationRow extends Omit<PgRelation, 'columns'> {
	columns: PgColumn[] | null;
}

async function readRelations(db: Queryable, schemas: string[]): Promise<PgRelation[]> {
	const { rows } = await db.query<RelationRow>(
		`
		select
			c.oid,
			n.nspname as schema,
			c.relname as name,
			c.relkind as kind,
			c.relkind = 'v' and (pg_relation_is_updatable(c.oid, false) & 20) = 20 as updatable,
			(
				select json_agg(json_build_object(
					'name', a.attname,
					'typeOid', a.atttypid::bigint,
					'nullable', not (a.attnotnull or coalesce(t.typtype = 'd' and t.typnotnull, false)),
					'hasDefault', a.atthasdef and a.attgenerated = '',
					'identity', a.attidentity,
					'generated', a.attgenerated <> '',
					'updatable', pg_column_is_updatable(c.oid, a.attnum, false)
				) order by a.attnum)
				from pg_attribute a
				left join pg_type t on t.oid = a.atttypid
				where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
			) as columns
		from pg_class c
		join pg_namespace n on n.oid = c.relnamespace
		where n.nspname = any($1) and c.relkind in ('r', 'p', 'f', 'v', 'm', 'c')
		`,
		[schemas]
	);
	return rows.map((row) => ({ ...row, columns: row.columns ?? [] }));
}

async function readForeignKeys(db: Queryable): Promise<PgForeignKey[]> {
	const { rows } = await db.query<PgForeignKey>(`
		select
			k.conname as name,
			sn.nspname as schema,
			s.relname as relation,
			array(
				select a.attname::text from unnest(k.conkey) with ordinality as key(attnum, position)
				join pg_attribute a on a.attrelid = k.conrelid and a.attnum = key.attnum
				order by key.position
			) as columns,
			rn.nspname as "referencedSchema",
			r.relname as "referencedRelation",
			array(
				select a.attname::text from unnest(k.confkey) with ordinality as key(attnum, position)
				join pg_attribute a on a.attrelid = k.confrelid and a.attnum = key.attnum
				order by key.position
			) as "referencedColumns",
			exists (
				select 1 from pg_constraint u
				where u.conrelid = k.conrelid and u.contype in ('p', 'u')
					and (select array_agg(x order by x) from unnest(u.conkey) x)
						= (select array_agg(x order by x) from unnest(k.conkey) x)
			) as "isOneToOne",
			k.conrelid as "relationOid",
			k.confrelid as "referencedRelationOid"
		from pg_constraint k
		join pg_class s on s.oid = k.conrelid
		join pg_namespace sn on sn.oid = s.relnamespace
		join pg_class r on r.oid = k.confrelid
		join pg_namespace rn on rn.oid = r.relnamespace
		-- Partitions carry clones of their parent's keys; only the parent's count, as in PostgREST.
		where k.contype = 'f' and k.conparentid = 0
	`);
	return rows;
}

async function readViewColumnOrigins(db: Queryable): Promise<PgViewColumnOrigin[]> {
	const { rows } = await db.query<{ viewOid: number; definition: string }>(`
		select c.oid as "viewOid", r.ev_action::text as definition
		from pg_class c
		join pg_namespace n on n.oid = c.relnamespace
		join pg_rewrite r on r.ev_class = c.oid and r.rulename = '_RETURN'
		where c.relkind in ('v', 'm') and n.nspname not in ('pg_catalog', 'information_schema')
	`);
	const { rows: columns } = await db.query<{ relationOid: number; number: number; name: string }>(`
		select a.attrelid as "relationOid", a.attnum as number, a.attname as name
		from pg_attribute a
		join pg_class c on c.oid = a.attrelid
		join pg_namespace n on n.oid = c.relnamespace
		where a.attnum > 0 and not a.attisdropped and c.relkind in ('r', 'p', 'f', 'v', 'm')
			and n.nspname not in ('pg_catalog', 'information_schema')
	`);
	const columnName = new Map(
		columns.map((column) => [`${column.relationOid}.${column.number}`, column.name])
	);
	return rows.flatMap(({ viewOid, definition }) =>
		viewTargetOrigins(definition).flatMap((origin) => {
			const originColumn = columnName.get(`${origin.originOid}.${origin.originColumnNumber}`);
			if (!originColumn) return [];
			return [{ viewOid, viewColumn: origin.column, originOid: origin.originOid, originColumn }];
		})
	);
}

interface FunctionRow extends Omit<PgFunction, 'arguments'> {
	argumentNames: string[] | null;
	argumentModes: string[] | null;
	argumentTypes: string[];
	defaultCount: number;
}

const INPUT_MODES = new Set(['i', 'b', 'v']);

async function readFunctions(db: Queryable, schemas: string[]): Promise<PgFunction[]> {
	const { rows } = await db.query<FunctionRow>(
		`
		select
			p.oid,
			n.nspname as schema,
			p.proname as name,
			p.proargnames as "argumentNames",
			p.proargmodes::text[] as "argumentModes",
			coalesce(p.proallargtypes, p.proargtypes::oid[])::text[] as "argumentTypes",
			p.pronargdefaults as "defaultCount",
			p.prorettype as "returnTypeOid",
			p.proretset as "returnsSet",
			p.prorows as "estimatedRows"
		from pg_proc p
		join pg_namespace n on n.oid = p.pronamespace
		where n.nspname = any($1) and p.prokind = 'f'
		`,
		[schemas]
	);
	return rows.map(({ argumentNames, argumentModes, argumentTypes, defaultCount, ...fn }) => ({
		...fn,
		estimatedRows: Number(fn.estimatedRows),
		arguments: functionArguments(argumentNames ?? [], argumentModes, argumentTypes, defaultCount)
	}));
}

/** Pairs names, modes and types; the last `defaultCount` input arguments have a default. */
function functionArguments(
	names: string[],
	modes: string[] | null,
	typeOids: string[],
	defaultCount: number
): PgFunctionArgument[] {
	const args = typeOids.map((typeOid, index) => ({
		name: names[index] ?? '',
		mode: modes?.[index] ?? 'i',
		typeOid: Number(typeOid),
		hasDefault: false
	}));
	const inputs = args.filter((arg) => INPUT_MODES.has(arg.mode));
	for (const arg of inputs.slice(inputs.length - defaultCount)) arg.hasDefault = true;
	return args;
}
