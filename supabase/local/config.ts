// What the local stack takes from supabase/config.toml, the Supabase CLI's project file, so that local
// Auth honours the same settings as `supabase start` and a linked hosted project.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'smol-toml';

export const CONFIG_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'config.toml');

/** `[auth.rate_limit]`, in the CLI's units. */
export interface AuthRateLimits {
	/** Sign-ins and sign-ups per 5 minutes per IP address. */
	signInSignUps: number;
	/** Token refreshes per 5 minutes per IP address. */
	tokenRefresh: number;
	/** OTP and link verifications per 5 minutes per IP address. */
	tokenVerifications: number;
	/** Emails per hour, for the whole project (the local stack sends none, but counts what would go out). */
	emailSent: number;
}

/** `[auth.sessions]`, in seconds; null where the file sets none (sessions then live until sign-out). */
export interface SessionLifetime {
	/** A session ends this long after sign-in, however active (GoTrue's GOTRUE_SESSIONS_TIMEBOX). */
	timeboxSeconds: number | null;
	/** A session ends after this long without a refresh (GOTRUE_SESSIONS_INACTIVITY_TIMEOUT). */
	inactivityTimeoutSeconds: number | null;
}

export interface AuthConfig {
	/** Where links go when no (allowed) redirect_to is given; also allowed as a redirect. */
	siteUrl: string;
	/** Further allowed redirect URLs (exact, or glob patterns with * and **). */
	additionalRedirectUrls: string[];
	rateLimits: AuthRateLimits;
	sessions: SessionLifetime;
}

/** The Supabase CLI's defaults, for settings the file leaves out. */
export const AUTH_DEFAULTS: AuthConfig = {
	siteUrl: 'http://localhost:3000',
	additionalRedirectUrls: [],
	rateLimits: { signInSignUps: 30, tokenRefresh: 150, tokenVerifications: 30, emailSent: 2 },
	sessions: { timeboxSeconds: null, inactivityTimeoutSeconds: null }
};

export function loadAuthConfig(file = CONFIG_FILE): AuthConfig {
	let document: Record<string, unknown>;
	try {
		document = parse(readFileSync(file, 'utf8'));
	} catch (error) {
		throw new Error(`${path.basename(file)} is niet te lezen: ${(error as Error).message}`, { cause: error });
	}
	const auth = table(document['auth']);
	const limits = table(auth['rate_limit']);
	const sessions = table(auth['sessions']);
	return {
		siteUrl: text(auth['site_url'], 'auth.site_url') ?? AUTH_DEFAULTS.siteUrl,
		additionalRedirectUrls: textList(auth['additional_redirect_urls'], 'auth.additional_redirect_urls') ?? [],
		rateLimits: {
			signInSignUps:
				count(limits['sign_in_sign_ups'], 'sign_in_sign_ups') ?? AUTH_DEFAULTS.rateLimits.signInSignUps,
			tokenRefresh: count(limits['token_refresh'], 'token_refresh') ?? AUTH_DEFAULTS.rateLimits.tokenRefresh,
			tokenVerifications:
				count(limits['token_verifications'], 'token_verifications') ??
				AUTH_DEFAULTS.rateLimits.tokenVerifications,
			emailSent: count(limits['email_sent'], 'email_sent') ?? AUTH_DEFAULTS.rateLimits.emailSent
		},
		sessions: {
			timeboxSeconds: duration(sessions['timebox'], 'auth.sessions.timebox'),
			inactivityTimeoutSeconds: duration(sessions['inactivity_timeout'], 'auth.sessions.inactivity_timeout')
		}
	};
}

/**
 * A duration the way the CLI writes it (Go's time.ParseDuration, hours, minutes and seconds: "8h", "1h30m",
 * "90s"), in seconds; absent or "0" means no limit, as in GoTrue.
 */
export function duration(value: unknown, name: string): number | null {
	if (value === undefined || value === '0') return null;
	const match = typeof value === 'string' ? /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(value) : null;
	if (!match || value === '') throw new Error(`config.toml: ${name} moet een duur zijn, zoals "8h" of "30m"`);
	const seconds = Number(match[1] ?? 0) * 3600 + Number(match[2] ?? 0) * 60 + Number(match[3] ?? 0);
	return seconds === 0 ? null : seconds;
}

function table(value: unknown): Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: {};
}

function text(value: unknown, name: string): string | undefined {
	if (value === undefined) return undefined;
	if (typeof value !== 'string') throw new Error(`config.toml: ${name} moet tekst zijn`);
	return value;
}

function textList(value: unknown, name: string): string[] | undefined {
	if (value === undefined) return undefined;
	if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
		throw new Error(`config.toml: ${name} moet een lijst van teksten zijn`);
	}
	return value as string[];
}

function count(value: unknown, name: string): number | undefined {
	if (value === undefined) return undefined;
	const number = typeof value === 'bigint' ? Number(value) : value;
	if (typeof number !== 'number' || !Number.isInteger(number) || number < 0) {
		throw new Error(`config.toml: auth.rate_limit.${name} moet een geheel getal van 0 of meer zijn`);
	}
	return number;
}
