import { describe, expect, it } from 'vitest';
import { authForwardingFetch, FORWARDING_SECRET_HEADER, retryAfterSeconds } from './auth-forwarding';

/** A fetch that records what it was asked and answers with the given status and headers. */
function recordingFetch(status = 200, headers: Record<string, string> = {}) {
	const calls: { url: string; headers: Headers }[] = [];
	const fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
		const request = new Request(input, init);
		calls.push({ url: request.url, headers: request.headers });
		return Promise.resolve(new Response('{}', { status, headers }));
	}) as typeof globalThis.fetch;
	return { fetch, calls };
}

const SUPABASE = 'https://abcd.supabase.co';
const forwarding = { clientAddress: '203.0.113.7', secret: 'geheim-'.repeat(6) };

describe('authForwardingFetch', () => {
	it('names the browser with the proof on auth calls only, never on calls to PostgREST', async () => {
		const { fetch, calls } = recordingFetch();
		const wrapped = authForwardingFetch(fetch, SUPABASE, forwarding, () => {});
		await wrapped(`${SUPABASE}/auth/v1/token?grant_type=password`, {
			method: 'POST',
			headers: { apikey: 'anon', 'x-forwarded-for': '6.6.6.6' },
			body: '{}'
		});
		await wrapped(`${SUPABASE}/rest/v1/regions`, { headers: { apikey: 'anon' } });
		await wrapped(new Request(`${SUPABASE}/auth/v1/logout`, { method: 'POST', headers: { apikey: 'anon' } }));
		expect(calls[0].headers.get('x-forwarded-for')).toBe('203.0.113.7');
		expect(calls[0].headers.get(FORWARDING_SECRET_HEADER)).toBe(forwarding.secret);
		expect(calls[0].headers.get('apikey')).toBe('anon');
		expect(calls[1].headers.get(FORWARDING_SECRET_HEADER)).toBeNull();
		expect(calls[1].headers.get('x-forwarded-for')).toBeNull();
		expect(calls[2].headers.get(FORWARDING_SECRET_HEADER)).toBe(forwarding.secret);
		expect(calls[2].headers.get('apikey')).toBe('anon');
	});

	it('sends auth calls unchanged without a secret, and never to another host that starts alike', async () => {
		const { fetch, calls } = recordingFetch();
		await authForwardingFetch(fetch, SUPABASE, null, () => {})(`${SUPABASE}/auth/v1/token`, { headers: {} });
		await authForwardingFetch(fetch, SUPABASE, forwarding, () => {})(
			`${SUPABASE}.evil.example/auth/v1/token`
		);
		for (const call of calls) expect(call.headers.get(FORWARDING_SECRET_HEADER)).toBeNull();
	});

	it('reports a 429 from auth with its Retry-After', async () => {
		const reported: (number | null)[] = [];
		const { fetch } = recordingFetch(429, { 'retry-after': '10' });
		const response = await authForwardingFetch(fetch, SUPABASE, forwarding, (seconds) =>
			reported.push(seconds)
		)(`${SUPABASE}/auth/v1/token?grant_type=password`);
		expect(response.status).toBe(429);
		expect(reported).toEqual([10]);
	});
});

describe('retryAfterSeconds', () => {
	it('reads delta-seconds and HTTP dates, at least one second; null when absent or unreadable', () => {
		const now = Date.parse('2026-12-05T10:00:00Z');
		expect(retryAfterSeconds('10', now)).toBe(10);
		expect(retryAfterSeconds('0', now)).toBe(1);
		expect(retryAfterSeconds('Sat, 05 Dec 2026 10:02:00 GMT', now)).toBe(120);
		expect(retryAfterSeconds('Sat, 05 Dec 2026 09:00:00 GMT', now)).toBe(1);
		expect(retryAfterSeconds(null, now)).toBeNull();
		expect(retryAfterSeconds('straks', now)).toBeNull();
	});
});
