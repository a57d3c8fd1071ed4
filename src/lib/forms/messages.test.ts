import { describe, expect, it } from 'vitest';
import { formSummary } from './messages';

describe('formSummary', () => {
	const summary = 'Verbeter de gemarkeerde velden.';

	it("shows the server's answer, also when fields are marked", () => {
		const answer = { kind: 'success', text: 'Opgeslagen.' } as const;
		expect(formSummary(answer, [], summary)).toBe(answer);
		expect(formSummary(answer, ['Vul een datum in.'], summary)).toBe(answer);
	});
	it('asks to correct the fields when the browser marked some and the server has not answered', () => {
		expect(formSummary(undefined, ['Vul een datum in.'], summary)).toEqual({ kind: 'error', text: summary });
	});
	it('says nothing when nothing is wrong and nothing was answered', () => {
		expect(formSummary(undefined, [], summary)).toBeUndefined();
	});
});
