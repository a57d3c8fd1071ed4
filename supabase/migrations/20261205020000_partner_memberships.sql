-- A partner's people are that partner's (issue 13, item 1).
--
-- Until now an admin of any partner of a region managed the memberships of every partner of that region. So
-- the Zuid-Limburg admin (a membership at Heerlen) gave itself an editor membership at Maastricht, consented to
-- a goal on Maastricht's behalf and read Maastricht's raw survey answers.
--
-- The model from here on (README, section Beveiliging):
--   * Memberships at a partner are granted, changed and removed by that partner's own managers: its members
--     with role coordinator or admin. Nobody grants, changes or removes their own membership, and nobody grants
--     a role above their own at that partner, or touches a membership above it.
--   * A partner may give the region a mandate (membership_mandates, recorded by the partner's own managers,
--     readable by everyone in the region, audited, withdrawn by the partner at any time). Under a mandate the
--     region's admins may add viewers at that partner: people who read the region on the partner's ticket. They
--     never act for the partner; withdrawing the mandate removes them.
--   * Acting for a partner (consenting to a goal, endorsing the vision, answering and reading the partner's own
--     survey answers, writing its positions, entering its figures) needs a membership the partner granted
--     itself: granted_via 'partner', or 'platform' for the people the operator set up at onboarding (the seed,
--     the service role). A region grant never counts.
--   * How a membership came about is recorded on it (granted_via, granted_by) by the database, not the client.

create type public.membership_grant as enum ('platform', 'partner', 'region');

alter table public.memberships
  add column granted_via public.membership_grant not null default 'platform',
  add column granted_by uuid references auth.users (id) on delete set null;

comment on column public.memberships.granted_via is
  'Who granted it: platform (the operator, at onboarding), partner (the partner''s own coordinator or admin) or '
  'region (a region admin under the partner''s mandate; viewers only). Set by the database.';

alter table public.memberships add constraint memberships_region_grants_are_viewers
  check (granted_via <> 'region' or role = 'viewer');

-- ---------------------------------------------------------------------------------------------------
-- The partner's mandate to the region

create table public.membership_mandates (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null unique references public.organisations (id) on delete cascade,
  region_id uuid not null references public.regions (id) on delete cascade,
  granted_by uuid default auth.uid() references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index membership_mandates_region_idx on public.membership_mandates (region_id);

comment on table public.membership_mandates is
  'A partner lets the region''s admins add viewers on its behalf. Recorded and withdrawn by the partner itself.';

create trigger membership_mandates_set_updated_at before update on public.membership_mandates
  for each row execute function public.set_updated_at();

-- ---------------------------------------------------------------------------------------------------
-- Helpers

-- Acting for a partner: a membership with at least this role that the partner granted itself (or the operator
-- set up). Region grants (viewers under a mandate) do not count. Same oid, so every policy that asked
-- "has role at the partner" now asks this.
create or replace function private.has_organisation_role(organisation uuid, minimum public.membership_role)
returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.memberships m
    where m.organisation_id = organisation
      and m.user_id = (select auth.uid())
      and m.granted_via <> 'region'
      and private.role_rank(m.role) >= private.role_rank(minimum)
  )
$$;

-- The caller's own role at a partner, as the partner granted it (null when none).
create or replace function private.own_role_at(organisation uuid) returns public.membership_role
language sql stable security definer
set search_path = ''
as $$
  select m.role from public.memberships m
  where m.organisation_id = organisation and m.user_id = (select auth.uid()) and m.granted_via <> 'region'
$$;

-- The partner's own managers: its coordinators and admins.
create or replace function private.manages_partner_memberships(organisation uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select private.has_organisation_role(organisation, 'coordinator')
$$;

-- An admin of the partner's region, while the partner gives the region its mandate.
create or replace function private.region_has_mandate(organisation uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (select 1 from public.membership_mandates d where d.organisation_id = organisation)
     and private.is_region_admin(private.region_of_organisation(organisation))
$$;

revoke all on function private.own_role_at(uuid), private.manages_partner_memberships(uuid),
  private.region_has_mandate(uuid) from public, anon;
grant execute on function private.own_role_at(uuid), private.manages_partner_memberships(uuid),
  private.region_has_mandate(uuid) to authenticated, service_role;

-- ---------------------------------------------------------------------------------------------------
-- Memberships: policies and the guard that records how a membership came about

drop policy "memberships: members see who is in their region" on public.memberships;
drop policy "memberships: the region's admin adds members" on public.memberships;
drop policy "memberships: the region's admin changes roles" on public.memberships;
drop policy "memberships: the region's admin removes members" on public.memberships;

create policy "memberships: members see who is in their region" on public.memberships
  for select to authenticated
  using (user_id = (select auth.uid())
    or (select private.is_region_member(private.region_of_organisation(organisation_id))));
create policy "memberships: the partner (or its mandate) adds" on public.memberships
  for insert to authenticated
  with check ((select private.manages_partner_memberships(organisation_id))
    or (select private.region_has_mandate(organisation_id)));
create policy "memberships: the partner (or its mandate) changes" on public.memberships
  for update to authenticated
  using ((select private.manages_partner_memberships(organisation_id))
    or (select private.region_has_mandate(organisation_id)))
  with check ((select private.manages_partner_memberships(organisation_id))
    or (select private.region_has_mandate(organisation_id)));
create policy "memberships: the partner (or its mandate) removes" on public.memberships
  for delete to authenticated
  using ((select private.manages_partner_memberships(organisation_id))
    or (select private.region_has_mandate(organisation_id)));

-- What the policies cannot say alone: not your own membership, not above your own role, region grants only for
-- viewers and only the region's own grants, and the provenance written by the database.
create or replace function private.guard_membership_write() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  caller uuid := auth.uid();
  row_org uuid := case when tg_op = 'INSERT' then new.organisation_id else old.organisation_id end;
  as_partner boolean;
  own_rank int;
begin
  if auth.role() is distinct from 'authenticated' then
    -- The operator (service role, seed): granted_via as given, 'platform' by default.
    return coalesce(new, old);
  end if;
  as_partner := private.manages_partner_memberships(row_org);
  if not as_partner and not private.region_has_mandate(row_org) then
    -- Not the caller's to manage: the policies refuse it (an update or delete never reaches such a row).
    return coalesce(new, old);
  end if;

  if tg_op = 'UPDATE' and (new.id is distinct from old.id or new.user_id is distinct from old.user_id
      or new.organisation_id is distinct from old.organisation_id or new.created_at is distinct from old.created_at) then
    raise exception 'membership_fixed' using errcode = '42501',
      detail = 'Persoon, partner en aanmaakdatum van een lidmaatschap liggen vast.';
  end if;
  if coalesce(new.user_id, old.user_id) = caller then
    raise exception 'membership_self_grant' using errcode = '42501',
      detail = 'Niemand geeft, wijzigt of verwijdert zijn eigen lidmaatschap.';
  end if;

  if as_partner then
    own_rank := private.role_rank(private.own_role_at(row_org));
    if (tg_op <> 'INSERT' and private.role_rank(old.role) > own_rank)
       or (tg_op <> 'DELETE' and private.role_rank(new.role) > own_rank) then
      raise exception 'membership_role_too_high' using errcode = '42501',
        detail = 'Niemand geeft een hogere rol dan de eigen rol bij de partner.';
    end if;
  else
    -- The region, under the partner's mandate: only viewers, and only those it added itself.
    if tg_op <> 'INSERT' and old.granted_via <> 'region' then
      raise exception 'membership_not_granted' using errcode = '42501',
        detail = 'Onder een mandaat beheert de regio alleen de lezers die zij zelf toevoegde.';
    end if;
    if tg_op <> 'DELETE' and new.role <> 'viewer' then
      raise exception 'membership_region_viewer_only' using errcode = '42501',
        detail = 'Onder een mandaat voegt de regio alleen lezers toe.';
    end if;
  end if;

  if tg_op = 'DELETE' then
    return old;
  end if;
  new.granted_via := case when as_partner then 'partner' else 'region' end;
  new.granted_by := caller;
  if tg_op = 'INSERT' then
    new.created_at := now();
    new.updated_at := now();
  end if;
  return new;
end
$$;
revoke all on function private.guard_membership_write() from public, anon, authenticated;

create trigger memberships_guard_write before insert or update or delete on public.memberships
  for each row execute function private.guard_membership_write();

-- ---------------------------------------------------------------------------------------------------
-- Mandates: the partner's own managers record and withdraw them; everyone in the region sees them.

create or replace function private.guard_membership_mandate() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' then
    raise exception 'mandate_fixed' using errcode = '42501',
      detail = 'Een mandaat wordt niet gewijzigd; trek het in en geef het opnieuw.';
  end if;
  new.region_id := private.region_of_organisation(new.organisation_id);
  if new.region_id is null then
    raise exception 'organisation_unknown' using errcode = '23503';
  end if;
  if auth.role() = 'authenticated' then
    new.granted_by := auth.uid();
    new.created_at := now();
    new.updated_at := now();
  end if;
  return new;
end
$$;
revoke all on function private.guard_membership_mandate() from public, anon, authenticated;

create trigger membership_mandates_guard before insert or update on public.membership_mandates
  for each row execute function private.guard_membership_mandate();

-- Withdrawing the mandate ends what the region did under it.
create or replace function private.end_region_grants() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  delete from public.memberships where organisation_id = old.organisation_id and granted_via = 'region';
  return null;
end
$$;
revoke all on function private.end_region_grants() from public, anon, authenticated;

create trigger membership_mandates_end_region_grants after delete on public.membership_mandates
  for each row execute function private.end_region_grants();

alter table public.membership_mandates enable row level security;

create policy "membership_mandates: members read" on public.membership_mandates
  for select to authenticated using (region_id in (select private.member_region_ids()));
create policy "membership_mandates: the partner's managers give it" on public.membership_mandates
  for insert to authenticated with check ((select private.manages_partner_memberships(organisation_id)));
create policy "membership_mandates: the partner's managers withdraw it" on public.membership_mandates
  for delete to authenticated using ((select private.manages_partner_memberships(organisation_id)));

revoke all on public.membership_mandates from anon;
grant select, insert, delete on public.membership_mandates to authenticated;

create trigger membership_mandates_audit after insert or update or delete on public.membership_mandates
  for each row execute function public.audit_change('region_id');

alter publication supabase_realtime add table public.membership_mandates;

-- ---------------------------------------------------------------------------------------------------
-- Acting for a partner beyond consent, endorsement and the survey (which ask has_organisation_role): a
-- partner's positions and interests are its own voice. The region's coordinator no longer writes them for it.

alter policy "partner_positions: the partner's editors and the coordinator add" on public.partner_positions
  with check ((select private.has_organisation_role(organisation_id, 'editor')));
alter policy "partner_positions: the partner's editors and the coordinator change" on public.partner_positions
  using ((select private.has_organisation_role(organisation_id, 'editor')))
  with check ((select private.has_organisation_role(organisation_id, 'editor')));
alter policy "partner_positions: the partner's editors and the coordinator remove" on public.partner_positions
  using ((select private.has_organisation_role(organisation_id, 'editor')));
alter policy "partner_positions: the partner's editors and the coordinator add" on public.partner_positions
  rename to "partner_positions: the partner's editors add";
alter policy "partner_positions: the partner's editors and the coordinator change" on public.partner_positions
  rename to "partner_positions: the partner's editors change";
alter policy "partner_positions: the partner's editors and the coordinator remove" on public.partner_positions
  rename to "partner_positions: the partner's editors remove";
