/**
 * The Phoenix wire format as realtime-js speaks it.
 * vsn 1.0.0: JSON objects {join_ref, ref, topic, event, payload}.
 * vsn 2.0.0: JSON arrays [join_ref, ref, topic, event, payload], plus binary frames for user broadcasts:
 * the client pushes kind 3 ("user broadcast push"), the server fans out kind 4 ("user broadcast").
 */

export type Vsn = '1.0.0' | '2.0.0';

export const SUPPORTED_VSNS: readonly Vsn[] = ['1.0.0', '2.0.0'];
/** Phoenix assumes 1.0.0 when the client names no version. */
export const DEFAULT_VSN: Vsn = '1.0.0';

export interface PhoenixMessage {
	joinRef: string | null;
	ref: string | null;
	topic: string;
	event: string;
	payload: unknown;
}

export type PayloadEncoding = 'json' | 'binary';

/** A broadcast whose payload travels as raw bytes (binary frames of vsn 2.0.0). */
export interface BinaryBroadcast {
	userEvent: string;
	encoding: PayloadEncoding;
	payload: Buffer;
}

export type IncomingFrame =
	| { kind: 'message'; message: PhoenixMessage }
	| ({ kind: 'binaryBroadcast'; joinRef: string | null; ref: string | null; topic: string } & BinaryBroadcast)
	| { kind: 'invalid'; reason: string };

const USER_BROADCAST_PUSH = 3;
const USER_BROADCAST = 4;
const BINARY_ENCODING = 0;
const JSON_ENCODING = 1;
const MAX_FIELD_BYTES = 255;

export function parseVsn(value: string | null): Vsn | undefined {
	if (value === null || value === '') return DEFAULT_VSN;
	return SUPPORTED_VSNS.find((vsn) => vsn === value);
}

export function decodeFrame(vsn: Vsn, data: Buffer, isBinary: boolean): IncomingFrame {
	if (isBinary) return decodeBinaryFrame(data);
	let decoded: unknown;
	try {
		decoded = JSON.parse(data.toString('utf8'));
	} catch {
		return invalid('not valid JSON');
	}
	return vsn === '2.0.0' ? decodeArrayMessage(decoded) : decodeObjectMessage(decoded);
}

function decodeArrayMessage(decoded: unknown): IncomingFrame {
	if (!Array.isArray(decoded) || decoded.length !== 5) {
		return invalid('expected [join_ref, ref, topic, event, payload]');
	}
	const [joinRef, ref, topic, event, payload] = decoded as unknown[];
	return messageFrame({ joinRef, ref, topic, event, payload });
}

function decodeObjectMessage(decoded: unknown): IncomingFrame {
	if (typeof decoded !== 'object' || decoded === null || Array.isArray(decoded)) {
		return invalid('expected {topic, event, payload, ref}');
	}
	const fields = decoded as Record<string, unknown>;
	return messageFrame({
		joinRef: fields['join_ref'],
		ref: fields['ref'],
		topic: fields['topic'],
		event: fields['event'],
		payload: fields['payload']
	});
}

function messageFrame(fields: Record<keyof PhoenixMessage, unknown>): IncomingFrame {
	if (typeof fields.topic !== 'string' || typeof fields.event !== 'string') {
		return invalid('topic and event must be strings');
	}
	return {
		kind: 'message',
		message: {
			joinRef: optionalRef(fields.joinRef),
			ref: optionalRef(fields.ref),
			topic: fields.topic,
			event: fields.event,
			payload: fields.payload ?? {}
		}
	};
}

function optionalRef(value: unknown): string | null {
	if (typeof value === 'string') return value;
	if (typeof value === 'number') return String(value);
	return null;
}

/** Layout: kind, joinRef/ref/topic/event/metadata lengths, encoding, then those fields and the payload. */
function decodeBinaryFrame(data: Buffer): IncomingFrame {
	const headerLength = 7;
	if (data.length < headerLength || data[0] !== USER_BROADCAST_PUSH) {
		return invalid('unsupported binary frame');
	}
	const lengths = [data[1], data[2], data[3], data[4], data[5]];
	const encodingByte = data[6];
	if (encodingByte !== BINARY_ENCODING && encodingByte !== JSON_ENCODING) {
		return invalid('unknown payload encoding');
	}
	const fields: string[] = [];
	let offset = headerLength;
	for (const length of lengths) {
		if (offset + length > data.length) return invalid('truncated binary frame');
		fields.push(data.subarray(offset, offset + length).toString('utf8'));
		offset += length;
	}
	const [joinRef, ref, topic, userEvent] = fields;
	return {
		kind: 'binaryBroadcast',
		joinRef: joinRef || null,
		ref: ref || null,
		topic,
		userEvent,
		encoding: encodingByte === JSON_ENCODING ? 'json' : 'binary',
		payload: Buffer.from(data.subarray(offset))
	};
}

function invalid(reason: string): IncomingFrame {
	return { kind: 'invalid', reason };
}

export function encodeText(vsn: Vsn, message: PhoenixMessage): string {
	const { joinRef, ref, topic, event, payload } = message;
	if (vsn === '2.0.0') return JSON.stringify([joinRef, ref, topic, event, payload]);
	return JSON.stringify({ topic, event, payload, ref, join_ref: joinRef });
}

/**
 * The same text frame as encodeText, with a payload that is already JSON: a change fanned out to fifty
 * subscribers is serialized once, not fifty times.
 */
export function encodeTextWithPayloadJson(
	vsn: Vsn,
	message: Omit<PhoenixMessage, 'payload'>,
	payloadJson: string
): string {
	const { joinRef, ref, topic, event } = message;
	const head = (value: string | null) => JSON.stringify(value);
	if (vsn === '2.0.0') {
		return `[${head(joinRef)},${head(ref)},${JSON.stringify(topic)},${JSON.stringify(event)},${payloadJson}]`;
	}
	return `{"topic":${JSON.stringify(topic)},"event":${JSON.stringify(event)},"payload":${payloadJson},"ref":${head(ref)},"join_ref":${head(joinRef)}}`;
}

/** A kind 4 frame, or undefined when a field is too long for the one-byte length prefixes. */
export function encodeUserBroadcast(topic: string, broadcast: BinaryBroadcast): Buffer | undefined {
	const topicBytes = Buffer.from(topic, 'utf8');
	const eventBytes = Buffer.from(broadcast.userEvent, 'utf8');
	if (topicBytes.length > MAX_FIELD_BYTES || eventBytes.length > MAX_FIELD_BYTES) return undefined;
	const header = Buffer.from([
		USER_BROADCAST,
		topicBytes.length,
		eventBytes.length,
		0,
		broadcast.encoding === 'json' ? JSON_ENCODING : BINARY_ENCODING
	]);
	return Buffer.concat([header, topicBytes, eventBytes, broadcast.payload]);
}
