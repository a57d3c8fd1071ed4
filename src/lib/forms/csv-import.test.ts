import { describe, expect, it } from 'vitest';
import { decodeCsv, MAX_CSV_BYTES } from './csv-import';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('decodeCsv', () => {
	it('decodes UTF-8 with accents, and drops the byte-order mark Excel writes', () => {
		const text = 'werkgever;uren\r\nCafé Ühlenbeck;25,5\r\n';
		expect(decodeCsv(new TextEncoder().encode(text))).toEqual({ ok: true, text });
		expect(decodeCsv(new TextEncoder().encode(`\uFEFF${text}`))).toEqual({ ok: true, text });
	});

	it('refuses bytes that are not UTF-8 with a Dutch message instead of replacement characters', () => {
		// "Werkgever " followed by Latin-1 é (0xE9), a lone continuation byte and a truncated sequence.
		const latin1 = bytes(...new TextEncoder().encode('Werkgever '), 0xe9, 0x28, 0x80, 0xe2, 0x82);
		const result = decodeCsv(latin1);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.error).toMatch(/geen geldige UTF-8/);
		expect(decodeCsv(bytes(0xc3, 0x28)).ok).toBe(false);
		expect(decodeCsv(bytes(0xed, 0xa0, 0x80)).ok).toBe(false);
	});

	it('refuses more than the promised 1 MB', () => {
		expect(decodeCsv(new Uint8Array(MAX_CSV_BYTES)).ok).toBe(true);
		const result = decodeCsv(new Uint8Array(MAX_CSV_BYTES + 1));
		expect(!result.ok && result.error).toMatch(/groter dan 1 MB/);
	});
});
