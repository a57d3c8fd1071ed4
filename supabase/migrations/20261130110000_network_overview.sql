-- The region overview's network tile in one round trip: how many active partners, how many pairs of them were
-- ever in contact, how many have no contact at all, and the trust score of the latest closed survey round.
-- The network page computes the full metrics from every contact; the overview only needs these counts, and
-- reading all contacts on every overview render made that page slow at realistic scale (npm run bench).
-- Security invoker: the caller's row-level security decides which contacts count.
create or replace function public.network_overview(region uuid)
returns table (partners int, pairs_in_contact int, isolated int, trust numeric)
language sql stable
security invoker
set search_path = ''
as $$
  with active_partners as (
    select o.id from public.organisations o where o.region_id = region and o.active
  ),
  pairs as (
    select distinct a.organisation_id as x, b.organisation_id as y
    from public.contact_participants a
    join public.contact_participants b on b.contact_id = a.contact_id and a.organisation_id < b.organisation_id
    where a.region_id = region
      and a.organisation_id in (select id from active_partners)
      and b.organisation_id in (select id from active_partners)
  ),
  latest_round as (
    select r.id from public.survey_rounds r
    where r.region_id = region and r.status = 'closed'
    order by r.closed_at desc limit 1
  )
  select
    (select count(*) from active_partners)::int,
    (select count(*) from pairs)::int,
    (select count(*) from active_partners p
      where not exists (select 1 from pairs where pairs.x = p.id or pairs.y = p.id))::int,
    (select s.trust from latest_round l, public.survey_round_summary(l.id) s)
$$;
revoke execute on function public.network_overview(uuid) from public, anon;
grant execute on function public.network_overview(uuid) to authenticated, service_role;
