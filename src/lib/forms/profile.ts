import { z } from 'zod';
import { m } from '$lib/paraglide/messages';

export const profileSchema = z.object({
	displayName: z
		.string()
		.trim()
		.min(1, { error: () => m.profile_error_display_name_required() })
		.max(100, { error: () => m.profile_error_display_name_long() }),
	preferredLanguage: z.enum(['nl', 'en'], { error: () => m.profile_error_language() })
});
