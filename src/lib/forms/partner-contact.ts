import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { LIMITS } from '$lib/domain/limits';
import { textField, versionField } from './fields';

const PARTNER = LIMITS.organisations;

export const partnerContactSchema = z.object({
	contactName: textField(PARTNER.contact_name, () => m.partner_error_contact_name_long()).default(''),
	contactEmail: z
		.string()
		.trim()
		.max(PARTNER.contact_email.max, { error: () => m.partner_error_email_invalid() })
		.refine((value) => value === '' || z.email().safeParse(value).success, {
			error: () => m.partner_error_email_invalid()
		})
		.default(''),
	description: textField(PARTNER.description, () => m.partner_error_description_long()).default(''),
	/** The updated_at the editor started from: a save on top of someone else's newer change is refused. */
	version: versionField()
});
