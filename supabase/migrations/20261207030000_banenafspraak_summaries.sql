-- Every banenafspraak summary is computed here, in the database, under the caller's row-level security
-- (security invoker), so no page fetches the plaatsingen to add them up: hosted Supabase returns at most 1,000
-- rows per request, and a region has more plaatsingen than that. Each function answers nothing to someone who is
-- not a member of the region.
--
-- The rules (domain brief §1.2–1.3; the same rules in src/lib/domain/banenafspraak.ts, and a test checks the two
-- agree on the brief's worked examples):
--   counted jobs of a plaatsing   hours per week / 25.5 (no cap at 1);
--   the partners' registration    the STOCK on peildatum D: plaatsingen in the doelgroepregister with
--                                 start_date <= D and (no end_date or end_date >= D);
--   the official stand            UWV's figure for D: regulier markt, regulier overheid and inleenverband;
--   per sector                    markt = regulier markt + key × inleenverband, overheid = regulier overheid +
--                                 (1 − key) × inleenverband (key: regions.inleen_key_markt); the total is exact;
--                                 registrations without a sector (uitzend, detachering) are split the same way;
--   the opgave at D               linear per quarter between the year-end opgaven, from the nulmeting (0 at
--                                 31-12-2012): opgave(Y−1) + (opgave(Y) − opgave(Y−1)) × q/4; over a missing
--                                 year from the nearest known ones (gap_from, gap_to say so);
--   difference                    official − opgave; carried over = the difference at 31-12 of the previous year
--                                 (both count from the same nulmeting, so nothing resets on 1 January);
--   peildatum                     the last quarter end on or before today that every active reporting partner
--                                 has closed (placement_reports), never a quarter that has not ended.
-- Values are exact; the app rounds them once, for display (one decimal, half away from zero).

create or replace function private.quarter_end(d date)
returns date
language sql
immutable
set search_path = ''
as $$
  select (date_trunc('quarter', d::timestamp) + interval '3 months' - interval '1 day')::date
$$;

-- True for the last day of a quarter; anything else is refused (a peildatum is always a quarter end).
create or replace function private.require_quarter_end(d date)
returns boolean
language plpgsql
immutable
set search_path = ''
as $$
begin
  if d is null or d <> private.quarter_end(d) then
    raise exception using errcode = '22023', message = 'peildatum_not_quarter_end', detail = d::text;
  end if;
  return true;
end
$$;

-- The partners' registration on one date, per sector (markt, overheid, totaal).
create or replace function private.registered_stock(region uuid, d date)
returns table (sector text, jobs numeric, placements int)
language sql
stable
set search_path = ''
as $$
  with active as (
    select p.sector::text as sector, sum(p.hours_per_week) / 25.5 as jobs, count(*)::int as n
    from public.placements p
    where p.region_id = region and p.in_doelgroepregister and p.start_date <= d
      and (p.end_date is null or p.end_date >= d)
    group by p.sector
  )
  select s.sector,
    coalesce(sum(case
      when s.sector = 'totaal' or a.sector = s.sector then a.jobs
      when a.sector is null then a.jobs * case s.sector when 'markt' then r.inleen_key_markt
                                                         else 1 - r.inleen_key_markt end
      else 0 end), 0),
    coalesce(sum(case when s.sector = 'totaal' or a.sector = s.sector then a.n else 0 end), 0)::int
  from (values ('markt'), ('overheid'), ('totaal')) as s (sector)
  join public.regions r on r.id = region
  left join active a on true
  group by s.sector
$$;

-- UWV's stand on one date, per sector; no rows when UWV has none for that date.
create or replace function private.official_stock(region uuid, d date)
returns table (sector text, jobs numeric, source text)
language sql
stable
set search_path = ''
as $$
  select s.sector,
    case s.sector
      when 'markt' then o.regulier_markt + r.inleen_key_markt * o.inleenverband
      when 'overheid' then o.regulier_overheid + (1 - r.inleen_key_markt) * o.inleenverband
      else o.regulier_markt + o.regulier_overheid + o.inleenverband
    end,
    o.source
  from public.official_standings o
  join public.regions r on r.id = o.region_id
  cross join (values ('markt'), ('overheid'), ('totaal')) as s (sector)
  where o.region_id = region and o.peildatum = d
$$;

-- The opgave on a quarter end, per sector: null where no opgave lies on or after that year.
create or replace function private.trajectory(region uuid, d date)
returns table (sector text, target numeric, year_end_target numeric, gap_from int, gap_to int)
language sql
stable
set search_path = ''
as $$
  with y as (
    select extract(year from d)::int as year, extract(quarter from d)::int as q
  ),
  points as (
    select t.sector::text as sector, t.year, t.target_jobs as value
    from public.regional_targets t where t.region_id = region
    union all
    select v.sector, 2012, 0 from (values ('markt'), ('overheid')) as v (sector)
  ),
  per_sector as (
    select s.sector,
      (select p.year from points p where p.sector = s.sector and p.year <= y.year - 1 order by p.year desc limit 1) as prev_year,
      (select p.year from points p where p.sector = s.sector and p.year >= y.year order by p.year limit 1) as next_year,
      (select p.value from points p where p.sector = s.sector and p.year = y.year) as this_year
    from (values ('markt'), ('overheid')) as s (sector), y
  ),
  sectors as (
    select ps.sector,
      case when ps.next_year is null then null else
        prev.value + (nxt.value - prev.value) * ((y.year - 1 - ps.prev_year) * 4 + y.q)::numeric
          / ((ps.next_year - ps.prev_year) * 4)
      end as target,
      ps.this_year as year_end_target,
      case when ps.next_year - ps.prev_year > 1 then ps.prev_year end as gap_from,
      case when ps.next_year - ps.prev_year > 1 then ps.next_year end as gap_to
    from per_sector ps
    cross join y
    join points prev on prev.sector = ps.sector and prev.year = ps.prev_year
    left join points nxt on nxt.sector = ps.sector and nxt.year = ps.next_year
  )
  select s.sector, s.target, s.year_end_target, s.gap_from, s.gap_to from sectors s
  union all
  select 'totaal',
    case when count(s.target) = 2 then sum(s.target) end,
    case when count(s.year_end_target) = 2 then sum(s.year_end_target) end,
    min(s.gap_from), max(s.gap_to)
  from sectors s
$$;

-- ---------------------------------------------------------------------------------------------------
-- The API (public, security invoker).

-- The peildatum on a day: the last quarter end that has passed and that every active reporting partner closed.
-- missing: the reporting partners that have not closed the last ended quarter yet (alphabetically), each with the
-- last quarter end they did close (null: none).
create or replace function public.banenafspraak_peildatum(region uuid, as_of date default current_date)
returns table (peildatum date, last_ended date, reporting_partners int, missing jsonb)
language sql
stable
set search_path = ''
as $$
  with last as (
    select (date_trunc('quarter', as_of::timestamp) - interval '1 day')::date as last_ended
  ),
  partners as (
    select o.id, o.name,
      (select max(private.quarter_end(make_date(r.year, r.quarter * 3, 1)))
       from public.placement_reports r
       where r.organisation_id = o.id
         and private.quarter_end(make_date(r.year, r.quarter * 3, 1)) <= (select last_ended from last)) as latest
    from public.organisations o
    where o.region_id = region and o.active and private.reports_placements(o.type, o.reports_placements)
  )
  select
    case when exists (select 1 from partners p where p.latest is null) then null
         else least((select last_ended from last), (select min(p.latest) from partners p)) end,
    (select last_ended from last),
    (select count(*)::int from partners),
    coalesce((
      select jsonb_agg(jsonb_build_object('id', p.id, 'name', p.name, 'latest', p.latest) order by p.name)
      from partners p, last where p.latest is null or p.latest < last.last_ended
    ), '[]'::jsonb)
  where private.is_region_member(region)
$$;

-- The standing on a peildatum, per sector (markt, overheid, totaal).
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

-- Quarter by quarter from from_date to to_date (quarter ends, at most 10 years): the official stand, the opgave
-- and the registration per sector. Stands after actuals_upto (the peildatum) are left out: not every partner has
-- reported them.
create or replace function public.banenafspraak_series(region uuid, from_date date, to_date date, actuals_upto date)
returns table (peildatum date, sector text, official numeric, target numeric, registered numeric)
language plpgsql
stable
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

-- The partners' registration on any dates (a goal's baseline date need not be a quarter end), per sector.
create or replace function public.banenafspraak_registered(region uuid, peildata date[])
returns table (peildatum date, markt numeric, overheid numeric, totaal numeric)
language sql
stable
set search_path = ''
as $$
  select d,
    sum(r.jobs) filter (where r.sector = 'markt'),
    sum(r.jobs) filter (where r.sector = 'overheid'),
    sum(r.jobs) filter (where r.sector = 'totaal')
  from unnest(peildata[1:200]) as d
  cross join lateral private.registered_stock(region, d) r
  where private.is_region_member(region)
  group by d
  order by d
$$;

-- Per partner on a peildatum: what is credited to it (toegerekend: the woongemeente, or UWV), and what it
-- registered itself (whoever gets the credit). organisation_id null: credited to nobody (woont buiten de regio,
-- or a converted row without woongemeente). share: of the region's registered jobs.
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
language sql
stable
set search_path = ''
as $$
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
  where private.is_region_member(region) and private.require_quarter_end(peildatum)
  order by coalesce(c.jobs, 0) desc, ids.id
$$;

-- A gemeente's share in context, for every gemeente of the region (alphabetically, never ranked) or for one
-- (gemeente: its partner id): its share of the counted jobs of plaatsingen of gemeente-klanten living there,
-- next to its share of the region's bijstand (the latest context figure on or before the peildatum, one period
-- and source for the whole region), and the ratio of the two. No ratio below 10 plaatsingen.
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
language sql
stable
set search_path = ''
as $$
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
  where private.is_region_member(region) and private.require_quarter_end(peildatum)
    and (gemeente is null or r.id = gemeente)
  order by r.name
$$;

-- The banenafspraak section of a report (raadsinformatiebrief) on a peildatum, for the region or one gemeente
-- (its partner id): everything the section shows, as one JSON value, so the function that will build a whole
-- published snapshot in SQL can call it. Exact values; the renderer rounds.
create or replace function public.banenafspraak_report(region uuid, gemeente uuid, peildatum date)
returns jsonb
language plpgsql
stable
set search_path = ''
as $$
declare
  year_start date;
begin
  perform private.require_quarter_end(peildatum);
  if not private.is_region_member(region) then
    return null;
  end if;
  year_start := make_date(extract(year from peildatum)::int - 1, 12, 31);
  return jsonb_build_object(
    'model', 'stand',
    'peildatum', peildatum,
    'inleenKeyMarkt', (select r.inleen_key_markt from public.regions r where r.id = region),
    'standing', (
      select coalesce(jsonb_agg(jsonb_build_object(
        'sector', s.sector, 'official', s.official, 'target', s.target, 'difference', s.difference,
        'yearEndTarget', s.year_end_target, 'previousYearEnd', s.previous_year_end,
        'carriedOver', s.carried_over, 'registered', s.registered,
        'registeredPlacements', s.registered_placements, 'officialSource', s.official_source,
        'latestOfficial', s.latest_official, 'gapFrom', s.gap_from, 'gapTo', s.gap_to)
        order by array_position(array['totaal', 'markt', 'overheid'], s.sector)), '[]'::jsonb)
      from public.banenafspraak_stand(region, peildatum) s),
    'series', (
      select coalesce(jsonb_agg(jsonb_build_object(
        'peildatum', s.peildatum, 'sector', s.sector, 'official', s.official, 'target', s.target,
        'registered', s.registered)
        order by s.peildatum, array_position(array['totaal', 'markt', 'overheid'], s.sector)), '[]'::jsonb)
      from public.banenafspraak_series(region, year_start, make_date(extract(year from peildatum)::int, 12, 31),
        peildatum) s),
    'partners', (
      select coalesce(jsonb_agg(jsonb_build_object(
        'organisationId', p.organisation_id, 'name', o.name, 'creditedJobs', p.credited_jobs,
        'creditedPlacements', p.credited_placements, 'registeredJobs', p.registered_jobs,
        'registeredPlacements', p.registered_placements, 'share', p.share)
        order by p.credited_jobs desc, o.name), '[]'::jsonb)
      from public.banenafspraak_partners(region, peildatum) p
      left join public.organisations o on o.id = p.organisation_id),
    'gemeenten', (
      select coalesce(jsonb_agg(jsonb_build_object(
        'organisationId', g.organisation_id, 'name', g.name, 'code', g.code, 'placements', g.placements,
        'jobs', g.jobs, 'jobsShare', g.jobs_share, 'contextValue', g.context_value,
        'contextShare', g.context_share, 'ratio', g.ratio, 'contextLabel', g.context_label,
        'contextPeriodEnd', g.context_period_end, 'contextSource', g.context_source,
        'contextSourceRef', g.context_source_ref, 'contextStatus', g.context_status)
        order by g.name), '[]'::jsonb)
      from public.banenafspraak_gemeenten(region, peildatum) g),
    'gemeente', gemeente
  );
end
$$;

revoke execute on function
  public.banenafspraak_peildatum(uuid, date),
  public.banenafspraak_stand(uuid, date),
  public.banenafspraak_series(uuid, date, date, date),
  public.banenafspraak_registered(uuid, date[]),
  public.banenafspraak_partners(uuid, date),
  public.banenafspraak_gemeenten(uuid, date, uuid),
  public.banenafspraak_report(uuid, uuid, date)
from public, anon;
grant execute on function
  public.banenafspraak_peildatum(uuid, date),
  public.banenafspraak_stand(uuid, date),
  public.banenafspraak_series(uuid, date, date, date),
  public.banenafspraak_registered(uuid, date[]),
  public.banenafspraak_partners(uuid, date),
  public.banenafspraak_gemeenten(uuid, date, uuid),
  public.banenafspraak_report(uuid, uuid, date)
to authenticated, service_role;

revoke execute on function private.quarter_end(date), private.require_quarter_end(date),
  private.registered_stock(uuid, date), private.official_stock(uuid, date), private.trajectory(uuid, date)
from public, anon;
grant execute on function private.quarter_end(date), private.require_quarter_end(date),
  private.registered_stock(uuid, date), private.official_stock(uuid, date), private.trajectory(uuid, date)
to authenticated, service_role;
