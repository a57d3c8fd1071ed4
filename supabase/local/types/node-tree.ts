/**
 * A reader for Postgres' node-tree text (`nodeToString`, e.g. `pg_rewrite.ev_action`): enough to find
 * which table column each column of a view shows, as PostgREST does to carry foreign keys over to views.
 */

export type NodeValue = string | PgNode | NodeValue[];

export interface PgNode {
	type: string;
	fields: Map<string, NodeValue[]>;
}

const SPECIAL_CHARACTERS = new Set(['(', ')', '{', '}']);

export function tokenize(text: string): string[] {
	const tokens: string[] = [];
	let index = 0;
	while (index < text.length) {
		const character = text[index];
		if (/\s/.test(character)) {
			index++;
		} else if (SPECIAL_CHARACTERS.has(character)) {
			tokens.push(character);
			index++;
		} else {
			let token = '';
			while (index < text.length && !/\s/.test(text[index]) && !SPECIAL_CHARACTERS.has(text[index])) {
				// outToken() escapes whitespace, brackets and backslashes inside names with a backslash.
				if (text[index] === '\\' && index + 1 < text.length) index++;
				token += text[index];
				index++;
			}
			tokens.push(token);
		}
	}
	return tokens;
}

export function parseNodeTree(text: string): NodeValue {
	const tokens = tokenize(text);
	let position = 0;

	function parseValue(): NodeValue {
		const token = tokens[position++];
		if (token === '{') return parseNode();
		if (token === '(') return parseList();
		return token;
	}

	function parseList(): NodeValue[] {
		const items: NodeValue[] = [];
		while (position < tokens.length && tokens[position] !== ')') items.push(parseValue());
		position++;
		return items;
	}

	function parseNode(): PgNode {
		const node: PgNode = { type: tokens[position++], fields: new Map() };
		while (position < tokens.length && tokens[position] !== '}') {
			const field = tokens[position++];
			const values: NodeValue[] = [];
			while (position < tokens.length && tokens[position] !== '}' && !tokens[position].startsWith(':')) {
				values.push(parseValue());
			}
			node.fields.set(field.slice(1), values);
		}
		position++;
		return node;
	}

	return parseValue();
}

export interface TargetColumnOrigin {
	column: string;
	originOid: number;
	originColumnNumber: number;
}

/** For each output column of a view's `_RETURN` rule: the table column it passes through, if any. */
export function viewTargetOrigins(evAction: string): TargetColumnOrigin[] {
	const tree = parseNodeTree(evAction);
	const query = Array.isArray(tree) ? tree[0] : tree;
	if (!isNode(query)) return [];
	const targetList = query.fields.get('targetList')?.[0];
	if (!Array.isArray(targetList)) return [];
	return targetList.filter(isNode).flatMap((entry) => {
		const originOid = Number(scalarField(entry, 'resorigtbl'));
		const originColumnNumber = Number(scalarField(entry, 'resorigcol'));
		const resname = scalarField(entry, 'resname');
		const column = resname === '<>' ? undefined : resname;
		const junk = scalarField(entry, 'resjunk') === 'true';
		if (junk || !column || !originOid || !originColumnNumber) return [];
		return [{ column, originOid, originColumnNumber }];
	});
}

function isNode(value: NodeValue | undefined): value is PgNode {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function scalarField(node: PgNode, field: string): string | undefined {
	const value = node.fields.get(field)?.[0];
	return typeof value === 'string' ? value : undefined;
}
