import { randomUUID } from 'node:crypto';
import { encodeTextWithPayloadJson, type PhoenixMessage, type Vsn } from './protocol.ts';
import type { ChannelWrites } from './authorization.ts';
import type { Claims } from './types.ts';

/** What a channel needs from the socket it lives on. */
export interface ClientConnection {
	readonly vsn: Vsn;
	/** The API key of the socket: the channel's token when the join names none. */
	readonly apiKey: string;
	readonly channels: Map<string, ChannelMember>;
	readonly closed: boolean;
	sendMessage(message: PhoenixMessage): void;
	/** A frame encoded by the caller (encodeTextWithPayloadJson). */
	sendText(frame: string): void;
	sendBinary(frame: Buffer): void;
}

export interface ChannelOptions {
	isPrivate: boolean;
	broadcastSelf: boolean;
	broadcastAck: boolean;
	presenceKey: string;
	presenceEnabled: boolean;
}

export type ReplyStatus = 'ok' | 'error';

/** One joined channel: a topic on one socket, with the identity (claims) it joined with. */
export class ChannelMember {
	readonly id = randomUUID();
	closed = false;
	expiryTimer: NodeJS.Timeout | undefined;

	constructor(
		readonly connection: ClientConnection,
		readonly topic: string,
		readonly joinRef: string | null,
		readonly options: ChannelOptions,
		public accessToken: string,
		public claims: Claims,
		/** What the member may send; for private channels the INSERT policies on realtime.messages decide. */
		public writes: ChannelWrites
	) {}

	get subTopic(): string {
		return subTopicOf(this.topic);
	}

	/** Public and private channels with the same name are separate, as in Supabase. */
	get topicKey(): string {
		return topicKey(this.topic, this.options.isPrivate);
	}

	/** A message from this channel to its client, tagged with the join it belongs to. */
	push(event: string, payload: unknown): void {
		if (this.closed) return;
		this.connection.sendMessage({ joinRef: this.joinRef, ref: null, topic: this.topic, event, payload });
	}

	/** A message fanned out to many channels (broadcast, presence diff, database change): no join ref. */
	fanOut(event: string, payload: unknown): void {
		if (this.closed) return;
		this.connection.sendMessage({ joinRef: null, ref: null, topic: this.topic, event, payload });
	}

	/** fanOut with a payload that is already JSON. */
	fanOutJson(event: string, payloadJson: string): void {
		if (this.closed) return;
		this.connection.sendText(
			encodeTextWithPayloadJson(
				this.connection.vsn,
				{ joinRef: null, ref: null, topic: this.topic, event },
				payloadJson
			)
		);
	}

	reply(ref: string | null, status: ReplyStatus, response: unknown = {}): void {
		replyTo(this.connection, { joinRef: this.joinRef, ref, topic: this.topic }, status, response);
	}
}

export function replyTo(
	connection: ClientConnection,
	request: { joinRef: string | null; ref: string | null; topic: string },
	status: ReplyStatus,
	response: unknown = {}
): void {
	connection.sendMessage({
		joinRef: request.joinRef,
		ref: request.ref,
		topic: request.topic,
		event: 'phx_reply',
		payload: { status, response }
	});
}

export const TOPIC_PREFIX = 'realtime:';

export function subTopicOf(topic: string): string {
	return topic.startsWith(TOPIC_PREFIX) ? topic.slice(TOPIC_PREFIX.length) : topic;
}

export function topicKey(topic: string, isPrivate: boolean): string {
	return `${isPrivate ? 'private' : 'public'}:${topic}`;
}

/** Who is joined to which topic, across all sockets. */
export class TopicMembers {
	private byTopic = new Map<string, Set<ChannelMember>>();

	add(member: ChannelMember): void {
		let members = this.byTopic.get(member.topicKey);
		if (!members) this.byTopic.set(member.topicKey, (members = new Set()));
		members.add(member);
	}

	remove(member: ChannelMember): void {
		const members = this.byTopic.get(member.topicKey);
		if (!members) return;
		members.delete(member);
		if (members.size === 0) this.byTopic.delete(member.topicKey);
	}

	of(topicKey: string): ChannelMember[] {
		return [...(this.byTopic.get(topicKey) ?? [])];
	}
}
