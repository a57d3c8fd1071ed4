-- The same fix as 20261130090000_rls_member_region_ids.sql for the tables of the goals, network and meeting
-- modules: their "members read" policies called is_region_member(region_id) once per row. The overview's
-- network tile joins contact_participants with itself (7,000 rows in the benchmark region), which made every
-- overview render slow enough to exhaust PostgREST's connection pool under ten concurrent users.
-- Every SELECT policy whose whole condition is "the row's region is one of mine" now tests membership of the
-- set of the user's regions, computed once per query. Who may read what does not change.
do $$
declare
  p record;
begin
  for p in
    select schemaname, tablename, policyname
    from pg_policies
    where schemaname = 'public'
      and cmd = 'SELECT'
      and qual ~ '^\( SELECT is_region_member\(([a-z_]+\.)?region_id\) AS is_region_member\)$'
  loop
    execute format(
      'alter policy %I on %I.%I using (region_id in (select public.member_region_ids()))',
      p.policyname, p.schemaname, p.tablename
    );
  end loop;
end
$$;
