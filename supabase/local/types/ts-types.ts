import { TABLE_KINDS, VIEW_KINDS, type PgType } from './catalog-model.ts';

const NUMBER_TYPES = new Set(['int2', 'int4', 'int8', 'float4', 'float8', 'numeric']);
const STRING_TYPES = new Set([
	'bytea',
	'bpchar',
	'varchar',
	'date',
	'text',
	'citext',
	'time',
	'timetz',
	'timestamp',
	'timestamptz',
	'uuid',
	'vector'
]);

export interface TypeContext {
	types: Map<number, PgType>;
	/** Schemas in the generated `Database`: their enums and composite types are referenced by name. */
	schemas: string[];
}

/** The TypeScript type the Supabase CLI writes for a Postgres type. */
export function pgTypeToTsType(typeOid: number, context: TypeContext): string {
	const type = context.types.get(typeOid);
	if (!type) return 'unknown';
	if (type.kind === 'd' && type.baseOid !== null) return pgTypeToTsType(type.baseOid, context);
	if (type.elementOid !== null) return `(${pgTypeToTsType(type.elementOid, context)})[]`;
	return builtinTsType(type.name) ?? userDefinedTsType(type, context);
}

/** Postgres' own scalar types, by pg_type.typname. */
export function builtinTsType(typeName: string): string | undefined {
	if (typeName === 'bool') return 'boolean';
	if (NUMBER_TYPES.has(typeName)) return 'number';
	if (STRING_TYPES.has(typeName)) return 'string';
	if (typeName === 'json' || typeName === 'jsonb') return 'Json';
	if (typeName === 'void') return 'undefined';
	if (typeName === 'record') return 'Record<string, unknown>';
	return undefined;
}

function userDefinedTsType(type: PgType, context: TypeContext): string {
	const exposed = context.schemas.includes(type.schema);
	const schema = JSON.stringify(type.schema);
	const name = JSON.stringify(type.name);
	if (type.kind === 'e') {
		if (exposed) return `Database[${schema}]["Enums"][${name}]`;
		return type.enumValues.map((value) => JSON.stringify(value)).join(' | ');
	}
	if (type.kind === 'c' && exposed) {
		if (type.relationKind === 'c') return `Database[${schema}]["CompositeTypes"][${name}]`;
		if (TABLE_KINDS.has(type.relationKind ?? '')) return `Database[${schema}]["Tables"][${name}]["Row"]`;
		if (VIEW_KINDS.has(type.relationKind ?? '')) return `Database[${schema}]["Views"][${name}]["Row"]`;
	}
	return 'unknown';
}

/** `T | null`, except that `unknown` already includes null. */
export function nullable(tsType: string, isNullable: boolean): string {
	return isNullable && tsType !== 'unknown' ? `${tsType} | null` : tsType;
}
