-- network_overview() found its pairs with a self-join of contact_participants, which the planner ran as a
-- nested loop: 600 ms for the benchmark region's 2,000 contacts, on every overview render. The pairs are now
-- built per contact from its sorted participant list, which is linear in the number of participants.
create or replace function public.network_overview(region uuid)
returns table (partners int, pairs_in_contact int, isolated int, trust numeric)
language sql stable
security invoker
set search_path = ''
as $$
  with active_partners as (
    select o.id from public.organisations o where o.region_id = region and o.active
  ),
  participants as (
    select cp.contact_id, array_agg(cp.organisation_id order by cp.organisation_id) as ids
    from public.contact_participants cp
    where cp.region_id = region and cp.organisation_id in (select id from active_partners)
    group by cp.contact_id
  ),
  pairs as (
    select distinct p.ids[i] as x, p.ids[j] as y
    from participants p,
      generate_series(1, cardinality(p.ids)) as i,
      generate_series(1, cardinality(p.ids)) as j
    where i < j
  ),
  connected as (
    select x as id from pairs union select y from pairs
  ),
  latest_round as (
    select r.id from public.survey_rounds r
    where r.region_id = region and r.status = 'closed'
    order by r.closed_at desc limit 1
  )
  select
    (select count(*) from active_partners)::int,
    (select count(*) from pairs)::int,
    (select count(*) from active_partners a where a.id not in (select id from connected))::int,
    (select s.trust from latest_round l, public.survey_round_summary(l.id) s)
$$;
