// The postgres_changes filter parser of the local Realtime server and the SQL it makes: what a client
// may subscribe with, and what it is refused at its join.
import { describe, expect, it } from 'vitest';
import {
	filterToSql,
	FilterSyntaxError,
	MAX_FILTER_LENGTH,
	MAX_IN_VALUES,
	parseFilter,
	quoteIdentifier
} from '../../supabase/local/realtime/filters';

describe('parseFilter', () => {
	it('reads the operators hosted Realtime knows', () => {
		for (const operator of ['eq', 'neq', 'lt', 'lte', 'gt', 'gte']) {
			expect(parseFilter(`region_id=${operator}.42`)).toEqual([
				{ column: 'region_id', negated: false, operator, value: '42' }
			]);
		}
	});

	it('reads in-lists, quoted values, is, isdistinct and not.', () => {
		expect(parseFilter('id=in.(a,"b,c",d)')).toEqual([
			{ column: 'id', negated: false, operator: 'in', values: ['a', 'b,c', 'd'] }
		]);
		expect(parseFilter('name=eq."Sittard \\"Geleen\\""')).toEqual([
			{ column: 'name', negated: false, operator: 'eq', value: 'Sittard "Geleen"' }
		]);
		expect(parseFilter('deleted_at=is.NULL')).toEqual([
			{ column: 'deleted_at', negated: false, operator: 'is', value: 'null' }
		]);
		expect(parseFilter('id=not.in.(1,2),kind=isdistinct.x')).toEqual([
			{ column: 'id', negated: true, operator: 'in', values: ['1', '2'] },
			{ column: 'kind', negated: false, operator: 'isdistinct', value: 'x' }
		]);
		// A value may hold dots, equals signs and an unbalanced parenthesis.
		expect(parseFilter('note=eq.a.b=c(')).toEqual([
			{ column: 'note', negated: false, operator: 'eq', value: 'a.b=c(' }
		]);
	});

	it.each([
		['id=match.(', /unknown operator `match`/],
		['id=imatch.(a+)+$', /unknown operator `imatch`/],
		['name=like.%x%', /unknown operator `like`/],
		['name=ilike.%x%', /unknown operator `ilike`/],
		['id=constructor.x', /unknown operator `constructor`/],
		['id', /expected `column=operator.value`/],
		['=eq.1', /expected `column=operator.value`/],
		['id=eq', /expected `operator.value`/],
		['id=eq.1,', /empty condition/],
		['', /empty condition/],
		['id=in.1,2', /`in` expects a list/],
		['id=in.()', /empty item/],
		['id=in.(a,,b)', /empty item/],
		['id=is.maybe', /`is` expects null, true, false or unknown/],
		['name=eq."open', /unterminated quote/]
	])('refuses %s', (filter, message) => {
		expect(() => parseFilter(filter)).toThrow(FilterSyntaxError);
		expect(() => parseFilter(filter)).toThrow(message);
	});

	it('refuses filters longer than the limit and in-lists with too many values', () => {
		expect(() => parseFilter(`id=eq.${'x'.repeat(MAX_FILTER_LENGTH)}`)).toThrow(/longer than/);
		const values = Array.from({ length: MAX_IN_VALUES + 1 }, (_, index) => index).join(',');
		expect(() => parseFilter(`id=in.(${values})`)).toThrow(/at most/);
		expect(parseFilter(`id=in.(${values.split(',').slice(1).join(',')})`)[0]).toMatchObject({
			operator: 'in'
		});
	});
});

describe('filterToSql', () => {
	it('puts every value in a parameter and quotes the column, never false-y null', () => {
		const params: unknown[] = ['already there'];
		const sql = filterToSql(parseFilter('region_id=eq.7,Naam=not.in.(a,b),gone=is.null'), params, 'r');
		expect(sql).toBe(
			'coalesce((r."region_id" = $2), false) and coalesce(not (r."Naam" = any($3)), false) and coalesce((r."gone" is null), false)'
		);
		expect(quoteIdentifier('we"ird')).toBe('"we""ird"');
		expect(params).toEqual(['already there', '7', ['a', 'b']]);
	});

	it('maps each comparison to its SQL operator', () => {
		const sql = (filter: string) => filterToSql(parseFilter(filter), [], 'o');
		expect(sql('n=neq.1')).toContain('o."n" <> $1');
		expect(sql('n=lt.1')).toContain('o."n" < $1');
		expect(sql('n=lte.1')).toContain('o."n" <= $1');
		expect(sql('n=gt.1')).toContain('o."n" > $1');
		expect(sql('n=gte.1')).toContain('o."n" >= $1');
		expect(sql('n=isdistinct.1')).toContain('o."n" is distinct from $1');
	});
});
