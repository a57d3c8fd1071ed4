import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { LIMITS } from '$lib/domain/limits';
import { isPlainText, textField } from './fields';

const PROFILE = LIMITS.profiles;

export const profileSchema = z.object({
	displayName: textField(
		{ ...PROFILE.display_name, min: 1 },
		{ min: () => m.profile_error_display_name_required(), max: () => m.profile_error_display_name_long() }
	).refine(isPlainText, { error: () => m.profile_error_display_name_plain() }),
	preferredLanguage: z.enum(PROFILE.preferred_language.values, { error: () => m.profile_error_language() })
});
