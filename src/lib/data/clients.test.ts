import { describe, expect, it } from 'vitest';
import { SESSION_COOKIE_MAX_AGE_SECONDS, sessionCookie } from './clients';

describe('sessionCookie', () => {
	it('keeps a session cookie eight hours instead of the library’s 400 days, lax, secure over https', () => {
		expect(sessionCookie({ maxAge: 400 * 24 * 3600, path: '/x', sameSite: 'none' }, true)).toEqual({
			maxAge: SESSION_COOKIE_MAX_AGE_SECONDS,
			path: '/',
			sameSite: 'lax',
			secure: true
		});
		expect(SESSION_COOKIE_MAX_AGE_SECONDS).toBe(8 * 3600);
		expect(sessionCookie({}, false)).toMatchObject({ maxAge: SESSION_COOKIE_MAX_AGE_SECONDS, secure: false });
	});

	it('leaves a removal a removal', () => {
		expect(sessionCookie({ maxAge: 0 }, true).maxAge).toBe(0);
	});
});
