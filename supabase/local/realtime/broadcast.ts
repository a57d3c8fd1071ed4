import { encodeUserBroadcast, type BinaryBroadcast } from './protocol.ts';
import type { ChannelMember, TopicMembers } from './member.ts';
import { isJsonObject, type JsonObject, type JsonValue } from './types.ts';

/** A broadcast as it arrived: a JSON payload `{type, event, payload}` or a binary frame's parts. */
export type IncomingBroadcast =
	{ kind: 'json'; payload: JsonObject } | ({ kind: 'binary' } & BinaryBroadcast);

export function jsonBroadcast(payload: unknown): IncomingBroadcast | undefined {
	return isJsonObject(payload) ? { kind: 'json', payload } : undefined;
}

/**
 * Forwards to every member of the sender's topic (itself only with `self: true`) and acks when asked. On a
 * private channel whose INSERT policies do not let the sender broadcast, nothing is forwarded (as in hosted
 * Supabase); an ack, if asked, says why.
 */
export function handleBroadcast(
	topics: TopicMembers,
	sender: ChannelMember,
	ref: string | null,
	broadcast: IncomingBroadcast
): void {
	if (!sender.writes.broadcast) {
		if (sender.options.broadcastAck && ref !== null) {
			sender.reply(ref, 'error', {
				reason: `Unauthorized: You do not have permissions to write to this Channel topic: ${sender.subTopic}`
			});
		}
		return;
	}
	for (const recipient of topics.of(sender.topicKey)) {
		if (recipient === sender && !sender.options.broadcastSelf) continue;
		deliverBroadcast(recipient, broadcast);
	}
	if (sender.options.broadcastAck && ref !== null) sender.reply(ref, 'ok');
}

export function deliverBroadcast(recipient: ChannelMember, broadcast: IncomingBroadcast): void {
	if (broadcast.kind === 'json') {
		recipient.fanOut('broadcast', broadcast.payload);
		return;
	}
	if (recipient.connection.vsn === '2.0.0') {
		const frame = encodeUserBroadcast(recipient.topic, broadcast);
		if (frame && !recipient.closed) {
			recipient.connection.sendBinary(frame);
			return;
		}
	}
	const asJson = binaryToJson(broadcast);
	if (asJson) recipient.fanOut('broadcast', asJson);
}

/** vsn 1.0.0 has no binary frames: JSON payloads are converted, raw bytes cannot be delivered (as in Supabase). */
function binaryToJson(broadcast: BinaryBroadcast): JsonObject | undefined {
	if (broadcast.encoding !== 'json') return undefined;
	try {
		const payload = JSON.parse(broadcast.payload.toString('utf8')) as JsonValue;
		return { type: 'broadcast', event: broadcast.userEvent, payload };
	} catch {
		return undefined;
	}
}
