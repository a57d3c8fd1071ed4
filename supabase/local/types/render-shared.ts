import type { PgColumn, PgFunction, PgFunctionArgument, PgRelation, SchemaCatalog } from './catalog-model.ts';
import type { Relationship } from './relationships.ts';
import { nullable, pgTypeToTsType, type TypeContext } from './ts-types.ts';

export interface RenderContext extends TypeContext {
	catalog: SchemaCatalog;
	/** Tables, views and composite types of the generated schemas. */
	relationsByOid: Map<number, PgRelation>;
	relationships: Relationship[];
}

const INPUT_MODES = new Set(['i', 'b', 'v']);

const collator = new Intl.Collator('en');
export const compareText = (a: string, b: string) => collator.compare(a, b);
export const byName = <T extends { name: string }>(a: T, b: T) => compareText(a.name, b.name);
export const quote = (text: string) => JSON.stringify(text);

export function sortedColumns(relation: PgRelation): PgColumn[] {
	return [...relation.columns].sort(byName);
}

export function rowMember(column: PgColumn, context: TypeContext): string {
	return `${quote(column.name)}: ${nullable(pgTypeToTsType(column.typeOid, context), column.nullable)}`;
}

export function inputArguments(fn: PgFunction): PgFunctionArgument[] {
	return fn.arguments.filter((arg) => INPUT_MODES.has(arg.mode));
}

/** The table or view whose row type `typeOid` is, when it is in a generated schema. */
export function rowRelationOf(typeOid: number, context: RenderContext): PgRelation | undefined {
	const type = context.types.get(typeOid);
	if (!type || type.kind !== 'c' || type.relationOid === null) return undefined;
	const relation = context.relationsByOid.get(type.relationOid);
	return relation && relation.kind !== 'c' ? relation : undefined;
}
