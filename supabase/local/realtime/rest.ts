import type http from 'node:http';
import { clientAddress, sendJson } from '../http.ts';
import { deliverBroadcast, type IncomingBroadcast } from './broadcast.ts';
import type { RealtimeHub } from './channel.ts';
import { checkAccessToken, joinErrorReason } from './claims.ts';
import { REALTIME_LIMITS, TOO_MANY_MESSAGES } from './limits.ts';
import { topicKey, TOPIC_PREFIX } from './member.ts';
import { isJsonObject, type Claims, type JsonValue } from './types.ts';

const SINGLE_MESSAGE_PATH = /^\/api\/broadcast\/([^/]+)\/events\/([^/]+)$/;

interface RestBroadcast {
	subTopic: string;
	isPrivate: boolean;
	broadcast: IncomingBroadcast;
}

/**
 * Supabase Realtime's REST broadcast: `POST /api/broadcast` with `{messages: [...]}` (realtime-js falls
 * back to it when a channel is not joined) and `POST /api/broadcast/:topic/events/:event` (httpSend).
 * Returns false for paths it does not serve.
 */
export async function handleRealtimeHttp(
	hub: RealtimeHub,
	req: http.IncomingMessage,
	res: http.ServerResponse,
	subPath: string,
	apiKey: string
): Promise<boolean> {
	const single = SINGLE_MESSAGE_PATH.exec(subPath);
	if (subPath !== '/api/broadcast' && !single) return false;
	if (req.method !== 'POST') {
		sendJson(res, 405, { message: 'Method not allowed' });
		return true;
	}
	const claims = await requestClaims(hub, req, apiKey);
	if (!claims.ok) {
		sendJson(res, 401, { message: claims.reason });
		return true;
	}
	const body = await readBody(req);
	if (!body) {
		sendJson(res, 413, { message: 'Payload too large' });
		return true;
	}
	const url = new URL(req.url ?? '/', 'http://gateway');
	const messages = single
		? singleMessage(single, url, req.headers['content-type'], body)
		: batchMessages(body);
	if (!messages) {
		sendJson(res, 400, { message: 'Invalid broadcast body' });
		return true;
	}
	if (!hub.restLimits.allow(clientAddress(req), body.length, messages.length)) {
		sendJson(res, 429, { message: TOO_MANY_MESSAGES });
		return true;
	}
	for (const message of messages) await deliverIfAllowed(hub, claims.claims, message);
	sendJson(res, 202, {});
	return true;
}

async function requestClaims(
	hub: RealtimeHub,
	req: http.IncomingMessage,
	apiKey: string
): Promise<{ ok: true; claims: Claims } | { ok: false; reason: string }> {
	const bearer = /^Bearer\s+(.+)$/i.exec(req.headers['authorization'] ?? '')?.[1];
	const checked = await checkAccessToken(bearer ?? apiKey, hub.jwtSecret);
	return checked.ok ? checked : { ok: false, reason: joinErrorReason(checked.problem) };
}

/**
 * Like Supabase, a message for a private topic the caller may not use is dropped, not an error: the caller
 * must be admitted to the topic and allowed to broadcast on it (INSERT policies on realtime.messages).
 */
async function deliverIfAllowed(hub: RealtimeHub, claims: Claims, message: RestBroadcast): Promise<void> {
	const request = { subTopic: message.subTopic, isPrivate: message.isPrivate, claims };
	const decision = await hub.authorize(request);
	if (!decision.allowed || !(await hub.authorizeWrites(request)).broadcast) return;
	for (const member of hub.topics.of(topicKey(TOPIC_PREFIX + message.subTopic, message.isPrivate))) {
		deliverBroadcast(member, message.broadcast);
	}
}

function batchMessages(body: Buffer): RestBroadcast[] | undefined {
	const parsed = parseJson(body);
	const messages = isJsonObject(parsed) ? parsed['messages'] : undefined;
	if (!Array.isArray(messages)) return undefined;
	const result: RestBroadcast[] = [];
	for (const message of messages) {
		if (
			!isJsonObject(message) ||
			typeof message['topic'] !== 'string' ||
			typeof message['event'] !== 'string'
		) {
			return undefined;
		}
		result.push({
			subTopic: message['topic'],
			isPrivate: message['private'] === true,
			broadcast: {
				kind: 'json',
				payload: { type: 'broadcast', event: message['event'], payload: message['payload'] ?? {} }
			}
		});
	}
	return result;
}

function singleMessage(
	match: RegExpExecArray,
	url: URL,
	contentType: string | undefined,
	body: Buffer
): RestBroadcast[] | undefined {
	const subTopic = decodeURIComponent(match[1]);
	const event = decodeURIComponent(match[2]);
	const isPrivate = url.searchParams.get('private') === 'true';
	if (contentType?.startsWith('application/octet-stream')) {
		return [
			{
				subTopic,
				isPrivate,
				broadcast: { kind: 'binary', userEvent: event, encoding: 'binary', payload: body }
			}
		];
	}
	const payload = parseJson(body);
	if (payload === undefined) return undefined;
	return [
		{ subTopic, isPrivate, broadcast: { kind: 'json', payload: { type: 'broadcast', event, payload } } }
	];
}

function parseJson(body: Buffer): JsonValue | undefined {
	try {
		return JSON.parse(body.toString('utf8')) as JsonValue;
	} catch {
		return undefined;
	}
}

async function readBody(req: http.IncomingMessage): Promise<Buffer | undefined> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of req) {
		size += (chunk as Buffer).length;
		if (size > REALTIME_LIMITS.maxPayloadBytes) return undefined;
		chunks.push(chunk as Buffer);
	}
	return Buffer.concat(chunks);
}
