import type { Session, SupabaseClient, User } from '@supabase/supabase-js';

declare global {
	namespace App {
		interface Locals {
			supabase: SupabaseClient;
			/** The session only after the JWT was verified by the auth server (never trust cookies alone). */
			safeGetSession(): Promise<{ session: Session | null; user: User | null }>;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
