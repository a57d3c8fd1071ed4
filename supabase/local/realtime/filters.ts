import type pg from 'pg';
import type { PublishedTable } from './capture.ts';
import type { JsonObject } from './types.ts';

/**
 * postgres_changes filters (`column=operator.value`, several joined by commas, optional `not.`), as
 * realtime-js serializes them. They are evaluated by Postgres against the changed row, so types and
 * comparisons behave exactly as in SQL.
 */

const COMPARISON_OPERATORS = {
	eq: '=',
	neq: '<>',
	lt: '<',
	lte: '<=',
	gt: '>',
	gte: '>=',
	isdistinct: 'is distinct from'
} as const;

const PATTERN_OPERATORS = {
	like: 'like',
	ilike: 'ilike',
	match: '~',
	imatch: '~*'
} as const;

const IS_VALUES = ['null', 'true', 'false', 'unknown'] as const;

type ComparisonOperator = keyof typeof COMPARISON_OPERATORS;
type PatternOperator = keyof typeof PATTERN_OPERATORS;
type IsValue = (typeof IS_VALUES)[number];

export type FilterCondition = { column: string; negated: boolean } & (
	| { operator: ComparisonOperator | PatternOperator; value: string }
	| { operator: 'in'; values: string[] }
	| { operator: 'is'; value: IsValue }
);

export class FilterSyntaxError extends Error {}

export function parseFilter(filter: string): FilterCondition[] {
	const parts = splitOutsideQuotes(filter, ',', true);
	if (parts.length === 0 || parts.some((part) => part.trim() === '')) {
		throw new FilterSyntaxError(`empty condition in \`${filter}\``);
	}
	return parts.map(parseCondition);
}

function parseCondition(condition: string): FilterCondition {
	const equals = condition.indexOf('=');
	if (equals <= 0) throw new FilterSyntaxError(`expected \`column=operator.value\`, got \`${condition}\``);
	const column = condition.slice(0, equals).trim();
	let rest = condition.slice(equals + 1);
	const negated = rest.startsWith('not.');
	if (negated) rest = rest.slice('not.'.length);
	const dot = rest.indexOf('.');
	if (dot <= 0) {
		throw new FilterSyntaxError(`expected \`operator.value\` after \`${column}=\`, got \`${rest}\``);
	}
	const operator = rest.slice(0, dot);
	const rawValue = rest.slice(dot + 1);
	if (operator === 'in') return { column, negated, operator, values: parseList(rawValue) };
	if (operator === 'is') return { column, negated, operator, value: parseIsValue(rawValue) };
	if (operator in COMPARISON_OPERATORS || operator in PATTERN_OPERATORS) {
		return { column, negated, operator: operator as ComparisonOperator, value: unquote(rawValue) };
	}
	throw new FilterSyntaxError(`unknown operator \`${operator}\``);
}

function parseList(raw: string): string[] {
	if (!raw.startsWith('(') || !raw.endsWith(')')) {
		throw new FilterSyntaxError(`\`in\` expects a list like \`(a,b)\`, got \`${raw}\``);
	}
	const items = splitOutsideQuotes(raw.slice(1, -1), ',', false);
	if (items.length === 0 || items.some((item) => item === '')) {
		throw new FilterSyntaxError(`empty item in \`in.${raw}\``);
	}
	return items.map(unquote);
}

function parseIsValue(raw: string): IsValue {
	const value = IS_VALUES.find((candidate) => candidate === raw.toLowerCase());
	if (!value) throw new FilterSyntaxError(`\`is\` expects null, true, false or unknown, got \`${raw}\``);
	return value;
}

/** Splits on `separator` outside double quotes (and, when asked, outside parentheses). */
function splitOutsideQuotes(text: string, separator: string, respectParentheses: boolean): string[] {
	const parts: string[] = [];
	let current = '';
	let inQuotes = false;
	let depth = 0;
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		if (inQuotes && char === '\\' && index + 1 < text.length) {
			current += char + text[++index];
			continue;
		}
		if (char === '"') inQuotes = !inQuotes;
		else if (!inQuotes && respectParentheses && char === '(') depth++;
		else if (!inQuotes && respectParentheses && char === ')') depth--;
		else if (!inQuotes && depth === 0 && char === separator) {
			parts.push(current);
			current = '';
			continue;
		}
		current += char;
	}
	if (inQuotes) throw new FilterSyntaxError(`unterminated quote in \`${text}\``);
	if (text !== '') parts.push(current);
	return parts;
}

function unquote(value: string): string {
	if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
		return value.slice(1, -1).replace(/\\(.)/g, '$1');
	}
	return value;
}

function quoteIdentifier(name: string): string {
	return `"${name.replaceAll('"', '""')}"`;
}

/**
 * The SQL for the conditions against a row aliased `r`; values become parameters appended to `params`,
 * so Postgres infers their type from the column.
 */
function conditionsToSql(conditions: FilterCondition[], params: unknown[]): string {
	return conditions.map((condition) => conditionToSql(condition, params)).join(' and ');
}

function conditionToSql(condition: FilterCondition, params: unknown[]): string {
	const column = `r.${quoteIdentifier(condition.column)}`;
	const expression = positiveConditionSql(condition, column, params);
	return condition.negated ? `coalesce(not (${expression}), false)` : `coalesce((${expression}), false)`;
}

function positiveConditionSql(condition: FilterCondition, column: string, params: unknown[]): string {
	switch (condition.operator) {
		case 'in':
			params.push(condition.values);
			return `${column} = any($${params.length})`;
		case 'is':
			return `${column} is ${condition.value}`;
		case 'like':
		case 'ilike':
		case 'match':
		case 'imatch':
			params.push(condition.value);
			return `${column}::text ${PATTERN_OPERATORS[condition.operator]} $${params.length}`;
		default:
			params.push(condition.value);
			return `${column} ${COMPARISON_OPERATORS[condition.operator]} $${params.length}`;
	}
}

/** Evaluates each filter (a list of AND-ed conditions) against the row in one query. */
export async function evaluateFilters(
	pool: pg.Pool,
	table: PublishedTable,
	row: JsonObject,
	filters: FilterCondition[][]
): Promise<boolean[]> {
	const params: unknown[] = [JSON.stringify(row)];
	const expressions = filters.map((conditions) => conditionsToSql(conditions, params));
	const { rows } = await pool.query<{ matches: boolean[] }>(
		`select array[${expressions.join(', ')}]::boolean[] as matches
		from jsonb_populate_record(null::${table.qualifiedName}, $1::jsonb) as r`,
		params
	);
	return rows[0].matches;
}
