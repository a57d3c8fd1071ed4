import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import {
	CONTACT_FREQUENCIES,
	CONTACT_KINDS,
	SURVEY_ITEMS,
	type AnswerValues,
	type SurveyItem
} from '$lib/data/network';
import { isCalendarDate } from '$lib/domain/periods';

/** A joint activity. `today` bounds the date: contacts are recorded after they happened. */
export const contactSchemaFor = (today: string) =>
	z
		.object({
			recordedBy: z.uuid({ error: () => m.network_error_recorder() }),
			kind: z.enum(CONTACT_KINDS, { error: () => m.network_error_kind() }),
			occurredOn: z
				.string({ error: () => m.network_error_date() })
				.refine((d) => isCalendarDate(d) && d >= '2000-01-01' && d <= today, {
					error: () => m.network_error_date()
				}),
			topic: z
				.string({ error: () => m.network_error_topic() })
				.trim()
				.min(2, { error: () => m.network_error_topic() })
				.max(200, { error: () => m.network_error_topic() }),
			note: z
				.string()
				.trim()
				.max(1000, { error: () => m.network_error_note() })
				.default(''),
			participants: z.array(z.uuid({ error: () => m.network_error_participants() })).default([])
		})
		.refine((v) => v.participants.some((id) => id !== v.recordedBy), {
			path: ['participants'],
			error: () => m.network_error_participants()
		});

export const roundSchema = z.object({
	title: z
		.string({ error: () => m.network_survey_error_title() })
		.trim()
		.min(2, { error: () => m.network_survey_error_title() })
		.max(120, { error: () => m.network_survey_error_title() }),
	minRespondents: z.coerce
		.number({ error: () => m.network_survey_error_min() })
		.int({ error: () => m.network_survey_error_min() })
		.min(3, { error: () => m.network_survey_error_min() })
		.max(50, { error: () => m.network_survey_error_min() })
});

export const positionSchema = z.object({
	organisationId: z.uuid({ error: () => m.network_error_partner() }),
	dossier: z
		.string({ error: () => m.network_error_dossier() })
		.trim()
		.min(2, { error: () => m.network_error_dossier() })
		.max(80, { error: () => m.network_error_dossier() }),
	position: z
		.string({ error: () => m.network_error_position() })
		.trim()
		.min(2, { error: () => m.network_error_position() })
		.max(2000, { error: () => m.network_error_position() }),
	interests: z
		.string()
		.trim()
		.max(2000, { error: () => m.network_error_interests() })
		.default('')
});

/** First error message per field, for the form. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
	const errors: Record<string, string> = {};
	for (const issue of error.issues) {
		const key = String(issue.path[0] ?? 'form');
		errors[key] ??= issue.message;
	}
	return errors;
}

// ---------------------------------------------------------------------------------------------------
// The survey grid: one row per other partner, named `<item>:<partnerId>` and `frequency:<partnerId>`.

export interface SurveyRowError {
	partnerId: string;
}

export type ParsedSurvey =
	{ ok: true; answers: AnswerValues[]; empty: string[] } | { ok: false; incomplete: string[] };

const SCORE = /^[1-4]$/;

/**
 * Reads the grid. A row with all six scores and a frequency is an answer; an entirely empty row means "we do
 * not work with them" (an earlier answer is withdrawn); anything in between is an error for that row.
 */
export function parseSurveyForm(form: FormData, partnerIds: readonly string[]): ParsedSurvey {
	const answers: AnswerValues[] = [];
	const empty: string[] = [];
	const incomplete: string[] = [];
	for (const id of partnerIds) {
		const raw = SURVEY_ITEMS.map((item) => String(form.get(`${item}:${id}`) ?? ''));
		const frequency = String(form.get(`frequency:${id}`) ?? '');
		const filled = raw.filter((value) => value !== '').length + (frequency ? 1 : 0);
		if (filled === 0) {
			empty.push(id);
			continue;
		}
		const valid =
			raw.every((value) => SCORE.test(value)) &&
			(CONTACT_FREQUENCIES as readonly string[]).includes(frequency);
		if (!valid) {
			incomplete.push(id);
			continue;
		}
		answers.push({
			ratedOrganisationId: id,
			scores: Object.fromEntries(SURVEY_ITEMS.map((item, i) => [item, Number(raw[i])])) as Record<
				SurveyItem,
				number
			>,
			contactFrequency: frequency as AnswerValues['contactFrequency']
		});
	}
	return incomplete.length ? { ok: false, incomplete } : { ok: true, answers, empty };
}
