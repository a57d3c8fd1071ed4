-- Issue 17 (render under load): the RLS helpers that every read of a region's rows calls, as plpgsql.
--
-- A SQL function that cannot be inlined (security definer, `set search_path`) is planned anew at every call:
-- PostgreSQL 17 keeps no plans of SQL function bodies between queries. The policies call these once per query
-- (`region_id in (select private.member_region_ids())` is a hashed subplan), but a page makes a dozen queries
-- and Realtime checks each change once per subscriber, so the planning was most of their cost (0.3–0.9 ms per
-- call against 0.05–0.1 ms for running the query). plpgsql keeps the plan of each statement for the session
-- (PostgREST's and Realtime's connections are pooled and long-lived). Same logic, same signatures, same
-- privileges (create or replace keeps the grants and the oids the policies point at).

create or replace function private.member_region_ids() returns setof uuid
language plpgsql stable security definer
set search_path = ''
as $$
begin
  return query
    select distinct o.region_id
    from public.memberships m
    join public.organisations o on o.id = m.organisation_id
    where m.user_id = (select auth.uid());
end
$$;

create or replace function private.coordinated_region_ids() returns setof uuid
language plpgsql stable security definer
set search_path = ''
as $$
begin
  return query
    select r.id
    from public.regions r
    join public.memberships m on m.organisation_id = r.lead_organisation_id
    where m.user_id = (select auth.uid()) and private.role_rank(m.role) >= private.role_rank('coordinator');
end
$$;

create or replace function private.is_region_member(region uuid) returns boolean
language plpgsql stable security definer
set search_path = ''
as $$
begin
  return exists (
    select 1 from public.memberships m
    join public.organisations o on o.id = m.organisation_id
    where o.region_id = region and m.user_id = (select auth.uid())
  );
end
$$;

-- memberships' read policy calls this once per row.
create or replace function private.region_of_organisation(organisation uuid) returns uuid
language plpgsql stable security definer
set search_path = ''
as $$
begin
  return (select region_id from public.organisations where id = organisation);
end
$$;
