import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { parseDutchNumber } from '$lib/domain/numbers';
import { LIMITS } from '$lib/domain/limits';
import { numberText } from './fields';

// Baseline and target share the column's range (regional_targets.baseline_jobs and target_jobs).
const jobsText = numberText(LIMITS.regional_targets.target_jobs, () => m.target_error_number());

/** The regional target for one year: baseline and target per sector. */
export const targetSchema = z
	.object({
		year: z.number().int(),
		marktBaseline: jobsText,
		marktTarget: jobsText,
		overheidBaseline: jobsText,
		overheidTarget: jobsText
	})
	.refine((v) => parseDutchNumber(v.marktTarget) >= parseDutchNumber(v.marktBaseline), {
		path: ['marktTarget'],
		error: () => m.target_error_below_baseline()
	})
	.refine((v) => parseDutchNumber(v.overheidTarget) >= parseDutchNumber(v.overheidBaseline), {
		path: ['overheidTarget'],
		error: () => m.target_error_below_baseline()
	});
