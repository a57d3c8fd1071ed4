import { randomUUID } from 'node:crypto';
import type { AuthorizeChannel, AuthorizeWrites, ChannelWrites } from './authorization.ts';
import type { ChangeFeed } from './changes.ts';
import { checkAccessToken, expiredMessage, isOpaqueApiKey, joinErrorReason } from './claims.ts';
import { REALTIME_LIMITS, TOO_MANY_CHANNELS, type AddressRateLimits } from './limits.ts';
import {
	ChannelMember,
	replyTo,
	subTopicOf,
	TOPIC_PREFIX,
	type ChannelOptions,
	type ClientConnection,
	type TopicMembers
} from './member.ts';
import type { PresenceTracker } from './presence.ts';
import type { PhoenixMessage } from './protocol.ts';
import type { PreparedSubscription, PreparedSubscriptions } from './subscriptions.ts';
import { isJsonObject, type Claims, type JsonObject } from './types.ts';

/** Everything channels share across sockets. */
export interface RealtimeHub {
	jwtSecret: string;
	topics: TopicMembers;
	presence: PresenceTracker;
	changes: ChangeFeed;
	authorize: AuthorizeChannel;
	/** What a member may send (broadcast, presence) on its channel. */
	authorizeWrites: AuthorizeWrites;
	/** Rate limits of the REST broadcast endpoint, per client address. */
	restLimits: AddressRateLimits;
	log: (message: string) => void;
}

const DATABASE_UNAVAILABLE = 'Realtime was unable to connect to the project database';

/** setTimeout cannot wait longer than ~24.8 days; Supabase re-checks at least hourly anyway. */
const MAX_TOKEN_CHECK_INTERVAL_MS = 60 * 60 * 1000;

export async function joinChannel(
	hub: RealtimeHub,
	connection: ClientConnection,
	join: PhoenixMessage
): Promise<void> {
	const accepted = await acceptJoin(hub, connection, join);
	if (!accepted.ok) return replyTo(connection, join, 'error', { reason: accepted.reason });
	const { options, accessToken, claims, subscriptions, writes } = accepted;
	const member = new ChannelMember(
		connection,
		join.topic,
		join.joinRef,
		options,
		accessToken,
		claims,
		writes
	);
	if (connection.closed) return;
	const postgresChanges = hub.changes.activate(member, subscriptions);

	const existing = connection.channels.get(join.topic);
	if (existing) closeChannel(hub, existing, { notifyClient: true });
	connection.channels.set(join.topic, member);
	hub.topics.add(member);
	scheduleTokenCheck(hub, member);

	member.reply(join.ref, 'ok', { postgres_changes: postgresChanges });
	if (postgresChanges.length > 0) {
		member.push('system', systemMessage(member, 'postgres_changes', 'ok', 'Subscribed to PostgreSQL'));
	}
	if (options.presenceEnabled) hub.presence.sendState(member);
}

type AcceptedJoin =
	| {
			ok: true;
			options: ChannelOptions;
			accessToken: string;
			claims: Claims;
			subscriptions: PreparedSubscription[];
			writes: ChannelWrites;
	  }
	| { ok: false; reason: string };

/** The checks of a join, in Supabase's order: topic, token, authorization, postgres_changes. */
async function acceptJoin(
	hub: RealtimeHub,
	connection: ClientConnection,
	join: PhoenixMessage
): Promise<AcceptedJoin> {
	if (!join.topic.startsWith(TOPIC_PREFIX)) return { ok: false, reason: 'unmatched topic' };
	if (join.topic === TOPIC_PREFIX) {
		return { ok: false, reason: 'TopicNameRequired: You must provide a topic name' };
	}
	if (!connection.channels.has(join.topic) && connection.channels.size >= REALTIME_LIMITS.channelsPerClient) {
		return { ok: false, reason: TOO_MANY_CHANNELS };
	}
	const payload = isJsonObject(join.payload) ? join.payload : {};
	const config = isJsonObject(payload['config']) ? payload['config'] : {};
	const options = channelOptions(config);
	const accessToken = joinToken(payload, connection.apiKey);
	const token = await checkAccessToken(accessToken, hub.jwtSecret);
	if (!token.ok) return { ok: false, reason: joinErrorReason(token.problem) };
	const request = { subTopic: subTopicOf(join.topic), isPrivate: options.isPrivate, claims: token.claims };
	const decision = await hub.authorize(request);
	if (!decision.allowed) return { ok: false, reason: decision.reason };
	const prepared = await prepareChanges(hub, config['postgres_changes']);
	if (!prepared.ok) return prepared;
	const writes = await hub.authorizeWrites(request);
	return {
		ok: true,
		options,
		accessToken,
		claims: token.claims,
		subscriptions: prepared.subscriptions,
		writes
	};
}

function joinToken(payload: JsonObject, apiKey: string): string {
	const given = payload['access_token'] ?? payload['user_token'];
	return typeof given === 'string' && !isOpaqueApiKey(given) ? given : apiKey;
}

function channelOptions(config: JsonObject): ChannelOptions {
	const broadcast = isJsonObject(config['broadcast']) ? config['broadcast'] : {};
	const presence = isJsonObject(config['presence']) ? config['presence'] : undefined;
	const key = presence?.['key'];
	return {
		isPrivate: config['private'] === true,
		broadcastSelf: broadcast['self'] === true,
		broadcastAck: broadcast['ack'] === true,
		presenceKey:
			(typeof key === 'string' || typeof key === 'number') && key !== '' ? String(key) : randomUUID(),
		// Older clients send no presence config at all and still expect presence, as Supabase grants them.
		presenceEnabled: presence === undefined || presence['enabled'] !== false
	};
}

async function prepareChanges(hub: RealtimeHub, bindings: unknown): Promise<PreparedSubscriptions> {
	try {
		return await hub.changes.prepare(bindings);
	} catch (error) {
		hub.log(`realtime: postgres_changes voorbereiden mislukt: ${(error as Error).message}`);
		return { ok: false, reason: DATABASE_UNAVAILABLE };
	}
}

export function leaveChannel(hub: RealtimeHub, member: ChannelMember, leave: PhoenixMessage): void {
	member.reply(leave.ref, 'ok');
	closeChannel(hub, member, { notifyClient: true });
}

/** The client's `access_token` event: new claims for RLS and authorization, or the end of the channel. */
export async function refreshAccessToken(
	hub: RealtimeHub,
	member: ChannelMember,
	payload: unknown
): Promise<void> {
	const token = isJsonObject(payload) ? payload['access_token'] : undefined;
	if (typeof token !== 'string' || token === member.accessToken || isOpaqueApiKey(token)) return;
	const checked = await checkAccessToken(token, hub.jwtSecret);
	if (member.closed) return;
	if (!checked.ok) return shutDownChannel(hub, member, checked.problem.message);
	const request = { subTopic: member.subTopic, isPrivate: member.options.isPrivate, claims: checked.claims };
	const decision = await hub.authorize(request);
	if (member.closed) return;
	if (!decision.allowed) return shutDownChannel(hub, member, decision.reason);
	const writes = await hub.authorizeWrites(request);
	if (member.closed) return;
	member.accessToken = token;
	member.claims = checked.claims;
	member.writes = writes;
	scheduleTokenCheck(hub, member);
}

/** Closes a channel at its token's expiry, unless a refresh came first. */
function scheduleTokenCheck(hub: RealtimeHub, member: ChannelMember): void {
	clearTimeout(member.expiryTimer);
	const untilExpiryMs = member.claims.exp * 1000 - Date.now();
	member.expiryTimer = setTimeout(
		() => {
			if (member.closed) return;
			if (isExpired(member.claims)) shutDownChannel(hub, member, expiredMessage(member.claims.exp));
			else scheduleTokenCheck(hub, member);
		},
		Math.max(0, Math.min(untilExpiryMs, MAX_TOKEN_CHECK_INTERVAL_MS))
	);
	member.expiryTimer.unref();
}

function isExpired(claims: Claims): boolean {
	return claims.exp * 1000 <= Date.now();
}

/** As Supabase ends a channel: a `system` error with the reason, then `phx_close`. */
export function shutDownChannel(hub: RealtimeHub, member: ChannelMember, message: string): void {
	member.push('system', systemMessage(member, 'system', 'error', message));
	closeChannel(hub, member, { notifyClient: true });
}

export function closeChannel(
	hub: RealtimeHub,
	member: ChannelMember,
	{ notifyClient }: { notifyClient: boolean }
): void {
	if (member.closed) return;
	if (notifyClient) {
		member.connection.sendMessage({
			joinRef: member.joinRef,
			ref: member.joinRef,
			topic: member.topic,
			event: 'phx_close',
			payload: {}
		});
	}
	member.closed = true;
	clearTimeout(member.expiryTimer);
	const { channels } = member.connection;
	if (channels.get(member.topic) === member) channels.delete(member.topic);
	hub.topics.remove(member);
	hub.presence.untrack(member);
	hub.changes.removeMember(member);
}

function systemMessage(
	member: ChannelMember,
	extension: string,
	status: 'ok' | 'error',
	message: string
): JsonObject {
	return { extension, status, message, channel: member.subTopic };
}
