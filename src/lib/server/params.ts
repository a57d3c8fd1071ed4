import { error } from '@sveltejs/kit';
import {
	isCalendarDate,
	isPeildatum,
	isUuid,
	parseQuarter,
	parseYear,
	peildatumRange
} from '$lib/domain/url-params';
import { m } from '$lib/paraglide/messages';
import { formatDate } from '$lib/format';

/**
 * The query parameters of a page, each checked: absent (or empty) gives null, a value that is not what the page
 * accepts gives a 400 with a Dutch message naming the parameter, never a database error (a 500).
 */
export class QueryParams {
	constructor(private readonly params: URLSearchParams) {}

	private raw(name: string): string | null {
		const values = this.params.getAll(name);
		if (values.length > 1) this.bad(name);
		return values[0] ? values[0] : null;
	}

	private bad(name: string): never {
		error(400, m.error_bad_param({ name }));
	}

	private check<T>(name: string, parse: (value: string) => T | null): T | null {
		const value = this.raw(name);
		if (value === null) return null;
		const parsed = parse(value);
		return parsed === null ? this.bad(name) : parsed;
	}

	/** A calendar date, yyyy-mm-dd. */
	date(name: string): string | null {
		return this.check(name, (value) => (isCalendarDate(value) ? value : null));
	}

	/**
	 * A peildatum: the last day of a quarter, yyyy-mm-dd, from the nulmeting up to the end of `today`'s quarter;
	 * any other value is a 400 that says which dates are allowed.
	 */
	peildatum(name: string, today: string): string | null {
		const value = this.raw(name);
		if (value === null || isPeildatum(value, today)) return value;
		const { first, last } = peildatumRange(today);
		error(400, m.error_bad_peildatum({ first: formatDate(first), last: formatDate(last) }));
	}

	year(name: string): number | null {
		return this.check(name, parseYear);
	}

	quarter(name: string): 1 | 2 | 3 | 4 | null {
		return this.check(name, parseQuarter);
	}

	uuid(name: string): string | null {
		return this.check(name, (value) => (isUuid(value) ? value.toLowerCase() : null));
	}

	oneOf<T extends string>(name: string, allowed: readonly T[]): T | null {
		return this.check(name, (value) =>
			(allowed as readonly string[]).includes(value) ? (value as T) : null
		);
	}

	/** A repeated parameter (?soort=a&soort=b), each value allowed. */
	allOf<T extends string>(name: string, allowed: readonly T[]): T[] {
		const values = this.params.getAll(name).filter((value) => value !== '');
		if (values.some((value) => !(allowed as readonly string[]).includes(value))) this.bad(name);
		return values as T[];
	}
}

export const queryParams = (url: URL) => new QueryParams(url.searchParams);
