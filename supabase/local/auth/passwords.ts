import bcrypt from 'bcryptjs';
import { AuthError, badRequest } from './errors.ts';

/** GoTrue's cost (bcrypt.DefaultCost); the seed hashes its demo accounts with the same. */
export const BCRYPT_COST = 10;
const MIN_PASSWORD_LENGTH = 6;
/** bcrypt ignores everything after 72 bytes, so GoTrue refuses longer passwords. */
const MAX_PASSWORD_BYTES = 72;

/** A `$2a$` hash, the variant Go's bcrypt and pgcrypto's `crypt(..., gen_salt('bf'))` write and read. */
export async function hashPassword(password: string): Promise<string> {
	const salt = await bcrypt.genSalt(BCRYPT_COST);
	return bcrypt.hash(password, salt.replace(/^\$2b\$/, '$2a$'));
}

/**
 * Compared with a hash whenever there is none to compare with (an unknown address, an invited user without
 * a password), so that a refusal takes as long as for a wrong password and does not tell who has an account.
 * Same cost as every stored hash.
 */
let dummyHash: Promise<string> | undefined;

async function compareWithDummy(password: string): Promise<false> {
	dummyHash ??= bcrypt.hash('no account has this password', BCRYPT_COST);
	await bcrypt.compare(password, await dummyHash);
	return false;
}

/** Whether the password fits the stored hash; costs one bcrypt comparison, also when there is no hash. */
export async function passwordMatches(password: string, hash: string | null | undefined): Promise<boolean> {
	if (!hash) return compareWithDummy(password);
	try {
		return await bcrypt.compare(password, hash);
	} catch {
		// Not a bcrypt hash (e.g. a placeholder written by a seed): nobody can sign in with it.
		return compareWithDummy(password);
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
