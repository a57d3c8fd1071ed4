import { badRequest } from './errors.ts';

const EMAIL_PATTERN =
	/^[^\s@"(),:;<>[\\\]]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/i;

/** GoTrue's validateEmail: required, at most 255 characters, plausible format; returns it lowercased. */
export function validateEmail(email: string | undefined): string {
	if (!email) throw badRequest('validation_failed', 'An email address is required');
	if (email.length > 255) throw badRequest('validation_failed', 'An email address is too long');
	if (!EMAIL_PATTERN.test(email)) {
		throw badRequest('validation_failed', 'Unable to validate email address: invalid format');
	}
	return email.toLowerCase();
}
