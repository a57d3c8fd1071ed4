// Forms of the network module, one zod schema each, validated by superforms. The survey grid is a form
// of repeated rows (one per partner), posted as one list per column, which works without JavaScript.
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import {
	CONTACT_FREQUENCIES,
	CONTACT_KINDS,
	SURVEY_ITEMS,
	type AnswerValues,
	type ContactFrequency,
	type SurveyItem
} from '$lib/data/network';
import { LIMITS } from '$lib/domain/limits';
import { isCalendarDate } from '$lib/domain/periods';
import { idField, textField } from './fields';

/** A joint activity. `today` bounds the date: contacts are recorded after they happened. */
export const contactSchemaFor = (today: string) =>
	z
		.object({
			recordedBy: z.uuid({ error: () => m.network_error_recorder() }),
			kind: z.enum(CONTACT_KINDS, { error: () => m.network_error_kind() }),
			occurredOn: z
				.string({ error: () => m.network_error_date() })
				.refine((d) => isCalendarDate(d) && d >= LIMITS.contacts.occurred_on.min && d <= today, {
					error: () => m.network_error_date()
				}),
			topic: textField(LIMITS.contacts.topic, () => m.network_error_topic()),
			note: textField(LIMITS.contacts.note, () => m.network_error_note()).default(''),
			participants: z.array(z.uuid({ error: () => m.network_error_participants() })).default([])
		})
		.refine((v) => v.participants.some((id) => id !== v.recordedBy), {
			path: ['participants'],
			error: () => m.network_error_participants()
		});
export type ContactFields = z.infer<ReturnType<typeof contactSchemaFor>>;

const roundMin = () => m.network_survey_error_min();
export const roundSchema = z.object({
	title: textField(LIMITS.survey_rounds.title, () => m.network_survey_error_title()),
	minRespondents: z.coerce
		.number({ error: roundMin })
		.int({ error: roundMin })
		.min(LIMITS.survey_rounds.min_respondents.min, { error: roundMin })
		.max(LIMITS.survey_rounds.min_respondents.max ?? Infinity, { error: roundMin })
});
export type RoundFields = z.infer<typeof roundSchema>;

export const positionSchema = z.object({
	organisationId: z.uuid({ error: () => m.network_error_partner() }),
	dossier: textField(LIMITS.partner_positions.dossier, () => m.network_error_dossier()),
	position: textField(LIMITS.partner_positions.position, () => m.network_error_position()),
	interests: textField(LIMITS.partner_positions.interests, () => m.network_error_interests()).default('')
});
export type PositionFields = z.infer<typeof positionSchema>;

// The buttons of the network pages.
export const idButtonSchema = z.object({ id: idField() });
export const closeRoundSchema = z.object({ id: idField(), title: z.string().max(200) });

// ---------------------------------------------------------------------------------------------------
// The survey grid: one row per other partner; each column (a score, the frequency) is posted as a list in the
// order of the rows, with the rated partner's id as a hidden field of its row.

const column = () => z.array(z.string()).default([]);

export interface SurveyRows {
	answers: AnswerValues[];
	/** Partners whose row is empty: "we do not work with them" (an earlier answer is withdrawn). */
	empty: string[];
	/** Rows (their index) that are neither complete nor empty. */
	incomplete: number[];
}

export interface SurveyColumns extends Record<SurveyItem, string[]> {
	ratedPartner: string[];
	frequency: string[];
}

const SCORE = /^[1-4]$/;

/**
 * Reads the grid. A row with all six scores and a frequency is an answer; an entirely empty row means "we do
 * not work with them"; anything in between is an error for that row.
 */
export function surveyRows(values: SurveyColumns): SurveyRows {
	const rows: SurveyRows = { answers: [], empty: [], incomplete: [] };
	values.ratedPartner.forEach((id, row) => {
		const scores = SURVEY_ITEMS.map((item) => values[item][row] ?? '');
		const frequency = values.frequency[row] ?? '';
		if (scores.every((score) => score === '') && frequency === '') {
			rows.empty.push(id);
		} else if (
			!scores.every((score) => SCORE.test(score)) ||
			!(CONTACT_FREQUENCIES as readonly string[]).includes(frequency)
		) {
			rows.incomplete.push(row);
		} else {
			rows.answers.push({
				ratedOrganisationId: id,
				scores: Object.fromEntries(SURVEY_ITEMS.map((item, i) => [item, Number(scores[i])])) as Record<
					SurveyItem,
					number
				>,
				contactFrequency: frequency as ContactFrequency
			});
		}
	});
	return rows;
}

/** The answers of one respondent; an incomplete row is marked and named (`partnerName`) in its message. */
export const surveySchemaFor = (partnerName: (id: string) => string) =>
	z
		.object({
			round: idField(),
			respondent: idField(),
			ratedPartner: z.array(idField()).default([]),
			trust_reliability: column(),
			trust_openness: column(),
			trust_mission: column(),
			value_power: column(),
			value_involvement: column(),
			value_resources: column(),
			frequency: column(),
			/** "De trekker behandelt partners gelijkwaardig" (1-4), once per round; empty withdraws it. */
			equalTreatment: z.enum(['', '1', '2', '3', '4']).default('')
		})
		.superRefine((values, ctx) => {
			for (const row of surveyRows(values).incomplete) {
				const partner = partnerName(values.ratedPartner[row]);
				ctx.addIssue({
					code: 'custom',
					path: ['ratedPartner', row],
					message: m.network_survey_row_incomplete({ partner })
				});
			}
		});
export type SurveyFields = z.infer<ReturnType<typeof surveySchemaFor>>;
