// The outcomes every write of the data layer shares, in one place: a plain write (refused or ok), a delete
// that RLS may hide the row from, and an optimistic write guarded by the row's version (its updated_at).
import type { Supabase } from './types';
import { conflict, dataError, ok, refusal, refused, type DataError, type WriteResult } from './errors';

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
 * Why a write guarded by `version` (its `.eq('updated_at', version)`) touched no row, from `read`, the row as the
 * caller reads it now: gone (a conflict without a row, or 'missing'), changed since (a conflict with the row as it
 * is now), or still at `version` and so not the caller's to change ('forbidden'). A failed read is thrown.
 */
export async function staleOrForbidden<Row extends { updated_at: string }, Current>(
	context: string,
	read: PromiseLike<{ data: Row | null; error: PostgresError | null }>,
	version: string,
	toCurrent: (row: Row) => Current,
	whenGone: 'conflict' | 'missing' = 'conflict'
): Promise<Refused & { current?: Current | null }> {
	const { data: current, error } = await read;
	if (error) throw dataError(context, error);
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

/**
 * Deletes a partner's row of `table` only while it is still at `version`: ok, refused with `context`, or
 * `whyNot()` when no row went.
 */
export function deleteVersioned<Current>(
	supabase: Supabase,
	table: 'budget_commitments' | 'placements',
	row: { id: string; version: string; organisationId: string },
	context: string,
	whyNot: () => Promise<WriteResult<undefined, Current>>
): Promise<WriteResult<undefined, Current>> {
	return versioned(
		context,
		supabase
			.from(table)
			.delete()
			.eq('id', row.id)
			.eq('organisation_id', row.organisationId)
			.eq('updated_at', row.version)
			.select('id'),
		() => undefined,
		whyNot
	);
}
