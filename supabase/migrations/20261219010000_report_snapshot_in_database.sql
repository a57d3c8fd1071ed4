-- A published council report shows the figures as the database holds them, never what a browser sends
-- (issue 13, last item; attack finding 3: a coordinator inserted a published version with made-up figures, and a
-- malformed snapshot made the report page answer 500 for every member, for good).
--
-- From now on:
-- - publish_report() is the only way to publish. It runs with the caller's rights (security invoker): it reads
--   the figures under the caller's row-level security, builds the snapshot here, in SQL, from the summary
--   functions of each section, and inserts the version. It takes no snapshot argument.
-- - guard_report_version() refuses every other way to a published version: an insert with status 'published', or
--   a draft updated to 'published', by anyone (the API, the service key). Only the seed and migrations (no JWT
--   role at all) may still write a published version directly.
-- - A section the database cannot build yet is refused by name (report_section_not_in_database), so a report
--   never carries a section the database did not compute.
--
-- The sections' JSON is the shape the app renders (src/lib/domain/report/*, SectionDataMap), so the report page,
-- the CSV and the XLSX read a database-built snapshot like any other; the app still checks the shape when it reads
-- a stored snapshot (an old or malformed one gets a message, never a 500).

-- ---------------------------------------------------------------------------------------------------
-- Sections

-- Overleggen en besluiten: the region's meetings in the period (their date in the Netherlands), each with its
-- decisions in agenda order and its actions still open, by due date, judged against as_of (the reference date, or
-- today when that is earlier). Same rules as src/lib/domain/report/meetings.ts meetingsSnapshot().
create or replace function private.report_section_overleggen(
  region uuid, gemeente uuid, period_from date, period_to date, as_of date
)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  select jsonb_build_object(
    'asOf', as_of,
    'gemeente', (
      select jsonb_build_object('id', o.id, 'name', o.name) from public.organisations o where o.id = gemeente
    ),
    'meetings', coalesce((
      select jsonb_agg(
        jsonb_build_object(
          'id', m.id,
          'title', m.title,
          'startsAt', m.starts_at,
          'date', (m.starts_at at time zone 'Europe/Amsterdam')::date,
          'location', m.location,
          'decisions', coalesce((
            select jsonb_agg(jsonb_build_object('item', i.title, 'body', d.body) order by i.position, d.created_at)
            from public.meeting_decisions d
              join public.meeting_agenda_items i on i.id = d.agenda_item_id
            where d.meeting_id = m.id
          ), '[]'::jsonb),
          'openActions', coalesce((
            select jsonb_agg(
              jsonb_build_object(
                'item', i.title,
                'description', a.description,
                'ownerId', a.owner_organisation_id,
                'owner', coalesce(o.name, a.owner_organisation_id::text),
                'dueDate', a.due_date,
                'overdue', a.due_date < as_of,
                'daysOverdue', greatest(as_of - a.due_date, 0)
              )
              order by a.due_date, a.created_at
            )
            from public.meeting_actions a
              join public.meeting_agenda_items i on i.id = a.agenda_item_id
              left join public.organisations o on o.id = a.owner_organisation_id
            where a.meeting_id = m.id and a.status = 'open'
          ), '[]'::jsonb)
        )
        order by m.starts_at
      )
      from public.meetings m
      where m.region_id = region
        and (m.starts_at at time zone 'Europe/Amsterdam')::date between period_from and period_to
    ), '[]'::jsonb)
  )
$$;

-- Baanafspraken: the banenafspraak on the period's last day, or on the last quarter every reporting partner has
-- closed when that is earlier (a report never stands on a quarter not everyone reported), from the banenafspraak
-- summary functions (banenafspraak_peildatum, banenafspraak_report). Null while those functions are not in the
-- schema: the section is then refused by publish_report(). Called dynamically so this migration does not depend
-- on the order in which the banenafspraak migrations land.
create or replace function private.report_section_baanafspraken(region uuid, gemeente uuid, requested date, today date)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  state_peildatum date;
  missing jsonb;
  peildatum date;
  section jsonb;
begin
  if to_regprocedure('public.banenafspraak_report(uuid, uuid, date)') is null
     or to_regprocedure('public.banenafspraak_peildatum(uuid, date)') is null then
    return null;
  end if;
  execute 'select p.peildatum, p.missing from public.banenafspraak_peildatum($1, $2) p'
    into state_peildatum, missing using region, today;
  missing := coalesce((select jsonb_agg(e ->> 'name') from jsonb_array_elements(missing) e), '[]'::jsonb);
  if state_peildatum is null then
    return jsonb_build_object(
      'model', 'stand', 'peildatum', null, 'requestedPeildatum', requested, 'missing', missing,
      'inleenKeyMarkt', null, 'standing', '[]'::jsonb, 'series', '[]'::jsonb, 'partners', '[]'::jsonb,
      'gemeenten', '[]'::jsonb, 'gemeente', gemeente
    );
  end if;
  peildatum := least(requested, state_peildatum);
  execute 'select public.banenafspraak_report($1, $2, $3)' into section using region, gemeente, peildatum;
  return section || jsonb_build_object(
    'requestedPeildatum', requested,
    'missing', case when peildatum < requested then missing else '[]'::jsonb end
  );
end
$$;

-- Realised against the committed amount of the lines that have a realisation (src/lib/domain/budget.ts
-- realisedShare()); null when nothing is realised.
create or replace function private.realised_share(realised numeric, committed_realised numeric)
returns numeric
language sql
immutable
set search_path = ''
as $$
  select case when realised is null or committed_realised is null or committed_realised <= 0 then null
    else realised / committed_realised end
$$;

-- Budgetafspraken: the report's budget section from budget_overview(region, the period's year, gemeente), the one
-- budget summary (the budget page, the overview tile and the meeting room read it too). Nothing is summed here;
-- this only picks the year's figures out of the overview (what src/lib/domain/report/budgets.ts budgetSnapshot()
-- did in the app before).
create or replace function private.report_section_budgetten(region uuid, gemeente uuid, budget_year int)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  with
  overview as (select public.budget_overview(region, budget_year, gemeente) as f),
  programmes as (
    select t.p, t.n,
      (select y from jsonb_array_elements(t.p -> 'years') y where (y ->> 'year')::int = budget_year) as cur,
      (select y from jsonb_array_elements(t.p -> 'years') y where (y ->> 'year')::int = budget_year - 1) as prev
    from overview o, jsonb_array_elements(o.f -> 'programmes') with ordinality as t (p, n)
    where exists (select 1 from jsonb_array_elements(t.p -> 'years') y where (y ->> 'year')::int <= budget_year)
  ),
  programme_rows as (
    select pr.n, jsonb_build_object(
      'name', pr.p ->> 'name',
      'committed', coalesce((pr.cur ->> 'committed')::numeric, 0),
      'realised', (pr.cur ->> 'realised')::numeric,
      'rate', round(private.realised_share((pr.cur ->> 'realised')::numeric,
        (pr.cur ->> 'committed_realised')::numeric), 6),
      'change', round(case when (pr.prev ->> 'committed')::numeric > 0
        then coalesce((pr.cur ->> 'committed')::numeric, 0) / (pr.prev ->> 'committed')::numeric - 1 end, 6),
      'flagged', pr.p ->> 'verdict' in ('aandacht', 'zwak'),
      'verdict', case pr.p ->> 'verdict' when 'stabiel' then 'stable' when 'geen_gegevens' then 'insufficient_data'
        else 'unstable' end,
      'windowVerdict', pr.p ->> 'verdict',
      'worstLoss', (pr.p ->> 'worst_loss')::numeric
    ) as body
    from programmes pr
  ),
  partners as (
    select p ->> 'name' as name, (p ->> 'committed')::numeric as committed, jsonb_build_object(
      'organisationId', p ->> 'organisation_id',
      'name', p ->> 'name',
      'committed', (p ->> 'committed')::numeric,
      'realised', (p ->> 'realised')::numeric
    ) as body
    from overview o, jsonb_array_elements(o.f -> 'partners') p
    where (p ->> 'committed') is not null
  )
  select jsonb_build_object(
    'year', budget_year,
    'region', jsonb_build_object(
      'committed', coalesce((o.f -> 'totals' ->> 'committed')::numeric, 0),
      'realised', coalesce((o.f -> 'totals' ->> 'realised')::numeric, 0),
      'committedWithRealisation', coalesce((o.f -> 'totals' ->> 'committed_realised')::numeric, 0),
      'rate', round(private.realised_share((o.f -> 'totals' ->> 'realised')::numeric,
        (o.f -> 'totals' ->> 'committed_realised')::numeric), 6),
      'previousCommitted', (o.f -> 'totals' ->> 'previous_committed')::numeric
    ),
    'years', coalesce((
      select jsonb_agg(y order by (y ->> 'year')::int) from jsonb_array_elements(o.f -> 'years') y
      where (y ->> 'year')::int <= budget_year
    ), '[]'::jsonb),
    'programmes', coalesce((select jsonb_agg(pr.body order by pr.n) from programme_rows pr), '[]'::jsonb),
    'partners', coalesce((
      select jsonb_agg(pa.body order by pa.committed desc, pa.name) from partners pa
    ), '[]'::jsonb),
    'gemeente', case when jsonb_typeof(o.f -> 'gemeente') = 'object' then jsonb_build_object(
      'organisationId', o.f -> 'gemeente' ->> 'organisation_id',
      'name', o.f -> 'gemeente' ->> 'name',
      'committed', coalesce((o.f -> 'gemeente' ->> 'committed')::numeric, 0),
      'realised', (o.f -> 'gemeente' ->> 'realised')::numeric,
      'previousCommitted', (o.f -> 'gemeente' ->> 'previous_committed')::numeric,
      'share', (o.f -> 'gemeente' ->> 'share')::numeric,
      'committedThrough', (o.f -> 'gemeente' ->> 'committed_through')::int
    ) end
  )
  from overview o
$$;

-- The quarter ends after each banenafspraak goal's baseline date, up to the peildatum.
create or replace function private.goal_quarter_ends(region uuid, peildatum date)
returns table (goal_id uuid, point_date date)
language sql
stable
security invoker
set search_path = ''
as $$
  select g.id, e.point_date
  from public.goals g
    cross join lateral generate_series(date_trunc('quarter', g.baseline_date::timestamp), peildatum::timestamp,
      interval '3 months') as q
    cross join lateral (select (q + interval '3 months' - interval '1 day')::date as point_date) as e
  where g.region_id = region and g.source = 'baanafspraken'
    and e.point_date > g.baseline_date and e.point_date <= peildatum
$$;

-- The actual values of every goal of the region known on `today`, one row per goal and date, under the caller's
-- row-level security: the values entered by hand, or for a linked goal
-- - banenafspraak: its baseline plus the growth of the partners' registered jobs (a stock, banenafspraak_registered)
--   of its sector since the baseline date, at each quarter end after the baseline up to the banenafspraak's
--   peildatum (never a quarter not every reporting partner closed);
-- - budget: its baseline plus the programme's realisation, cumulated per year at 31 December, up to today.
-- The rules of src/lib/domain/goals.ts linkedActuals(); the goal pages and the report both read it.
create or replace function public.goal_actual_points(region uuid, today date default null)
returns table (goal_id uuid, point_date date, value numeric)
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  as_of date := coalesce(today, private.local_day(now()));
  stand_date date;
  wanted date[];
begin
  if not private.is_region_member(region) then
    return;
  end if;
  return query
    select a.goal_id, a.period_date, a.value
    from public.goal_actuals a join public.goals g on g.id = a.goal_id
    where g.region_id = region and g.source = 'handmatig' and a.period_date <= as_of;

  return query
    select g.id, make_date(r.year, 12, 31),
      round(g.baseline_value + sum(r.realised) over (partition by g.id order by r.year), 2)
    from public.goals g
      cross join lateral public.programme_realisations(region, array[g.source_programme_id]) r
    where g.region_id = region and g.source = 'budget' and g.source_programme_id is not null
      and make_date(r.year, 12, 31) > g.baseline_date and make_date(r.year, 12, 31) <= as_of;

  if not exists (select 1 from public.goals g where g.region_id = region and g.source = 'baanafspraken') then
    return;
  end if;
  select p.peildatum into stand_date from public.banenafspraak_peildatum(region, as_of) p;
  if stand_date is null then
    return;
  end if;
  select array_agg(distinct d order by d) into wanted from (
    select g.baseline_date as d from public.goals g where g.region_id = region and g.source = 'baanafspraken'
    union select q.point_date from private.goal_quarter_ends(region, stand_date) q
  ) as t;
  return query
    with registered as (
      select r.peildatum, coalesce(r.markt, 0) as markt, coalesce(r.overheid, 0) as overheid,
        coalesce(r.totaal, 0) as totaal
      from public.banenafspraak_registered(region, wanted) r
    )
    select g.id, d.point_date,
      round(g.baseline_value
        + case g.source_sector when 'markt' then r.markt when 'overheid' then r.overheid else r.totaal end
        - case g.source_sector when 'markt' then s.markt when 'overheid' then s.overheid else s.totaal end, 2)
    from public.goals g
      join registered s on s.peildatum = g.baseline_date
      join private.goal_quarter_ends(region, stand_date) d on d.goal_id = g.id
      join registered r on r.peildatum = d.point_date
    where g.region_id = region and g.source = 'baanafspraken';
end
$$;
revoke execute on function public.goal_actual_points(uuid, date) from public, anon;
grant execute on function public.goal_actual_points(uuid, date) to authenticated, service_role;

-- What a goal's agreed trajectory expects on a date: its baseline, its milestones in date order and its target,
-- linear in between; the baseline before it starts and the target after the deadline (src/lib/domain/goals.ts
-- expectedOn()).
create or replace function private.goal_expected_on(goal uuid, on_date date)
returns numeric
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  point record;
  prev_date date;
  prev_value numeric;
begin
  for point in
    select t.d, t.v from (
      select g.baseline_date as d, g.baseline_value as v, 0 as k from public.goals g where g.id = goal
      union all
      select m.due_date, m.target_value, 1 from public.goal_milestones m where m.goal_id = goal
      union all
      select g.target_date, g.target_value, 2 from public.goals g where g.id = goal
    ) as t
    order by t.k, t.d
  loop
    if prev_date is null then
      if on_date <= point.d then
        return point.v;
      end if;
    elsif on_date <= point.d then
      return prev_value + case when point.d = prev_date then 1
        else (on_date - prev_date)::numeric / (point.d - prev_date) end * (point.v - prev_value);
    end if;
    prev_date := point.d;
    prev_value := point.v;
  end loop;
  return prev_value;
end
$$;

-- Doelen en toezichthouders: the goals of the region (for a gemeente, the goals it contributes to), in order of
-- their target date, each with its status, toezichthouder, contributors and its standing: the latest actual value
-- up to the reference date against the trajectory on that date, "voor" or "achter" beyond 5 % of the whole way
-- from baseline to target, otherwise "op-koers" (src/lib/domain/goals.ts standing()).
create or replace function private.report_section_doelen(region uuid, gemeente uuid, reference date, today date)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  with
  points as (select * from public.goal_actual_points(region, today) p where p.point_date <= reference),
  latest as (
    select distinct on (p.goal_id) p.goal_id, p.point_date, p.value from points p
    order by p.goal_id, p.point_date desc
  ),
  in_scope as (
    select g.* from public.goals g
    where g.region_id = region
      and (gemeente is null or exists (
        select 1 from public.goal_contributions c where c.goal_id = g.id and c.organisation_id = gemeente
      ))
  ),
  judged as (
    select g.*, l.point_date, l.value as actual, e.expected,
      case when g.target_value >= g.baseline_value then 1 else -1 end * (l.value - e.expected) as lead,
      abs(g.target_value - g.baseline_value) * 0.05 as tolerance
    from in_scope g
      left join latest l on l.goal_id = g.id
      left join lateral (select private.goal_expected_on(g.id, l.point_date) as expected) as e
        on l.goal_id is not null
  ),
  rows as (
    select j.target_date, j.title, j.status, jsonb_build_object(
      'id', j.id,
      'title', j.title,
      'indicator', j.indicator,
      'unit', j.unit,
      'status', j.status,
      'standing', case when j.actual is null then 'geen-gegevens' when j.lead > j.tolerance then 'voor'
        when j.lead < -j.tolerance then 'achter' else 'op-koers' end,
      'actual', round(j.actual, 2),
      'actualDate', j.point_date,
      'expected', round(j.expected, 2),
      'lead', round(j.lead, 2),
      'baselineValue', j.baseline_value,
      'targetValue', j.target_value,
      'targetDate', j.target_date,
      'toezichthouder', (select o.name from public.organisations o where o.id = j.toezichthouder_id),
      'contributors', coalesce((
        select jsonb_agg(o.name order by o.name) from public.goal_contributions c
          join public.organisations o on o.id = c.organisation_id
        where c.goal_id = j.id
      ), '[]'::jsonb),
      'gemeenteCommitment', (
        select jsonb_build_object('value', c.commitment_value, 'text', c.commitment_text)
        from public.goal_contributions c where c.goal_id = j.id and c.organisation_id = gemeente
      )
    ) as body
    from judged j
  )
  select jsonb_build_object(
    'referenceDate', reference,
    'gemeente', (select jsonb_build_object('id', o.id, 'name', o.name) from public.organisations o where o.id = gemeente),
    'goals', coalesce((select jsonb_agg(r.body order by r.target_date, r.title) from rows r), '[]'::jsonb),
    'counts', (
      select jsonb_object_agg(s, (select count(*) from rows r where r.status = s))
      from unnest(enum_range(null::public.goal_status)) as s
    )
  )
$$;

-- Whether the database builds a section (the one list of them; publish_report() refuses the others).
create or replace function private.report_section_built(section text)
returns boolean
language sql
stable
security invoker
set search_path = ''
as $$
  select case section
    when 'overleggen' then true
    when 'budgetten' then true
    when 'doelen' then true
    when 'baanafspraken' then to_regprocedure('public.banenafspraak_report(uuid, uuid, date)') is not null
      and to_regprocedure('public.banenafspraak_peildatum(uuid, date)') is not null
    else false
  end
$$;

-- The sections a report can be published with, in the order of the report: what the builder offers to publish.
create or replace function public.report_sections_in_database()
returns text[]
language sql
stable
security invoker
set search_path = ''
as $$
  select array_agg(s order by n)
  from unnest(array['baanafspraken', 'budgetten', 'doelen', 'netwerk', 'overleggen']) with ordinality as t (s, n)
  where private.report_section_built(s)
$$;
revoke execute on function public.report_sections_in_database() from public, anon;
grant execute on function public.report_sections_in_database() to authenticated;

-- The sections the database builds, in the order of the report (src/lib/domain/report/section.ts).
create or replace function private.report_section(
  section text, region uuid, gemeente uuid, period_from date, period_to date, today date
)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  if not private.report_section_built(section) then
    return null;
  end if;
  return case section
    when 'overleggen' then private.report_section_overleggen(region, gemeente, period_from, period_to,
      least(period_to, today))
    when 'baanafspraken' then private.report_section_baanafspraken(region, gemeente, period_to, today)
    when 'budgetten' then private.report_section_budgetten(region, gemeente, extract(year from period_to)::int)
    when 'doelen' then private.report_section_doelen(region, gemeente, period_to, today)
    else null
  end;
end
$$;

-- The whole snapshot (ReportSnapshot in src/lib/domain/report/registry.ts), built here.
create or replace function private.report_snapshot(
  region uuid, gemeente uuid, period_year int, period_quarter int, sections text[]
)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  period_from date := make_date(period_year, coalesce((period_quarter - 1) * 3 + 1, 1), 1);
  period_to date := (make_date(period_year, coalesce(period_quarter * 3, 12), 1) + interval '1 month' - interval '1 day')::date;
  today date := (now() at time zone 'Europe/Amsterdam')::date;
  built jsonb := '{}'::jsonb;
  section text;
  data jsonb;
  gemeente_name text;
begin
  foreach section in array sections loop
    data := private.report_section(section, region, gemeente, period_from, period_to, today);
    if data is null then
      raise exception using errcode = '22023', message = 'report_section_not_in_database', detail = section;
    end if;
    built := built || jsonb_build_object(section, data);
  end loop;
  select o.name into gemeente_name from public.organisations o where o.id = gemeente;
  return jsonb_build_object(
    'schemaVersion', 1,
    'builtBy', 'database',
    'region', (
      select jsonb_build_object('id', r.id, 'name', r.name, 'demoData', r.demo_data) from public.regions r
      where r.id = region
    ),
    'scope', case when gemeente is null then jsonb_build_object('kind', 'region')
      else jsonb_build_object('kind', 'gemeente', 'organisationId', gemeente, 'name', gemeente_name) end,
    'period', jsonb_build_object('year', period_year, 'quarter', period_quarter),
    'referenceDate', period_to,
    'collectedAt', to_jsonb(now()),
    'sections', built
  );
end
$$;

revoke execute on function private.report_section_overleggen(uuid, uuid, date, date, date),
  private.report_section_budgetten(uuid, uuid, int),
  private.realised_share(numeric, numeric),
  private.goal_quarter_ends(uuid, date),
  private.goal_expected_on(uuid, date),
  private.report_section_doelen(uuid, uuid, date, date),
  private.report_section_built(text),
  private.report_section_baanafspraken(uuid, uuid, date, date),
  private.report_section(text, uuid, uuid, date, date, date),
  private.report_snapshot(uuid, uuid, int, int, text[])
  from public, anon;
grant execute on function private.report_section_overleggen(uuid, uuid, date, date, date),
  private.report_section_budgetten(uuid, uuid, int),
  private.realised_share(numeric, numeric),
  private.goal_quarter_ends(uuid, date),
  private.goal_expected_on(uuid, date),
  private.report_section_doelen(uuid, uuid, date, date),
  private.report_section_built(text),
  private.report_section_baanafspraken(uuid, uuid, date, date),
  private.report_section(text, uuid, uuid, date, date, date),
  private.report_snapshot(uuid, uuid, int, int, text[])
  to authenticated;

-- The draft the builder shows: the same snapshot publish_report() would store now, of the requested sections
-- the database builds (the app adds the others, which cannot be published). Read-only, under the caller's
-- row-level security; for members of the region.
create or replace function public.report_draft_snapshot(
  region uuid, gemeente uuid, period_year int, period_quarter int, sections text[]
)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  if region is null or not private.is_region_member(region) then
    raise exception using errcode = '42501', message = 'report_draft_members_only';
  end if;
  perform private.check_report_choice(period_year, period_quarter, sections);
  return private.report_snapshot(region, gemeente, period_year, period_quarter,
    coalesce((select array_agg(s order by n) from unnest(sections) with ordinality as t (s, n)
      where private.report_section_built(s)), '{}'));
end
$$;
revoke execute on function public.report_draft_snapshot(uuid, uuid, int, int, text[]) from public, anon;
grant execute on function public.report_draft_snapshot(uuid, uuid, int, int, text[]) to authenticated;

-- The sections and the period of a report: known, distinct sections, a year that can be reported on.
create or replace function private.check_report_choice(period_year int, period_quarter int, sections text[])
returns void
language plpgsql
immutable
set search_path = ''
as $$
begin
  if sections is null or cardinality(sections) = 0
     or exists (select 1 from unnest(sections) s where s not in
       ('baanafspraken', 'budgetten', 'doelen', 'netwerk', 'overleggen'))
     or cardinality(sections) <> (select count(distinct s) from unnest(sections) s) then
    raise exception using errcode = '22023', message = 'report_sections_invalid';
  end if;
  if period_year is null or period_year not between 2013 and 2100
     or (period_quarter is not null and period_quarter not between 1 and 4) then
    raise exception using errcode = '22023', message = 'report_period_invalid';
  end if;
end
$$;
revoke execute on function private.check_report_choice(int, int, text[]) from public, anon;
grant execute on function private.check_report_choice(int, int, text[]) to authenticated;

-- ---------------------------------------------------------------------------------------------------
-- Publishing

-- Publishes the next version of a report (region or gemeente, year or quarter) with the figures as the database
-- holds them now. Only the region's coordinator (RLS on report_versions decides, as for any insert).
create or replace function public.publish_report(
  region uuid,
  gemeente uuid,
  period_year int,
  period_quarter int,
  title text,
  introduction text,
  conclusion text,
  sections text[]
)
returns table (id uuid, version int)
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  snapshot jsonb;
begin
  if region is null or not public.is_region_coordinator(region) then
    raise exception using errcode = '42501', message = 'report_publish_coordinator_only';
  end if;
  perform private.check_report_choice(period_year, period_quarter, sections);
  snapshot := private.report_snapshot(region, gemeente, period_year, period_quarter, sections);
  perform set_config('app.report_publishing', 'database', true);
  return query
    insert into public.report_versions as v (
      region_id, organisation_id, period_year, period_quarter, status, title, introduction, conclusion, sections,
      snapshot, reference_date
    ) values (
      region, gemeente, period_year, period_quarter, 'published', title, coalesce(introduction, ''),
      coalesce(conclusion, ''), sections, snapshot, (snapshot ->> 'referenceDate')::date
    )
    returning v.id, v.version;
  perform set_config('app.report_publishing', '', true);
end
$$;
revoke execute on function public.publish_report(uuid, uuid, int, int, text, text, text, text[]) from public, anon;
grant execute on function public.publish_report(uuid, uuid, int, int, text, text, text, text[]) to authenticated;

-- The guard of 20261206020000_error_codes.sql, plus: a published version is written by publish_report() only.
create or replace function public.guard_report_version()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  organisation_region uuid;
  organisation_type public.partner_type;
begin
  if tg_op = 'DELETE' then
    if old.status = 'published' then
      raise exception using errcode = '42501', message = 'report_published_delete';
    end if;
    return old;
  end if;
  if tg_op = 'UPDATE' then
    if old.status = 'published' then
      raise exception using errcode = '42501', message = 'report_published_immutable';
    end if;
    if new.id is distinct from old.id or new.created_at is distinct from old.created_at
       or new.created_by is distinct from old.created_by or new.region_id is distinct from old.region_id then
      raise exception using errcode = '42501', message = 'record_fixed';
    end if;
  end if;
  -- The snapshot of a published version comes from report_snapshot(), through publish_report(): the setting is
  -- transaction-local and PostgREST gives a client no way to set it. Without a JWT role (the seed, a migration)
  -- the database itself is writing.
  if new.status = 'published' and auth.role() is not null
     and coalesce(current_setting('app.report_publishing', true), '') <> 'database' then
    raise exception using errcode = '42501', message = 'report_publish_through_function';
  end if;
  if new.organisation_id is not null then
    select region_id, type into organisation_region, organisation_type
    from public.organisations where id = new.organisation_id;
    if organisation_region is distinct from new.region_id then
      raise exception using errcode = '23514', message = 'report_gemeente_outside_region';
    end if;
    if organisation_type not in ('gemeente', 'centrumgemeente') then
      raise exception using errcode = '23514', message = 'report_scope_not_gemeente';
    end if;
  end if;
  if tg_op = 'INSERT' and auth.role() = 'authenticated' then
    new.created_by := auth.uid();
    new.created_at := now();
  end if;
  if new.status = 'published' then
    new.published_at := now();
    new.published_by := auth.uid();
    new.publisher_name := (select display_name from public.profiles where id = auth.uid());
    -- One series per region, scope and period; serialised per series so two publications never share a number.
    perform pg_advisory_xact_lock(hashtext(new.region_id::text || coalesce(new.organisation_id::text, '')
      || new.period_year || coalesce(new.period_quarter, 0)));
    new.version := 1 + coalesce((
      select max(version) from public.report_versions
      where region_id = new.region_id
        and organisation_id is not distinct from new.organisation_id
        and period_year = new.period_year
        and period_quarter is not distinct from new.period_quarter
    ), 0);
  else
    new.version := null;
    new.published_at := null;
    new.published_by := null;
    new.publisher_name := null;
  end if;
  return new;
end
$$;
