import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { hasAtMostDecimals, parseDutchNumber } from '$lib/domain/numbers';

const MAX_JOBS = 100_000;

const jobsText = z
	.string()
	.trim()
	.refine(
		(text) => {
			const value = parseDutchNumber(text);
			return value >= 0 && value <= MAX_JOBS && hasAtMostDecimals(value, 2);
		},
		{ error: () => m.target_error_number() }
	);

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
