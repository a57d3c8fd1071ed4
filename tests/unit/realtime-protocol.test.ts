// The Phoenix wire format of the local Realtime server, as realtime-js reads and writes it.
import { describe, expect, it } from 'vitest';
import {
	decodeFrame,
	encodeText,
	encodeTextWithPayloadJson,
	encodeUserBroadcast,
	parseVsn
} from '../../supabase/local/realtime/protocol';

const message = {
	joinRef: '1',
	ref: null,
	topic: 'realtime:budgetten:zl',
	event: 'postgres_changes',
	payload: { ids: [3], data: { a: 'é' } }
};

describe('encodeText', () => {
	it('writes vsn 2.0.0 as an array and vsn 1.0.0 as an object', () => {
		expect(JSON.parse(encodeText('2.0.0', message))).toEqual([
			'1',
			null,
			'realtime:budgetten:zl',
			'postgres_changes',
			message.payload
		]);
		expect(JSON.parse(encodeText('1.0.0', message))).toEqual({
			topic: 'realtime:budgetten:zl',
			event: 'postgres_changes',
			payload: message.payload,
			ref: null,
			join_ref: '1'
		});
	});

	it('gives the same frames from a payload that is already JSON', () => {
		for (const vsn of ['1.0.0', '2.0.0'] as const) {
			const { payload, ...head } = message;
			expect(JSON.parse(encodeTextWithPayloadJson(vsn, head, JSON.stringify(payload)))).toEqual(
				JSON.parse(encodeText(vsn, message))
			);
		}
		// Topics with quotes and backslashes stay valid JSON.
		const odd = { joinRef: null, ref: '7', topic: 'realtime:a"b\\c', event: 'x' };
		expect(JSON.parse(encodeTextWithPayloadJson('2.0.0', odd, '{}'))).toEqual([
			null,
			'7',
			'realtime:a"b\\c',
			'x',
			{}
		]);
	});
});

describe('decodeFrame', () => {
	it('reads both versions back', () => {
		expect(decodeFrame('2.0.0', Buffer.from(encodeText('2.0.0', message)), false)).toEqual({
			kind: 'message',
			message
		});
		expect(decodeFrame('1.0.0', Buffer.from(encodeText('1.0.0', message)), false)).toEqual({
			kind: 'message',
			message
		});
	});

	it('turns numeric refs into strings and a missing payload into {}', () => {
		expect(decodeFrame('2.0.0', Buffer.from('[1,2,"phoenix","heartbeat",null]'), false)).toEqual({
			kind: 'message',
			message: { joinRef: '1', ref: '2', topic: 'phoenix', event: 'heartbeat', payload: {} }
		});
	});

	it.each([
		['not json', 'not valid JSON'],
		['[1,2]', 'expected [join_ref, ref, topic, event, payload]'],
		['[null,null,5,"x",{}]', 'topic and event must be strings']
	])('calls %s invalid', (text, reason) => {
		expect(decodeFrame('2.0.0', Buffer.from(text), false)).toEqual({ kind: 'invalid', reason });
	});

	it('reads a binary user broadcast push (kind 3)', () => {
		const fields = ['1', '2', 'realtime:t', 'ping', ''];
		const payload = Buffer.from('{"n":1}');
		const frame = Buffer.concat([
			Buffer.from([3, ...fields.map((field) => Buffer.byteLength(field)), 1]),
			...fields.map((field) => Buffer.from(field)),
			payload
		]);
		expect(decodeFrame('2.0.0', frame, true)).toEqual({
			kind: 'binaryBroadcast',
			joinRef: '1',
			ref: '2',
			topic: 'realtime:t',
			userEvent: 'ping',
			encoding: 'json',
			payload
		});
		expect(decodeFrame('2.0.0', frame.subarray(0, 10), true)).toEqual({
			kind: 'invalid',
			reason: 'truncated binary frame'
		});
		expect(decodeFrame('2.0.0', Buffer.from([9, 0, 0, 0, 0, 0, 0]), true)).toEqual({
			kind: 'invalid',
			reason: 'unsupported binary frame'
		});
	});
});

describe('encodeUserBroadcast', () => {
	it('writes kind 4 with one-byte lengths, and nothing for a field too long for them', () => {
		const frame = encodeUserBroadcast('realtime:t', {
			userEvent: 'ping',
			encoding: 'binary',
			payload: Buffer.from([1, 2])
		})!;
		expect([...frame]).toEqual([4, 10, 4, 0, 0, ...Buffer.from('realtime:t'), ...Buffer.from('ping'), 1, 2]);
		expect(
			encodeUserBroadcast('x'.repeat(256), { userEvent: 'e', encoding: 'json', payload: Buffer.from('{}') })
		).toBeUndefined();
	});
});

describe('parseVsn', () => {
	it('takes 1.0.0 when none is named and refuses unknown versions', () => {
		expect(parseVsn(null)).toBe('1.0.0');
		expect(parseVsn('')).toBe('1.0.0');
		expect(parseVsn('2.0.0')).toBe('2.0.0');
		expect(parseVsn('3.0.0')).toBeUndefined();
	});
});
