import { m } from '$lib/paraglide/messages';

/**
 * What a person hears when Auth refused a sign-in or a session refresh as too many attempts from their
 * connection: that, and when to try again (from Auth's Retry-After; "a few minutes" when it sent none).
 */
export function tooManyAttemptsMessage(retryAfterSeconds: number | null): string {
	if (retryAfterSeconds === null) return m.auth_too_many_later();
	if (retryAfterSeconds <= 90) return m.auth_too_many_seconds({ count: retryAfterSeconds });
	return m.auth_too_many_minutes({ count: Math.ceil(retryAfterSeconds / 60) });
}
