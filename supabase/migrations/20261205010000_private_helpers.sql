-- Policy helpers leave the API (issue 13, item 6).
--
-- PostgREST exposes every function of the `public` schema that a role may execute. The helpers that row-level
-- security calls were all there, so anyone signed in could ask them directly: from Tilburg,
-- /rpc/region_of_organisation, /rpc/region_of_goal and /rpc/is_survey_round_open answered with the region ids
-- and the open survey round of Zuid-Limburg. The helpers now live in the schema `private`, which PostgREST does
-- not expose (config.toml: api.schemas = ["public"]); signed-in users may still execute them, because the
-- policies evaluated for them call them.
--
-- Policies refer to functions by oid, so `alter function ... set schema` keeps every policy working unchanged.
-- Function bodies refer to them by name: the bodies of the moved helpers are rewritten below to call each other
-- in `private`, and for the security definer functions elsewhere that call a helper by its old name (triggers,
-- the goal life-cycle functions) a same-named alias stays in `public` that nobody but the owner may execute.
-- New code calls private.* directly.
--
-- What stays in `public` and callable is the API the app uses, and each of those answers only about the caller
-- or about rows the caller may read: is_region_coordinator(region) and can_edit_organisation(organisation) (the
-- app asks them to show or hide controls), region_access(slug), the goal life-cycle steps, the survey
-- aggregates, network_overview, record_meeting_presence and service_status.
-- tests/integration/security-schema.test.ts holds the list and fails on any other executable function.

create schema if not exists private;
revoke all on schema private from public;
grant usage on schema private to authenticated, service_role;

alter function public.role_rank(public.membership_role) set schema private;
alter function public.region_of_organisation(uuid) set schema private;
alter function public.has_organisation_role(uuid, public.membership_role) set schema private;
alter function public.is_region_member(uuid) set schema private;
alter function public.is_region_admin(uuid) set schema private;
alter function public.member_region_ids() set schema private;
alter function public.shares_region_with(uuid) set schema private;
alter function public.region_of_goal(uuid) set schema private;
alter function public.can_enter_goal_actuals(uuid) set schema private;
alter function public.goal_step_running() set schema private;
alter function public.can_edit_contact(uuid) set schema private;
alter function public.is_survey_round_open(uuid) set schema private;
alter function public.can_use_meeting_channel(text) set schema private;

-- ---------------------------------------------------------------------------------------------------
-- The helpers, calling each other in `private` (same logic as before; the oids, and so the policies, stay).

create or replace function private.role_rank(role public.membership_role) returns int
language sql immutable
set search_path = ''
as $$
  select case role when 'viewer' then 1 when 'editor' then 2 when 'coordinator' then 3 when 'admin' then 4 end
$$;

create or replace function private.region_of_organisation(organisation uuid) returns uuid
language sql stable security definer
set search_path = ''
as $$
  select region_id from public.organisations where id = organisation
$$;

create or replace function private.has_organisation_role(organisation uuid, minimum public.membership_role)
returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.memberships m
    where m.organisation_id = organisation
      and m.user_id = (select auth.uid())
      and private.role_rank(m.role) >= private.role_rank(minimum)
  )
$$;

create or replace function private.is_region_member(region uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.memberships m
    join public.organisations o on o.id = m.organisation_id
    where o.region_id = region and m.user_id = (select auth.uid())
  )
$$;

create or replace function private.is_region_admin(region uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.memberships m
    join public.organisations o on o.id = m.organisation_id
    where o.region_id = region and m.user_id = (select auth.uid()) and m.role = 'admin'
  )
$$;

create or replace function private.member_region_ids() returns setof uuid
language sql stable security definer
set search_path = ''
as $$
  select distinct o.region_id
  from public.memberships m
  join public.organisations o on o.id = m.organisation_id
  where m.user_id = (select auth.uid())
$$;

create or replace function private.shares_region_with(other_user uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1
    from public.memberships mine
    join public.organisations my_org on my_org.id = mine.organisation_id
    join public.organisations their_org on their_org.region_id = my_org.region_id
    join public.memberships theirs on theirs.organisation_id = their_org.id
    where mine.user_id = (select auth.uid()) and theirs.user_id = other_user
  )
$$;

create or replace function private.region_of_goal(goal uuid) returns uuid
language sql stable security definer
set search_path = ''
as $$
  select region_id from public.goals where id = goal
$$;

create or replace function private.can_enter_goal_actuals(goal uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select public.is_region_coordinator(private.region_of_goal(goal))
      or exists (
        select 1 from public.goal_contributions c
        where c.goal_id = goal and private.has_organisation_role(c.organisation_id, 'editor')
      )
$$;

create or replace function private.goal_step_running() returns boolean
language sql stable
set search_path = ''
as $$
  select coalesce(current_setting('rnd.goal_step', true), '') = 'on'
$$;

create or replace function private.can_edit_contact(contact uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.contacts c
    where c.id = contact and public.can_edit_organisation(c.recorded_by_organisation_id)
  )
$$;

create or replace function private.is_survey_round_open(round uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (select 1 from public.survey_rounds r where r.id = round and r.status = 'open')
$$;

-- The region of the meeting a Realtime topic `meeting:<id>` names; null for any other topic.
create or replace function private.region_of_meeting_topic(topic text) returns uuid
language sql stable security definer
set search_path = ''
as $$
  select mt.region_id from public.meetings mt
  where mt.id = case
    when topic ~ '^meeting:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then substring(topic from 9)::uuid
  end
$$;

create or replace function private.can_use_meeting_channel(topic text) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select coalesce(private.is_region_member(private.region_of_meeting_topic(topic)), false)
$$;

-- The two helpers the app also asks over the API stay in `public`; they now call `private`.
create or replace function public.is_region_coordinator(region uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.memberships m
    join public.regions r on r.lead_organisation_id = m.organisation_id
    where r.id = region and m.user_id = (select auth.uid())
      and private.role_rank(m.role) >= private.role_rank('coordinator')
  )
$$;

create or replace function public.can_edit_organisation(organisation uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select private.has_organisation_role(organisation, 'editor')
      or public.is_region_coordinator(private.region_of_organisation(organisation))
$$;

-- Who may execute them: the roles whose queries the policies are evaluated for. Never anonymous visitors (they
-- hold no table privileges, so no policy is ever evaluated for them).
do $$
declare
  f regprocedure;
begin
  for f in select p.oid::regprocedure from pg_proc p where p.pronamespace = 'private'::regnamespace loop
    execute format('revoke all on function %s from public, anon', f);
    execute format('grant execute on function %s to authenticated, service_role', f);
  end loop;
end
$$;
revoke execute on function public.is_region_coordinator(uuid), public.can_edit_organisation(uuid) from public, anon;
grant execute on function public.is_region_coordinator(uuid), public.can_edit_organisation(uuid)
  to authenticated, service_role;

-- ---------------------------------------------------------------------------------------------------
-- Old names for the bodies of security definer functions written before this migration (they run as the
-- owner, who may execute these). Not executable by anon, authenticated or service_role, so not an API.

create function public.role_rank(role public.membership_role) returns int
language sql immutable set search_path = '' as $$ select private.role_rank(role) $$;
create function public.region_of_organisation(organisation uuid) returns uuid
language sql stable set search_path = '' as $$ select private.region_of_organisation(organisation) $$;
create function public.has_organisation_role(organisation uuid, minimum public.membership_role) returns boolean
language sql stable set search_path = '' as $$ select private.has_organisation_role(organisation, minimum) $$;
create function public.is_region_member(region uuid) returns boolean
language sql stable set search_path = '' as $$ select private.is_region_member(region) $$;
create function public.region_of_goal(goal uuid) returns uuid
language sql stable set search_path = '' as $$ select private.region_of_goal(goal) $$;
create function public.goal_step_running() returns boolean
language sql stable set search_path = '' as $$ select private.goal_step_running() $$;

revoke all on function public.role_rank(public.membership_role), public.region_of_organisation(uuid),
  public.has_organisation_role(uuid, public.membership_role), public.is_region_member(uuid),
  public.region_of_goal(uuid), public.goal_step_running() from public, anon, authenticated, service_role;

comment on function public.region_of_organisation(uuid) is
  'Alias of private.region_of_organisation for function bodies written before the private schema; not an API.';
comment on function public.has_organisation_role(uuid, public.membership_role) is
  'Alias of private.has_organisation_role for function bodies written before the private schema; not an API.';
comment on function public.is_region_member(uuid) is
  'Alias of private.is_region_member for function bodies written before the private schema; not an API.';
comment on function public.region_of_goal(uuid) is
  'Alias of private.region_of_goal for function bodies written before the private schema; not an API.';
comment on function public.role_rank(public.membership_role) is
  'Alias of private.role_rank for function bodies written before the private schema; not an API.';
comment on function public.goal_step_running() is
  'Alias of private.goal_step_running for function bodies written before the private schema; not an API.';

-- The one security invoker function that called a moved helper: it runs as the signed-in user, who may not
-- execute the alias. Same rule as before (core_model_fixes, 4), reading the region through `private`.
create or replace function public.guard_last_admin() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  region uuid := private.region_of_organisation(old.organisation_id);
begin
  if old.role = 'admin' and region is not null and auth.role() = 'authenticated'
     and (tg_op = 'DELETE' or new.role <> 'admin'
          or private.region_of_organisation(new.organisation_id) is distinct from region)
     and not exists (
       select 1 from public.memberships m join public.organisations o on o.id = m.organisation_id
       where o.region_id = region and m.role = 'admin' and m.id <> old.id
     ) then
    raise exception 'Dit is de laatste beheerder van de regio; wijs eerst een andere beheerder aan.'
      using errcode = '23514';
  end if;
  return coalesce(new, old);
end
$$;

-- Trigger functions are not callable over the API, but nobody needs to execute them either.
do $$
declare
  f regprocedure;
begin
  for f in
    select p.oid::regprocedure from pg_proc p
    where p.pronamespace = 'public'::regnamespace and p.prorettype = 'trigger'::regtype
  loop
    execute format('revoke all on function %s from public, anon, authenticated', f);
  end loop;
end
$$;
