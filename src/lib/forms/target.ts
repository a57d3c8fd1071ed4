import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { LIMITS } from '$lib/domain/limits';
import { numberText, textField } from './fields';

const TARGETS = LIMITS.regional_targets;
const jobsText = numberText(TARGETS.target_jobs, () => m.target_error_number());

/**
 * The regionale opgave of one year: per sector the cumulative extra jobs against the nulmeting (31-12-2012) the
 * region must have on 31 December, and where the figure comes from. No yearly basis: a shortfall carries over.
 */
export const opgaveSchema = z.object({
	year: z
		.number({ error: () => m.target_error_year() })
		.int({ error: () => m.target_error_year() })
		.min(TARGETS.year.min, { error: () => m.target_error_year() })
		.max(TARGETS.year.max ?? 2100, { error: () => m.target_error_year() }),
	markt: jobsText,
	overheid: jobsText,
	source: textField(TARGETS.source, () => m.target_error_source())
});
