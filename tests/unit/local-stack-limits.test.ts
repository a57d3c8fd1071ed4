// Limits of the local stack: token buckets for Auth's [auth.rate_limit] and Realtime's per-connection
// limits, GoTrue's redirect allow-list, and reading config.toml.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuthRateLimiter } from '../../supabase/local/auth/rate-limit';
import { globToRegExp, RedirectAllowList } from '../../supabase/local/auth/redirects';
import { AUTH_DEFAULTS, loadAuthConfig } from '../../supabase/local/config';
import { ClientRateLimit, REALTIME_LIMITS } from '../../supabase/local/realtime/limits';
import { TokenBucket } from '../../supabase/local/token-bucket';
import { FORWARDING_SECRET_HEADER } from '../../supabase/local/http';
import { FORWARDING_SECRET_HEADER as APP_FORWARDING_SECRET_HEADER } from '$lib/data/auth-forwarding';

function clock() {
	let now = 0;
	return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('TokenBucket', () => {
	it('allows a burst of its capacity, then refills at its rate', () => {
		const time = clock();
		const bucket = new TokenBucket(2, 3, time.now);
		expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
		time.advance(499);
		expect(bucket.take()).toBe(false);
		time.advance(1);
		expect(bucket.take()).toBe(true);
		expect(bucket.secondsUntil()).toBe(0.5);
		time.advance(60_000);
		expect(bucket.isFull()).toBe(true);
		expect(bucket.secondsUntil(4)).toBe(0.5);
		expect(bucket.take(4)).toBe(false);
	});
});

describe('AuthRateLimiter', () => {
	it('reads the proof of a forwarded address from the header the app server sends', () => {
		expect(APP_FORWARDING_SECRET_HEADER).toBe(FORWARDING_SECRET_HEADER);
	});

	it('counts per action and address, bursts up to 30 and refills at the configured rate per 5 minutes', () => {
		const time = clock();
		const limiter = new AuthRateLimiter({ ...AUTH_DEFAULTS.rateLimits, signInSignUps: 60 }, time.now);
		for (let i = 0; i < 30; i++) limiter.take('signInSignUps', '10.0.0.1');
		expect(() => limiter.take('signInSignUps', '10.0.0.1')).toThrow('Request rate limit reached');
		// Another address, and another action of the same address, have buckets of their own.
		expect(() => limiter.take('signInSignUps', '10.0.0.2')).not.toThrow();
		expect(() => limiter.take('tokenRefresh', '10.0.0.1')).not.toThrow();
		// 60 per 5 minutes: one every 5 seconds.
		time.advance(5000);
		expect(() => limiter.take('signInSignUps', '10.0.0.1')).not.toThrow();
		expect(() => limiter.take('signInSignUps', '10.0.0.1')).toThrow();
	});

	it('says in Retry-After how many seconds until the next request fits, rounded up', () => {
		const time = clock();
		const limiter = new AuthRateLimiter({ ...AUTH_DEFAULTS.rateLimits, signInSignUps: 30 }, time.now);
		const retryAfter = () => {
			try {
				limiter.take('signInSignUps', '10.0.0.1');
				return 'fits';
			} catch (error) {
				return (error as { retryAfterSeconds: number }).retryAfterSeconds;
			}
		};
		for (let i = 0; i < 30; i++) limiter.take('signInSignUps', '10.0.0.1');
		// 30 per 5 minutes: one every 10 seconds.
		expect(retryAfter()).toBe(10);
		time.advance(2500);
		expect(retryAfter()).toBe(8);
		time.advance(7499);
		expect(retryAfter()).toBe(1);
		time.advance(1);
		expect(retryAfter()).toBe('fits');
	});

	it('answers 429 with GoTrue error codes; emails count for the whole project, per hour', () => {
		const time = clock();
		const limiter = new AuthRateLimiter({ ...AUTH_DEFAULTS.rateLimits, emailSent: 2 }, time.now);
		limiter.take('emailSent', 'a');
		limiter.take('emailSent', 'b');
		try {
			limiter.take('emailSent', 'c');
			expect.unreachable();
		} catch (error) {
			expect(error).toMatchObject({ status: 429, errorCode: 'over_email_send_rate_limit' });
		}
		time.advance(30 * 60 * 1000);
		expect(() => limiter.take('emailSent', 'c')).not.toThrow();
	});
});

describe('ClientRateLimit (Realtime)', () => {
	it('cuts a client off after a second of events or over its bytes', () => {
		const limit = new ClientRateLimit();
		let allowed = 0;
		while (limit.allow(10) && allowed < 1000) allowed++;
		expect(allowed).toBeGreaterThanOrEqual(REALTIME_LIMITS.eventsPerSecond - 1);
		expect(allowed).toBeLessThan(REALTIME_LIMITS.eventsPerSecond + 10);
		const bytes = new ClientRateLimit();
		expect(bytes.allow(REALTIME_LIMITS.maxPayloadBytes)).toBe(true);
		expect(bytes.allow(REALTIME_LIMITS.bytesPerSecond)).toBe(false);
	});
});

describe('RedirectAllowList', () => {
	const list = new RedirectAllowList('http://localhost:5173', [
		'https://dashboard.example/**',
		'myapp://callback'
	]);

	it.each([
		'http://localhost:5173/regio',
		'http://localhost:4173/any-port-on-loopback',
		'http://127.0.0.1:9999/',
		'http://[::1]:3000/',
		'https://dashboard.example/a/b?c=d#e',
		'myapp://callback'
	])('follows %s', (url) => {
		expect(list.isAllowed(url)).toBe(true);
		expect(list.target(url)).toBe(new URL(url).href);
	});

	it.each([
		'https://evil.example/',
		'https://localhost:5173/', // another scheme than the site's
		'http://localhost.evil.example/',
		'https://dashboard.example.evil.example/',
		'http://2130706433/', // 127.0.0.1 in decimal
		'http://user:pass@localhost:5173/',
		' http://localhost:5173/',
		'http://localhost:5173/\tx',
		'javascript:alert(1)',
		'/relative',
		''
	])('refuses %j and falls back to the site URL', (url) => {
		expect(list.isAllowed(url)).toBe(false);
		expect(list.target(url)).toBe('http://localhost:5173/');
	});

	it('reads globs as GoTrue does: * stays within a label or segment, ** crosses them', () => {
		expect(globToRegExp('https://*.example/x').test('https://a.example/x')).toBe(true);
		expect(globToRegExp('https://*.example/x').test('https://a.b.example/x')).toBe(false);
		expect(globToRegExp('https://a.example/*').test('https://a.example/b/c')).toBe(false);
		expect(globToRegExp('https://a.example/**').test('https://a.example/b/c')).toBe(true);
		expect(globToRegExp('https://a.example/?').test('https://a.example/b')).toBe(true);
		expect(globToRegExp('https://a.example/(x)+').test('https://a.example/(x)+')).toBe(true);
	});
});

describe('loadAuthConfig', () => {
	const directory = mkdtempSync(path.join(tmpdir(), 'rnd-config-'));
	const write = (text: string) => {
		const file = path.join(directory, `${Math.random()}.toml`);
		writeFileSync(file, text);
		return file;
	};

	it("reads the project's config.toml", () => {
		const config = loadAuthConfig();
		expect(config.siteUrl).toBe('http://localhost:5173');
		expect(config.rateLimits).toEqual({
			signInSignUps: 30,
			tokenRefresh: 150,
			tokenVerifications: 30,
			emailSent: 2
		});
		// A session lives a working day at most, however active: a copied refresh token dies with it.
		expect(config.sessions).toEqual({ timeboxSeconds: 8 * 3600, inactivityTimeoutSeconds: null });
	});

	it('reads session lifetimes written as Go durations; "0" or nothing means no limit', () => {
		const sessions = (text: string) => loadAuthConfig(write(`[auth.sessions]\n${text}\n`)).sessions;
		expect(sessions('timebox = "1h30m"\ninactivity_timeout = "45s"')).toEqual({
			timeboxSeconds: 5400,
			inactivityTimeoutSeconds: 45
		});
		expect(sessions('timebox = "0"')).toEqual({ timeboxSeconds: null, inactivityTimeoutSeconds: null });
		expect(() => sessions('timebox = "8 uur"')).toThrow(/auth.sessions.timebox/);
		expect(() => sessions('inactivity_timeout = 8')).toThrow(/auth.sessions.inactivity_timeout/);
		expect(() => sessions('timebox = ""')).toThrow(/auth.sessions.timebox/);
	});

	it('takes the Supabase CLI defaults for what is left out', () => {
		expect(loadAuthConfig(write('[auth]\n'))).toEqual(AUTH_DEFAULTS);
	});

	it('refuses wrong types and unreadable files, naming the setting', () => {
		expect(() => loadAuthConfig(write('[auth.rate_limit]\nsign_in_sign_ups = -1\n'))).toThrow(
			/sign_in_sign_ups/
		);
		expect(() => loadAuthConfig(write('[auth]\nsite_url = 5\n'))).toThrow(/auth.site_url/);
		expect(() => loadAuthConfig(write('[auth]\nadditional_redirect_urls = "x"\n'))).toThrow(
			/additional_redirect_urls/
		);
		expect(() => loadAuthConfig(write('[auth\n'))).toThrow(/niet te lezen/);
		expect(() => loadAuthConfig(path.join(directory, 'missing.toml'))).toThrow(/niet te lezen/);
		rmSync(directory, { recursive: true, force: true });
	});
});
