import { z } from 'zod';
import { m } from '$lib/paraglide/messages';

const optionalText = (max: number, message: () => string) =>
	z.string().trim().max(max, { error: message }).default('');

export const partnerContactSchema = z.object({
	contactName: optionalText(100, () => m.partner_error_contact_name_long()),
	contactEmail: z
		.string()
		.trim()
		.max(254, { error: () => m.partner_error_email_invalid() })
		.refine((value) => value === '' || z.email().safeParse(value).success, {
			error: () => m.partner_error_email_invalid()
		})
		.default(''),
	description: optionalText(1000, () => m.partner_error_description_long()),
	/** The updated_at the editor started from: a save on top of someone else's newer change is refused. */
	version: z.string().min(1).max(64)
});
