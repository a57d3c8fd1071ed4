-- Every budget summary in the database (issue 14, item 8; domain brief §4).
--
-- The budget page, the overview tile, the meeting room, the report and the health check read every
-- commitment of the region and summed in Node; hosted Supabase returns at most 1,000 rows per request, so a
-- larger region would have been cut off without a word. budget_overview() answers all of them in one value
-- (one row, so no limit applies), under the caller's row-level security: a non-member gets an empty overview.
-- A function that builds a published snapshot calls it as budget_overview(region, year of the peildatum,
-- gemeente).
--
-- Stability (brief §4, "Stability"): over the window Y−2 … Y+1, per partner and programme, step t−1 → t with
-- c(t−1) > 0:
--   - a row for t: drop = 1 − c(t)/c(t−1) when positive ('change');
--   - no row, an agreement (not ended) covers t: the amount is not entered yet ('missing'), no drop;
--   - no row, t ≤ Y: the partner pulled out ('withdrawn', 100 %);
--   - no row, t = Y+1: 'not_yet' (nog niet toegezegd), no drop; 'withdrawn' when the agreement of t−1 was
--     ended (status beeindigd).
-- Partner verdict: the worst drop of its steps; programme verdict: the worst share of money lost in a step,
-- Σ max(0, c(t−1) − c(t)) / Σ c(t−1) over its partners, so another partner's increase never hides a pull-out.
-- stabiel ≤ 10 %, aandacht ≤ 25 %, zwak above (or withdrawn); compared at 0.1 % as shown (−38,3 %).
create or replace function public.budget_overview(region uuid, budget_year int, gemeente uuid default null)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  with
  settings as (
    select budget_year as y, budget_year - 2 as window_from, budget_year + 1 as window_to,
      0.10::numeric as attention, 0.25::numeric as weak
  ),
  programmes as (
    select p.id, p.name, p.description, p.active from public.programmes p where p.region_id = region
  ),
  partners as (
    select o.id, o.name, o.type, o.active from public.organisations o where o.region_id = region
  ),
  lines as (
    select c.programme_id, c.organisation_id, c.year, c.committed_amount, c.committed_staff_hours,
      c.realised_amount, c.realised_staff_hours
    from public.budget_commitments c where c.region_id = region
  ),
  agreements as (
    select a.programme_id, a.organisation_id, a.start_year, a.end_year, a.status
    from public.budget_agreements a where a.region_id = region
  ),

  -- Sums: committed, realised (null while nothing is realised), the committed amount of the realised lines (the
  -- fair base for a realisation rate), staff hours, partners.
  programme_years as (
    select l.programme_id, l.year,
      sum(l.committed_amount) as committed, sum(l.realised_amount) as realised,
      coalesce(sum(l.committed_amount) filter (where l.realised_amount is not null), 0) as committed_realised,
      coalesce(sum(l.committed_staff_hours), 0) as hours_committed,
      coalesce(sum(l.realised_staff_hours), 0) as hours_realised,
      count(distinct l.organisation_id) as partners
    from lines l group by l.programme_id, l.year
  ),
  region_years as (
    select l.year,
      sum(l.committed_amount) as committed, sum(l.realised_amount) as realised,
      coalesce(sum(l.committed_amount) filter (where l.realised_amount is not null), 0) as committed_realised,
      coalesce(sum(l.committed_staff_hours), 0) as hours_committed,
      coalesce(sum(l.realised_staff_hours), 0) as hours_realised,
      count(distinct l.organisation_id) as partners
    from lines l group by l.year
  ),
  partner_years as (
    select l.organisation_id, l.year,
      sum(l.committed_amount) as committed, sum(l.realised_amount) as realised,
      coalesce(sum(l.committed_amount) filter (where l.realised_amount is not null), 0) as committed_realised,
      coalesce(sum(l.committed_staff_hours), 0) as hours_committed,
      coalesce(sum(l.realised_staff_hours), 0) as hours_realised
    from lines l, settings s where l.year in (s.y, s.y - 1)
    group by l.organisation_id, l.year
  ),

  -- Stability in the window.
  amounts as (
    select l.programme_id, l.organisation_id, l.year, l.committed_amount as c
    from lines l, settings s where l.year between s.window_from and s.window_to
  ),
  steps as (
    select prev.programme_id, prev.organisation_id, t.year as to_year, prev.c as from_amount, cur.c as to_amount,
      case
        when cur.c is not null then 'change'
        when exists (
          select 1 from agreements a
          where a.programme_id = prev.programme_id and a.organisation_id = prev.organisation_id
            and t.year between a.start_year and a.end_year and a.status <> 'beeindigd'
        ) then 'missing'
        when t.year <= s.y then 'withdrawn'
        when exists (
          select 1 from agreements a
          where a.programme_id = prev.programme_id and a.organisation_id = prev.organisation_id
            and prev.year between a.start_year and a.end_year and a.status = 'beeindigd'
        ) then 'withdrawn'
        else 'not_yet'
      end as kind
    from settings s
    cross join lateral generate_series(s.window_from + 1, s.window_to) as t (year)
    join amounts prev on prev.year = t.year - 1 and prev.c > 0
    left join amounts cur on cur.programme_id = prev.programme_id and cur.organisation_id = prev.organisation_id
      and cur.year = t.year
  ),
  drops as (
    select st.programme_id, st.organisation_id, st.to_year, st.from_amount,
      case st.kind when 'change' then st.to_amount else 0 end as to_amount,
      st.kind = 'withdrawn' as withdrawn,
      case st.kind when 'change' then greatest(0, st.from_amount - st.to_amount) else st.from_amount end as lost,
      case st.kind when 'change' then round(greatest(0, 1 - st.to_amount / st.from_amount), 3) else 1 end as drop
    from steps st where st.kind in ('change', 'withdrawn')
  ),
  programme_steps as (
    select d.programme_id, d.to_year, sum(d.lost) as lost, sum(d.from_amount) as base,
      round(sum(d.lost) / sum(d.from_amount), 3) as loss
    from drops d group by d.programme_id, d.to_year
  ),
  open_steps as (
    select st.programme_id, st.to_year, st.kind, count(*) as partners
    from steps st where st.kind in ('missing', 'not_yet')
    group by st.programme_id, st.to_year, st.kind
  ),
  worst_partner_drop as (
    select distinct on (d.organisation_id) d.*
    from drops d
    order by d.organisation_id, d.drop desc, d.lost desc, d.to_year desc
  ),
  partner_worst as (
    select d.organisation_id, max(d.drop) as worst from drops d group by d.organisation_id
  ),
  programme_worst as (
    select ps.programme_id, max(ps.loss) as worst from programme_steps ps group by ps.programme_id
  ),
  in_window as (
    select distinct a.programme_id from amounts a
  ),

  -- How far ahead: per partner and programme, the agreements that run in Y or later.
  horizon as (
    select a.organisation_id, a.programme_id, a.start_year, a.end_year, a.status
    from agreements a, settings s where a.end_year >= s.y
  ),
  partner_horizon as (
    select h.organisation_id,
      max(h.end_year) filter (where h.status = 'toegezegd') as committed_through,
      max(h.end_year) filter (where h.status <> 'beeindigd') as provisional_through,
      jsonb_agg(jsonb_build_object(
        'programme_id', h.programme_id, 'start_year', h.start_year, 'end_year', h.end_year, 'status', h.status
      ) order by h.end_year desc, h.programme_id) as agreements
    from horizon h group by h.organisation_id
  ),

  programme_json as (
    select p.id, jsonb_build_object(
      'programme_id', p.id, 'name', p.name, 'description', p.description, 'active', p.active,
      'verdict', case
        when pw.worst is null then 'geen_gegevens'
        when pw.worst > s.weak then 'zwak' when pw.worst > s.attention then 'aandacht' else 'stabiel' end,
      'worst_loss', pw.worst,
      'years', coalesce((
        select jsonb_agg(jsonb_build_object(
          'year', py.year, 'committed', py.committed, 'realised', py.realised,
          'committed_realised', py.committed_realised, 'hours_committed', py.hours_committed,
          'hours_realised', py.hours_realised, 'partners', py.partners
        ) order by py.year)
        from programme_years py where py.programme_id = p.id
      ), '[]'::jsonb),
      'steps', coalesce((
        select jsonb_agg(jsonb_build_object(
          'from_year', ps.to_year - 1, 'to_year', ps.to_year, 'lost', ps.lost, 'base', ps.base, 'loss', ps.loss
        ) order by ps.to_year)
        from programme_steps ps where ps.programme_id = p.id
      ), '[]'::jsonb),
      'drops', coalesce((
        select jsonb_agg(jsonb_build_object(
          'organisation_id', d.organisation_id, 'name', o.name, 'from_year', d.to_year - 1, 'to_year', d.to_year,
          'from_amount', d.from_amount, 'to_amount', d.to_amount, 'drop', d.drop, 'withdrawn', d.withdrawn
        ) order by d.lost desc, o.name, d.to_year)
        from drops d join partners o on o.id = d.organisation_id
        where d.programme_id = p.id and d.drop > 0
      ), '[]'::jsonb),
      'open', coalesce((
        select jsonb_agg(jsonb_build_object('year', os.to_year, 'kind', os.kind, 'partners', os.partners)
          order by os.to_year, os.kind)
        from open_steps os where os.programme_id = p.id
      ), '[]'::jsonb),
      'committed_through', (
        select max(a.end_year) from agreements a where a.programme_id = p.id and a.status = 'toegezegd'
      )
    ) as body
    from programmes p
    cross join settings s
    left join programme_worst pw on pw.programme_id = p.id
  ),

  partner_json as (
    select o.id, o.name, cur.committed, jsonb_build_object(
      'organisation_id', o.id, 'name', o.name, 'type', o.type, 'active', o.active,
      'committed', cur.committed, 'realised', cur.realised, 'committed_realised', cur.committed_realised,
      'hours_committed', cur.hours_committed, 'hours_realised', cur.hours_realised,
      'previous_committed', prev.committed,
      'committed_through', ph.committed_through, 'provisional_through', ph.provisional_through,
      'agreements', coalesce(ph.agreements, '[]'::jsonb),
      'verdict', case
        when pw.worst is null then 'geen_gegevens'
        when pw.worst > s.weak then 'zwak' when pw.worst > s.attention then 'aandacht' else 'stabiel' end,
      'worst_drop', case when wd.drop > 0 then jsonb_build_object(
        'programme_id', wd.programme_id, 'from_year', wd.to_year - 1, 'to_year', wd.to_year,
        'from_amount', wd.from_amount, 'to_amount', wd.to_amount, 'drop', wd.drop, 'withdrawn', wd.withdrawn
      ) end
    ) as body
    from partners o
    cross join settings s
    left join partner_years cur on cur.organisation_id = o.id and cur.year = s.y
    left join partner_years prev on prev.organisation_id = o.id and prev.year = s.y - 1
    left join partner_horizon ph on ph.organisation_id = o.id
    left join partner_worst pw on pw.organisation_id = o.id
    left join worst_partner_drop wd on wd.organisation_id = o.id
    -- Every active partner (also without a commitment: "nog geen bijdrage"); an inactive one only with figures.
    where o.active or cur.organisation_id is not null or ph.organisation_id is not null
  )

  select jsonb_build_object(
    'region_id', region,
    'year', s.y,
    'window', jsonb_build_object('from', s.window_from, 'to', s.window_to),
    'thresholds', jsonb_build_object('attention', s.attention, 'weak', s.weak),
    'totals', jsonb_build_object(
      'committed', coalesce(ry.committed, 0), 'realised', ry.realised,
      'committed_realised', coalesce(ry.committed_realised, 0),
      'hours_committed', coalesce(ry.hours_committed, 0), 'hours_realised', coalesce(ry.hours_realised, 0),
      'partners', coalesce(ry.partners, 0),
      'previous_committed', rp.committed
    ),
    'years', coalesce((
      select jsonb_agg(jsonb_build_object('year', r.year, 'committed', r.committed, 'realised', r.realised)
        order by r.year)
      from region_years r
    ), '[]'::jsonb),
    'programmes', coalesce((
      select jsonb_agg(pj.body order by (pj.body ->> 'active')::boolean desc, pj.body ->> 'name') from programme_json pj
    ), '[]'::jsonb),
    'partners', coalesce((
      select jsonb_agg(pa.body order by pa.committed desc nulls last, pa.name) from partner_json pa
    ), '[]'::jsonb),
    'health', jsonb_build_object(
      'programmes_assessed', (select count(*) from in_window),
      'programmes_without_weak', (
        select count(*) from in_window w left join programme_worst pw on pw.programme_id = w.programme_id
        where pw.worst is null or pw.worst <= s.weak
      ),
      'programmes_stable', (
        select count(*) from in_window w left join programme_worst pw on pw.programme_id = w.programme_id
        where pw.worst is not null and pw.worst <= s.attention
      )
    ),
    'gemeente', (
      select pa.body || jsonb_build_object(
        'share', case when coalesce(ry.committed, 0) > 0
          then round(coalesce((pa.body ->> 'committed')::numeric, 0) / ry.committed, 4) else 0 end
      )
      from partner_json pa where pa.id = gemeente
    )
  )
  from settings s
  left join region_years ry on ry.year = s.y
  left join region_years rp on rp.year = s.y - 1
$$;
revoke execute on function public.budget_overview(uuid, int, uuid) from public, anon;
grant execute on function public.budget_overview(uuid, int, uuid) to authenticated, service_role;

-- What a goal fed by budget programmes reads: each programme's realisation per year (one row per programme and
-- year, so at most 88 per programme), under the caller's row-level security.
create or replace function public.programme_realisations(region uuid, programmes uuid[])
returns table (programme_id uuid, year int, realised numeric)
language sql
stable
security invoker
set search_path = ''
as $$
  select c.programme_id, c.year, sum(c.realised_amount)
  from public.budget_commitments c
  where c.region_id = region and c.programme_id = any (programmes) and c.realised_amount is not null
  group by c.programme_id, c.year
  order by c.programme_id, c.year
$$;
revoke execute on function public.programme_realisations(uuid, uuid[]) from public, anon;
grant execute on function public.programme_realisations(uuid, uuid[]) to authenticated, service_role;
