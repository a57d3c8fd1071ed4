import type { ChangeType } from './catalog.ts';
import type { JsonObject } from './types.ts';

/**
 * A row as a change carries it: column name to value. From the WAL the values are Postgres's text output
 * (json and jsonb already parsed), from the trigger capture they are to_jsonb's; either way Postgres turns
 * them into the table's row type before anything is decided or sent.
 */
export interface RowImage {
	values: JsonObject;
	/** Columns the WAL left out because they did not change (TOASTed values of an UPDATE). */
	unchanged: string[];
}

export interface CapturedChange {
	schema: string;
	table: string;
	type: ChangeType;
	/** The row after an INSERT or UPDATE; null for a DELETE. */
	record: RowImage | null;
	/** What the change carries of the old row: its key, or the whole row with REPLICA IDENTITY FULL. */
	old: RowImage | null;
	/** ISO 8601. */
	commitTimestamp: string;
	/**
	 * The transaction id, from the WAL: logical decoding sends a transaction as soon as its commit is
	 * written, a moment before other sessions see it committed, so delivery first waits for that.
	 */
	xid?: number;
}

/** Where changes come from: the WAL (logical replication) or, without it, capture triggers. */
export interface ChangeSource {
	readonly kind: 'wal' | 'triggers';
	/** Resolves once every change committed from now on will be reported. */
	start(): Promise<void>;
	/** Tables may have been published or changed (after migrations, or a join naming an unknown table). */
	schemaChanged(): Promise<void>;
	close(): Promise<void>;
}

export interface ChangeSink {
	/** Called for one change at a time, in commit order; the next waits for the returned promise. */
	change(change: CapturedChange): Promise<void>;
	/** A table's definition may have changed. */
	tableChanged(schema: string, table: string): void;
	log(message: string): void;
}
