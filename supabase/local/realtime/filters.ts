/**
 * postgres_changes filters (`column=operator.value`, several joined by commas, optional `not.`), as
 * realtime-js serializes them. Hosted Realtime knows eq, neq, lt, lte, gt, gte and in; this server also
 * takes `is` and `isdistinct`, never a pattern (like, match): a regular expression from a client is an
 * error or a slow query waiting to happen. Parsing is pure; the SQL is evaluated by Postgres against the
 * changed row, so types and comparisons behave exactly as in SQL.
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

const IS_VALUES = ['null', 'true', 'false', 'unknown'] as const;

type ComparisonOperator = keyof typeof COMPARISON_OPERATORS;
type IsValue = (typeof IS_VALUES)[number];

export type FilterCondition = { column: string; negated: boolean } & (
	| { operator: ComparisonOperator; value: string }
	| { operator: 'in'; values: string[] }
	| { operator: 'is'; value: IsValue }
);

/** Longer filters are refused: no legitimate subscription needs more. */
export const MAX_FILTER_LENGTH = 4096;
/** Hosted Realtime allows 100 values in an `in` filter. */
export const MAX_IN_VALUES = 100;

export class FilterSyntaxError extends Error {}

export function parseFilter(filter: string): FilterCondition[] {
	if (filter.length > MAX_FILTER_LENGTH) {
		throw new FilterSyntaxError(`filter longer than ${MAX_FILTER_LENGTH} characters`);
	}
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
	if (Object.hasOwn(COMPARISON_OPERATORS, operator)) {
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
	if (items.length > MAX_IN_VALUES) {
		throw new FilterSyntaxError(`\`in\` takes at most ${MAX_IN_VALUES} values`);
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

export function quoteIdentifier(name: string): string {
	return `"${name.replaceAll('"', '""')}"`;
}

/**
 * The SQL of a filter (its conditions AND-ed) against a row aliased `rowAlias`; values become parameters
 * appended to `params`, so Postgres converts them to the column's type (a value the type cannot hold fails
 * when the statement is bound, which is how a join validates them). Never null: false instead.
 */
export function filterToSql(conditions: FilterCondition[], params: unknown[], rowAlias: string): string {
	return conditions.map((condition) => conditionToSql(condition, params, rowAlias)).join(' and ');
}

function conditionToSql(condition: FilterCondition, params: unknown[], rowAlias: string): string {
	const column = `${rowAlias}.${quoteIdentifier(condition.column)}`;
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
		default:
			params.push(condition.value);
			return `${column} ${COMPARISON_OPERATORS[condition.operator]} $${params.length}`;
	}
}
