import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { createAuthHandler } from '../../supabase/local/auth/handler.ts';
import { AuthRateLimiter } from '../../supabase/local/auth/rate-limit.ts';
import { RedirectAllowList } from '../../supabase/local/auth/redirects.ts';
import { loadAuthConfig, type AuthConfig } from '../../supabase/local/config.ts';
import { stack } from './helpers';

export interface AuthServer {
	url: string;
	close(): Promise<void>;
}

/**
 * The local stack's auth handler on its own port, on the shared database: with a log the test can read
 * (the shared stack logs nowhere) and, when asked, the rate limits of a config.toml (the shared stack runs
 * without them, because the tests sign in hundreds of times from one address).
 */
export async function authServer(
	options: {
		log?: (message: string) => void;
		config?: AuthConfig;
		rateLimits?: boolean;
		/** AUTH_FORWARDING_SECRET: who presents it may name the client in X-Forwarded-For. */
		forwardingSecret?: string;
	} = {}
): Promise<AuthServer> {
	const pool = new pg.Pool({ connectionString: stack.dbUrl!, max: 2 });
	const config = options.config ?? loadAuthConfig();
	const handler = createAuthHandler({
		pool,
		databaseUrl: stack.dbUrl!,
		logicalReplication: true,
		redirects: new RedirectAllowList(config.siteUrl, config.additionalRedirectUrls),
		// The buckets do not refill while a test runs: on a loaded machine a burst of bcrypt sign-ins can take
		// longer than the ten seconds a sign-in token takes to come back. Refilling is unit-tested with a clock.
		authRateLimiter: options.rateLimits ? new AuthRateLimiter(config.rateLimits, () => 0) : null,
		authForwardingSecret: options.forwardingSecret ?? null,
		sessions: config.sessions,
		jwtSecret: stack.jwtSecret!,
		keys: { anon: stack.anonKey, serviceRole: stack.serviceRoleKey },
		apiUrl: stack.apiUrl,
		jwtExpirySeconds: 3600,
		signupEnabled: false,
		log: options.log ?? (() => {})
	});
	const server = http.createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://auth.test');
		void handler(req, res, url.pathname, url);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		async close() {
			server.closeAllConnections();
			await new Promise((resolve) => server.close(resolve));
			await pool.end();
		}
	};
}
