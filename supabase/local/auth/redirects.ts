/**
 * GoTrue's redirect allow-list: a redirect_to is followed only when it goes back to the site URL (same
 * scheme and host; any port on a loopback host), to a loopback address, or matches an entry of
 * additional_redirect_urls (an exact URL, or a glob: `*` within a host label or path segment, `**` across
 * them). Anything else falls back to the site URL.
 */
export class RedirectAllowList {
	private readonly site: URL;
	private readonly patterns: RegExp[];

	constructor(siteUrl: string, additionalRedirectUrls: readonly string[]) {
		this.site = new URL(siteUrl);
		this.patterns = additionalRedirectUrls.map(globToRegExp);
	}

	get siteUrl(): string {
		return this.site.href;
	}

	isAllowed(redirectTo: string): boolean {
		// Control characters and spaces never belong in a URL; browsers strip some and go elsewhere.
		if (redirectTo === '' || [...redirectTo].some((char) => char <= ' ' || char === '\u007f')) return false;
		let target: URL;
		try {
			target = new URL(redirectTo);
		} catch {
			return false;
		}
		if (target.protocol !== 'http:' && target.protocol !== 'https:') {
			return this.matchesPattern(redirectTo);
		}
		if (target.username || target.password) return false;
		const host = target.hostname;
		// A host the URL parser had to rewrite (2130706433 or 0x7f.1 for 127.0.0.1, non-ASCII names) is not
		// what the list was written for; GoTrue refuses such hosts too.
		if (rawHost(redirectTo) !== host) return false;
		if (
			host === this.site.hostname &&
			target.protocol === this.site.protocol &&
			(target.port === this.site.port || isLoopback(host))
		) {
			return true;
		}
		// An IP address is allowed only on this machine (native apps use variable loopback ports).
		if (isIpAddress(host)) return isLoopback(host);
		return this.matchesPattern(redirectTo);
	}

	/** The redirect to follow: the requested one when allowed, else the site URL. */
	target(requested: string | null | undefined): string {
		return requested && this.isAllowed(requested) ? new URL(requested).href : this.site.href;
	}

	private matchesPattern(redirectTo: string): boolean {
		const withoutFragment = redirectTo.split('#')[0];
		return this.patterns.some((pattern) => pattern.test(withoutFragment));
	}
}

/** The host as written in the URL, lowercased (the URL parser normalises it). */
function rawHost(url: string): string | undefined {
	return /^[a-z][a-z0-9+.-]*:\/\/(\[[^\]]*\]|[^/?#:@]*)/i.exec(url)?.[1]?.toLowerCase();
}

function isIpAddress(host: string): boolean {
	return host.startsWith('[') || /^\d{1,3}(\.\d{1,3}){3}$/.test(host);
}

function isLoopback(host: string): boolean {
	return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** Glob semantics of GoTrue's allow list: `.` and `/` separate; `*` stays inside, `**` crosses. */
export function globToRegExp(glob: string): RegExp {
	let source = '';
	for (let index = 0; index < glob.length; index++) {
		const char = glob[index];
		if (char === '*' && glob[index + 1] === '*') {
			source += '.*';
			index++;
		} else if (char === '*') source += '[^./]*';
		else if (char === '?') source += '[^./]';
		else source += char.replace(/[\\^$+?.()|[\]{}]/g, '\\$&');
	}
	return new RegExp(`^${source}$`);
}
