import { decodeJwt, errors } from 'jose';
import { verifyJwt } from '../keys.ts';
import type { Claims } from './types.ts';

/** Why a token was refused, in Supabase Realtime's words: `code` prefixes join errors, `message` stands alone. */
export interface TokenProblem {
	code: string;
	message: string;
}

export type TokenCheck = { ok: true; claims: Claims } | { ok: false; problem: TokenProblem };

export async function checkAccessToken(token: unknown, secret: string): Promise<TokenCheck> {
	if (typeof token !== 'string' || token.split('.').length !== 3) {
		return refuse('MalformedJWT', 'The token provided is not a valid JWT');
	}
	try {
		const payload = await verifyJwt(token, secret);
		if (typeof payload['role'] !== 'string' || typeof payload.exp !== 'number') {
			return refuse('InvalidJWTToken', 'Fields `role` and `exp` are required in JWT');
		}
		return { ok: true, claims: payload as Claims };
	} catch (error) {
		return { ok: false, problem: describeVerificationError(error, token) };
	}
}

function describeVerificationError(error: unknown, token: string): TokenProblem {
	if (error instanceof errors.JWTExpired) {
		return { code: 'InvalidJWTToken', message: expiredMessage(expiryOf(token)) };
	}
	if (error instanceof errors.JWSSignatureVerificationFailed) {
		return { code: 'JwtSignatureError', message: 'Failed to validate JWT signature' };
	}
	if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) {
		return { code: 'MalformedJWT', message: 'The token provided is not a valid JWT' };
	}
	return { code: 'InvalidJWTToken', message: error instanceof Error ? error.message : String(error) };
}

function expiryOf(token: string): number {
	try {
		const exp = decodeJwt(token).exp;
		return typeof exp === 'number' ? exp : 0;
	} catch {
		return 0;
	}
}

export function expiredMessage(exp: number): string {
	const secondsAgo = Math.max(0, Math.floor(Date.now() / 1000) - exp);
	return `Token has expired ${secondsAgo} seconds ago`;
}

export function joinErrorReason(problem: TokenProblem): string {
	return `${problem.code}: ${problem.message}`;
}

function refuse(code: string, message: string): TokenCheck {
	return { ok: false, problem: { code, message } };
}

/** Supabase's new-style API keys (sb_publishable_…) are not JWTs and never replace a channel's token. */
export function isOpaqueApiKey(token: string): boolean {
	return token.startsWith('sb_');
}
