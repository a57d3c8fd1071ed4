import { TABLE_KINDS, type PgFunction, type PgRelation } from './catalog-model.ts';
import {
	byName,
	compareText,
	inputArguments,
	quote,
	rowMember,
	rowRelationOf,
	sortedColumns,
	type RenderContext
} from './render-shared.ts';
import { pgTypeToTsType } from './ts-types.ts';

const OUTPUT_MODES = new Set(['o', 'b', 't']);
// Not callable through PostgREST: triggers and the handlers Postgres itself invokes.
const UNCALLABLE_RETURN_TYPES = new Set([
	'trigger',
	'event_trigger',
	'internal',
	'language_handler',
	'fdw_handler',
	'index_am_handler',
	'table_am_handler',
	'tsm_handler'
]);

/** The functions the CLI lists: callable, with named arguments or a single unnamed one. */
export function callableFunctions(schema: string, context: RenderContext): PgFunction[] {
	return context.catalog.functions
		.filter((fn) => fn.schema === schema)
		.filter((fn) => !UNCALLABLE_RETURN_TYPES.has(context.types.get(fn.returnTypeOid)?.name ?? ''))
		.filter((fn) => {
			const inputs = inputArguments(fn);
			return inputs.every((arg) => arg.name !== '') || inputs.length === 1;
		})
		.sort(byName);
}

/** A function of one unnamed row argument is a computed column of that table, selectable like a column. */
export function computedFieldOf(fn: PgFunction, context: RenderContext): PgRelation | undefined {
	const inputs = inputArguments(fn);
	if (inputs.length !== 1 || inputs[0].name !== '') return undefined;
	const relation = rowRelationOf(inputs[0].typeOid, context);
	return relation && TABLE_KINDS.has(relation.kind) && relation.schema === fn.schema ? relation : undefined;
}

/** One member per name; overloads become a union of `{ Args, Returns }` variants. */
export function renderFunctions(functions: PgFunction[], context: RenderContext): string[] {
	const overloadsByName = new Map<string, PgFunction[]>();
	for (const fn of functions) overloadsByName.set(fn.name, [...(overloadsByName.get(fn.name) ?? []), fn]);
	return [...overloadsByName].map(([name, overloads]) => {
		const variants = overloads.map((fn) => renderFunctionVariant(fn, context)).sort(compareText);
		return `${quote(name)}: ${variants.join(' | ')}`;
	});
}

function renderFunctionVariant(fn: PgFunction, context: RenderContext): string {
	const setofOptions = renderSetofOptions(fn, context);
	return `{ Args: ${renderArgs(fn, context)}
    Returns: ${renderReturns(fn, context)}${fn.returnsSet ? '[]' : ''}${setofOptions ? `\n${setofOptions}` : ''}
  }`;
}

function renderArgs(fn: PgFunction, context: RenderContext): string {
	const inputs = [...inputArguments(fn)].sort(byName);
	if (inputs.length === 0) return 'never';
	const members = inputs.map(
		(arg) => `${quote(arg.name)}${arg.hasDefault ? '?' : ''}: ${pgTypeToTsType(arg.typeOid, context)}`
	);
	return `{ ${members.join('; ')} }`;
}

function renderReturns(fn: PgFunction, context: RenderContext): string {
	const outputs = fn.arguments.filter((arg) => OUTPUT_MODES.has(arg.mode)).sort(byName);
	const returnsRecord = context.types.get(fn.returnTypeOid)?.name === 'record';
	if (outputs.length > 0 && returnsRecord) {
		return `{
      ${outputs.map((arg) => `${quote(arg.name)}: ${pgTypeToTsType(arg.typeOid, context)}`).join('\n')}
    }`;
	}
	const relation = rowRelationOf(fn.returnTypeOid, context);
	if (relation) {
		return `{
      ${sortedColumns(relation)
				.map((column) => rowMember(column, context))
				.join('\n')}
    }`;
	}
	return pgTypeToTsType(fn.returnTypeOid, context);
}

/** Tells supabase-js that the result is rows of a table, view or composite type, for embedding. */
function renderSetofOptions(fn: PgFunction, context: RenderContext): string | undefined {
	const target = context.types.get(fn.returnTypeOid);
	if (!target || target.kind !== 'c' || !context.schemas.includes(target.schema)) return undefined;
	const inputs = inputArguments(fn);
	const source = inputs.length === 1 ? rowRelationOf(inputs[0].typeOid, context) : undefined;
	return `SetofOptions: {
      from: ${quote(source?.name ?? '*')}
      to: ${quote(target.name)}
      isOneToOne: ${!fn.returnsSet || fn.estimatedRows === 1}
      isSetofReturn: ${fn.returnsSet}
    }`;
}
