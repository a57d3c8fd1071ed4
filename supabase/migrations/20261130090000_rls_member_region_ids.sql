-- Row-level security that scales with the size of a region (found by `npm run bench`, docs/benchmarks.md).
--
-- The "members read" policies of the tables that grow every quarter called is_region_member(region_id)
-- once per row: the overview's organisation_activity view aggregates the whole audit trail, and with ten
-- years of figures for 40 partners (7,800 audit rows) that took about 200 ms on PGlite, for one query.
-- The set of regions the user belongs to is now computed once per query (an uncorrelated subquery that
-- Postgres hashes) and each row only tests membership of that set. Who may read what does not change:
-- a row with a null region_id stays hidden, exactly as is_region_member(null) hid it.

create or replace function public.member_region_ids() returns setof uuid
language sql stable security definer
set search_path = ''
as $$
  select distinct o.region_id
  from public.memberships m
  join public.organisations o on o.id = m.organisation_id
  where m.user_id = (select auth.uid())
$$;
revoke execute on function public.member_region_ids() from public, anon;
grant execute on function public.member_region_ids() to authenticated;

alter policy "audit_log: members read their region's audit trail" on public.audit_log
  using (region_id in (select public.member_region_ids()));
alter policy "placements: members read their region's placements" on public.placements
  using (region_id in (select public.member_region_ids()));
alter policy "budget_commitments: members read" on public.budget_commitments
  using (region_id in (select public.member_region_ids()));
