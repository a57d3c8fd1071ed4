import { randomBytes } from 'node:crypto';
import type { Client } from 'pg';
import { LogicalReplicationService, PgoutputPlugin, type Pgoutput } from 'pg-logical-replication';
import { PUBLICATION, type ChangeType } from './catalog.ts';
import type { ChangeSink, ChangeSource, RowImage } from './source.ts';
import type { JsonObject, JsonValue } from './types.ts';

const JSON_TYPES = new Set([114, 3802]); // json, jsonb
const RETRY_MS = [500, 1000, 2000, 5000];

/**
 * pgoutput through a temporary replication slot created on the replication connection itself: it exists
 * exactly as long as this server streams (nothing is retained for a stack that is gone), and values stay
 * Postgres's text output, so Postgres can turn them into the row type exactly (no JavaScript Date, no
 * lost microseconds).
 */
class TemporarySlotPgoutput extends PgoutputPlugin {
	constructor() {
		super({ protoVersion: 1, publicationNames: [PUBLICATION] });
	}

	override async start(client: Client, slotName: string, lastLsn: string): Promise<unknown> {
		await client.query(`CREATE_REPLICATION_SLOT "${slotName}" TEMPORARY LOGICAL pgoutput NOEXPORT_SNAPSHOT`);
		return super.start(client, slotName, lastLsn);
	}

	override parse(buffer: Buffer): Pgoutput.Message {
		const message = super.parse(buffer);
		if (message.tag === 'relation') for (const column of message.columns) column.parser = keepText;
		return message;
	}
}

const keepText = (text: unknown) => text;

/**
 * Realtime's postgres_changes from the WAL, as Supabase Realtime reads them: logical decoding with the
 * built-in `pgoutput` plugin on the `supabase_realtime` publication. Every published table streams,
 * including one published while the stack runs.
 */
export class WalSource implements ChangeSource {
	readonly kind = 'wal';
	private service: LogicalReplicationService | undefined;
	private commitTimestamp = new Date().toISOString();
	private xid: number | undefined;
	private stopped = false;
	private failures = 0;
	private retryTimer: NodeJS.Timeout | undefined;

	constructor(
		private readonly databaseUrl: string,
		private readonly sink: ChangeSink
	) {}

	async start(): Promise<void> {
		await this.connect();
	}

	async schemaChanged(): Promise<void> {
		// pgoutput sends a Relation message whenever a published table's definition changes.
	}

	async close(): Promise<void> {
		this.stopped = true;
		clearTimeout(this.retryTimer);
		await this.service?.destroy().catch(() => {});
		this.service = undefined;
	}

	private connect(): Promise<void> {
		const service = new LogicalReplicationService(
			{ connectionString: this.databaseUrl, application_name: 'realtime_local' },
			{ acknowledge: { auto: true, timeoutSeconds: 10 }, flowControl: { enabled: true } }
		);
		this.service = service;
		service.on('data', (_lsn: string, message: Pgoutput.Message) => this.handle(message));
		const started = new Promise<void>((resolve, reject) => {
			service.once('start', () => {
				this.failures = 0;
				resolve();
			});
			service.on('error', (error: Error) => {
				reject(error);
				this.reconnectLater(service, error);
			});
		});
		const slot = `realtime_local_${process.pid}_${randomBytes(4).toString('hex')}`;
		// Resolves when streaming ends (the connection closes); a failure is reported as 'error' too.
		service.subscribe(new TemporarySlotPgoutput(), slot).then(
			() => this.reconnectLater(service, new Error('replicatieverbinding gesloten')),
			() => {}
		);
		return started;
	}

	private reconnectLater(service: LogicalReplicationService, error: Error): void {
		if (this.stopped || service !== this.service) return;
		this.service = undefined;
		void service.destroy().catch(() => {});
		const delay = RETRY_MS[Math.min(this.failures++, RETRY_MS.length - 1)];
		if (this.failures === 1 || this.failures % 20 === 0) {
			this.sink.log(`realtime: WAL-stroom onderbroken (${error.message}); opnieuw verbinden`);
		}
		this.retryTimer = setTimeout(() => {
			if (!this.stopped) this.connect().catch(() => {});
		}, delay);
	}

	private async handle(message: Pgoutput.Message): Promise<void> {
		switch (message.tag) {
			case 'begin':
				this.commitTimestamp = postgresTime(message.commitTime);
				this.xid = message.xid;
				return;
			case 'relation':
				this.sink.tableChanged(message.schema, message.name);
				return;
			case 'insert':
				return this.emit('INSERT', message.relation, rowImage(message.relation, message.new), null);
			case 'update':
				return this.emit(
					'UPDATE',
					message.relation,
					rowImage(message.relation, message.new),
					oldImage(message.relation, message.old ?? message.key)
				);
			case 'delete':
				return this.emit(
					'DELETE',
					message.relation,
					null,
					oldImage(message.relation, message.old ?? message.key)
				);
			default:
				return;
		}
	}

	private async emit(
		type: ChangeType,
		relation: Pgoutput.MessageRelation,
		record: RowImage | null,
		old: RowImage | null
	): Promise<void> {
		try {
			await this.sink.change({
				schema: relation.schema,
				table: relation.name,
				type,
				record,
				old,
				commitTimestamp: this.commitTimestamp,
				xid: this.xid
			});
		} catch (error) {
			this.sink.log(
				`realtime: wijziging op ${relation.schema}.${relation.name} niet bezorgd: ${(error as Error).message}`
			);
		}
	}
}

function rowImage(relation: Pgoutput.MessageRelation, tuple: Record<string, unknown>): RowImage {
	const values: JsonObject = {};
	const unchanged: string[] = [];
	for (const column of relation.columns) {
		const value = tuple[column.name];
		if (value === undefined) unchanged.push(column.name);
		else if (value === null) values[column.name] = null;
		else {
			// Column values stay text (every column parser is keepText, see parse above).
			// eslint-disable-next-line @typescript-eslint/no-base-to-string
			const text = String(value);
			values[column.name] = JSON_TYPES.has(column.typeOid) ? (JSON.parse(text) as JsonValue) : text;
		}
	}
	return { values, unchanged };
}

/** The old row as the WAL has it: only key columns (a key tuple) or all of them (REPLICA IDENTITY FULL). */
function oldImage(
	relation: Pgoutput.MessageRelation,
	tuple: Record<string, unknown> | null
): RowImage | null {
	if (!tuple) return null;
	const image = rowImage(relation, tuple);
	// In a key tuple every non-key column is absent; those are not "unchanged".
	for (const name of image.unchanged) delete image.values[name];
	return { values: image.values, unchanged: [] };
}

/** pg-logical-replication gives commit times in microseconds since the Unix epoch. */
function postgresTime(microseconds: unknown): string {
	return new Date(Number(BigInt(microseconds as bigint) / 1000n)).toISOString();
}
