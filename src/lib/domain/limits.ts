// Every bound the database puts on a column, in one place: text lengths, number ranges, dates, counts and the
// fixed choices of text columns. Forms, CSV imports and inputs read them from here; the SQL check constraints
// say the same, and tests/integration/limits.test.ts reads those constraints from the database and compares
// them with this module, so the two cannot drift apart again. Keyed by table and column, as in SQL.
// Inclusive bounds everywhere (`between min and max`); `null` is "no bound on that side".

export interface LengthLimit {
	kind: 'length';
	/** Characters at least (after trimming where `trimmed`), or null. */
	min: number | null;
	max: number;
	/** The database counts the characters of the trimmed text (`char_length(btrim(column))`). */
	trimmed: boolean;
}
export interface RangeLimit {
	kind: 'range';
	min: number;
	max: number | null;
}
export interface DateLimit {
	kind: 'date';
	min: string;
	max: string;
}
export interface CountLimit {
	kind: 'count';
	min: number;
	max: number;
}
export interface ChoiceLimit<T extends string = string> {
	kind: 'choice';
	values: readonly T[];
}
export type Limit = LengthLimit | RangeLimit | DateLimit | CountLimit | ChoiceLimit;

const length = (min: number | null, max: number, trimmed = false): LengthLimit => ({
	kind: 'length',
	min,
	max,
	trimmed
});
const range = (min: number, max: number | null): RangeLimit => ({ kind: 'range', min, max });
const choice = <const T extends string>(values: readonly T[]): ChoiceLimit<T> => ({ kind: 'choice', values });

/** The largest numeric(14,2): euros and goal values. */
export const MAX_AMOUNT = 999_999_999_999.99;
const amount = range(0, MAX_AMOUNT);
const goalValue = range(-MAX_AMOUNT, MAX_AMOUNT);
const figuresYear = range(2013, 2100);
const quarter = range(1, 4);
const score = range(1, 4);
const dayInRange: DateLimit = { kind: 'date', min: '2000-01-01', max: '2100-12-31' };
/** The mandate behind a consent, an endorsement, a verdict or a ratification. */
const mandate = {
	acting_as: length(2, 150, true),
	decision_reference: length(2, 100, true),
	decision_date: dayInRange,
	ratify_before: dayInRange
};
/** UWV's net extra jobs against the nulmeting: may be negative. */
const officialJobs = range(-100_000, 100_000);

export const LIMITS = {
	profiles: {
		display_name: length(null, 100),
		preferred_language: choice(['nl', 'en'])
	},
	regions: {
		name: length(2, 100),
		slug: length(null, 60),
		vision_statement: length(null, 5000),
		/** Share of uitzend- and detacheringsbanen counted as markt (SEO, December 2012: 0.76). */
		inleen_key_markt: range(0, 1)
	},
	organisations: {
		name: length(2, 150),
		contact_name: length(null, 100),
		contact_email: length(null, 254),
		description: length(null, 1000)
	},
	audit_log: {
		action: choice(['INSERT', 'UPDATE', 'DELETE']),
		/** Who reads an entry: the region's coordinators only (drafts, memberships) or every member. */
		visible_to: choice(['coordinators', 'partner', 'region'])
	},
	placements: {
		hours_per_week: range(0.1, 48),
		employer_name: length(2, 150, true),
		note: length(null, 500),
		start_date: { kind: 'date', min: '2013-01-01', max: '2100-12-31' } satisfies DateLimit
	},
	placement_reports: {
		year: figuresYear,
		quarter
	},
	regional_targets: {
		year: figuresYear,
		target_jobs: range(0, 100_000),
		source: length(2, 200)
	},
	official_standings: {
		peildatum: { kind: 'date', min: '2013-01-01', max: '2100-12-31' } satisfies DateLimit,
		regulier_markt: officialJobs,
		regulier_overheid: officialJobs,
		inleenverband: officialJobs,
		doelgroepregister_persons: range(0, 1_000_000),
		working_persons: range(0, 1_000_000),
		source: length(2, 200)
	},
	context_figures: {
		indicator: choice(['bijstand_personen']),
		period_label: length(1, 40),
		period_start: { kind: 'date', min: '2000-01-01', max: '2100-12-31' } satisfies DateLimit,
		period_end: { kind: 'date', min: '2000-01-01', max: '2100-12-31' } satisfies DateLimit,
		value: range(0, 10_000_000),
		unit: length(1, 40),
		status: choice(['definitief', 'voorlopig', 'nader voorlopig']),
		source: length(2, 300),
		source_ref: length(null, 300)
	},
	programmes: {
		name: length(2, 150),
		description: length(null, 1000)
	},
	budget_commitments: {
		year: figuresYear,
		committed_amount: amount,
		committed_staff_hours: range(0, 1_000_000),
		realised_amount: amount,
		realised_staff_hours: range(0, 1_000_000),
		note: length(null, 500)
	},
	budget_agreements: {
		start_year: figuresYear,
		end_year: figuresYear,
		decision_reference: length(null, 150),
		decision_date: { kind: 'date', min: '2000-01-01', max: '2100-12-31' } satisfies DateLimit,
		note: length(null, 500)
	},
	goals: {
		title: length(1, 200, true),
		description: length(null, 2000),
		indicator: length(1, 200, true),
		unit: length(1, 40, true),
		baseline_value: goalValue,
		target_value: goalValue
	},
	goal_milestones: {
		target_value: goalValue
	},
	goal_contributions: {
		commitment_value: goalValue,
		commitment_text: length(1, 500, true)
	},
	goal_versions: {
		version: range(1, null),
		reason: length(null, 1000)
	},
	goal_consents: mandate,
	vision_endorsements: mandate,
	goal_verdicts: {
		verdict_date: dayInRange,
		realisation: goalValue,
		explanation: length(20, 2000, true),
		...mandate
	},
	trekker_mandates: {
		decision_reference: length(2, 100, true),
		decision_date: dayInRange,
		valid_until: dayInRange,
		scope: length(null, 1000)
	},
	trekker_mandate_ratifications: mandate,
	goal_actuals: {
		value: goalValue,
		note: length(null, 500)
	},
	contacts: {
		occurred_on: dayInRange,
		topic: length(2, 200),
		note: length(null, 1000),
		source: length(2, 40)
	},
	survey_rounds: {
		title: length(2, 120),
		min_respondents: range(3, 50)
	},
	survey_responses: {
		trust_reliability: score,
		trust_openness: score,
		trust_mission: score,
		value_power: score,
		value_involvement: score,
		value_resources: score
	},
	survey_trekker_ratings: {
		equal_treatment: score
	},
	partner_positions: {
		dossier: length(2, 80),
		position: length(2, 2000),
		interests: length(null, 2000)
	},
	meetings: {
		title: length(3, 150),
		location: length(null, 150)
	},
	meeting_agenda_items: {
		position: range(1, 100),
		title: length(2, 200),
		// In the order the agenda form offers them.
		link_kind: choice(['none', 'baanafspraken', 'budgetten', 'netwerk', 'goal']),
		link_target: length(null, 200)
	},
	meeting_decisions: {
		body: length(2, 1000)
	},
	meeting_actions: {
		description: length(2, 500),
		status: choice(['open', 'done'])
	},
	meeting_attendance: {
		source: choice(['presence', 'chair'])
	},
	report_versions: {
		period_year: figuresYear,
		period_quarter: quarter,
		version: range(1, null),
		title: length(2, 200),
		introduction: length(null, 5000),
		conclusion: length(null, 5000),
		sections: { kind: 'count', min: 1, max: 10 } satisfies CountLimit
	}
} as const satisfies Record<string, Record<string, Limit>>;
