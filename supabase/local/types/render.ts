import {
	TABLE_KINDS,
	VIEW_KINDS,
	type PgColumn,
	type PgFunction,
	type PgRelation,
	type PgType,
	type SchemaCatalog
} from './catalog-model.ts';
import { HELPER_TYPES } from './helper-types.ts';
import { relationships } from './relationships.ts';
import { callableFunctions, computedFieldOf, renderFunctions } from './render-functions.ts';
import { byName, compareText, quote, rowMember, sortedColumns, type RenderContext } from './render-shared.ts';
import { nullable, pgTypeToTsType, type TypeContext } from './ts-types.ts';

export interface RenderOptions {
	schemas: string[];
	/** Written as `__InternalSupabase.PostgrestVersion`, which tells supabase-js what the server supports. */
	postgrestVersion?: string;
}

const EMPTY = '[_ in never]: never';

/**
 * `database.types.ts` laid out as `supabase gen types typescript` does, before formatting. Where a newline
 * follows `{` matters: prettier keeps those objects expanded, as in the CLI's output.
 */
export function renderDatabaseTypes(catalog: SchemaCatalog, options: RenderOptions): string {
	const schemas = [...options.schemas].sort(compareText);
	const relationsByOid = new Map(catalog.relations.map((relation) => [relation.oid, relation]));
	const context: RenderContext = {
		types: catalog.types,
		schemas,
		catalog,
		relationsByOid,
		relationships: relationships(catalog, relationsByOid)
	};
	return [
		'export type Json = string | number | boolean | null | { [key: string]: Json | undefined } | Json[]',
		'',
		'export type Database = {',
		renderInternals(options.postgrestVersion),
		...schemas.map((schema) => renderSchema(schema, context)),
		'}',
		HELPER_TYPES,
		renderConstants(schemas, context)
	].join('\n');
}

function renderInternals(postgrestVersion: string | undefined): string {
	if (!postgrestVersion) return '';
	return `// Allows to automatically instantiate createClient with right options
  // instead of createClient<Database, { PostgrestVersion: 'XX' }>(URL, KEY)
  __InternalSupabase: {
    PostgrestVersion: ${quote(postgrestVersion)}
  }`;
}

function renderSchema(schema: string, context: RenderContext): string {
	const relations = context.catalog.relations.filter((relation) => relation.schema === schema).sort(byName);
	const tables = relations.filter((relation) => TABLE_KINDS.has(relation.kind));
	const views = relations.filter((relation) => VIEW_KINDS.has(relation.kind));
	const functions = callableFunctions(schema, context);
	return `${quote(schema)}: {
    Tables: {
      ${orEmpty(tables.map((table) => renderTable(table, functions, context)))}
    }
    Views: {
      ${orEmpty(views.map((view) => renderView(view, context)))}
    }
    Functions: {
      ${orEmpty(renderFunctions(functions, context))}
    }
    Enums: {
      ${orEmpty(enumsOf(schema, context).map((type) => `${quote(type.name)}: ${enumUnion(type)}`))}
    }
    CompositeTypes: {
      ${orEmpty(compositeTypesOf(schema, context).map((type) => renderCompositeType(type, context)))}
    }
  }`;
}

function orEmpty(members: string[]): string {
	return members.length ? members.join('\n') : EMPTY;
}

// ----- Tables and views -------------------------------------------------------------------------------

function renderTable(table: PgRelation, functions: PgFunction[], context: RenderContext): string {
	const columns = sortedColumns(table);
	const computedFields = functions
		.filter((fn) => computedFieldOf(fn, context) === table)
		.map((fn) => `${quote(fn.name)}: ${nullable(pgTypeToTsType(fn.returnTypeOid, context), true)}`);
	return `${quote(table.name)}: {
    Row: {
      ${[...columns.map((column) => rowMember(column, context)), ...computedFields].join('\n')}
    }
    Insert: {
      ${columns.map((column) => insertMember(column, context)).join('\n')}
    }
    Update: {
      ${columns.map((column) => updateMember(column, context)).join('\n')}
    }
    Relationships: [
      ${renderRelationships(table, context)}
    ]
  }`;
}

function renderView(view: PgRelation, context: RenderContext): string {
	const columns = sortedColumns(view);
	const writable = view.kind === 'v' && view.updatable;
	const writeShapes = writable
		? `Insert: {
      ${columns.map((column) => viewWriteMember(column, context)).join('\n')}
    }
    Update: {
      ${columns.map((column) => viewWriteMember(column, context)).join('\n')}
    }
    `
		: '';
	return `${quote(view.name)}: {
    Row: {
      ${columns.map((column) => rowMember(column, context)).join('\n')}
    }
    ${writeShapes}Relationships: [
      ${renderRelationships(view, context)}
    ]
  }`;
}

/** Identity `generated always` and generated columns cannot be written at all. */
function isWriteProtected(column: PgColumn): boolean {
	return column.identity === 'a' || column.generated;
}

function insertMember(column: PgColumn, context: TypeContext): string {
	if (isWriteProtected(column)) return `${quote(column.name)}?: never`;
	const optional = column.nullable || column.identity !== '' || column.hasDefault;
	const tsType = nullable(pgTypeToTsType(column.typeOid, context), column.nullable);
	return `${quote(column.name)}${optional ? '?' : ''}: ${tsType}`;
}

function updateMember(column: PgColumn, context: TypeContext): string {
	if (isWriteProtected(column)) return `${quote(column.name)}?: never`;
	return `${quote(column.name)}?: ${nullable(pgTypeToTsType(column.typeOid, context), column.nullable)}`;
}

function viewWriteMember(column: PgColumn, context: TypeContext): string {
	if (!column.updatable) return `${quote(column.name)}?: never`;
	return `${quote(column.name)}?: ${nullable(pgTypeToTsType(column.typeOid, context), true)}`;
}

function renderRelationships(relation: PgRelation, context: RenderContext): string {
	return context.relationships
		.filter(
			(relationship) =>
				relationship.schema === relation.schema &&
				relationship.referencedSchema === relation.schema &&
				relationship.relation === relation.name
		)
		.sort(
			(a, b) =>
				compareText(a.foreignKeyName, b.foreignKeyName) ||
				compareText(a.referencedRelation, b.referencedRelation) ||
				compareText(JSON.stringify(a.referencedColumns), JSON.stringify(b.referencedColumns))
		)
		.map(
			(relationship) => `{
        foreignKeyName: ${quote(relationship.foreignKeyName)}
        columns: ${JSON.stringify(relationship.columns)}
        isOneToOne: ${relationship.isOneToOne}
        referencedRelation: ${quote(relationship.referencedRelation)}
        referencedColumns: ${JSON.stringify(relationship.referencedColumns)}
      },`
		)
		.join('\n');
}

// ----- Enums and composite types ----------------------------------------------------------------------

function enumsOf(schema: string, context: RenderContext): PgType[] {
	return [...context.types.values()]
		.filter((type) => type.schema === schema && type.kind === 'e')
		.sort(byName);
}

function enumUnion(type: PgType): string {
	return type.enumValues.map(quote).join(' | ');
}

function compositeTypesOf(schema: string, context: RenderContext): PgType[] {
	return [...context.types.values()]
		.filter((type) => type.schema === schema && type.kind === 'c' && type.relationKind === 'c')
		.sort(byName);
}

/** Attributes in declaration order, all nullable, as the CLI writes them. */
function renderCompositeType(type: PgType, context: RenderContext): string {
	const attributes = context.relationsByOid.get(type.relationOid ?? 0)?.columns ?? [];
	const members = attributes.map(
		(attribute) => `${quote(attribute.name)}: ${nullable(pgTypeToTsType(attribute.typeOid, context), true)}`
	);
	return `${quote(type.name)}: {
      ${members.join('\n')}
    }`;
}

function renderConstants(schemas: string[], context: RenderContext): string {
	const schemaConstants = schemas.map((schema) => {
		const enums = enumsOf(schema, context).map(
			(type) => `${quote(type.name)}: [${type.enumValues.map(quote).join(', ')}],`
		);
		return `${quote(schema)}: {
    Enums: {${enums.length ? `\n      ${enums.join('\n')}\n    ` : ''}},
  },`;
	});
	return `export const Constants = {
  ${schemaConstants.join('\n')}
} as const
`;
}
