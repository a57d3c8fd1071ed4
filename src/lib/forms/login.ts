import { z } from 'zod';
import { m } from '$lib/paraglide/messages';

// Messages are functions so they are read in the language of the request that validates.
export const loginSchema = z.object({
	email: z
		.string()
		.trim()
		.min(1, { error: () => m.login_error_email_required() })
		.max(254, { error: () => m.login_error_email_invalid() })
		.pipe(z.email({ error: () => m.login_error_email_invalid() })),
	password: z
		.string()
		.min(1, { error: () => m.login_error_password_required() })
		.max(200, { error: () => m.login_error_password_required() }),
	redirectTo: z.string().max(500).default('/regio')
});
