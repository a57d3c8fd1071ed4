import { describe, expect, it } from 'vitest';
import { tooManyAttemptsMessage } from './auth-limits';

describe('tooManyAttemptsMessage', () => {
	it('says there were too many attempts and when to try again, in seconds up to 90, then in minutes', () => {
		expect(tooManyAttemptsMessage(10)).toBe(
			'Te veel pogingen om in te loggen vanaf uw verbinding. Probeer het over 10 seconden opnieuw.'
		);
		expect(tooManyAttemptsMessage(1)).toMatch(/over 1 seconde opnieuw/);
		expect(tooManyAttemptsMessage(90)).toMatch(/over 90 seconden/);
		expect(tooManyAttemptsMessage(91)).toMatch(/over 2 minuten/);
		expect(tooManyAttemptsMessage(60 * 60)).toMatch(/over 60 minuten/);
		expect(tooManyAttemptsMessage(null)).toMatch(/^Te veel pogingen .* over een paar minuten opnieuw\.$/);
	});
});
