// Issue 13, item 11 and the verify redirect of item 12: sign-in is rate limited by config.toml's
// [auth.rate_limit], an unknown address answers as slowly as a known one, and /verify only redirects to
// the site URL or an allowed address (GoTrue's behaviour).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONFIG_FILE, loadAuthConfig } from '../../supabase/local/config.ts';
import { FORWARDING_SECRET_HEADER } from '../../supabase/local/http.ts';
import { createForwardingSecret } from '../../supabase/local/keys.ts';
import { authServer, type AuthServer } from './auth-server';
import { DEMO_PASSWORD, serviceClient, stack } from './helpers';

const onlyLocal = describe.skipIf(!stack.local || !stack.dbUrl);
const DEMO_EMAIL = 'viewer@uwv.example';

async function signIn(
	server: AuthServer,
	email: string,
	password: string,
	headers: Record<string, string> = {}
) {
	const response = await fetch(`${server.url}/token?grant_type=password`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body: JSON.stringify({ email, password })
	});
	const body = (await response.json()) as { error_code?: string };
	return {
		status: response.status,
		errorCode: body.error_code,
		retryAfter: response.headers.get('retry-after')
	};
}

/** A copy of the project's config.toml with other [auth.rate_limit] values. */
function configWithLimits(directory: string, limits: Record<string, number>): string {
	let text = readFileSync(CONFIG_FILE, 'utf8');
	for (const [name, value] of Object.entries(limits)) {
		text = text.replace(new RegExp(`^${name} = \\d+$`, 'm'), `${name} = ${value}`);
	}
	const file = path.join(directory, 'config.toml');
	writeFileSync(file, text);
	return file;
}

onlyLocal('sign-in rate limit from config.toml', () => {
	let directory: string;
	beforeAll(() => {
		directory = mkdtempSync(path.join(tmpdir(), 'rnd-auth-config-'));
	});
	afterAll(() => rmSync(directory, { recursive: true, force: true }));

	it('refuses the attack of issue 13: after the burst, even the right password gets 429', async () => {
		const config = loadAuthConfig();
		// Hosted Supabase's buckets let an idle address burst up to 30 requests.
		const burst = Math.min(30, config.rateLimits.signInSignUps);
		const server = await authServer({ config, rateLimits: true });
		try {
			for (let attempt = 0; attempt < burst; attempt++) {
				expect(await signIn(server, DEMO_EMAIL, 'wrong-password')).toMatchObject({
					status: 400,
					errorCode: 'invalid_credentials'
				});
			}
			expect(await signIn(server, DEMO_EMAIL, 'wrong-password')).toMatchObject({
				status: 429,
				errorCode: 'over_request_rate_limit'
			});
			const refused = await signIn(server, DEMO_EMAIL, DEMO_PASSWORD);
			expect(refused).toMatchObject({ status: 429, errorCode: 'over_request_rate_limit' });
			// When to try again: one sign-in comes back per 300 / sign_in_sign_ups seconds.
			const interval = (5 * 60) / config.rateLimits.signInSignUps;
			expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
			expect(Number(refused.retryAfter)).toBeLessThanOrEqual(Math.ceil(interval));
		} finally {
			await server.close();
		}
	});

	it('takes its numbers from config.toml: sign_in_sign_ups = 3 allows three, token_refresh counts apart', async () => {
		const config = loadAuthConfig(configWithLimits(directory, { sign_in_sign_ups: 3, token_refresh: 2 }));
		expect(config.rateLimits).toMatchObject({ signInSignUps: 3, tokenRefresh: 2 });
		const server = await authServer({ config, rateLimits: true });
		try {
			const statuses = [];
			for (let attempt = 0; attempt < 4; attempt++) {
				statuses.push((await signIn(server, DEMO_EMAIL, DEMO_PASSWORD)).status);
			}
			expect(statuses).toEqual([200, 200, 200, 429]);
			const refresh = async () =>
				(
					await fetch(`${server.url}/token?grant_type=refresh_token`, {
						method: 'POST',
						headers: { 'content-type': 'application/json' },
						body: JSON.stringify({ refresh_token: 'nonexistent' })
					})
				).status;
			expect([await refresh(), await refresh(), await refresh()]).toEqual([400, 400, 429]);
		} finally {
			await server.close();
		}
	});
});

// Attack finding A of phase 5: the app signs in server-side, so every user arrived from the app server's address
// and 35 wrong passwords from anyone locked everyone out. The app server now names each user's address in
// X-Forwarded-For, proven by AUTH_FORWARDING_SECRET (GoTrue's GOTRUE_RATE_LIMIT_HEADER behind a trusted proxy).
onlyLocal('sign-in rate limit per client behind the app server', () => {
	const secret = createForwardingSecret();
	const burst = Math.min(30, loadAuthConfig().rateLimits.signInSignUps);
	const asApp = (client: string) => ({ 'x-forwarded-for': client, [FORWARDING_SECRET_HEADER]: secret });

	it('counts each forwarded client apart: 35 wrong passwords exhaust client A, client B still signs in', async () => {
		const server = await authServer({ rateLimits: true, forwardingSecret: secret });
		try {
			const statuses: number[] = [];
			for (let attempt = 0; attempt < 35; attempt++) {
				statuses.push((await signIn(server, 'niemand@example.invalid', 'fout', asApp('203.0.113.7'))).status);
			}
			expect(statuses).toEqual([...Array(burst).fill(400), ...Array(35 - burst).fill(429)]);
			expect(await signIn(server, DEMO_EMAIL, DEMO_PASSWORD, asApp('203.0.113.7'))).toMatchObject({
				status: 429,
				errorCode: 'over_request_rate_limit'
			});
			expect(await signIn(server, DEMO_EMAIL, DEMO_PASSWORD, asApp('198.51.100.20'))).toMatchObject({
				status: 200
			});
			// The app server's own address was never counted: a forwarded IPv6 client signs in as well.
			expect(await signIn(server, DEMO_EMAIL, DEMO_PASSWORD, asApp('2001:db8::1'))).toMatchObject({
				status: 200
			});
		} finally {
			await server.close();
		}
	});

	const spoofs: [string, { stackSecret?: string; proof?: string }][] = [
		['without the proof', { stackSecret: secret }],
		['with a wrong proof', { stackSecret: secret, proof: createForwardingSecret() }],
		['with a proof one character off', { stackSecret: secret, proof: `${secret.slice(0, -1)}x` }],
		['to a stack without AUTH_FORWARDING_SECRET', { proof: secret }]
	];
	it.each(spoofs)(
		'a direct caller naming its own X-Forwarded-For %s is counted on its socket address',
		async (_case, { stackSecret, proof }) => {
			const server = await authServer({ rateLimits: true, forwardingSecret: stackSecret });
			try {
				const statuses: number[] = [];
				for (let attempt = 0; attempt <= burst; attempt++) {
					const headers: Record<string, string> = { 'x-forwarded-for': `10.9.${attempt}.1` };
					if (proof) headers[FORWARDING_SECRET_HEADER] = proof;
					statuses.push((await signIn(server, 'niemand@example.invalid', 'fout', headers)).status);
				}
				// Every attempt named a new address, yet all counted as one: the 31st is refused.
				expect(statuses).toEqual([...Array(burst).fill(400), 429]);
				expect(
					await signIn(server, DEMO_EMAIL, DEMO_PASSWORD, { 'x-forwarded-for': '10.10.10.10' })
				).toMatchObject({ status: 429 });
				if (stackSecret) {
					// The app server, with the proof, still gets its users in.
					expect(await signIn(server, DEMO_EMAIL, DEMO_PASSWORD, asApp('10.10.10.10'))).toMatchObject({
						status: 200
					});
				}
			} finally {
				await server.close();
			}
		}
	);

	it('counts the socket address when the proof comes with no usable address', async () => {
		const server = await authServer({ rateLimits: true, forwardingSecret: secret });
		try {
			const statuses: number[] = [];
			for (let attempt = 0; attempt <= burst; attempt++) {
				const forwarded = attempt % 2 ? `geen-adres-${attempt}` : '';
				statuses.push((await signIn(server, 'niemand@example.invalid', 'fout', asApp(forwarded))).status);
			}
			expect(statuses).toEqual([...Array(burst).fill(400), 429]);
		} finally {
			await server.close();
		}
	});
});

onlyLocal('an unknown address answers like a known one', () => {
	let invitedEmail: string;
	beforeAll(async () => {
		invitedEmail = `uitgenodigd-${randomUUID().slice(0, 8)}@test.example`;
		const { error } = await serviceClient().auth.admin.inviteUserByEmail(invitedEmail);
		expect(error).toBeNull();
	});

	it('takes a bcrypt comparison for unknown and passwordless accounts too (no timing oracle)', async () => {
		const server = await authServer();
		const timings: Record<'known' | 'unknown' | 'invited', number[]> = {
			known: [],
			unknown: [],
			invited: []
		};
		const emails = {
			known: DEMO_EMAIL,
			unknown: `niemand-${randomUUID().slice(0, 8)}@test.example`,
			invited: invitedEmail
		};
		try {
			for (let round = 0; round < 8; round++) {
				for (const kind of ['known', 'unknown', 'invited'] as const) {
					const started = performance.now();
					const answer = await signIn(server, emails[kind], 'wrong-password');
					timings[kind].push(performance.now() - started);
					// The same answer for all three.
					expect(answer).toMatchObject({ status: 400, errorCode: 'invalid_credentials' });
				}
			}
		} finally {
			await server.close();
		}
		const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
		const known = median(timings.known);
		console.info(
			`sign-in with a wrong password, median: known ${known.toFixed(0)} ms, unknown ${median(timings.unknown).toFixed(0)} ms, invited ${median(timings.invited).toFixed(0)} ms`
		);
		// Before: 4 ms for an unknown address against 72 ms for a known one. Now both pay the same bcrypt cost.
		for (const kind of ['unknown', 'invited'] as const) {
			expect(median(timings[kind])).toBeGreaterThan(known * 0.6);
			expect(median(timings[kind])).toBeLessThan(known * 1.6);
		}
	});
});

onlyLocal('/auth/v1/verify redirects only where config.toml allows', () => {
	const config = loadAuthConfig();
	const site = new URL(config.siteUrl);

	async function verifyRedirect(baseUrl: string, redirectTo: string, apikey = true): Promise<URL> {
		const query = new URLSearchParams({ token: 'not-a-real-token', type: 'invite', redirect_to: redirectTo });
		const response = await fetch(`${baseUrl}/verify?${query}`, {
			headers: apikey ? { apikey: stack.anonKey } : {},
			redirect: 'manual'
		});
		expect(response.status).toBe(303);
		return new URL(response.headers.get('location')!);
	}
	// The answer to a bogus link is an error in the fragment of the chosen address, without its query.
	const withoutFragment = (url: URL) => `${url.origin}${url.pathname}`;

	it.each([
		'https://evil.example/steal',
		'https://evil.example/?next=http://localhost:5173',
		'http://localhost:5173.evil.example/',
		'javascript:alert(1)',
		'//evil.example/',
		'http://user@evil.example/'
	])('sends %s to the site URL instead', async (redirectTo) => {
		const location = await verifyRedirect(`${stack.apiUrl}/auth/v1`, redirectTo);
		expect(location.origin).toBe(site.origin);
		// The error of the bogus link travels along, to the site.
		expect(new URLSearchParams(location.hash.slice(1)).get('error_code')).toBe('otp_expired');
	});

	it('follows the site URL (any port on this machine) and the additional_redirect_urls', async () => {
		for (const redirectTo of [`${site.origin}/welkom?stap=1`, ...config.additionalRedirectUrls]) {
			const location = await verifyRedirect(`${stack.apiUrl}/auth/v1`, redirectTo);
			expect(withoutFragment(location)).toBe(withoutFragment(new URL(redirectTo)));
		}
	});

	it('matches additional_redirect_urls as GoTrue does: exact, or globs with * and **', async () => {
		const directory = mkdtempSync(path.join(tmpdir(), 'rnd-auth-redirects-'));
		const file = path.join(directory, 'config.toml');
		writeFileSync(
			file,
			readFileSync(CONFIG_FILE, 'utf8').replace(
				/^additional_redirect_urls = .*$/m,
				'additional_redirect_urls = ["https://dashboard.example/**", "https://*.gemeente.example/terug"]'
			)
		);
		const server = await authServer({ config: loadAuthConfig(file) });
		try {
			for (const allowed of [
				'https://dashboard.example/regio/zuid-limburg',
				'https://heerlen.gemeente.example/terug'
			]) {
				expect(withoutFragment(await verifyRedirect(server.url, allowed, false))).toBe(allowed);
			}
			for (const refused of [
				'https://a.b.gemeente.example/terug',
				'https://heerlen.gemeente.example/elders',
				'https://dashboard.example.evil.example/'
			]) {
				expect((await verifyRedirect(server.url, refused, false)).origin).toBe(site.origin);
			}
		} finally {
			await server.close();
			rmSync(directory, { recursive: true, force: true });
		}
	});
});
