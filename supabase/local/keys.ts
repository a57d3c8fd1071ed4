import { randomBytes } from 'node:crypto';
import { SignJWT, jwtVerify, type JWTPayload } from 'jose';

/** The Supabase CLI's well-known local secret, so keys minted by other local tooling keep working. */
export const DEFAULT_JWT_SECRET = 'super-secret-jwt-token-with-at-least-32-characters-long';

const TEN_YEARS_IN_SECONDS = 10 * 365 * 24 * 3600;

function secretBytes(secret: string): Uint8Array {
	return new TextEncoder().encode(secret);
}

export async function signJwt(claims: JWTPayload, secret: string, expiresInSeconds: number): Promise<string> {
	const now = Math.floor(Date.now() / 1000);
	return new SignJWT(claims)
		.setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
		.setIssuedAt(now)
		.setExpirationTime(now + expiresInSeconds)
		.sign(secretBytes(secret));
}

export async function verifyJwt(token: string, secret: string): Promise<JWTPayload> {
	const { payload } = await jwtVerify(token, secretBytes(secret), { algorithms: ['HS256'] });
	return payload;
}

export interface ApiKeys {
	anon: string;
	serviceRole: string;
}

export async function createApiKeys(secret: string): Promise<ApiKeys> {
	return {
		anon: await signJwt({ iss: 'supabase-demo', role: 'anon' }, secret, TEN_YEARS_IN_SECONDS),
		serviceRole: await signJwt({ iss: 'supabase-demo', role: 'service_role' }, secret, TEN_YEARS_IN_SECONDS)
	};
}

/** AUTH_FORWARDING_SECRET needs at least this many characters: guessing it would lift the sign-in limit. */
export const MIN_FORWARDING_SECRET_LENGTH = 32;

/** A fresh AUTH_FORWARDING_SECRET, for a stack and app started together (`npm run dev`, `npm run stack`, tests). */
export function createForwardingSecret(): string {
	return randomBytes(32).toString('base64url');
}
