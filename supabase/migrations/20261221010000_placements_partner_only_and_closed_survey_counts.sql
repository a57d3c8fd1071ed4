-- Two privacy fixes (attack findings phase 5, E.13 and E.5).
--
-- 1. Person-level plaatsingen are the registering partner's and the coordinators' (AVG).
--    A placement row names a person (kandidaatnummer, the same at every partner), their benefit (klantgroep
--    uwv: Wajong/WIA/WW), their doelgroepregister status (a work limitation: health data, AVG art. 9), employer
--    and dates. Until now every member of the region read every row, also a viewer at an employers'
--    organisation or a union. From here on a row is read by
--      * the partner that registered it: its own people, through a membership the partner granted itself
--        (granted_via <> 'region', as for every other act or read on a partner's behalf), any role;
--      * the region's coordinators (coordinator or admin of the lead organisation), who check and correct the
--        regional registration.
--    The same holds for the rows' audit trail (its old/new values are the rows): visible_to 'partner'.
--    Every summary that adds plaatsingen up (banenafspraak_stand/series/registered/partners/gemeenten, and
--    through them banenafspraak_report, goal_actual_points and the report snapshot) now runs as definer behind
--    an explicit membership check, so every member still gets the same region-wide numbers, and a non-member
--    the same empty answer as before. The duplicate check (private.guard_placement) already runs as definer.
--
-- 2. An open survey round tells no counts. survey_round_summary and survey_round_equal_treatment answered how
--    many partners had answered and how many ratings there were, live: polling around a partner's known moment
--    of answering showed how many partners it rated. While a round is open they now answer null counts; after
--    closing the counts are there as before. A partner still sees its own answers (RLS on survey_responses).

-- ---------------------------------------------------------------------------------------------------
-- 1a. Whose rows: the partners the caller acts for

-- The partners whose own people the caller is: memberships the partner granted itself (or the operator set up),
-- any role. A region grant (a viewer under the partner's mandate) reads the region, never the partner's rows.
-- plpgsql for the same reason as member_region_ids (20261216010000): policies call it once per query.
create or replace function private.own_organisation_ids() returns setof uuid
language plpgsql stable security definer
set search_path = ''
as $$
begin
  return query
    select m.organisation_id from public.memberships m
    where m.user_id = (select auth.uid()) and m.granted_via <> 'region';
end
$$;
revoke all on function private.own_organisation_ids() from public, anon;
grant execute on function private.own_organisation_ids() to authenticated, service_role;

alter policy "placements: members read their region's placements" on public.placements
  using (
    region_id in (select private.coordinated_region_ids())
    or organisation_id in (select private.own_organisation_ids())
  );
alter policy "placements: members read their region's placements" on public.placements
  rename to "placements: the partner's own people and the coordinators read";

-- ---------------------------------------------------------------------------------------------------
-- 1b. The placements' audit trail: the same readers as the rows

alter table public.audit_log drop constraint audit_log_visible_to_check;
alter table public.audit_log add constraint audit_log_visible_to_check
  check (visible_to in ('region', 'coordinators', 'partner'));
comment on column public.audit_log.visible_to is
  'region: every member of the region reads the row; coordinators: only the region''s coordinators (drafts); '
  'partner: the partner''s own people (organisation_id) and the region''s coordinators (plaatsingen).';

-- From 20261205030000_draft_audit.sql, plus placements.
create or replace function private.classify_audit_row() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.table_name = 'report_versions' then
    if coalesce(new.new_values ->> 'status', new.old_values ->> 'status') = 'draft' then
      new.visible_to := 'coordinators';
    elsif new.old_values ->> 'status' = 'draft' then
      -- Publishing: the published version is for everyone, the draft it was is not.
      new.old_values := private.draft_outline(new.old_values);
      new.visible_to := 'region';
    end if;
  elsif new.table_name = 'placements' then
    -- Person-level: for the partner that registered the plaatsing and the coordinators.
    new.visible_to := 'partner';
  end if;
  return new;
end
$$;

alter policy "audit_log: members read their region's audit trail" on public.audit_log
  using (
    region_id in (select private.member_region_ids())
    and (
      visible_to = 'region'
      or region_id in (select private.coordinated_region_ids())
      or (visible_to = 'partner' and organisation_id in (select private.own_organisation_ids()))
    )
  );

-- The rows written before this migration get the same treatment (as 20261205030000 did for drafts): the audit
-- log is append-only for everyone; this one-off correction is itself the migration's record.
alter table public.audit_log disable trigger audit_log_is_append_only;
update public.audit_log set visible_to = 'partner' where table_name = 'placements';
alter table public.audit_log enable trigger audit_log_is_append_only;

-- ---------------------------------------------------------------------------------------------------
-- 1c. The summaries: region-wide numbers for every member, behind an explicit membership check
-- (bodies from 20261207030000_banenafspraak_summaries.sql; stand and series already checked membership first).

create or replace function public.banenafspraak_stand(region uuid, peildatum date)
returns table (
  sector text,
  official numeric,
  target numeric,
  difference numeric,
  year_end_target numeric,
  previous_year_end date,
  carried_over numeric,
  registered numeric,
  registered_placements int,
  official_source text,
  latest_official date,
  gap_from int,
  gap_to int
)
language plpgsql
stable
security definer
set search_path = ''
as $$
declare
  previous date;
begin
  perform private.require_quarter_end(peildatum);
  if not private.is_region_member(region) then
    return;
  end if;
  previous := make_date(extract(year from peildatum)::int - 1, 12, 31);
  return query
  select t.sector, o.jobs, t.target, o.jobs - t.target, t.year_end_target, previous,
    po.jobs - pt.target, r.jobs, r.placements, o.source,
    (select max(s.peildatum) from public.official_standings s where s.region_id = region and s.peildatum <= banenafspraak_stand.peildatum),
    t.gap_from, t.gap_to
  from private.trajectory(region, peildatum) t
  join private.registered_stock(region, peildatum) r on r.sector = t.sector
  left join private.official_stock(region, peildatum) o on o.sector = t.sector
  left join private.trajectory(region, previous) pt on pt.sector = t.sector
  left join private.official_stock(region, previous) po on po.sector = t.sector
  order by array_position(array['markt', 'overheid', 'totaal'], t.sector);
end
$$;

create or replace function public.banenafspraak_series(region uuid, from_date date, to_date date, actuals_upto date)
returns table (peildatum date, sector text, official numeric, target numeric, registered numeric)
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  perform private.require_quarter_end(from_date);
  perform private.require_quarter_end(to_date);
  if to_date < from_date or to_date > (from_date + interval '10 years')::date then
    raise exception using errcode = '22023', message = 'peildatum_range';
  end if;
  if not private.is_region_member(region) then
    return;
  end if;
  return query
  select q.d, t.sector, o.jobs, t.target, case when q.d <= actuals_upto then r.jobs end
  from (
    select private.quarter_end(g::date) as d
    from generate_series(from_date, to_date, interval '3 months') as g
  ) as q
  cross join lateral private.trajectory(region, q.d) t
  join lateral private.registered_stock(region, q.d) r on r.sector = t.sector
  left join lateral private.official_stock(region, q.d) o on o.sector = t.sector
  order by q.d, array_position(array['markt', 'overheid', 'totaal'], t.sector);
end
$$;

create or replace function public.banenafspraak_registered(region uuid, peildata date[])
returns table (peildatum date, markt numeric, overheid numeric, totaal numeric)
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  if not private.is_region_member(region) then
    return;
  end if;
  return query
  select d,
    sum(r.jobs) filter (where r.sector = 'markt'),
    sum(r.jobs) filter (where r.sector = 'overheid'),
    sum(r.jobs) filter (where r.sector = 'totaal')
  from unnest(peildata[1:200]) as d
  cross join lateral private.registered_stock(region, d) r
  group by d
  order by d;
end
$$;

create or replace function public.banenafspraak_partners(region uuid, peildatum date)
returns table (
  organisation_id uuid,
  credited_jobs numeric,
  credited_markt numeric,
  credited_overheid numeric,
  credited_unknown_sector numeric,
  credited_placements int,
  registered_jobs numeric,
  registered_placements int,
  share numeric
)
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  if not private.is_region_member(region) then
    return;
  end if;
  perform private.require_quarter_end(peildatum);
  return query
  with active as (
    select p.organisation_id, p.credited_organisation_id, p.sector, p.hours_per_week / 25.5 as jobs
    from public.placements p
    where p.region_id = region and p.in_doelgroepregister and p.start_date <= peildatum
      and (p.end_date is null or p.end_date >= peildatum)
  ),
  total as (select sum(jobs) as jobs from active),
  credited as (
    select a.credited_organisation_id as id, sum(a.jobs) as jobs,
      coalesce(sum(a.jobs) filter (where a.sector = 'markt'), 0) as markt,
      coalesce(sum(a.jobs) filter (where a.sector = 'overheid'), 0) as overheid,
      coalesce(sum(a.jobs) filter (where a.sector is null), 0) as unknown_sector,
      count(*)::int as n
    from active a group by a.credited_organisation_id
  ),
  registered as (
    select a.organisation_id as id, sum(a.jobs) as jobs, count(*)::int as n
    from active a group by a.organisation_id
  ),
  ids as (select id from credited union select id from registered)
  select ids.id, coalesce(c.jobs, 0), coalesce(c.markt, 0), coalesce(c.overheid, 0),
    coalesce(c.unknown_sector, 0), coalesce(c.n, 0), coalesce(r.jobs, 0), coalesce(r.n, 0),
    case when total.jobs > 0 then coalesce(c.jobs, 0) / total.jobs else 0 end
  from ids
  cross join total
  left join credited c on c.id is not distinct from ids.id
  left join registered r on r.id is not distinct from ids.id
  order by coalesce(c.jobs, 0) desc, ids.id;
end
$$;

create or replace function public.banenafspraak_gemeenten(region uuid, peildatum date, gemeente uuid default null)
returns table (
  organisation_id uuid,
  name text,
  code text,
  placements int,
  jobs numeric,
  jobs_share numeric,
  context_value numeric,
  context_share numeric,
  ratio numeric,
  context_label text,
  context_period_end date,
  context_source text,
  context_source_ref text,
  context_status text
)
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  if not private.is_region_member(region) then
    return;
  end if;
  perform private.require_quarter_end(peildatum);
  return query
  with gemeenten as (
    select o.id, o.name, o.cbs_code as code from public.organisations o
    where o.region_id = region and o.type in ('gemeente', 'centrumgemeente')
  ),
  active as (
    select p.woongemeente as code, sum(p.hours_per_week) / 25.5 as jobs, count(*)::int as n
    from public.placements p
    where p.region_id = region and p.in_doelgroepregister and p.klantgroep = 'gemeente'
      and p.start_date <= peildatum and (p.end_date is null or p.end_date >= peildatum)
      and p.woongemeente in (select g.code from gemeenten g)
    group by p.woongemeente
  ),
  period as (
    select c.period_label, c.period_end, c.source
    from public.context_figures c
    where c.region_id = region and c.indicator = 'bijstand_personen' and c.period_end <= peildatum
    order by c.period_end desc, c.created_at desc
    limit 1
  ),
  context as (
    select c.gemeente as code, c.value, c.period_label, c.period_end, c.source, c.source_ref, c.status
    from public.context_figures c join period p using (period_label, source)
    where c.region_id = region and c.indicator = 'bijstand_personen'
      and c.gemeente in (select g.code from gemeenten g)
  ),
  totals as (
    select (select sum(a.jobs) from active a) as jobs, (select sum(c.value) from context c) as context
  ),
  result_rows as (
    select g.id, g.name, g.code, coalesce(a.n, 0) as n, coalesce(a.jobs, 0) as jobs,
      case when t.jobs > 0 then coalesce(a.jobs, 0) / t.jobs end as jobs_share,
      c.value, case when t.context > 0 then c.value / t.context end as context_share,
      coalesce(c.period_label, p.period_label) as period_label, coalesce(c.period_end, p.period_end) as period_end,
      coalesce(c.source, p.source) as source, c.source_ref, c.status
    from gemeenten g
    cross join totals t
    left join period p on true
    left join active a on a.code = g.code
    left join context c on c.code = g.code
  )
  select r.id, r.name, r.code, r.n, r.jobs, r.jobs_share, r.value, r.context_share,
    case when r.n >= 10 and r.context_share > 0 then r.jobs_share / r.context_share end,
    r.period_label, r.period_end, r.source, r.source_ref, r.status
  from result_rows r
  where (gemeente is null or r.id = gemeente)
  order by r.name;
end
$$;

-- The earliest start date of a plaatsing in the region (the report page offers the years from then on): no
-- person-level data, for every member; null for anyone else.
create or replace function public.banenafspraak_first_start(region uuid)
returns date
language plpgsql
stable
security definer
set search_path = ''
as $$
begin
  if not private.is_region_member(region) then
    return null;
  end if;
  return (select min(p.start_date) from public.placements p where p.region_id = region);
end
$$;
revoke execute on function public.banenafspraak_first_start(uuid) from public, anon;
grant execute on function public.banenafspraak_first_start(uuid) to authenticated, service_role;

-- ---------------------------------------------------------------------------------------------------
-- 2. No counts of an open survey round (bodies from 20261208030000_network_health.sql)

-- The round as a whole, once it is closed: how many partners answered, how many answers count (those about
-- partners past the minimum, so the summary minus the shown partners leaves nothing) and the network's means
-- over them. While the round is open only its minimum: the counts would change with each submission.
create or replace function public.survey_round_summary(round uuid)
returns table (respondents int, answers int, min_respondents int, trust numeric, value numeric)
language sql stable security definer
set search_path = ''
as $$
  with the_round as (
    select r.id, r.status, r.min_respondents from public.survey_rounds r
    where r.id = round and private.is_region_member(r.region_id)
  ),
  shown as (
    select s.rated_organisation_id from public.survey_responses s join the_round on s.round_id = the_round.id
    where the_round.status = 'closed'
    group by s.rated_organisation_id
    having count(distinct s.respondent_organisation_id) >= min(the_round.min_respondents)
  ),
  counted as (
    select s.* from public.survey_responses s join the_round on s.round_id = the_round.id
    where the_round.status = 'closed' and s.rated_organisation_id in (select rated_organisation_id from shown)
  )
  select
    case when t.status = 'closed' then
      (select count(distinct s.respondent_organisation_id)::int
       from public.survey_responses s join the_round on s.round_id = the_round.id) end,
    case when t.status = 'closed' then (select count(*)::int from counted) end,
    t.min_respondents,
    case when t.status = 'closed' then
      (select round(avg((c.trust_reliability + c.trust_openness + c.trust_mission) / 3.0), 2) from counted c) end,
    case when t.status = 'closed' then
      (select round(avg((c.value_power + c.value_involvement + c.value_resources) / 3.0), 2) from counted c) end
  from the_round t
$$;

-- How the partners judge the trekker's equal treatment in a closed round: how many answered and, from the
-- round's minimum on, the mean (1-4). While the round is open neither. The only way these answers leave the
-- database.
create or replace function public.survey_round_equal_treatment(round uuid)
returns table (respondents int, min_respondents int, mean numeric)
language sql stable security definer
set search_path = ''
as $$
  select case when r.status = 'closed' then count(t.id)::int end, r.min_respondents,
    case when r.status = 'closed' and count(t.id) >= r.min_respondents then round(avg(t.equal_treatment), 2) end
  from public.survey_rounds r
  left join public.survey_trekker_ratings t on t.round_id = r.id
  where r.id = round and private.is_region_member(r.region_id)
  group by r.id, r.min_respondents, r.status
$$;
