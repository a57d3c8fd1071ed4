import pg from 'pg';
import { PUBLICATION, type ChangeType } from './catalog.ts';
import type { ChangeSink, ChangeSource } from './source.ts';
import type { JsonObject } from './types.ts';

const CHANNEL = 'realtime_local_changes';
const BATCH_SIZE = 500;

/**
 * The fallback for a DATABASE_URL without `wal_level=logical`: a row trigger on every table of the
 * publication writes each change to a queue and wakes the server with a NOTIFY (no polling). Triggers are
 * (re)installed at start, after migrations and when a join names a published table without one, so a table
 * published while the stack runs streams from its first subscriber on, not from the moment it was published.
 */
const INSTALL_SQL = `
create table if not exists realtime_local.changes (
	id bigserial primary key,
	schema text not null,
	"table" text not null,
	type text not null check (type in ('INSERT', 'UPDATE', 'DELETE')),
	record jsonb,
	old_record jsonb,
	commit_timestamp timestamptz not null default now()
);
alter table realtime_local.changes enable row level security;
revoke all on table realtime_local.changes from public;

create or replace function realtime_local.capture_change() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
	insert into realtime_local.changes (schema, "table", type, record, old_record)
	values (
		tg_table_schema,
		tg_table_name,
		tg_op,
		case when tg_op = 'DELETE' then null else to_jsonb(new) end,
		case when tg_op = 'INSERT' then null else to_jsonb(old) end
	);
	perform pg_notify('${CHANNEL}', '');
	return null;
end
$$;
revoke all on function realtime_local.capture_change() from public;

do $$
declare
	target record;
begin
	for target in
		select c.oid::regclass as relation
		from pg_publication_tables p
		join pg_namespace n on n.nspname = p.schemaname
		join pg_class c on c.relnamespace = n.oid and c.relname = p.tablename
		where p.pubname = '${PUBLICATION}'
			and p.schemaname <> 'realtime_local'
			and c.relkind = 'r'
			and not exists (
				select 1 from pg_trigger t where t.tgrelid = c.oid and t.tgname = 'realtime_local_capture'
			)
	loop
		execute format(
			'create trigger realtime_local_capture after insert or update or delete on %s '
			'for each row execute function realtime_local.capture_change()',
			target.relation
		);
	end loop;

	for target in
		select t.tgrelid::regclass as relation
		from pg_trigger t
		join pg_class c on c.oid = t.tgrelid
		join pg_namespace n on n.oid = c.relnamespace
		where t.tgname = 'realtime_local_capture'
			and not exists (
				select 1 from pg_publication_tables p
				where p.pubname = '${PUBLICATION}' and p.schemaname = n.nspname and p.tablename = c.relname
			)
	loop
		execute format('drop trigger realtime_local_capture on %s', target.relation);
	end loop;
end
$$;
`;

interface QueuedChange {
	id: string;
	schema: string;
	table: string;
	type: ChangeType;
	record: JsonObject | null;
	old_record: JsonObject | null;
	commit_timestamp: Date;
}

const DEQUEUE_SQL = `
delete from realtime_local.changes
where id in (select id from realtime_local.changes order by id limit $1)
returning id, schema, "table", type, record, old_record, commit_timestamp
`;

export class TriggerSource implements ChangeSource {
	readonly kind = 'triggers';
	private listener: pg.Client | undefined;
	private draining: Promise<void> = Promise.resolve();
	private drainAgain = false;
	private stopped = false;

	constructor(
		private readonly pool: pg.Pool,
		private readonly databaseUrl: string,
		private readonly sink: ChangeSink
	) {}

	async start(): Promise<void> {
		await this.schemaChanged();
		// Changes queued while no server ran are history, not news.
		await this.pool.query('delete from realtime_local.changes');
		const listener = new pg.Client({ connectionString: this.databaseUrl });
		listener.on('error', (error) => this.sink.log(`realtime: LISTEN-verbinding: ${error.message}`));
		listener.on('notification', () => this.wake());
		await listener.connect();
		await listener.query(`listen ${CHANNEL}`);
		this.listener = listener;
	}

	async schemaChanged(): Promise<void> {
		await this.pool.query(INSTALL_SQL);
	}

	async close(): Promise<void> {
		this.stopped = true;
		await this.listener?.end().catch(() => {});
		await this.draining;
	}

	private wake(): void {
		if (this.stopped) return;
		if (this.drainAgain) return;
		this.drainAgain = true;
		this.draining = this.draining.then(async () => {
			this.drainAgain = false;
			await this.drain().catch((error: Error) =>
				this.sink.log(`realtime: wijzigingen ophalen mislukt: ${error.message}`)
			);
		});
	}

	private async drain(): Promise<void> {
		for (;;) {
			const { rows } = await this.pool.query<QueuedChange>(DEQUEUE_SQL, [BATCH_SIZE]);
			rows.sort((a, b) => Number(BigInt(a.id) - BigInt(b.id)));
			for (const row of rows) {
				await this.sink
					.change({
						schema: row.schema,
						table: row.table,
						type: row.type,
						record: row.record ? { values: row.record, unchanged: [] } : null,
						old: row.old_record ? { values: row.old_record, unchanged: [] } : null,
						commitTimestamp: row.commit_timestamp.toISOString()
					})
					.catch((error: Error) =>
						this.sink.log(`realtime: wijziging ${row.id} niet bezorgd: ${error.message}`)
					);
			}
			if (rows.length < BATCH_SIZE || this.stopped) return;
		}
	}
}
