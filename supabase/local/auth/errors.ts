/**
 * Errors in the shape Supabase Auth (GoTrue) answers without an `x-supabase-api-version` response header:
 * `{ code: <HTTP status>, error_code: '<snake_case>', msg: '<English message>' }`. auth-js reads `error_code`.
 */
export class AuthError extends Error {
	constructor(
		readonly status: number,
		readonly errorCode: string,
		message: string,
		/** Extra top-level fields, e.g. `weak_password`. */
		readonly extra: Record<string, unknown> = {}
	) {
		super(message);
	}

	toJson(): Record<string, unknown> {
		return { code: this.status, error_code: this.errorCode, msg: this.message, ...this.extra };
	}
}

/** GoTrue's 429, with the seconds until a new attempt may pass as `Retry-After`. */
export class TooManyRequests extends AuthError {
	constructor(
		errorCode: string,
		message: string,
		readonly retryAfterSeconds: number
	) {
		super(429, errorCode, message);
	}
}

export const badRequest = (errorCode: string, message: string) => new AuthError(400, errorCode, message);
export const unauthorized = (errorCode: string, message: string) => new AuthError(401, errorCode, message);
export const forbidden = (errorCode: string, message: string) => new AuthError(403, errorCode, message);
export const notFound = (errorCode: string, message: string) => new AuthError(404, errorCode, message);
export const unprocessable = (errorCode: string, message: string) => new AuthError(422, errorCode, message);

/** GoTrue's wording, kept verbatim because applications match on it. */
export const MESSAGES = {
	invalidCredentials: 'Invalid login credentials',
	duplicateEmail: 'A user with this email address has already been registered',
	userAlreadyRegistered: 'User already registered',
	signupDisabled: 'Signups not allowed for this instance',
	notAdmin: 'User not allowed',
	userNotFound: 'User not found',
	linkInvalid: 'Email link is invalid or has expired'
} as const;
