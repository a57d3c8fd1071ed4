import { supabaseConfig } from './config';

export interface BackendStatus {
	database: boolean;
	auth: boolean;
}

const TIMEOUT_MS = 3000;

/** Whether the REST API (and through it the database) and the auth server answer. */
export async function backendStatus(fetch: typeof globalThis.fetch): Promise<BackendStatus> {
	const { url, anonKey } = supabaseConfig();
	const headers = { apikey: anonKey, authorization: `Bearer ${anonKey}` };
	const answers = async (path: string, init?: RequestInit) => {
		try {
			const response = await fetch(`${url}${path}`, {
				...init,
				headers: { ...headers, 'content-type': 'application/json' },
				signal: AbortSignal.timeout(TIMEOUT_MS)
			});
			return response.ok;
		} catch {
			return false;
		}
	};
	const [database, auth] = await Promise.all([
		answers('/rest/v1/rpc/service_status', { method: 'POST', body: '{}' }),
		answers('/auth/v1/health')
	]);
	return { database, auth };
}
