/**
 * Where to go after signing in: only a path on this site, so a crafted link cannot send a user
 * to another site after they entered their password (open redirect).
 */
export function safeRedirectPath(candidate: string | null | undefined, fallback = '/'): string {
	if (!candidate) return fallback;
	if (!candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) {
		return fallback;
	}
	// eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
	if (/[\u0000-\u001f]/.test(candidate)) return fallback;
	return candidate;
}
