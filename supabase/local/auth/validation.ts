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

/** Where links send people when no redirect_to is given (GoTrue's SITE_URL); Vite's dev server by default. */
export function siteUrl(): string {
	return process.env.SITE_URL || 'http://localhost:5173';
}

/**
 * GoTrue only follows redirect_to values on its allow list. The local stack has no list, so any http(s)
 * URL is accepted (a development convenience) and anything else falls back to the site URL.
 */
export function redirectTarget(requested: string | null | undefined): string {
	if (requested) {
		try {
			const url = new URL(requested);
			if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
		} catch {
			// not a URL: fall back
		}
	}
	return siteUrl();
}
