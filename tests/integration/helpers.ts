import { inject } from 'vitest';
import WebSocket from 'ws';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { randomUUID } from 'node:crypto';

export const stack = inject('stack');

/** A supabase-js client as a browser would make it, with `ws` as realtime transport (Node 20). */
export function anonClient(): SupabaseClient {
	return createClient(stack.apiUrl, stack.anonKey, {
		auth: { persistSession: false, autoRefreshToken: false },
		realtime: { transport: WebSocket as never }
	});
}

export function serviceClient(): SupabaseClient {
	return createClient(stack.apiUrl, stack.serviceRoleKey, {
		auth: { persistSession: false, autoRefreshToken: false },
		realtime: { transport: WebSocket as never }
	});
}

export interface TestUser {
	id: string;
	email: string;
	password: string;
	client: SupabaseClient;
}

/** Creates a confirmed user through the admin API and returns a client signed in as that user. */
export async function createSignedInUser(label = 'user'): Promise<TestUser> {
	const email = `${label}-${randomUUID().slice(0, 8)}@test.example`;
	const password = `Test-${randomUUID()}`;
	const { data, error } = await serviceClient().auth.admin.createUser({
		email,
		password,
		email_confirm: true
	});
	if (error || !data.user) throw new Error(`createUser failed: ${error?.message}`);
	const client = anonClient();
	const signIn = await client.auth.signInWithPassword({ email, password });
	if (signIn.error) throw new Error(`sign-in failed: ${signIn.error.message}`);
	return { id: data.user.id, email, password, client };
}

/** The password of every demo account in supabase/seed.sql. */
export const DEMO_PASSWORD = 'Demo-2026!';

/** A client signed in through the Auth endpoints (`signInWithPassword`), as a browser would be. */
export async function signInAs(email: string, password = DEMO_PASSWORD): Promise<SupabaseClient> {
	const client = anonClient();
	const { data, error } = await client.auth.signInWithPassword({ email, password });
	if (error || !data.session) throw new Error(`sign-in as ${email} failed: ${error?.message}`);
	return client;
}
