import type http from 'node:http';
import type { StackContext } from '../context.ts';
import { rateLimitAddress, sendJson } from '../http.ts';
import { getUser, logout, signup, updateOwnUser } from './account.ts';
import { adminUser, adminUsers } from './admin.ts';
import { schemaUpgrader } from './db.ts';
import { AuthError, MESSAGES, unprocessable } from './errors.ts';
import { invite, verifyLinkGet, verifyLinkPost } from './invite.ts';
import type { RateLimitedAction } from './rate-limit.ts';
import { sendAuthError, type AuthRequest } from './request.ts';
import { token } from './token.ts';

type Endpoint = (context: StackContext, request: AuthRequest) => Promise<void> | void;

interface Route {
	path: RegExp;
	methods: Partial<Record<string, Endpoint>>;
}

const ROUTES: Route[] = [
	{ path: /^\/settings$/, methods: { GET: settings } },
	{ path: /^\/health$/, methods: { GET: health } },
	{ path: /^\/token$/, methods: { POST: token } },
	{ path: /^\/signup$/, methods: { POST: signup } },
	{ path: /^\/user$/, methods: { GET: getUser, PUT: updateOwnUser } },
	{ path: /^\/logout$/, methods: { POST: logout } },
	{ path: /^\/invite$/, methods: { POST: invite } },
	{ path: /^\/verify$/, methods: { GET: verifyLinkGet, POST: verifyLinkPost } },
	{ path: /^\/admin\/users$/, methods: { GET: adminUsers, POST: adminUsers } },
	{ path: /^\/admin\/users\/([^/]+)$/, methods: { GET: adminUser, PUT: adminUser, DELETE: adminUser } }
];

/** The local Supabase Auth (GoTrue) server behind the gateway's /auth/v1 prefix. */
export function createAuthHandler(context: StackContext) {
	const ensureSchema = schemaUpgrader(context.pool);
	return async (req: http.IncomingMessage, res: http.ServerResponse, subPath: string, url: URL) => {
		try {
			const { endpoint, params } = resolve(req.method ?? 'GET', subPath);
			const action = rateLimitedAction(subPath, url);
			if (action) context.authRateLimiter?.take(action, rateLimitAddress(req, context.authForwardingSecret));
			await ensureSchema();
			await endpoint(context, { req, res, url, params });
		} catch (error) {
			respondWithError(context, res, error);
		}
	};
}

/** What GoTrue counts a request as for `[auth.rate_limit]`, per IP address (see rateLimitAddress). */
function rateLimitedAction(subPath: string, url: URL): RateLimitedAction | undefined {
	if (subPath === '/signup') return 'signInSignUps';
	if (subPath === '/verify') return 'tokenVerifications';
	if (subPath !== '/token') return undefined;
	const grantType = url.searchParams.get('grant_type');
	if (grantType === 'password') return 'signInSignUps';
	if (grantType === 'refresh_token') return 'tokenRefresh';
	return undefined;
}

function resolve(method: string, subPath: string): { endpoint: Endpoint; params: string[] } {
	for (const route of ROUTES) {
		const match = route.path.exec(subPath);
		if (!match) continue;
		const endpoint = route.methods[method];
		if (!endpoint) throw new MethodNotAllowed(Object.keys(route.methods));
		return { endpoint, params: match.slice(1).map(decodeURIComponent) };
	}
	throw new AuthError(404, 'not_found', 'Not Found');
}

class MethodNotAllowed extends AuthError {
	constructor(readonly allowed: string[]) {
		super(405, 'method_not_allowed', 'Method Not Allowed');
	}
}

function respondWithError(context: StackContext, res: http.ServerResponse, error: unknown): void {
	if (res.headersSent) {
		res.end();
		return;
	}
	const authError = asAuthError(error);
	if (authError) {
		if (authError instanceof MethodNotAllowed) res.setHeader('allow', authError.allowed.join(', '));
		sendAuthError(res, authError);
		return;
	}
	context.log(`auth: ${(error as Error).stack ?? String(error)}`);
	sendAuthError(
		res,
		new AuthError(
			500,
			'unexpected_failure',
			'Unexpected failure, please check server logs for more information'
		)
	);
}

function asAuthError(error: unknown): AuthError | undefined {
	if (error instanceof AuthError) return error;
	// Two requests racing to create the same address: the loser gets GoTrue's answer, not a 500.
	const pgError = error as { code?: string; constraint?: string };
	if (pgError.code === '23505' && pgError.constraint?.startsWith('users_email')) {
		return unprocessable('email_exists', MESSAGES.duplicateEmail);
	}
	if (error instanceof URIError) return new AuthError(404, 'not_found', 'Not Found');
	return undefined;
}

function settings(context: StackContext, { res }: AuthRequest): void {
	const external = Object.fromEntries(EXTERNAL_PROVIDERS.map((provider) => [provider, provider === 'email']));
	sendJson(res, 200, {
		external,
		disable_signup: !context.signupEnabled,
		mailer_autoconfirm: true,
		phone_autoconfirm: false,
		sms_provider: '',
		saml_enabled: false
	});
}

const EXTERNAL_PROVIDERS = [
	'anonymous_users',
	'apple',
	'azure',
	'bitbucket',
	'discord',
	'email',
	'facebook',
	'figma',
	'fly',
	'github',
	'gitlab',
	'google',
	'kakao',
	'keycloak',
	'linkedin_oidc',
	'notion',
	'phone',
	'slack_oidc',
	'spotify',
	'twitch',
	'twitter',
	'workos',
	'zoom'
];

function health(_context: StackContext, { res }: AuthRequest): void {
	sendJson(res, 200, {
		version: 'local',
		name: 'GoTrue',
		description: 'Local Supabase Auth (GoTrue-compatible) for development and tests'
	});
}
