// Forms of meeting mode, one zod schema each, validated by superforms. The agenda rows of a new meeting are
// posted as repeated fields (a title and a subject chosen from a list per row), which a form does without
// JavaScript.
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import {
	ACTION_STATUSES,
	localMeetingTime,
	parseAgendaLinkValue,
	type AgendaLink
} from '$lib/domain/meetings';
import { LIMITS } from '$lib/domain/limits';
import { isUuid } from '$lib/domain/url-params';
import { dateText, textField } from './fields';

/** How many agenda rows the new-meeting form offers (empty rows are skipped). */
export const AGENDA_ROWS = 6;

const uuid = () => z.string().refine(isUuid, { error: () => m.meeting_error_generic() });
const rows = <T extends z.ZodType>(item: T, empty: z.input<T>) =>
	z.array(item).default(Array.from({ length: AGENDA_ROWS }, () => empty) as z.output<T>[]);

export interface AgendaRow {
	title: string;
	/** What the item is about, as chosen from the list (see agendaLinkValue). */
	link: AgendaLink;
}

/** The agenda rows as rows again (the form posts them as parallel lists). */
export function agendaRows(values: { itemTitle: string[]; itemLink: string[] }): AgendaRow[] {
	return values.itemTitle.map((title, i) => ({
		title,
		link: parseAgendaLinkValue(values.itemLink[i] ?? 'none') ?? { kind: 'none', target: null }
	}));
}

export const newMeetingSchema = z
	.object({
		title: textField(LIMITS.meetings.title, () => m.meeting_error_title()),
		date: z.string().trim(),
		time: z.string().trim().default('14:00'),
		location: textField(LIMITS.meetings.location, () => m.meeting_error_location()),
		invited: z.array(uuid()).max(200).default([]),
		/** "Invite all partners" at once (also without JavaScript: the server then invites every active partner). */
		inviteAll: z.boolean().default(false),
		itemTitle: rows(
			z
				.string()
				.trim()
				.max(LIMITS.meeting_agenda_items.title.max, { error: () => m.meeting_error_item_title() }),
			''
		),
		itemLink: rows(
			z
				.string()
				.max(60)
				.refine((value) => parseAgendaLinkValue(value) !== null, { error: () => m.meeting_error_link() }),
			'none'
		)
	})
	.superRefine((value, ctx) => {
		if (!localMeetingTime(value.date, value.time)) {
			ctx.addIssue({ code: 'custom', path: ['date'], message: m.meeting_error_date() });
		}
		if (value.itemTitle.length > AGENDA_ROWS || value.itemLink.length > AGENDA_ROWS) {
			ctx.addIssue({ code: 'custom', path: ['itemTitle'], message: m.meeting_error_generic() });
		}
		agendaRows(value).forEach((item, i) => {
			const min = LIMITS.meeting_agenda_items.title.min ?? 0;
			if (
				(item.title.length > 0 && item.title.length < min) ||
				(item.title.length === 0 && item.link.kind !== 'none')
			) {
				ctx.addIssue({ code: 'custom', path: ['itemTitle', i], message: m.meeting_error_item_title() });
			}
		});
	});
export type NewMeetingFields = z.infer<typeof newMeetingSchema>;

export const decisionSchema = z.object({
	agendaItemId: uuid(),
	body: textField(LIMITS.meeting_decisions.body, () => m.meeting_error_decision())
});
export type DecisionFields = z.infer<typeof decisionSchema>;

export const actionSchema = z.object({
	agendaItemId: uuid(),
	description: textField(LIMITS.meeting_actions.description, () => m.meeting_error_action()),
	ownerOrganisationId: z.string().refine(isUuid, { error: () => m.meeting_error_owner() }),
	dueDate: dateText(() => m.meeting_error_due())
});
export type ActionFields = z.infer<typeof actionSchema>;

// The chair's buttons: what they post.
export const attendanceSchema = z.object({
	organisationId: uuid(),
	present: z.enum(['true', 'false']).transform((v) => v === 'true')
});

export const actionStatusSchema = z.object({
	actionId: uuid(),
	status: z.enum(ACTION_STATUSES)
});
