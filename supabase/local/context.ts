import type pg from 'pg';
import type { AuthRateLimiter } from './auth/rate-limit.ts';
import type { RedirectAllowList } from './auth/redirects.ts';
import type { SessionLifetime } from './config.ts';
import type { ApiKeys } from './keys.ts';

/** What every part of the gateway (REST proxy, auth, realtime) shares. */
export interface StackContext {
	/** Superuser connections to the database (the embedded PostgreSQL, or DATABASE_URL). */
	pool: pg.Pool;
	/** The connection string behind the pool, for connections of their own (replication, LISTEN). */
	databaseUrl: string;
	/** The database decodes its WAL for logical replication (wal_level=logical). */
	logicalReplication: boolean;
	jwtSecret: string;
	keys: ApiKeys;
	/** Public URL of the gateway, e.g. http://127.0.0.1:54321 */
	apiUrl: string;
	/** Lifetime of access tokens in seconds (Supabase default 3600). */
	jwtExpirySeconds: number;
	signupEnabled: boolean;
	/** Where auth links may send people: config.toml's site_url and additional_redirect_urls. */
	redirects: RedirectAllowList;
	/** config.toml's [auth.rate_limit]; null when the stack was started without limits (tests, benchmark). */
	authRateLimiter: AuthRateLimiter | null;
	/**
	 * The secret with which the app server proves the client address it forwards (AUTH_FORWARDING_SECRET); null:
	 * Auth's rate limits count every request on its socket address.
	 */
	authForwardingSecret: string | null;
	/** config.toml's [auth.sessions]: how long a session (and so its refresh tokens) may live. */
	sessions: SessionLifetime;
	log: (message: string) => void;
}
