-- Core model: regions (arbeidsmarktregio's), their partner organisations, people's memberships and roles,
-- and an append-only audit log. Authorization lives here, in row-level security.

create type public.partner_type as enum (
  'centrumgemeente', 'gemeente', 'uwv', 'werkgeversorganisatie', 'werknemersorganisatie',
  'sw_bedrijf', 'onderwijs', 'overig'
);

create type public.membership_role as enum ('viewer', 'editor', 'coordinator', 'admin');

create table public.regions (
  id uuid primary key default gen_random_uuid(),
  name text not null check (char_length(name) between 2 and 100),
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(slug) <= 60),
  lead_organisation_id uuid,
  vision_statement text check (char_length(vision_statement) <= 5000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table public.organisations (
  id uuid primary key default gen_random_uuid(),
  region_id uuid not null references public.regions (id) on delete cascade,
  type public.partner_type not null,
  name text not null check (char_length(name) between 2 and 150),
  cbs_code text check (cbs_code ~ '^GM[0-9]{4}$'),
  active boolean not null default true,
  contact_name text check (char_length(contact_name) <= 100),
  contact_email text check (char_length(contact_email) <= 254 and contact_email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
  description text check (char_length(description) <= 1000),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (region_id, name),
  -- A CBS gemeentecode belongs to a gemeente, and every gemeente has one.
  constraint organisations_cbs_code_for_gemeenten check (
    (type in ('gemeente', 'centrumgemeente')) = (cbs_code is not null)
  )
);
create index organisations_region_idx on public.organisations (region_id);

-- The lead organisation must be one of the region's own partners.
alter table public.regions
  add constraint regions_lead_organisation_fk foreign key (lead_organisation_id)
  references public.organisations (id) on delete set null deferrable initially deferred;

create table public.memberships (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  role public.membership_role not null default 'viewer',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (user_id, organisation_id)
);
create index memberships_organisation_idx on public.memberships (organisation_id);

create trigger regions_set_updated_at before update on public.regions
  for each row execute function public.set_updated_at();
create trigger organisations_set_updated_at before update on public.organisations
  for each row execute function public.set_updated_at();
create trigger memberships_set_updated_at before update on public.memberships
  for each row execute function public.set_updated_at();

-- ---------------------------------------------------------------------------------------------------
-- Helpers for policies. Security definer so they read memberships without recursing into its own RLS;
-- a fixed search_path so nobody can shadow the tables they read.

create or replace function public.role_rank(role public.membership_role) returns int
language sql immutable
set search_path = ''
as $$
  select case role when 'viewer' then 1 when 'editor' then 2 when 'coordinator' then 3 when 'admin' then 4 end
$$;

create or replace function public.region_of_organisation(organisation uuid) returns uuid
language sql stable security definer
set search_path = ''
as $$
  select region_id from public.organisations where id = organisation
$$;

-- Is the current user a member of organisation X with at least role R?
create or replace function public.has_organisation_role(organisation uuid, minimum public.membership_role)
returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.memberships m
    where m.organisation_id = organisation
      and m.user_id = (select auth.uid())
      and public.role_rank(m.role) >= public.role_rank(minimum)
  )
$$;

-- Is the current user a member of any organisation of region Y?
create or replace function public.is_region_member(region uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.memberships m
    join public.organisations o on o.id = m.organisation_id
    where o.region_id = region and m.user_id = (select auth.uid())
  )
$$;

-- A coordinator (or admin) of the region's lead organisation manages region-level records.
create or replace function public.is_region_coordinator(region uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.memberships m
    join public.regions r on r.lead_organisation_id = m.organisation_id
    where r.id = region and m.user_id = (select auth.uid())
      and public.role_rank(m.role) >= public.role_rank('coordinator')
  )
$$;

-- An admin of any organisation of the region manages the region's memberships.
create or replace function public.is_region_admin(region uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.memberships m
    join public.organisations o on o.id = m.organisation_id
    where o.region_id = region and m.user_id = (select auth.uid()) and m.role = 'admin'
  )
$$;

-- May the current user write the figures of organisation X: its editors, or the region's coordinator?
create or replace function public.can_edit_organisation(organisation uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select public.has_organisation_role(organisation, 'editor')
      or public.is_region_coordinator(public.region_of_organisation(organisation))
$$;

revoke execute on function public.region_of_organisation(uuid) from public;
grant execute on function public.role_rank(public.membership_role), public.region_of_organisation(uuid),
  public.has_organisation_role(uuid, public.membership_role), public.is_region_member(uuid),
  public.is_region_coordinator(uuid), public.is_region_admin(uuid), public.can_edit_organisation(uuid)
  to authenticated, service_role;
revoke execute on function public.has_organisation_role(uuid, public.membership_role), public.is_region_member(uuid),
  public.is_region_coordinator(uuid), public.is_region_admin(uuid), public.can_edit_organisation(uuid),
  public.region_of_organisation(uuid) from anon;

-- ---------------------------------------------------------------------------------------------------
-- Row-level security

alter table public.regions enable row level security;
alter table public.organisations enable row level security;
alter table public.memberships enable row level security;

create policy "regions: members read their region" on public.regions
  for select to authenticated using ((select public.is_region_member(id)));
create policy "regions: the coordinator updates the region" on public.regions
  for update to authenticated
  using ((select public.is_region_coordinator(id)))
  with check ((select public.is_region_coordinator(id)));

create policy "organisations: members read their region's partners" on public.organisations
  for select to authenticated using ((select public.is_region_member(region_id)));
create policy "organisations: the coordinator adds partners" on public.organisations
  for insert to authenticated with check ((select public.is_region_coordinator(region_id)));
create policy "organisations: the coordinator and the partner's editors update it" on public.organisations
  for update to authenticated
  using ((select public.is_region_coordinator(region_id)) or (select public.has_organisation_role(id, 'editor')))
  with check ((select public.is_region_coordinator(region_id)) or (select public.has_organisation_role(id, 'editor')));
create policy "organisations: the coordinator removes partners" on public.organisations
  for delete to authenticated using ((select public.is_region_coordinator(region_id)));

create policy "memberships: members see who is in their region" on public.memberships
  for select to authenticated
  using (user_id = (select auth.uid()) or (select public.is_region_member(public.region_of_organisation(organisation_id))));
create policy "memberships: the region's admin adds members" on public.memberships
  for insert to authenticated
  with check ((select public.is_region_admin(public.region_of_organisation(organisation_id))));
create policy "memberships: the region's admin changes roles" on public.memberships
  for update to authenticated
  using ((select public.is_region_admin(public.region_of_organisation(organisation_id))))
  with check ((select public.is_region_admin(public.region_of_organisation(organisation_id))));
create policy "memberships: the region's admin removes members" on public.memberships
  for delete to authenticated
  using ((select public.is_region_admin(public.region_of_organisation(organisation_id))));

revoke all on public.regions, public.organisations, public.memberships from anon;

-- An editor may keep the partner's contact details current, but what the partner is (name, type,
-- region, gemeentecode, active) is the coordinator's to decide.
create or replace function public.guard_organisation_update() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if auth.role() = 'authenticated' and not public.is_region_coordinator(old.region_id) then
    if new.name is distinct from old.name or new.type is distinct from old.type
       or new.region_id is distinct from old.region_id or new.cbs_code is distinct from old.cbs_code
       or new.active is distinct from old.active then
      raise exception 'Alleen de coördinator van de regio wijzigt naam, type, gemeentecode of status van een partner.'
        using errcode = '42501';
    end if;
  end if;
  if new.region_id is distinct from old.region_id then
    raise exception 'Een partner verhuist niet naar een andere regio.' using errcode = '23514';
  end if;
  return new;
end
$$;
create trigger organisations_guard_update before update on public.organisations
  for each row execute function public.guard_organisation_update();

create or replace function public.guard_region_lead() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.lead_organisation_id is not null and not exists (
    select 1 from public.organisations o where o.id = new.lead_organisation_id and o.region_id = new.id
  ) then
    raise exception 'De trekker moet een partner van deze regio zijn.' using errcode = '23514';
  end if;
  return new;
end
$$;
create constraint trigger regions_lead_in_region after insert or update on public.regions
  deferrable initially deferred
  for each row execute function public.guard_region_lead();

-- A region never loses its last admin through the API: nobody could manage memberships any more.
create or replace function public.guard_last_admin() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  region uuid := public.region_of_organisation(old.organisation_id);
begin
  if old.role = 'admin' and (tg_op = 'DELETE' or new.role <> 'admin') and region is not null
     and auth.role() = 'authenticated'
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
create trigger memberships_guard_last_admin before update or delete on public.memberships
  for each row execute function public.guard_last_admin();

-- Profiles: colleagues in the same region see each other's display names.
create or replace function public.shares_region_with(other_user uuid) returns boolean
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
grant execute on function public.shares_region_with(uuid) to authenticated;
revoke execute on function public.shares_region_with(uuid) from anon;

create policy "profiles: colleagues in the same region read each other's profile" on public.profiles
  for select to authenticated using ((select public.shares_region_with(id)));

-- ---------------------------------------------------------------------------------------------------
-- Audit log: who changed what, when. Written only by triggers; nobody changes or removes a row.

create table public.audit_log (
  id bigint generated always as identity primary key,
  table_name text not null,
  row_id text not null,
  action text not null check (action in ('INSERT', 'UPDATE', 'DELETE')),
  old_values jsonb,
  new_values jsonb,
  user_id uuid default auth.uid(),
  region_id uuid,
  organisation_id uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index audit_log_region_idx on public.audit_log (region_id, created_at desc);
create index audit_log_organisation_idx on public.audit_log (organisation_id, created_at desc);

alter table public.audit_log enable row level security;
create policy "audit_log: members read their region's audit trail" on public.audit_log
  for select to authenticated using ((select public.is_region_member(region_id)));
revoke all on public.audit_log from anon, authenticated;
grant select on public.audit_log to authenticated;
revoke insert, update, delete, truncate on public.audit_log from service_role;
grant select on public.audit_log to service_role;

create or replace function public.forbid_audit_change() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  raise exception 'Het auditlogboek kan niet worden gewijzigd of verwijderd.' using errcode = '42501';
end
$$;
create trigger audit_log_is_append_only before update or delete on public.audit_log
  for each row execute function public.forbid_audit_change();

-- Generic audit trigger. TG_ARGV[0] says where the region is: 'self' (the row is a region),
-- 'region_id' (a column), or 'organisation_id' (a column naming a partner). The organisation the change
-- belongs to, when there is one, comes from an organisation_id column, or the row itself for partners.
create or replace function public.audit_change() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  row_data jsonb := to_jsonb(coalesce(new, old));
  region uuid;
  organisation uuid;
begin
  if tg_table_name = 'organisations' then
    organisation := (row_data ->> 'id')::uuid;
  elsif row_data ? 'organisation_id' then
    organisation := (row_data ->> 'organisation_id')::uuid;
  end if;
  region := case tg_argv[0]
    when 'self' then (row_data ->> 'id')::uuid
    when 'region_id' then (row_data ->> 'region_id')::uuid
    when 'organisation_id' then public.region_of_organisation((row_data ->> 'organisation_id')::uuid)
  end;
  insert into public.audit_log (table_name, row_id, action, old_values, new_values, user_id, region_id, organisation_id)
  values (
    tg_table_name,
    row_data ->> 'id',
    tg_op,
    case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end,
    case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end,
    auth.uid(),
    region,
    organisation
  );
  return null;
end
$$;
revoke execute on function public.audit_change() from public, anon, authenticated;

create trigger regions_audit after insert or update or delete on public.regions
  for each row execute function public.audit_change('self');
create trigger organisations_audit after insert or update or delete on public.organisations
  for each row execute function public.audit_change('region_id');
create trigger memberships_audit after insert or update or delete on public.memberships
  for each row execute function public.audit_change('organisation_id');

-- What the overview shows live.
alter publication supabase_realtime add table public.regions, public.organisations, public.memberships,
  public.audit_log;
