import type { Session, User } from '@supabase/supabase-js';
import type { Supabase } from '$lib/data/types';

declare global {
	namespace App {
		interface Locals {
			/** The per-request client, typed with the generated `Database`. */
			supabase: Supabase;
			/** The session only after the JWT was verified by the auth server (never trust cookies alone). */
			safeGetSession(): Promise<{ session: Session | null; user: User | null }>;
			/** Set when Auth refused a call of this request as too many attempts from the browser's address. */
			authRateLimited: { retryAfterSeconds: number | null } | null;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
