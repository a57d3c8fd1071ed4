import WebSocket from 'ws';
import { handleBroadcast, jsonBroadcast, type IncomingBroadcast } from './broadcast.ts';
import { closeChannel, joinChannel, leaveChannel, refreshAccessToken, type RealtimeHub } from './channel.ts';
import { ClientRateLimit, REALTIME_LIMITS, TOO_MANY_MESSAGES } from './limits.ts';
import { replyTo, type ChannelMember, type ClientConnection } from './member.ts';
import { decodeFrame, encodeText, type PhoenixMessage, type Vsn } from './protocol.ts';

/** One client socket: decodes frames, answers heartbeats and routes events to its channels. */
export class RealtimeConnection implements ClientConnection {
	readonly channels = new Map<string, ChannelMember>();
	closed = false;
	lastActivityAt = Date.now();
	/** Frames are handled one after another, so a slow join cannot be overtaken by its own leave. */
	private work: Promise<void> = Promise.resolve();
	private readonly rateLimit = new ClientRateLimit();

	constructor(
		private readonly socket: WebSocket,
		readonly vsn: Vsn,
		readonly apiKey: string,
		private readonly hub: RealtimeHub
	) {
		socket.on('message', (data, isBinary) => this.enqueue(toBuffer(data), isBinary));
		socket.on('close', () => this.handleClose());
		// A broken socket also emits 'close'; without this listener ws would throw.
		socket.on('error', () => {});
	}

	sendMessage(message: PhoenixMessage): void {
		this.sendText(encodeText(this.vsn, message));
	}

	sendText(frame: string): void {
		if (this.socket.readyState !== WebSocket.OPEN) return;
		this.socket.send(frame);
		this.cutOffIfNotReading();
	}

	sendBinary(frame: Buffer): void {
		if (this.socket.readyState !== WebSocket.OPEN) return;
		this.socket.send(frame, { binary: true });
		this.cutOffIfNotReading();
	}

	/** A client that stops reading is cut off before its unread messages pile up in this process. */
	private cutOffIfNotReading(): void {
		if (this.socket.bufferedAmount <= REALTIME_LIMITS.maxUnsentBytes) return;
		this.hub.log('realtime: een client leest zijn berichten niet; verbinding verbroken');
		this.terminate();
	}

	close(code: number, reason: string): void {
		this.socket.close(code, reason);
	}

	terminate(): void {
		this.socket.terminate();
	}

	private enqueue(data: Buffer, isBinary: boolean): void {
		this.lastActivityAt = Date.now();
		if (this.closed) return;
		if (!this.rateLimit.allow(data.length)) {
			this.cutOff();
			return;
		}
		this.work = this.work
			.then(() => this.handleFrame(data, isBinary))
			.catch((error) =>
				this.hub.log(`realtime: bericht verwerken mislukt: ${(error as Error).stack ?? error}`)
			);
	}

	private async handleFrame(data: Buffer, isBinary: boolean): Promise<void> {
		if (this.closed) return;
		const frame = decodeFrame(this.vsn, data, isBinary);
		if (frame.kind === 'invalid') return;
		if (frame.kind === 'binaryBroadcast') {
			const { joinRef, ref, topic, userEvent, encoding, payload } = frame;
			const member = this.memberFor({ joinRef, ref, topic, event: 'broadcast', payload: {} });
			if (member) {
				handleBroadcast(this.hub.topics, member, ref, { kind: 'binary', userEvent, encoding, payload });
			}
			return;
		}
		await this.dispatch(frame.message);
	}

	private async dispatch(message: PhoenixMessage): Promise<void> {
		if (message.topic === 'phoenix' && message.event === 'heartbeat') {
			return replyTo(this, message, 'ok');
		}
		if (message.event === 'phx_join') return joinChannel(this.hub, this, message);
		const member = this.memberFor(message);
		if (!member) return;
		switch (message.event) {
			case 'phx_leave':
				return leaveChannel(this.hub, member, message);
			case 'access_token':
				return refreshAccessToken(this.hub, member, message.payload);
			case 'broadcast':
				return this.broadcast(member, message);
			case 'presence':
				return this.presence(member, message);
			default:
				// Supabase ignores events it does not know.
				return;
		}
	}

	/** The joined channel a message is meant for; anything else gets Phoenix's "unmatched topic". */
	private memberFor(message: PhoenixMessage): ChannelMember | undefined {
		const member = this.channels.get(message.topic);
		const staleJoin =
			member && message.joinRef !== null && member.joinRef !== null && message.joinRef !== member.joinRef;
		if (member && !staleJoin) return member;
		replyTo(this, message, 'error', { reason: 'unmatched topic' });
		return undefined;
	}

	private broadcast(member: ChannelMember, message: PhoenixMessage): void {
		const broadcast: IncomingBroadcast | undefined = jsonBroadcast(message.payload);
		if (!broadcast) {
			return member.reply(message.ref, 'error', { reason: 'broadcast payload must be an object' });
		}
		handleBroadcast(this.hub.topics, member, message.ref, broadcast);
	}

	private presence(member: ChannelMember, message: PhoenixMessage): void {
		const result = member.writes.presence
			? this.hub.presence.handleClientEvent(member, message.payload)
			: {
					ok: false as const,
					reason: `Unauthorized: You do not have permissions to track presence on this Channel topic: ${member.subTopic}`
				};
		if (result.ok) member.reply(message.ref, 'ok');
		else member.reply(message.ref, 'error', { reason: result.reason });
	}

	/** Over the rate limit: every channel hears why (as Supabase says it), then the socket closes. */
	private cutOff(): void {
		for (const member of [...this.channels.values()]) {
			member.push('system', {
				extension: 'system',
				status: 'error',
				message: TOO_MANY_MESSAGES,
				channel: member.subTopic
			});
			closeChannel(this.hub, member, { notifyClient: true });
		}
		this.closed = true;
		this.socket.close(1008, TOO_MANY_MESSAGES);
		// A client that ignores the close handshake is dropped all the same.
		setTimeout(() => this.terminate(), 1000).unref();
	}

	private handleClose(): void {
		if (this.closed) return;
		this.closed = true;
		for (const member of [...this.channels.values()]) closeChannel(this.hub, member, { notifyClient: false });
	}
}

function toBuffer(data: WebSocket.RawData): Buffer {
	if (Buffer.isBuffer(data)) return data;
	if (Array.isArray(data)) return Buffer.concat(data);
	return Buffer.from(data);
}
