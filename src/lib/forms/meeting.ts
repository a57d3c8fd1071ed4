import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { LINK_KINDS, localMeetingTime } from '$lib/domain/meetings';
import { isCalendarDate } from '$lib/domain/periods';
import { isUuid } from '$lib/domain/url-params';

/** How many agenda rows the new-meeting form offers (empty rows are skipped). */
export const AGENDA_ROWS = 6;

const uuid = () => z.string().refine(isUuid, { error: () => m.meeting_error_generic() });

const agendaRow = z.object({
	title: z
		.string()
		.trim()
		.max(200, { error: () => m.meeting_error_item_title() }),
	linkKind: z.enum(LINK_KINDS, { error: () => m.meeting_error_link() }),
	linkTarget: z
		.string()
		.trim()
		.regex(/^[A-Za-z0-9_-]{0,100}$/, { error: () => m.meeting_error_link_target() })
});

export const newMeetingSchema = z
	.object({
		title: z
			.string()
			.trim()
			.min(3, { error: () => m.meeting_error_title() })
			.max(150, { error: () => m.meeting_error_title() }),
		date: z.string().trim(),
		time: z.string().trim(),
		location: z
			.string()
			.trim()
			.max(150, { error: () => m.meeting_error_location() }),
		invited: z.array(uuid()).max(200),
		items: z.array(agendaRow).max(AGENDA_ROWS)
	})
	.superRefine((value, ctx) => {
		if (!localMeetingTime(value.date, value.time)) {
			ctx.addIssue({ code: 'custom', path: ['date'], message: m.meeting_error_date() });
		}
		value.items.forEach((item, i) => {
			if (item.title.length > 0 && item.title.length < 2) {
				ctx.addIssue({ code: 'custom', path: ['items', i, 'title'], message: m.meeting_error_item_title() });
			}
			if (item.title.length === 0 && item.linkKind !== 'none') {
				ctx.addIssue({ code: 'custom', path: ['items', i, 'title'], message: m.meeting_error_item_title() });
			}
		});
	});
export type NewMeetingInput = z.infer<typeof newMeetingSchema>;

/** The new-meeting form's fields as the schema reads them. */
export function newMeetingFromForm(form: FormData) {
	return {
		title: String(form.get('title') ?? ''),
		date: String(form.get('date') ?? ''),
		time: String(form.get('time') ?? ''),
		location: String(form.get('location') ?? ''),
		invited: form.getAll('invited').map(String),
		items: Array.from({ length: AGENDA_ROWS }, (_, i) => ({
			title: String(form.get(`item_title_${i + 1}`) ?? ''),
			linkKind: String(form.get(`item_link_${i + 1}`) ?? 'none'),
			linkTarget: String(form.get(`item_target_${i + 1}`) ?? '')
		}))
	};
}

export const decisionSchema = z.object({
	agendaItemId: uuid(),
	body: z
		.string()
		.trim()
		.min(2, { error: () => m.meeting_error_decision() })
		.max(1000, { error: () => m.meeting_error_decision() })
});

export const actionSchema = z.object({
	agendaItemId: uuid(),
	description: z
		.string()
		.trim()
		.min(2, { error: () => m.meeting_error_action() })
		.max(500, { error: () => m.meeting_error_action() }),
	ownerOrganisationId: z.string().refine(isUuid, { error: () => m.meeting_error_owner() }),
	dueDate: z
		.string()
		.trim()
		.refine(isCalendarDate, { error: () => m.meeting_error_due() })
});

export const attendanceSchema = z.object({
	organisationId: uuid(),
	present: z.enum(['true', 'false']).transform((v) => v === 'true')
});

export const actionStatusSchema = z.object({
	actionId: uuid(),
	status: z.enum(['open', 'done'])
});

/** First error message per field path (`items.2.title`), for showing next to the field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
	const errors: Record<string, string> = {};
	for (const issue of error.issues) {
		const key = issue.path.join('.');
		if (!(key in errors)) errors[key] = issue.message;
	}
	return errors;
}

export const formValues = (form: FormData) =>
	Object.fromEntries([...form.entries()].map(([key, value]) => [key, String(value)]));
