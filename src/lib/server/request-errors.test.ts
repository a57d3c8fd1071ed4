import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { bodySizeLimit, isReservedActionPost, isTooLarge, requestErrorMessage } from './request-errors';

const post = (headers: Record<string, string> = {}) => new Request('http://x/p', { method: 'POST', headers });

describe('requests SvelteKit itself would refuse in English or with a 500 (attack finding 14)', () => {
	it('recognises the reserved action name as SvelteKit reads it: the first parameter starting with /', () => {
		expect(isReservedActionPost(post(), new URL('http://x/profiel?/default'))).toBe(true);
		expect(isReservedActionPost(post(), new URL('http://x/profiel?a=1&/default'))).toBe(true);
		expect(isReservedActionPost(post(), new URL('http://x/profiel?/save&/default'))).toBe(false);
		expect(isReservedActionPost(post(), new URL('http://x/profiel'))).toBe(false);
		expect(isReservedActionPost(new Request('http://x/p'), new URL('http://x/profiel?/default'))).toBe(false);
	});
	it('reads BODY_SIZE_LIMIT as adapter-node does; no limit in development', () => {
		expect(bodySizeLimit('2M', false)).toBe(2 * 1024 * 1024);
		expect(bodySizeLimit('512K', false)).toBe(512 * 1024);
		expect(bodySizeLimit('1000', false)).toBe(1000);
		expect(bodySizeLimit(undefined, false)).toBe(512 * 1024);
		expect(bodySizeLimit('Infinity', false)).toBeNull();
		expect(bodySizeLimit('2M', true)).toBeNull();
	});
	it('a body announced over the limit is too large', () => {
		expect(isTooLarge(post({ 'content-length': '2097153' }), 2 * 1024 * 1024)).toBe(true);
		expect(isTooLarge(post({ 'content-length': '2097152' }), 2 * 1024 * 1024)).toBe(false);
		expect(isTooLarge(post({ 'content-length': '9999999' }), null)).toBe(false);
	});
	it('says in Dutch what SvelteKit says in English, with the limit', () => {
		const tooLarge = new Error('Content-length of 3000000 exceeds limit of 2097152 bytes.');
		expect(requestErrorMessage(tooLarge, 413)).toBe(m.error_payload_too_large({ limit: '2 MB' }));
		expect(requestErrorMessage(new Error("No action with name 'x' found"), 404)).toBe(
			m.error_not_found_text()
		);
		expect(requestErrorMessage(new Error('Unsupported Media Type'), 415)).toBe(m.error_request_invalid());
		expect(requestErrorMessage(new Error('boom'), 500)).toBe(m.error_generic_text());
		expect(m.error_payload_too_large({ limit: '2 MB' })).toContain('te groot');
	});
});
