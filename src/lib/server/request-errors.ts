// What SvelteKit itself refuses (a reserved action name, a body over BODY_SIZE_LIMIT, an unknown action, a method
// an endpoint does not have) answered in Dutch and with the right status, the way the app answers its own errors. Used by hooks.server.ts only.
import { error, json } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { formatNumber } from '$lib/format';

/**
 * `POST page?/default`: SvelteKit throws a plain Error for the reserved name, a 500. The action's name is the
 * first query parameter that starts with '/', as SvelteKit reads it.
 */
export function isReservedActionPost(request: Request, url: URL): boolean {
	if (request.method !== 'POST') return false;
	for (const [name] of url.searchParams) if (name.startsWith('/')) return name === '/default';
	return false;
}

/**
 * adapter-node's BODY_SIZE_LIMIT in bytes (a number, or with K, M or G; 'Infinity'), its default 512K when unset;
 * null in development, where the dev server has no limit.
 */
export function bodySizeLimit(setting: string | undefined, development: boolean): number | null {
	if (development) return null;
	const text = (setting ?? '512K').trim();
	if (text === 'Infinity') return null;
	const match = /^(\d+)([KMG]?)$/i.exec(text);
	return match ? Number(match[1]) * 1024 ** ' KMG'.indexOf(match[2].toUpperCase() || ' ') : null;
}

/**
 * A body announced larger than the limit. adapter-node would refuse it only while the body is read, and a
 * superform reads a refused body as an empty form (a silent 400); answering first gives the real reason.
 */
export function isTooLarge(request: Request, limit: number | null): boolean {
	const length = Number(request.headers.get('content-length'));
	return limit !== null && Number.isFinite(length) && length > limit;
}

/** A body sent without Content-Length (chunked): how large it is shows only while it is read. */
export const isUnsized = (request: Request) =>
	request.body !== null && !request.headers.has('content-length');

/**
 * The body read whole, or null when it is larger than `limit`. adapter-node stops such a body itself with a 413
 * error, which a superform would read as an empty form; reading it here first gives the real reason.
 */
export async function readBodyWithin(
	request: Request,
	limit: number
): Promise<Uint8Array<ArrayBuffer> | null> {
	const reader = request.body!.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		for (let read = await reader.read(); !read.done; read = await reader.read()) {
			size += read.value.byteLength;
			if (size > limit) {
				await reader.cancel();
				return null;
			}
			chunks.push(read.value);
		}
	} catch (err) {
		if ((err as { status?: unknown } | null)?.status === 413) return null;
		throw err;
	}
	const body = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		body.set(chunk, at);
		at += chunk.byteLength;
	}
	return body;
}

/** The request again, with its body already read. */
export const withBody = (request: Request, body: Uint8Array<ArrayBuffer>) =>
	new Request(request.url, {
		method: request.method,
		headers: request.headers,
		body,
		signal: request.signal
	});

/**
 * SvelteKit's own answer to a method an endpoint (+server.ts) does not have: "POST method not allowed" as bare
 * bytes (no content type). A page without that action answers through handleError instead (HTML or JSON).
 */
export const isEndpointMethodRefusal = (response: Response) =>
	response.status === 405 && !/html|json/.test(response.headers.get('content-type') ?? '');

/**
 * A refusal before the page is reached: as an action result when the page's form asked for JSON (use:enhance),
 * so the page shows it as any action error; otherwise as an error page.
 */
export function refuseRequest(request: Request, status: number, message: string): Response {
	if (request.headers.get('accept')?.includes('application/json')) {
		return json({ type: 'error', status, error: { message } }, { status });
	}
	error(status, message);
}

/** The 400 for SvelteKit's reserved action name. */
export const refuseReservedAction = (request: Request) =>
	refuseRequest(request, 400, m.error_action_unknown());

/** The 405 for a method an endpoint does not have. */
export const refuseMethod = (request: Request) => refuseRequest(request, 405, m.error_method_not_allowed());

/** The 413 for a body over the limit, naming the limit. */
export const refuseTooLarge = (request: Request, limit: number) =>
	refuseRequest(request, 413, m.error_payload_too_large({ limit: sizeText(limit) }));

/** "2 MB" for a byte count. */
function sizeText(bytes: number): string {
	return bytes >= 1024 * 1024
		? `${formatNumber(bytes / (1024 * 1024), 1)} MB`
		: `${formatNumber(Math.ceil(bytes / 1024))} kB`;
}

/**
 * The message of an error SvelteKit (or the adapter) raised, in the user's language. `status` and `message` are
 * SvelteKit's; the text of a 413 carries the limit in bytes ("… limit of 2097152 bytes", "… BODY_SIZE_LIMIT of
 * 2097152").
 */
export function requestErrorMessage(err: unknown, status: number): string {
	if (status === 413) {
		const limit = /(?:limit|BODY_SIZE_LIMIT) of (\d+)/.exec(err instanceof Error ? err.message : '')?.[1];
		if (limit) return m.error_payload_too_large({ limit: sizeText(Number(limit)) });
	}
	if (status === 404) return m.error_not_found_text();
	if (status >= 400 && status < 500) return m.error_request_invalid();
	return m.error_generic_text();
}
