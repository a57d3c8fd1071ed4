import { error, fail } from '@sveltejs/kit';
import {
	closeSurveyRound,
	latestResults,
	listOwnAnswers,
	listSurveyRounds,
	openSurveyRound,
	roundSummary,
	saveAnswers,
	withdrawAnswer
} from '$lib/data/network';
import { editorOrganisationIds } from '$lib/domain/partners';
import { fieldErrors, parseSurveyForm, roundSchema } from '$lib/forms/network';
import type { FormMessage } from '$lib/forms/messages';
import { requireRegionContext } from '$lib/server/region';
import { queryParams } from '$lib/server/params';
import type { RegionContext } from '$lib/data/regions';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

/** The partners the user answers for: those where they are at least an editor (RLS allows no others). */
const respondentIds = (context: RegionContext) => editorOrganisationIds(context.myMemberships);

export const load: PageServerLoad = async ({ locals, parent, url, depends }) => {
	depends('app:netwerk');
	const { regionContext } = await parent();
	const rounds = await listSurveyRounds(locals.supabase, regionContext.region.id);
	const open = rounds.find((r) => r.status === 'open') ?? null;
	const mine = respondentIds(regionContext);
	const requested = queryParams(url).uuid('namens');
	const respondent = mine.includes(requested ?? '') ? requested : (mine[0] ?? null);
	const [answers, progress, results] = await Promise.all([
		open && respondent ? listOwnAnswers(locals.supabase, open.id, respondent) : Promise.resolve([]),
		open ? roundSummary(locals.supabase, open.id) : Promise.resolve(null),
		latestResults(locals.supabase, rounds)
	]);
	return { rounds, open, respondentOptions: mine, respondent, answers, progress, results };
};

async function coordinator(locals: App.Locals, slug: string) {
	const context = await requireRegionContext(locals, slug);
	if (!context.isCoordinator) error(403, m.network_error_forbidden());
	return context;
}

const failure = (status: string): FormMessage => ({
	kind: 'error',
	text:
		status === 'closed'
			? m.network_survey_closed_error()
			: status === 'forbidden'
				? m.network_error_forbidden()
				: status === 'duplicate'
					? m.network_survey_only_one_open()
					: m.network_error_save()
});

export const actions: Actions = {
	open: async ({ request, locals, params }) => {
		const form = await request.formData();
		const values = {
			title: String(form.get('title') ?? ''),
			minRespondents: String(form.get('minRespondents') ?? '')
		};
		const parsed = roundSchema.safeParse(values);
		if (!parsed.success)
			return fail(400, { open: { values, errors: fieldErrors(parsed.error), message: undefined } });
		const context = await coordinator(locals, params.slug);
		const status = await openSurveyRound(
			locals.supabase,
			context.region.id,
			parsed.data.title,
			parsed.data.minRespondents
		);
		if (status === 'duplicate')
			return fail(409, {
				open: {
					values,
					errors: { title: m.network_survey_error_title() },
					message: { kind: 'error', text: m.network_survey_only_one_open() } as FormMessage
				}
			});
		if (status !== 'ok') return fail(403, { open: { values, errors: {}, message: failure(status) } });
		return {
			open: {
				values: null,
				errors: {},
				message: {
					kind: 'success',
					text: m.network_survey_opened({ title: parsed.data.title })
				} as FormMessage
			}
		};
	},

	close: async ({ request, locals, params }) => {
		const form = await request.formData();
		const id = String(form.get('id') ?? '');
		const title = String(form.get('title') ?? '');
		await coordinator(locals, params.slug);
		const status = await closeSurveyRound(locals.supabase, id);
		if (status !== 'ok') return fail(403, { closeMessage: failure(status) });
		return {
			closeMessage: { kind: 'success', text: m.network_survey_closed_message({ title }) } as FormMessage
		};
	},

	answer: async ({ request, locals, params }) => {
		const form = await request.formData();
		const context = await requireRegionContext(locals, params.slug);
		const respondent = String(form.get('respondent') ?? '');
		const roundId = String(form.get('round') ?? '');
		if (!respondentIds(context).includes(respondent))
			return fail(403, { answer: { message: failure('forbidden'), incomplete: [] as string[] } });
		const others = context.partners.filter((p) => p.active && p.id !== respondent).map((p) => p.id);
		const parsed = parseSurveyForm(form, others);
		if (!parsed.ok) {
			const names = new Map(context.partners.map((p) => [p.id, p.name]));
			return fail(400, {
				answer: {
					message: {
						kind: 'error',
						text: m.network_survey_row_incomplete({ partner: names.get(parsed.incomplete[0]) ?? '' })
					} as FormMessage,
					incomplete: parsed.incomplete,
					// Handed back so nothing typed is lost without JavaScript.
					submitted: Object.fromEntries([...form].map(([key, value]) => [key, String(value)]))
				}
			});
		}
		const existing = new Set(
			(await listOwnAnswers(locals.supabase, roundId, respondent)).map((a) => a.ratedOrganisationId)
		);
		let status = await saveAnswers(locals.supabase, context.region.id, roundId, respondent, parsed.answers);
		for (const id of parsed.empty) {
			if (status !== 'ok') break;
			if (existing.has(id)) status = await withdrawAnswer(locals.supabase, roundId, respondent, id);
		}
		if (status !== 'ok')
			return fail(status === 'closed' ? 409 : 403, {
				answer: { message: failure(status), incomplete: [] as string[] }
			});
		return {
			answer: {
				message: {
					kind: 'success',
					text: m.network_survey_saved({ count: parsed.answers.length })
				} as FormMessage,
				incomplete: [] as string[]
			}
		};
	}
};
