import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { StackContext } from './context.ts';
import { apiKeyRole, CORS_HEADERS, FORWARDING_SECRET_HEADER, presentedApiKey, sendJson } from './http.ts';
import { createAuthHandler } from './auth/handler.ts';
import { attachRealtime } from './realtime/server.ts';

export interface RunningGateway {
	port: number;
	server: http.Server;
	/** Called after migrations changed the schema. */
	schemaChanged(): Promise<void>;
	/** Where Realtime's postgres_changes come from. */
	changeSource: 'wal' | 'triggers';
	stop(): Promise<void>;
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
				proxyToPostgrest(req, res, postgrest, subPath + url.search, key);
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
	try {
		await realtime.start();
	} catch (error) {
		await realtime.close().catch(() => {});
		throw error;
	}

	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
	});
	const port = (server.address() as AddressInfo).port;

	return {
		port,
		server,
		schemaChanged: () => realtime.schemaChanged(),
		changeSource: realtime.changeSource,
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
	apiKey: string
): void {
	const headers = { ...req.headers };
	delete headers['host'];
	// The app server's proof is for Auth's rate limits only; PostgREST would hand it to SQL as request.headers.
	delete headers[FORWARDING_SECRET_HEADER];
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
