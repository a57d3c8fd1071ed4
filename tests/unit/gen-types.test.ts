import { describe, expect, it } from 'vitest';
import type { PgType } from '../../supabase/local/types/catalog-model.ts';
import { viewTargetOrigins } from '../../supabase/local/types/node-tree.ts';
import { nullable, pgTypeToTsType, type TypeContext } from '../../supabase/local/types/ts-types.ts';

function pgType(oid: number, name: string, overrides: Partial<PgType> = {}): PgType {
	return {
		oid,
		schema: 'pg_catalog',
		name,
		kind: 'b',
		elementOid: null,
		baseOid: null,
		relationOid: null,
		relationKind: null,
		enumValues: [],
		...overrides
	};
}

const types = [
	pgType(16, 'bool'),
	pgType(20, 'int8'),
	pgType(1700, 'numeric'),
	pgType(25, 'text'),
	pgType(2950, 'uuid'),
	pgType(1184, 'timestamptz'),
	pgType(3802, 'jsonb'),
	pgType(2278, 'void', { kind: 'p' }),
	pgType(869, 'inet'),
	pgType(1009, '_text', { elementOid: 25 }),
	pgType(100, 'membership_role', { schema: 'public', kind: 'e', enumValues: ['viewer', 'admin'] }),
	pgType(101, '_membership_role', { schema: 'public', elementOid: 100 }),
	pgType(102, 'aal_level', { schema: 'auth', kind: 'e', enumValues: ['aal1', 'aal2'] }),
	pgType(103, 'address', { schema: 'public', kind: 'c', relationOid: 900, relationKind: 'c' }),
	pgType(104, 'regions', { schema: 'public', kind: 'c', relationOid: 901, relationKind: 'r' }),
	pgType(105, 'positive_int', { schema: 'public', kind: 'd', baseOid: 20 }),
	pgType(106, 'users', { schema: 'auth', kind: 'c', relationOid: 902, relationKind: 'r' })
];
const context: TypeContext = { types: new Map(types.map((type) => [type.oid, type])), schemas: ['public'] };
const tsTypeOf = (name: string) => pgTypeToTsType(types.find((type) => type.name === name)!.oid, context);

describe('pgTypeToTsType', () => {
	it('maps built-in types like the Supabase CLI', () => {
		expect(tsTypeOf('bool')).toBe('boolean');
		expect(tsTypeOf('int8')).toBe('number');
		expect(tsTypeOf('numeric')).toBe('number');
		expect(tsTypeOf('text')).toBe('string');
		expect(tsTypeOf('uuid')).toBe('string');
		expect(tsTypeOf('timestamptz')).toBe('string');
		expect(tsTypeOf('jsonb')).toBe('Json');
		expect(tsTypeOf('void')).toBe('undefined');
		expect(tsTypeOf('inet')).toBe('unknown');
	});

	it('maps arrays to arrays of their element type', () => {
		expect(tsTypeOf('_text')).toBe('(string)[]');
		expect(tsTypeOf('_membership_role')).toBe('(Database["public"]["Enums"]["membership_role"])[]');
	});

	it('refers to enums and composite types of the generated schema by name', () => {
		expect(tsTypeOf('membership_role')).toBe('Database["public"]["Enums"]["membership_role"]');
		expect(tsTypeOf('address')).toBe('Database["public"]["CompositeTypes"]["address"]');
		expect(tsTypeOf('regions')).toBe('Database["public"]["Tables"]["regions"]["Row"]');
	});

	it('spells out enums of other schemas and leaves their row types unknown', () => {
		expect(tsTypeOf('aal_level')).toBe('"aal1" | "aal2"');
		expect(tsTypeOf('users')).toBe('unknown');
	});

	it('maps a domain to its base type, and an unknown oid to unknown', () => {
		expect(tsTypeOf('positive_int')).toBe('number');
		expect(pgTypeToTsType(999_999, context)).toBe('unknown');
	});
});

describe('nullable', () => {
	it('adds null, except to unknown', () => {
		expect(nullable('string', true)).toBe('string | null');
		expect(nullable('string', false)).toBe('string');
		expect(nullable('unknown', true)).toBe('unknown');
	});
});

describe('viewTargetOrigins', () => {
	it('reads which table column each view column shows', () => {
		const rule =
			'({QUERY :commandType 1 :rtable ({RANGETBLENTRY :eref {ALIAS :aliasname t :colnames ("a\\ b")}}) ' +
			':targetList ({TARGETENTRY :expr {VAR :varno 1} :resno 1 :resname id :resorigtbl 16384 :resorigcol 1 ' +
			':resjunk false} {TARGETENTRY :expr {FUNCEXPR} :resno 2 :resname total :resorigtbl 0 :resorigcol 0 ' +
			':resjunk false} {TARGETENTRY :resno 3 :resname odd\\ name :resorigtbl 16384 :resorigcol 2 :resjunk false})})';
		expect(viewTargetOrigins(rule)).toEqual([
			{ column: 'id', originOid: 16384, originColumnNumber: 1 },
			{ column: 'odd name', originOid: 16384, originColumnNumber: 2 }
		]);
	});
});
