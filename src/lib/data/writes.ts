// The outcomes every write of the data layer shares, in one place: a plain write (refused or ok), a delete
// that RLS may hide the row from, and an optimistic write guarded by the row's version (its updated_at).
import { conflict, ok, refusal, refused, type DataError, type WriteResult } from './errors';

type PostgresError = Parameters<typeof refused>[1];
type Refused = { ok: false; error: DataError };

/** A write whose only answer is its error: refused with `context`, or ok. */
export async function written(
	context: string,
	call: PromiseLike<{ error: PostgresError | null }>
): Promise<WriteResult> {
	const { error } = await call;
	if (error) return refused(context, error);
	return ok();
}

/**
 * A delete (or update) with `.select()`: refused with `context` on an error; 'forbidden' when no row came back
 * (RLS hid the row, or it is not the caller's); else ok.
 */
export async function removed(
	context: string,
	call: PromiseLike<{ data: unknown[] | null; error: PostgresError | null }>
): Promise<WriteResult> {
	const { data, error } = await call;
	if (error) return refused(context, error);
	return data?.length ? ok() : refusal('forbidden');
}

/**
 * Why a write guarded by `version` (its `.eq('updated_at', version)`) touched no row, from the row as the caller
 * reads it now: gone (a conflict without a row, or 'missing'), changed since (a conflict with the row as it is
 * now), or still at `version` and so not the caller's to change ('forbidden').
 */
export function staleOrForbidden<Row extends { updated_at: string }, Current>(
	current: Row | null,
	version: string,
	toCurrent: (row: Row) => Current,
	whenGone: 'conflict' | 'missing' = 'conflict'
): Refused & { current?: Current | null } {
	if (!current) return whenGone === 'conflict' ? conflict<Current>(null) : refusal('missing');
	if (current.updated_at !== version) return conflict(toCurrent(current));
	return refusal('forbidden');
}

/**
 * A write guarded by the row's version: refused with `context` on an error, ok with `toValue` of the one row it
 * changed, else `whyNot()` (usually `staleOrForbidden` on a fresh read).
 */
export async function versioned<Row, T, Current>(
	context: string,
	call: PromiseLike<{ data: Row[] | null; error: PostgresError | null }>,
	toValue: (row: Row) => T,
	whyNot: () => Promise<WriteResult<T, Current>>
): Promise<WriteResult<T, Current>> {
	const { data, error } = await call;
	if (error) return refused(context, error);
	if (data?.length === 1) return ok(toValue(data[0]));
	return whyNot();
}
