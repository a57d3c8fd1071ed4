import bcrypt from 'bcryptjs';
import { AuthError, badRequest } from './errors.ts';

const BCRYPT_COST = 10;
const MIN_PASSWORD_LENGTH = 6;
/** bcrypt ignores everything after 72 bytes, so GoTrue refuses longer passwords. */
const MAX_PASSWORD_BYTES = 72;

/** A `$2a$` hash, the variant Go's bcrypt and pgcrypto's `crypt(..., gen_salt('bf'))` write and read. */
export async function hashPassword(password: string): Promise<string> {
	const salt = await bcrypt.genSalt(BCRYPT_COST);
	return bcrypt.hash(password, salt.replace(/^\$2b\$/, '$2a$'));
}

export async function passwordMatches(password: string, hash: string | null): Promise<boolean> {
	if (!hash || !password) return false;
	try {
		return await bcrypt.compare(password, hash);
	} catch {
		// Not a bcrypt hash (e.g. a placeholder written by a seed): nobody can sign in with it.
		return false;
	}
}

/** GoTrue's checkPasswordStrength with the default policy (at least 6 characters). */
export function checkPasswordStrength(password: string): void {
	const bytes = Buffer.byteLength(password, 'utf8');
	if (bytes > MAX_PASSWORD_BYTES) {
		throw badRequest('validation_failed', `Password cannot be longer than ${MAX_PASSWORD_BYTES} characters`);
	}
	if (bytes < MIN_PASSWORD_LENGTH) {
		throw new AuthError(
			422,
			'weak_password',
			`Password should be at least ${MIN_PASSWORD_LENGTH} characters.`,
			{
				weak_password: { reasons: ['length'] }
			}
		);
	}
}
