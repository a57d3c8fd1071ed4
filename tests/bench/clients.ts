import WebSocket from 'ws';
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import type { BenchStackInfo } from './stack.ts';
import { BENCH_PASSWORD } from './generate.ts';

/** A supabase-js client as the browser makes one, with `ws` as realtime transport (Node 20). */
export function benchClient(stack: BenchStackInfo): SupabaseClient {
	return createClient(stack.apiUrl, stack.anonKey, {
		auth: { persistSession: false, autoRefreshToken: false },
		realtime: { transport: WebSocket as never }
	});
}

export async function signedInClient(
	stack: BenchStackInfo,
	email: string
): Promise<{ client: SupabaseClient; accessToken: string }> {
	const client = benchClient(stack);
	const { data, error } = await client.auth.signInWithPassword({ email, password: BENCH_PASSWORD });
	if (error || !data.session) throw new Error(`Inloggen als ${email} mislukt: ${error?.message}`);
	return { client, accessToken: data.session.access_token };
}

export async function closeClient(client: SupabaseClient): Promise<void> {
	await client.removeAllChannels();
	void client.realtime.disconnect();
}
