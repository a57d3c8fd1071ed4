import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { fallbackMessage, useFallbackMessages } from './zod-messages';
import { consentSchemaFor, goalSchema } from './goal';
import { surveySchemaFor } from './network';
import { placementSchemaFor } from './placement';

const messagesOf = (result: { success: boolean; error?: z.ZodError }) =>
	(result.error?.issues ?? []).map((issue) => issue.message);

describe('zod fallback messages', () => {
	beforeAll(useFallbackMessages);

	it('a choice the page never offers gets the Dutch choice message, not zod English', () => {
		const consent = consentSchemaFor(() => 'gemeente', '2026-12-05').safeParse({ mandateLevel: 'xyz' });
		expect(messagesOf(consent)).toContain(m.form_error_choice());
		const goal = goalSchema.safeParse({ source: 'xyz', sourceSector: 'xyz' });
		expect(messagesOf(goal)).toContain(m.form_error_choice());
		const survey = surveySchemaFor(() => '').safeParse({ equalTreatment: '9' });
		expect(messagesOf(survey)).toContain(m.form_error_choice());
		for (const text of [...messagesOf(consent), ...messagesOf(goal), ...messagesOf(survey)]) {
			expect(text).not.toMatch(/Invalid|expected/);
		}
	});

	it('a field missing from the body gets the Dutch invalid message', () => {
		const placement = placementSchemaFor(new Date('2026-12-05'), ['0935']).safeParse({
			personKey: undefined
		});
		const texts = messagesOf(placement);
		expect(texts.length).toBeGreaterThan(0);
		for (const text of texts) expect(text).not.toMatch(/Invalid|expected|received/);
	});

	it("keeps a schema's own message", () => {
		expect(messagesOf(z.enum(['a'], { error: () => 'eigen' }).safeParse('b'))).toEqual(['eigen']);
		expect(messagesOf(z.enum(['a']).safeParse('b'))).toEqual([m.form_error_choice()]);
	});

	it('maps issue codes', () => {
		const issue = (code: string) =>
			({ code, input: undefined }) as unknown as Parameters<typeof fallbackMessage>[0];
		expect(fallbackMessage(issue('invalid_value'))).toBe(m.form_error_choice());
		expect(fallbackMessage(issue('invalid_union'))).toBe(m.form_error_choice());
		expect(fallbackMessage(issue('invalid_type'))).toBe(m.form_error_invalid());
		expect(fallbackMessage(issue('too_small'))).toBe(m.form_error_invalid());
	});
});
