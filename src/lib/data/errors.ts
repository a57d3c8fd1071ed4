import type { PostgrestError } from '@supabase/supabase-js';

/** A failed query, with the PostgREST/Postgres code kept for the caller to act on. */
export class DataError extends Error {
	constructor(
		message: string,
		readonly code: string | null = null,
		readonly details: string | null = null
	) {
		super(message);
		this.name = 'DataError';
	}
}

export function dataError(context: string, error: PostgrestError): DataError {
	return new DataError(`${context}: ${error.message}`, error.code ?? null, error.details ?? null);
}

/** Postgres/PostgREST codes the UI turns into Dutch messages. */
export const PG_CODES = {
	insufficientPrivilege: '42501',
	checkViolation: '23514',
	uniqueViolation: '23505',
	foreignKeyViolation: '23503',
	noRows: 'PGRST116'
} as const;
