import http from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { StackContext } from '../context.ts';
import { apiKeyRole, presentedApiKey } from '../http.ts';
import {
	allOf,
	privateChannelsFollowRls,
	privateChannelsNeedAUser,
	privateChannelWritesFollowRls,
	type AuthorizeChannel
} from './authorization.ts';
import { ChangeFeed } from './changes.ts';
import type { RealtimeHub } from './channel.ts';
import { RealtimeConnection } from './connection.ts';
import { AddressRateLimits, REALTIME_LIMITS } from './limits.ts';
import { TopicMembers } from './member.ts';
import { PresenceTracker } from './presence.ts';
import { parseVsn } from './protocol.ts';
import { handleRealtimeHttp } from './rest.ts';

export interface RealtimeOptions {
	/** Extra per-topic rule on top of the built-in one for private channels. */
	authorizeChannel?: AuthorizeChannel;
}

export interface RealtimeServer {
	/** Where postgres_changes come from: the WAL, or capture triggers when the database has no logical WAL. */
	readonly changeSource: 'wal' | 'triggers';
	/** Resolves when every change committed from now on will be delivered. */
	start(): Promise<void>;
	schemaChanged(): Promise<void>;
	/** Serves the REST broadcast endpoints under /realtime/v1; false for any other path. */
	handleHttp(
		req: http.IncomingMessage,
		res: http.ServerResponse,
		subPath: string,
		apiKey: string
	): Promise<boolean>;
	close(): Promise<void>;
}

const WEBSOCKET_PATH = /^\/realtime\/v1\/websocket\/?$/;
/** Phoenix closes sockets that stay silent this long; realtime-js sends a heartbeat every 25 s. */
const IDLE_TIMEOUT_MS = 60_000;

/** The local Supabase Realtime: the Phoenix websocket protocol on `/realtime/v1/websocket` of the gateway. */
export function attachRealtime(
	server: http.Server,
	context: StackContext,
	options: RealtimeOptions = {}
): RealtimeServer {
	const topics = new TopicMembers();
	const changes = new ChangeFeed({
		pool: context.pool,
		databaseUrl: context.databaseUrl,
		logicalReplication: context.logicalReplication,
		log: context.log
	});
	const hub: RealtimeHub = {
		jwtSecret: context.jwtSecret,
		topics,
		presence: new PresenceTracker(topics),
		changes,
		authorize: allOf(
			privateChannelsNeedAUser,
			privateChannelsFollowRls(context.pool),
			options.authorizeChannel
		),
		authorizeWrites: privateChannelWritesFollowRls(context.pool),
		restLimits: new AddressRateLimits(),
		log: context.log
	};
	const websockets = new WebSocketServer({ noServer: true, maxPayload: REALTIME_LIMITS.maxPayloadBytes });
	const connections = new Set<RealtimeConnection>();
	let closing = false;

	const onUpgrade = (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
		const url = new URL(req.url ?? '/', 'http://gateway');
		if (!WEBSOCKET_PATH.test(url.pathname)) {
			// Leave other paths to other upgrade listeners, if any.
			if (server.listenerCount('upgrade') === 1) {
				rejectUpgrade(socket, 404, 'no Route matched with those values');
			}
			return;
		}
		socket.on('error', () => {});
		void acceptClient(req, socket, head, url).catch((error) => {
			context.log(`realtime: verbinding mislukt: ${(error as Error).message}`);
			rejectUpgrade(socket, 500, 'Interne fout in de lokale realtime-server');
		});
	};

	async function acceptClient(req: http.IncomingMessage, socket: Duplex, head: Buffer, url: URL) {
		const apiKey = presentedApiKey(req, url);
		if (!apiKey) return rejectUpgrade(socket, 401, 'No API key found in request');
		if (!(await apiKeyRole(apiKey, context.jwtSecret))) return rejectUpgrade(socket, 401, 'Invalid API key');
		const vsn = parseVsn(url.searchParams.get('vsn'));
		if (!vsn) return rejectUpgrade(socket, 400, `Unsupported vsn: ${url.searchParams.get('vsn')}`);
		if (closing) return rejectUpgrade(socket, 503, 'Realtime is shutting down');
		websockets.handleUpgrade(req, socket, head, (ws) => {
			const connection = new RealtimeConnection(ws, vsn, apiKey, hub);
			connections.add(connection);
			ws.on('close', () => connections.delete(connection));
		});
	}

	server.on('upgrade', onUpgrade);
	const idleCheck = setInterval(() => closeIdleConnections(connections), IDLE_TIMEOUT_MS / 4);
	idleCheck.unref();

	return {
		changeSource: changes.mode,
		start: () => changes.start(),
		schemaChanged: () => changes.schemaChanged(),
		handleHttp: (req, res, subPath, apiKey) => handleRealtimeHttp(hub, req, res, subPath, apiKey),
		async close() {
			closing = true;
			server.off('upgrade', onUpgrade);
			clearInterval(idleCheck);
			await changes.close();
			await closeConnections(connections);
			await new Promise<void>((resolve) => websockets.close(() => resolve()));
		}
	};
}

function closeIdleConnections(connections: Set<RealtimeConnection>): void {
	const cutoff = Date.now() - IDLE_TIMEOUT_MS;
	for (const connection of connections) {
		if (connection.lastActivityAt < cutoff) connection.terminate();
	}
}

/** Going-away close frames first, so clients reconnect later; whatever lingers is cut off. */
async function closeConnections(connections: Set<RealtimeConnection>): Promise<void> {
	for (const connection of connections) connection.close(1001, 'server shutting down');
	const deadline = Date.now() + 500;
	while (connections.size > 0 && Date.now() < deadline) {
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
	for (const connection of connections) connection.terminate();
	connections.clear();
}

function rejectUpgrade(socket: Duplex, status: number, message: string): void {
	if (socket.destroyed) return;
	const body = JSON.stringify({ message });
	// Like ws itself: once the response is out, the socket goes, so no half-open socket delays shutdown.
	socket.once('finish', () => socket.destroy());
	socket.end(
		`HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n` +
			'Content-Type: application/json; charset=utf-8\r\n' +
			`Content-Length: ${Buffer.byteLength(body)}\r\n` +
			'Connection: close\r\n\r\n' +
			body
	);
}
