import '$lib/data/node-websocket.server';
import { error, type Handle, type HandleServerError, type RequestEvent } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { createRequestClient } from '$lib/data/clients';
import { AuthRateLimitedError, sessionVerifier } from '$lib/data/auth';
import type { ClientForwarding } from '$lib/data/auth-forwarding';
import { tooManyAttemptsMessage } from '$lib/server/auth-limits';
import { supabaseConfig } from '$lib/data/config';
import { LARGE_TEXT_COOKIE } from '$lib/server/display';
import { dev } from '$app/environment';
import { env } from '$env/dynamic/private';
import {
	bodySizeLimit,
	isReservedActionPost,
	isTooLarge,
	refuseReservedAction,
	refuseTooLarge,
	requestErrorMessage
} from '$lib/server/request-errors';

const i18n: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		// SvelteKit answers `?/default` with a 500 (a reserved name); it is a bad request, said in Dutch.
		if (isReservedActionPost(request, event.url)) return refuseReservedAction(request);
		const limit = bodySizeLimit(env.BODY_SIZE_LIMIT, dev);
		if (isTooLarge(request, limit)) return refuseTooLarge(request, limit!);
		return resolve(event, {
			transformPageChunk: ({ html }) =>
				html
					.replace('%paraglide.lang%', locale)
					.replace('%rnd.body-class%', event.cookies.get(LARGE_TEXT_COOKIE) === '1' ? 'rnd-large' : '')
		});
	});

const supabase: Handle = async ({ event, resolve }) => {
	// The plain fetch: SvelteKit's event.fetch would copy the browser's cookies onto every call to a Supabase on
	// the same host (the local stack), and its per-request work buys nothing for calls that carry their own JWT.
	event.locals.authRateLimited = null;
	event.locals.supabase = createRequestClient(event.cookies, fetch, event.url.protocol === 'https:', {
		forwarding: clientForwarding(event),
		onRateLimited: (retryAfterSeconds) => (event.locals.authRateLimited = { retryAfterSeconds })
	});
	const verify = sessionVerifier(event.locals.supabase);
	// A session refresh refused as too many attempts: say so and when to retry, instead of a silent sign-out.
	event.locals.safeGetSession = () =>
		verify().catch((cause: unknown) => {
			if (!(cause instanceof AuthRateLimitedError)) throw cause;
			error(429, tooManyAttemptsMessage(event.locals.authRateLimited?.retryAfterSeconds ?? null));
		});
	return resolve(event, {
		filterSerializedResponseHeaders: (name) => name === 'content-range' || name === 'x-supabase-api-version'
	});
};

/**
 * The browser's address for Auth's rate limits, with the server-only AUTH_FORWARDING_SECRET that lets this
 * server name it (see $lib/data/auth-forwarding). Without the secret, Auth counts this server's address for
 * everyone, as before. Behind a reverse proxy, adapter-node's ADDRESS_HEADER / XFF_DEPTH say where the
 * browser's address is.
 */
function clientForwarding(event: RequestEvent): ClientForwarding | null {
	const secret = env.AUTH_FORWARDING_SECRET;
	if (!secret) return null;
	try {
		return { clientAddress: event.getClientAddress(), secret };
	} catch {
		return null;
	}
}

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
	response.headers.set('x-frame-options', 'DENY');
	// Pages carry a member's figures and names: no shared cache and no back-forward copy may keep them (SvelteKit
	// already sends this for __data.json). A route that sets its own cache-control (an export) keeps it.
	if (
		response.headers.get('content-type')?.startsWith('text/html') &&
		!response.headers.has('cache-control')
	) {
		response.headers.set('cache-control', 'private, no-store');
	}
	if (event.url.protocol === 'https:') {
		response.headers.set('strict-transport-security', 'max-age=31536000; includeSubDomains');
	}
	// kit.csp (svelte.config.js) writes the page's policy; a second policy narrows where the browser may connect
	// to this app and the configured Supabase (REST and its Realtime websocket). Both policies apply.
	if (response.headers.has('content-security-policy')) {
		response.headers.append('content-security-policy', connectPolicy());
	}
	return response;
};

function connectPolicy(): string {
	const api = new URL(supabaseConfig().url);
	const socket = `${api.protocol === 'https:' ? 'wss:' : 'ws:'}//${api.host}`;
	return `connect-src 'self' ${api.origin} ${socket}`;
}

export const handle = sequence(securityHeaders, i18n, supabase);

/**
 * Errors SvelteKit raises itself (a body over BODY_SIZE_LIMIT, an unknown action, an unexpected throw) get a
 * Dutch message instead of "Payload Too Large" or "Internal Error"; the unexpected ones are logged as before.
 */
export const handleError: HandleServerError = ({ error, status }) => {
	if (status >= 500) console.error(error);
	return { message: requestErrorMessage(error, status) };
};
