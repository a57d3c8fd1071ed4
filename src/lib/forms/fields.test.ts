import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { idField, isPlainText, isVersion, rowMessages, versionField } from './fields';
import { partnerContactSchema } from './partner-contact';
import { commitmentDeleteSchema } from './budget';
import { idButtonSchema } from './network';
import { versionButtonSchema } from './goal';

describe('rowMessages', () => {
	it('reads a row as the server checked it and as the browser did', () => {
		expect(rowMessages({ 2: ['Vul een datum in.'] }, 2)).toEqual(['Vul een datum in.']);
		expect(rowMessages({ 2: { _errors: ['Vul een datum in.'] } }, 2)).toEqual(['Vul een datum in.']);
		expect(rowMessages({ 2: ['Vul een datum in.'] }, 1)).toBeUndefined();
		expect(rowMessages(undefined, 0)).toBeUndefined();
	});
	it('reads the messages of the list itself', () => {
		expect(rowMessages({ _errors: ['Kies minstens één partner.'] })).toEqual(['Kies minstens één partner.']);
		expect(rowMessages({ 0: ['rij'] })).toBeUndefined();
		expect(rowMessages({ _errors: [] })).toBeUndefined();
	});
});

// Attack finding 14: a version that was no timestamp reached PostgREST and came back as a 500.
describe('versionField and idField', () => {
	it('take the updated_at PostgREST gives, and refuse anything else with a Dutch message', () => {
		for (const ok of [
			'2026-12-05T05:43:20.123456+00:00',
			'2026-12-05T05:43:20+00:00',
			'2026-12-05T05:43:20Z'
		])
			expect(isVersion(ok), ok).toBe(true);
		for (const bad of [
			'xyz',
			'',
			'2026-02-30T00:00:00+00:00',
			'2026-12-05',
			"2026-12-05T05:43:20+00:00' or 1=1"
		]) {
			expect(isVersion(bad), bad).toBe(false);
			expect(versionField().safeParse(bad).error?.issues[0].message).toBe(m.form_error_version());
		}
	});
	it('refuses an id that is no uuid in Dutch', () => {
		expect(idField().safeParse('b0000000-0000-4000-8000-000000000002').success).toBe(true);
		expect(idField().safeParse('x').error?.issues[0].message).toBe(m.form_error_id());
	});
	it("every form with a version or id refuses a bad one with a Dutch message, never zod's English", () => {
		const cases: [
			string,
			{ safeParse(v: unknown): { error?: { issues: { message: string }[] } } },
			object
		][] = [
			['partner version', partnerContactSchema, { version: 'xyz' }],
			['commitment delete', commitmentDeleteSchema, { id: 'x', version: 'xyz' }],
			['network id', idButtonSchema, { id: 'x' }],
			['goal version id', versionButtonSchema, { versionId: 'x' }]
		];
		for (const [name, schema, value] of cases) {
			const messages = schema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];
			expect(messages.length, name).toBeGreaterThan(0);
			for (const text of messages) expect([m.form_error_version(), m.form_error_id()], name).toContain(text);
		}
	});
});

describe('isPlainText', () => {
	it('takes names with accents and punctuation, refuses control and invisible formatting characters', () => {
		expect(isPlainText('Coördinator Heerlen')).toBe(true);
		expect(isPlainText("Anne-Marie d'Ancona, MSc")).toBe(true);
		expect(isPlainText('Co\u00f6rdinator \u202eneelreH')).toBe(false);
		expect(isPlainText('Co\u200bördinator')).toBe(false);
		expect(isPlainText('Naam\u0007')).toBe(false);
		expect(isPlainText('Naam\u00ad')).toBe(false);
		expect(isPlainText('\ufeffNaam')).toBe(false);
	});
});
