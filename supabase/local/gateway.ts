import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { StackContext } from './context.ts';
import { verifyJwt } from './keys.ts';
import { createAuthHandler } from './auth/handler.ts';
import { attachRealtime } from './realtime/server.ts';

export interface RunningGateway {
	port: number;
	server: http.Server;
	/** Called after migrations changed the schema. */
	schemaChanged(): Promise<void>;
	stop(): Promise<void>;
}

const CORS_HEADERS: Record<string, string> = {
	'access-control-allow-origin': '*',
	'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS, HEAD',
	'access-control-allow-headers':
		'authorization, apikey, content-type, x-client-info, x-supabase-api-version, prefer, range, range-unit, accept-profile, content-profile, accept, x-retry-count',
	'access-control-expose-headers': 'content-range, content-location, x-supabase-api-version, range-unit',
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

export async function startGateway(options: {
	context: StackContext;
	postgrestUrl: string;
	port: number;
	host?: string;
}): Promise<RunningGateway> {
	const { context } = options;
	const postgrest = new URL(options.postgrestUrl);
	const auth = createAuthHandler(context);

	const server = http.createServer((req, res) => void handle(req, res));
	async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
		try {
			const url = new URL(req.url ?? '/', 'http://gateway');
			if (req.method === 'OPTIONS') {
				res.writeHead(204, CORS_HEADERS);
				res.end();
				return;
			}
			if (url.pathname === '/' || url.pathname === '/health') {
				sendJson(res, 200, { status: 'ok', service: 'regionaal-netwerk-dashboard local stack' });
				return;
			}
			const service = /^\/(rest|auth|realtime)\/v1(\/.*)?$/.exec(url.pathname);
			if (!service) {
				sendJson(res, 404, { message: 'no Route matched with those values' });
				return;
			}
			const key = presentedApiKey(req, url);
			if (!key) {
				sendJson(res, 401, { message: 'No API key found in request' });
				return;
			}
			if (!(await apiKeyRole(key, context.jwtSecret))) {
				sendJson(res, 401, { message: 'Invalid API key' });
				return;
			}
			const subPath = service[2] ?? '/';
			if (service[1] === 'rest') {
				proxyToPostgrest(req, res, postgrest, subPath + url.search, key, () => {
					if (req.method !== 'GET' && req.method !== 'HEAD') realtime.wake();
				});
			} else if (service[1] === 'auth') {
				await auth(req, res, subPath, url);
			} else if (!(await realtime.handleHttp(req, res, subPath, key))) {
				sendJson(res, 426, { message: 'Gebruik een WebSocket-verbinding voor realtime.' });
			}
		} catch (error) {
			context.log(`gateway: ${(error as Error).stack ?? String(error)}`);
			if (!res.headersSent) sendJson(res, 500, { message: 'Interne fout in de lokale gateway' });
			else res.end();
		}
	}

	const realtime = attachRealtime(server, context);

	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
	});
	const port = (server.address() as AddressInfo).port;

	return {
		port,
		server,
		schemaChanged: () => realtime.schemaChanged(),
		async stop() {
			await realtime.close();
			server.closeAllConnections();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		}
	};
}

function proxyToPostgrest(
	req: http.IncomingMessage,
	res: http.ServerResponse,
	target: URL,
	pathAndQuery: string,
	apiKey: string,
	onResponse: () => void
): void {
	const headers = { ...req.headers };
	delete headers['host'];
	// Like Supabase's gateway: without a user token, the API key itself is the bearer.
	if (!headers['authorization']) headers['authorization'] = `Bearer ${apiKey}`;
	const upstream = http.request(
		{
			hostname: target.hostname,
			port: target.port,
			method: req.method,
			path: pathAndQuery,
			headers
		},
		(upstreamRes) => {
			// PostgREST answers after the commit, so a write's changes are in the realtime queue by now.
			onResponse();
			res.writeHead(upstreamRes.statusCode ?? 502, { ...upstreamRes.headers, ...CORS_HEADERS });
			upstreamRes.pipe(res);
		}
	);
	upstream.on('error', () => {
		if (!res.headersSent) sendJson(res, 503, { message: 'PostgREST is niet bereikbaar' });
		else res.end();
	});
	req.pipe(upstream);
}
