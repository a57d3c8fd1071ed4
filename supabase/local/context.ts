import type pg from 'pg';
import type { ApiKeys } from './keys.ts';

/** What every part of the gateway (REST proxy, auth, realtime) shares. */
export interface StackContext {
	/** Superuser connections to the database (PGlite through its socket server, or DATABASE_URL). */
	pool: pg.Pool;
	jwtSecret: string;
	keys: ApiKeys;
	/** Public URL of the gateway, e.g. http://127.0.0.1:54321 */
	apiUrl: string;
	/** Lifetime of access tokens in seconds (Supabase default 3600). */
	jwtExpirySeconds: number;
	signupEnabled: boolean;
	log: (message: string) => void;
}
