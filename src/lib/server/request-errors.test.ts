import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import {
	bodySizeLimit,
	isEndpointMethodRefusal,
	isReservedActionPost,
	isTooLarge,
	isUnsized,
	readBodyWithin,
	requestErrorMessage,
	withBody
} from './request-errors';

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

/** A chunked body (no Content-Length): `sizes` chunks of that many bytes, or a stream that fails with `failure`. */
function chunked(sizes: number[], failure?: unknown): Request {
	const body = new ReadableStream<Uint8Array>({
		start(controller) {
			for (const size of sizes) controller.enqueue(new Uint8Array(size).fill(97));
			if (failure) controller.error(failure);
			else controller.close();
		}
	});
	return new Request('http://x/profiel', { method: 'POST', body, duplex: 'half' } as RequestInit);
}

describe('a chunked body over the limit and a method an endpoint lacks (attack finding E12)', () => {
	it('knows a body without Content-Length', () => {
		expect(isUnsized(chunked([1]))).toBe(true);
		const sized = new Request('http://x/p', {
			method: 'POST',
			body: 'a=1',
			headers: { 'content-length': '3' }
		});
		expect(isUnsized(sized)).toBe(false);
		expect(isUnsized(post())).toBe(false);
	});
	it('reads a chunked body up to the limit and refuses one byte more', async () => {
		const body = await readBodyWithin(chunked([3, 4, 3]), 10);
		expect(body?.byteLength).toBe(10);
		expect(await withBody(chunked([]), body!).text()).toBe('a'.repeat(10));
		expect(await readBodyWithin(chunked([3, 4, 4]), 10)).toBeNull();
	});
	it("takes the adapter's own 413 as too large and passes other failures on", async () => {
		expect(await readBodyWithin(chunked([1], { status: 413 }), 10)).toBeNull();
		await expect(readBodyWithin(chunked([1], new Error('reset')), 10)).rejects.toThrow('reset');
	});
	it("recognises SvelteKit's plain-text 405 of an endpoint, not other answers", () => {
		// SvelteKit's text(): the bytes, a content-length and the allowed methods, no content type.
		const text = (status: number) =>
			new Response(new TextEncoder().encode('POST method not allowed'), {
				status,
				headers: { allow: 'GET' }
			});
		expect(isEndpointMethodRefusal(text(405))).toBe(true);
		expect(isEndpointMethodRefusal(text(400))).toBe(false);
		const page = new Response('<p>x</p>', { status: 405, headers: { 'content-type': 'text/html' } });
		expect(isEndpointMethodRefusal(page)).toBe(false);
		const action = new Response('{}', { status: 405, headers: { 'content-type': 'application/json' } });
		expect(isEndpointMethodRefusal(action)).toBe(false);
	});
});
