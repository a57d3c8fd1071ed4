import { randomBytes } from 'node:crypto';
import type { StackContext } from '../context.ts';

/** GoTrue's default GOTRUE_MAILER_OTP_EXP: links work for a day. */
const LINK_LIFETIME_MS = 24 * 3600 * 1000;

/** The secret in an emailed link, the shape of GoTrue's token hashes (56 hex characters). */
export function newLinkToken(): string {
	return randomBytes(28).toString('hex');
}

export function isLinkFresh(sentAt: Date | null): boolean {
	return sentAt !== null && Date.now() <= sentAt.getTime() + LINK_LIFETIME_MS;
}

/** The link GoTrue would email: GET /verify, which then redirects to redirect_to with the session. */
export function verifyLink(
	context: StackContext,
	token: string,
	type: string,
	redirectTo: string | null
): string {
	const query = new URLSearchParams({ token, type, redirect_to: context.redirects.target(redirectTo) });
	return `${context.apiUrl}/auth/v1/verify?${query}`;
}
