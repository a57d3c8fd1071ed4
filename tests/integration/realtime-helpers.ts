// What the realtime tests share: supabase-js clients with `ws` as transport that are closed after each
// test, users signed in through the local Auth endpoints, and a log of events to wait on.
import WebSocket from 'ws';
import { createClient, type RealtimeChannel, type SupabaseClient } from '@supabase/supabase-js';
import { signJwt } from '../../supabase/local/keys.ts';
import { createSignedInUser, stack } from './helpers';

export type Vsn = '1.0.0' | '2.0.0';

export interface RealtimeUser {
	id: string;
	/** The access token of the user's session. */
	accessToken: string;
	/** A client signed in as this user, as another tab of the app would be. */
	newClient(options?: { vsn?: Vsn }): Promise<SupabaseClient>;
}

const openClients: SupabaseClient[] = [];

export function track(client: SupabaseClient): SupabaseClient {
	openClients.push(client);
	return client;
}

/** For afterEach: removes every channel of every client made since the last call. */
export async function closeTrackedClients(): Promise<void> {
	const clients = openClients.splice(0);
	await Promise.all(clients.map((client) => client.removeAllChannels().catch(() => {})));
}

/** A supabase-js client with `ws` as transport; `accessToken` stands in for a signed-in session. */
export function realtimeClient(
	options: { key?: string; vsn?: Vsn; accessToken?: () => string } = {}
): SupabaseClient {
	const accessToken = options.accessToken;
	return track(
		createClient(stack.apiUrl, options.key ?? stack.anonKey, {
			auth: { persistSession: false, autoRefreshToken: false },
			realtime: { transport: WebSocket as never, ...(options.vsn ? { vsn: options.vsn } : {}) },
			...(accessToken ? { accessToken: () => Promise.resolve(accessToken()) } : {})
		})
	);
}

export const serviceRealtimeClient = () => realtimeClient({ key: stack.serviceRoleKey });

/**
 * realtime-js fetches the token from `accessToken` asynchronously and a join sent before that uses the
 * API key (hosted Supabase behaves the same), so wait for it like an app that awaits its session.
 */
export async function clientWithToken(token: () => string, vsn?: Vsn): Promise<SupabaseClient> {
	const client = realtimeClient({ vsn, accessToken: token });
	await client.realtime.setAuth();
	return client;
}

export function userToken(userId: string, expiresInSeconds = 3600): Promise<string> {
	if (!stack.jwtSecret) throw new Error('minting tokens needs the JWT secret');
	return signJwt(
		{ sub: userId, role: 'authenticated', aud: 'authenticated' },
		stack.jwtSecret,
		expiresInSeconds
	);
}

/** A user created with the admin API and signed in with a password, through the local Auth endpoints. */
export async function createRealtimeUser(label: string): Promise<RealtimeUser> {
	const user = await createSignedInUser(label);
	track(user.client);
	const session = (await user.client.auth.getSession()).data.session;
	if (!session) throw new Error(`no session after signing in ${user.email}`);
	return {
		id: user.id,
		accessToken: session.access_token,
		newClient: (options = {}) => clientWithToken(() => session.access_token, options.vsn)
	};
}

/** Events as they arrive, with a way to wait for one that matches. */
export function eventLog<T>() {
	const items: T[] = [];
	const waiters: { matches: (item: T) => boolean; resolve: (item: T) => void }[] = [];
	return {
		items,
		push(item: T) {
			items.push(item);
			for (const waiter of [...waiters]) {
				if (!waiter.matches(item)) continue;
				waiters.splice(waiters.indexOf(waiter), 1);
				waiter.resolve(item);
			}
		},
		waitFor(matches: (item: T) => boolean, timeoutMs = 10_000): Promise<T> {
			const found = items.find(matches);
			if (found) return Promise.resolve(found);
			return new Promise((resolve, reject) => {
				const timer = setTimeout(
					() => reject(new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(items)}`)),
					timeoutMs
				);
				waiters.push({
					matches,
					resolve: (item) => {
						clearTimeout(timer);
						resolve(item);
					}
				});
			});
		}
	};
}

export function subscribed(channel: RealtimeChannel): Promise<void> {
	return new Promise((resolve, reject) => {
		channel.subscribe((status, error) => {
			if (status === 'SUBSCRIBED') resolve();
			else reject(error ?? new Error(`subscribe ended with ${status}`));
		});
	});
}

/** The error a join is refused with (the client would keep retrying, so the channel is removed). */
export function joinError(client: SupabaseClient, channel: RealtimeChannel): Promise<string> {
	return new Promise((resolve, reject) => {
		channel.subscribe((status, error) => {
			if (status === 'SUBSCRIBED') reject(new Error('the join was accepted'));
			else if (status === 'CHANNEL_ERROR') {
				void client.removeChannel(channel);
				resolve(error?.message ?? '');
			}
		});
	});
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function waitUntil(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!condition()) {
		if (Date.now() > deadline) throw new Error('condition not met in time');
		await sleep(20);
	}
}
