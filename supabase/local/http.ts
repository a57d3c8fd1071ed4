// HTTP helpers shared by the gateway, the auth server and the realtime server: JSON responses with the
// gateway's CORS headers, and the API key a request presents. Imports nothing from those three, so none of
// them has to import another back.
import { createHash, timingSafeEqual } from 'node:crypto';
import type http from 'node:http';
import { isIP } from 'node:net';
import { verifyJwt } from './keys.ts';

export const CORS_HEADERS: Readonly<Record<string, string>> = {
	'access-control-allow-origin': '*',
	'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS, HEAD',
	'access-control-allow-headers':
		'authorization, apikey, content-type, x-client-info, x-supabase-api-version, prefer, range, range-unit, accept-profile, content-profile, accept, x-retry-count',
	'access-control-expose-headers':
		'content-range, content-location, x-supabase-api-version, range-unit, retry-after',
	'access-control-max-age': '86400'
};

export function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
	res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...CORS_HEADERS });
	res.end(JSON.stringify(body));
}

/** The key a request presents as `apikey` header or query parameter, as Supabase's API gateway reads it. */
export function presentedApiKey(req: http.IncomingMessage, url: URL): string | undefined {
	const header = req.headers['apikey'];
	return (Array.isArray(header) ? header[0] : header) ?? url.searchParams.get('apikey') ?? undefined;
}

/** Valid API keys seen before, until they expire: every request presents one, most the same few. */
const knownApiKeys = new Map<string, { role: string; expiresAt: number }>();
const KNOWN_API_KEYS_MAX = 100;

/** The role of a valid API key (`anon` or `service_role`), or undefined for anything else. */
export async function apiKeyRole(key: string | undefined, secret: string): Promise<string | undefined> {
	if (!key) return undefined;
	const cacheKey = `${secret}\u0000${key}`;
	const known = knownApiKeys.get(cacheKey);
	if (known && Date.now() < known.expiresAt) return known.role;
	knownApiKeys.delete(cacheKey);
	try {
		const claims = await verifyJwt(key, secret);
		const role = claims['role'];
		if (role !== 'anon' && role !== 'service_role') return undefined;
		if (knownApiKeys.size >= KNOWN_API_KEYS_MAX) knownApiKeys.clear();
		knownApiKeys.set(cacheKey, { role, expiresAt: claims.exp ? claims.exp * 1000 : Infinity });
		return role;
	} catch {
		return undefined;
	}
}

/** The address a request came from, as the gateway (the edge of the local stack) sees it. */
export function clientAddress(req: http.IncomingMessage): string {
	return req.socket.remoteAddress ?? 'unknown';
}

/**
 * The header with which the app server proves it may name the client in `X-Forwarded-For`: the shared secret
 * AUTH_FORWARDING_SECRET. The gateway never passes it on.
 */
export const FORWARDING_SECRET_HEADER = 'x-auth-forwarding-secret';

/**
 * The address Auth's rate limits count, as GoTrue's GOTRUE_RATE_LIMIT_HEADER does behind a trusted proxy: the
 * app server signs in on behalf of its users, so it names each user's address in `X-Forwarded-For`. That header
 * counts only with the right secret (compared in constant time); anyone else is counted on the socket's address,
 * whatever `X-Forwarded-For` it sends, so naming another address does not get around the limit.
 */
export function rateLimitAddress(req: http.IncomingMessage, forwardingSecret: string | null): string {
	if (!forwardingSecret || !provesForwarding(req.headers[FORWARDING_SECRET_HEADER], forwardingSecret)) {
		return clientAddress(req);
	}
	const forwarded = req.headers['x-forwarded-for'];
	const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim() ?? '';
	return isIP(first) ? first : clientAddress(req);
}

function provesForwarding(presented: string | string[] | undefined, secret: string): boolean {
	if (typeof presented !== 'string') return false;
	// Hashing first gives equal lengths, so the comparison takes as long whatever was presented.
	const digest = (value: string) => createHash('sha256').update(value).digest();
	return timingSafeEqual(digest(presented), digest(secret));
}
