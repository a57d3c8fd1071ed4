import { error, fail } from '@sveltejs/kit';
import { message, superValidate } from 'sveltekit-superforms';
import { zod4 } from '$lib/forms/adapters';
import {
	closeSurveyRound,
	latestResults,
	listOwnAnswers,
	listSurveyRounds,
	openSurveyRound,
	ownEqualTreatment,
	roundEqualTreatment,
	saveAnswers,
	saveEqualTreatment,
	SURVEY_ITEMS,
	withdrawAnswer,
	type SurveyAnswer
} from '$lib/data/network';
import type { WriteResult } from '$lib/data/errors';
import { editorOrganisationIds } from '$lib/domain/partners';
import { DEFAULT_MIN_RESPONDENTS } from '$lib/domain/network-survey';
import { closeRoundSchema, roundSchema, surveyRows, surveySchemaFor } from '$lib/forms/network';
import type { FormMessage } from '$lib/forms/messages';
import { refuseAction, refuseForm, type KindMessages } from '$lib/server/errors';
import { requireRegionContext } from '$lib/server/region';
import { queryParams } from '$lib/server/params';
import type { RegionContext } from '$lib/data/regions';
import { m } from '$lib/paraglide/messages';
import type { Actions, PageServerLoad } from './$types';

/** The partners the user answers for: those where they are at least an editor (RLS allows no others). */
const respondentIds = (context: RegionContext) => editorOrganisationIds(context.myMemberships);

const collator = new Intl.Collator('nl');
const nameOf = (context: RegionContext) => {
	const names = new Map(context.partners.map((p) => [p.id, p.name]));
	return (id: string) => names.get(id) ?? '';
};

/** The trekker the respondent rates on equal treatment: the region's lead, unless the respondent is the lead. */
const trekkerFor = (context: RegionContext, respondent: string | null) => {
	const lead = context.region.leadOrganisationId;
	return lead && respondent && lead !== respondent ? lead : null;
};

/** The grid's rows: every other active partner by name, with what the respondent answered before. */
function surveyValues(
	context: RegionContext,
	roundId: string,
	respondent: string,
	answers: SurveyAnswer[],
	equalTreatment: number | null
) {
	const others = context.partners
		.filter((p) => p.active && p.id !== respondent)
		.sort((a, b) => collator.compare(a.name, b.name))
		.map((p) => p.id);
	const byPartner = new Map(answers.map((a) => [a.ratedOrganisationId, a]));
	const column = (read: (answer: SurveyAnswer) => string) =>
		others.map((id) => {
			const answer = byPartner.get(id);
			return answer ? read(answer) : '';
		});
	return {
		round: roundId,
		respondent,
		ratedPartner: others,
		...(Object.fromEntries(
			SURVEY_ITEMS.map((item) => [item, column((answer) => String(answer.scores[item]))])
		) as Record<(typeof SURVEY_ITEMS)[number], string[]>),
		frequency: column((answer) => answer.contactFrequency),
		equalTreatment: (equalTreatment === null ? '' : String(equalTreatment)) as '' | '1' | '2' | '3' | '4'
	};
}

export const load: PageServerLoad = async ({ locals, parent, url, depends }) => {
	depends('app:netwerk');
	const { regionContext } = await parent();
	const rounds = await listSurveyRounds(locals.supabase, regionContext.region.id);
	const open = rounds.find((r) => r.status === 'open') ?? null;
	const mine = respondentIds(regionContext);
	const requested = queryParams(url).uuid('namens');
	const respondent = mine.includes(requested ?? '') ? requested : (mine[0] ?? null);
	const trekker = trekkerFor(regionContext, respondent);
	// An open round tells nobody how many answered (the database answers no counts until it closes): a partner
	// sees only its own answers.
	const [answers, ownTrekker, results, roundForm] = await Promise.all([
		open && respondent ? listOwnAnswers(locals.supabase, open.id, respondent) : Promise.resolve([]),
		open && respondent && trekker
			? ownEqualTreatment(locals.supabase, open.id, respondent)
			: Promise.resolve(null),
		latestResults(locals.supabase, rounds),
		superValidate({ title: '', minRespondents: DEFAULT_MIN_RESPONDENTS }, zod4(roundSchema), {
			id: 'open',
			errors: false
		})
	]);
	const [answerForm, equalTreatment] = await Promise.all([
		open && respondent
			? superValidate(
					surveyValues(regionContext, open.id, respondent, answers, ownTrekker),
					zod4(surveySchemaFor(nameOf(regionContext))),
					{ id: 'answer', errors: false }
				)
			: Promise.resolve(null),
		results ? roundEqualTreatment(locals.supabase, results.round.id) : Promise.resolve(null)
	]);
	return {
		rounds,
		open,
		respondentOptions: mine,
		respondent,
		trekker,
		ownAnswerCount: answers.length,
		results,
		equalTreatment,
		roundForm,
		answerForm
	};
};

async function coordinator(locals: App.Locals, slug: string) {
	const context = await requireRegionContext(locals, slug);
	if (!context.isCoordinator) error(403, m.network_error_forbidden());
	return context;
}

/** The survey's words for a refused write (a closed round has a code of its own). */
const REFUSED: KindMessages = {
	forbidden: m.network_error_forbidden,
	duplicate: m.network_survey_only_one_open,
	invalid: m.network_error_save,
	missing: m.network_error_save,
	conflict: m.network_error_save
};

export const actions: Actions = {
	open: async ({ request, locals, params }) => {
		const form = await superValidate(request, zod4(roundSchema), { id: 'open' });
		if (!form.valid) return fail(400, { form });
		const context = await coordinator(locals, params.slug);
		const result = await openSurveyRound(
			locals.supabase,
			context.region.id,
			form.data.title,
			form.data.minRespondents
		);
		if (!result.ok) {
			// One open round per region: the title field is marked as well.
			if (result.error.kind === 'duplicate') form.errors.title = [m.network_survey_error_title()];
			return refuseForm(form, result.error, REFUSED);
		}
		return message(form, {
			kind: 'success',
			text: m.network_survey_opened({ title: form.data.title })
		} satisfies FormMessage);
	},

	close: async ({ request, locals, params }) => {
		const parsed = closeRoundSchema.safeParse(Object.fromEntries(await request.formData()));
		await coordinator(locals, params.slug);
		if (!parsed.success) {
			return fail(400, {
				action: 'close' as const,
				message: { kind: 'error', text: m.network_error_save() } satisfies FormMessage
			});
		}
		const result = await closeSurveyRound(locals.supabase, parsed.data.id);
		if (!result.ok) return refuseAction('close', result.error, REFUSED);
		return {
			action: 'close' as const,
			message: {
				kind: 'success',
				text: m.network_survey_closed_message({ title: parsed.data.title })
			} satisfies FormMessage
		};
	},

	answer: async ({ request, locals, params }) => {
		const context = await requireRegionContext(locals, params.slug);
		const form = await superValidate(request, zod4(surveySchemaFor(nameOf(context))), { id: 'answer' });
		const { respondent, round } = form.data;
		if (!respondentIds(context).includes(respondent)) {
			return message(form, { kind: 'error', text: m.network_error_forbidden() } satisfies FormMessage, {
				status: 403
			});
		}
		if (!form.valid) {
			// The first incomplete row, by name, above the grid; every incomplete row is marked.
			const [first] = Object.values(form.errors.ratedPartner ?? {}).flat();
			return message(form, { kind: 'error', text: first ?? m.network_error_save() } satisfies FormMessage, {
				status: 400
			});
		}
		const rows = surveyRows(form.data);
		const existing = new Set(
			(await listOwnAnswers(locals.supabase, round, respondent)).map((a) => a.ratedOrganisationId)
		);
		let result: WriteResult = await saveAnswers(
			locals.supabase,
			context.region.id,
			round,
			respondent,
			rows.answers
		);
		for (const id of rows.empty) {
			if (!result.ok) break;
			if (existing.has(id)) result = await withdrawAnswer(locals.supabase, round, respondent, id);
		}
		if (result.ok && trekkerFor(context, respondent)) {
			const score = form.data.equalTreatment === '' ? null : Number(form.data.equalTreatment);
			result = await saveEqualTreatment(locals.supabase, context.region.id, round, respondent, score);
		}
		if (!result.ok) return refuseForm(form, result.error, REFUSED);
		return message(form, {
			kind: 'success',
			text: m.network_survey_saved({ count: rows.answers.length })
		} satisfies FormMessage);
	}
};
