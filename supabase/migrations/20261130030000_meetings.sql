-- Meeting mode for the regional steering group (stuurgroep): meetings with an agenda (each item optionally
-- linked to a goal, a figures page or the network page), invited partners, decisions and action items per
-- agenda item, and attendance (from presence in the meeting room, corrected by the chair). Realtime
-- channels of a meeting room are private and authorized like hosted Supabase does it: RLS on
-- realtime.messages with realtime.topic().

create table public.meetings (
  id uuid primary key default gen_random_uuid(),
  region_id uuid not null references public.regions (id) on delete cascade,
  title text not null check (char_length(title) between 3 and 150),
  starts_at timestamptz not null,
  location text check (char_length(location) <= 150),
  created_by uuid default auth.uid() references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index meetings_region_idx on public.meetings (region_id, starts_at desc);

-- What an agenda item links to. The target is generic (a goal id, or nothing for the figures pages) and
-- has no foreign key, so links to goals work whichever module owns them.
create table public.meeting_agenda_items (
  id uuid primary key default gen_random_uuid(),
  meeting_id uuid not null references public.meetings (id) on delete cascade,
  region_id uuid not null references public.regions (id) on delete cascade,
  position int not null check (position between 1 and 100),
  title text not null check (char_length(title) between 2 and 200),
  link_kind text not null default 'none'
    check (link_kind in ('goal', 'baanafspraken', 'budgetten', 'netwerk', 'none')),
  link_target text check (char_length(link_target) <= 200),
  -- The open action this item carries over from an earlier meeting.
  carried_action_id uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (meeting_id, position) deferrable initially deferred
);
create index meeting_agenda_items_meeting_idx on public.meeting_agenda_items (meeting_id, position);

create table public.meeting_invitees (
  id uuid primary key default gen_random_uuid(),
  meeting_id uuid not null references public.meetings (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  region_id uuid not null references public.regions (id) on delete cascade,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (meeting_id, organisation_id)
);

create table public.meeting_decisions (
  id uuid primary key default gen_random_uuid(),
  meeting_id uuid not null references public.meetings (id) on delete cascade,
  agenda_item_id uuid not null references public.meeting_agenda_items (id) on delete cascade,
  region_id uuid not null references public.regions (id) on delete cascade,
  body text not null check (char_length(body) between 2 and 1000),
  created_by uuid default auth.uid() references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index meeting_decisions_meeting_idx on public.meeting_decisions (meeting_id);

create table public.meeting_actions (
  id uuid primary key default gen_random_uuid(),
  meeting_id uuid not null references public.meetings (id) on delete cascade,
  agenda_item_id uuid not null references public.meeting_agenda_items (id) on delete cascade,
  region_id uuid not null references public.regions (id) on delete cascade,
  description text not null check (char_length(description) between 2 and 500),
  owner_organisation_id uuid not null references public.organisations (id) on delete cascade,
  due_date date not null,
  status text not null default 'open' check (status in ('open', 'done')),
  created_by uuid default auth.uid() references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index meeting_actions_region_status_idx on public.meeting_actions (region_id, status);

alter table public.meeting_agenda_items
  add constraint meeting_agenda_items_carried_action_fk foreign key (carried_action_id)
  references public.meeting_actions (id) on delete set null;

-- Attendance per partner: from presence in the meeting room ('presence') or set by the chair ('chair').
-- A chair's correction is not overwritten by presence. (The network module's contacts read this table.)
create table public.meeting_attendance (
  id uuid primary key default gen_random_uuid(),
  meeting_id uuid not null references public.meetings (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  region_id uuid not null references public.regions (id) on delete cascade,
  present boolean not null,
  source text not null check (source in ('presence', 'chair')),
  recorded_by uuid default auth.uid() references auth.users (id) on delete set null,
  recorded_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (meeting_id, organisation_id)
);

create trigger meetings_set_updated_at before update on public.meetings
  for each row execute function public.set_updated_at();
create trigger meeting_agenda_items_set_updated_at before update on public.meeting_agenda_items
  for each row execute function public.set_updated_at();
create trigger meeting_invitees_set_updated_at before update on public.meeting_invitees
  for each row execute function public.set_updated_at();
create trigger meeting_decisions_set_updated_at before update on public.meeting_decisions
  for each row execute function public.set_updated_at();
create trigger meeting_actions_set_updated_at before update on public.meeting_actions
  for each row execute function public.set_updated_at();
create trigger meeting_attendance_set_updated_at before update on public.meeting_attendance
  for each row execute function public.set_updated_at();

-- The region of everything in a meeting is the meeting's; the agenda item and the partners named must be
-- of that meeting and region. Read as it is (security definer), whatever the caller may see.
create or replace function public.derive_meeting_region() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  row_data jsonb := to_jsonb(new);
  meeting_region uuid;
begin
  if tg_op = 'UPDATE' and new.meeting_id is distinct from old.meeting_id then
    raise exception 'Een onderdeel van een vergadering verhuist niet naar een andere vergadering.'
      using errcode = '23514';
  end if;
  select region_id into meeting_region from public.meetings where id = new.meeting_id;
  if meeting_region is null then
    raise exception 'Onbekende vergadering.' using errcode = '23503';
  end if;
  new.region_id := meeting_region;
  if row_data ? 'agenda_item_id' and not exists (
    select 1 from public.meeting_agenda_items
    where id = (row_data ->> 'agenda_item_id')::uuid and meeting_id = new.meeting_id
  ) then
    raise exception 'Het agendapunt hoort niet bij deze vergadering.' using errcode = '23514';
  end if;
  if coalesce(row_data ->> 'organisation_id', row_data ->> 'owner_organisation_id') is not null
     and public.region_of_organisation(
       coalesce(row_data ->> 'organisation_id', row_data ->> 'owner_organisation_id')::uuid
     ) is distinct from meeting_region then
    raise exception 'De partner hoort niet bij de regio van deze vergadering.' using errcode = '23514';
  end if;
  return new;
end
$$;
revoke execute on function public.derive_meeting_region() from public, anon, authenticated;

create trigger meeting_agenda_items_derive_region before insert or update on public.meeting_agenda_items
  for each row execute function public.derive_meeting_region();
create trigger meeting_invitees_derive_region before insert or update on public.meeting_invitees
  for each row execute function public.derive_meeting_region();
create trigger meeting_decisions_derive_region before insert or update on public.meeting_decisions
  for each row execute function public.derive_meeting_region();
create trigger meeting_actions_derive_region before insert or update on public.meeting_actions
  for each row execute function public.derive_meeting_region();
create trigger meeting_attendance_derive_region before insert or update on public.meeting_attendance
  for each row execute function public.derive_meeting_region();

-- A meeting stays in its region; who wrote something, and when, is recorded by the database.
create or replace function public.guard_meeting_write() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  row_data jsonb := to_jsonb(new);
begin
  if tg_table_name = 'meetings' and tg_op = 'UPDATE' and new.region_id is distinct from old.region_id then
    raise exception 'Een vergadering verhuist niet naar een andere regio.' using errcode = '23514';
  end if;
  if auth.role() is distinct from 'authenticated' then
    return new;
  end if;
  if tg_op = 'INSERT' then
    new.created_at := now();
    new.updated_at := now();
    if row_data ? 'created_by' then
      new := jsonb_populate_record(new, jsonb_build_object('created_by', auth.uid()));
    end if;
  elsif new.id is distinct from old.id or new.created_at is distinct from old.created_at
     or (row_data -> 'created_by') is distinct from (to_jsonb(old) -> 'created_by') then
    raise exception 'Id, aanmaakdatum en maker liggen vast.' using errcode = '42501';
  end if;
  if tg_table_name = 'meeting_attendance' then
    new.recorded_by := auth.uid();
    new.recorded_at := now();
  end if;
  return new;
end
$$;
revoke execute on function public.guard_meeting_write() from public, anon, authenticated;

create trigger meetings_guard_write before insert or update on public.meetings
  for each row execute function public.guard_meeting_write();
create trigger meeting_agenda_items_guard_write before insert or update on public.meeting_agenda_items
  for each row execute function public.guard_meeting_write();
create trigger meeting_invitees_guard_write before insert or update on public.meeting_invitees
  for each row execute function public.guard_meeting_write();
create trigger meeting_decisions_guard_write before insert or update on public.meeting_decisions
  for each row execute function public.guard_meeting_write();
create trigger meeting_actions_guard_write before insert or update on public.meeting_actions
  for each row execute function public.guard_meeting_write();
create trigger meeting_attendance_guard_write before insert or update on public.meeting_attendance
  for each row execute function public.guard_meeting_write();

alter table public.meetings enable row level security;
alter table public.meeting_agenda_items enable row level security;
alter table public.meeting_invitees enable row level security;
alter table public.meeting_decisions enable row level security;
alter table public.meeting_actions enable row level security;
alter table public.meeting_attendance enable row level security;

-- Members of the region read; the coordinator (the chair) writes.
do $$
declare
  t text;
begin
  foreach t in array array['meetings', 'meeting_agenda_items', 'meeting_invitees', 'meeting_decisions',
    'meeting_actions', 'meeting_attendance']
  loop
    execute format(
      'create policy %I on public.%I for select to authenticated using ((select public.is_region_member(region_id)))',
      t || ': members read', t);
    execute format(
      'create policy %I on public.%I for insert to authenticated with check ((select public.is_region_coordinator(region_id)))',
      t || ': the coordinator adds', t);
    execute format(
      'create policy %I on public.%I for update to authenticated using ((select public.is_region_coordinator(region_id))) with check ((select public.is_region_coordinator(region_id)))',
      t || ': the coordinator changes', t);
    execute format(
      'create policy %I on public.%I for delete to authenticated using ((select public.is_region_coordinator(region_id)))',
      t || ': the coordinator removes', t);
  end loop;
end
$$;

revoke all on public.meetings, public.meeting_agenda_items, public.meeting_invitees, public.meeting_decisions,
  public.meeting_actions, public.meeting_attendance from anon;

-- Presence in the meeting room records the caller's own partners as present. A chair's correction wins.
create or replace function public.record_meeting_presence(meeting uuid) returns void
language plpgsql security definer
set search_path = ''
as $$
declare
  meeting_region uuid;
begin
  select region_id into meeting_region from public.meetings where id = meeting;
  if meeting_region is null or not public.is_region_member(meeting_region) then
    raise exception 'U bent geen lid van de regio van deze vergadering.' using errcode = '42501';
  end if;
  insert into public.meeting_attendance (meeting_id, organisation_id, region_id, present, source)
  select meeting, m.organisation_id, meeting_region, true, 'presence'
  from public.memberships m
  join public.organisations o on o.id = m.organisation_id
  where m.user_id = (select auth.uid()) and o.region_id = meeting_region
  on conflict (meeting_id, organisation_id) do update
    set present = true, source = 'presence'
    where public.meeting_attendance.source = 'presence' and not public.meeting_attendance.present;
end
$$;
revoke execute on function public.record_meeting_presence(uuid) from public, anon;
grant execute on function public.record_meeting_presence(uuid) to authenticated;

create trigger meetings_audit after insert or update or delete on public.meetings
  for each row execute function public.audit_change('region_id');
create trigger meeting_agenda_items_audit after insert or update or delete on public.meeting_agenda_items
  for each row execute function public.audit_change('region_id');
create trigger meeting_invitees_audit after insert or update or delete on public.meeting_invitees
  for each row execute function public.audit_change('region_id');
create trigger meeting_decisions_audit after insert or update or delete on public.meeting_decisions
  for each row execute function public.audit_change('region_id');
create trigger meeting_actions_audit after insert or update or delete on public.meeting_actions
  for each row execute function public.audit_change('region_id');
create trigger meeting_attendance_audit after insert or update or delete on public.meeting_attendance
  for each row execute function public.audit_change('region_id');

alter publication supabase_realtime add table public.meetings, public.meeting_agenda_items,
  public.meeting_invitees, public.meeting_decisions, public.meeting_actions, public.meeting_attendance;

-- ---------------------------------------------------------------------------------------------------
-- Realtime authorization of the meeting room's private channel `meeting:<meeting id>` (broadcast of the
-- chair's position, presence): only members of the meeting's region, as RLS on realtime.messages.
-- Hosted Supabase has realtime.messages and realtime.topic(); a local database made before the local
-- platform had them gets them here.
do $$
begin
  if to_regclass('realtime.messages') is null then
    create schema if not exists realtime;
    grant usage on schema realtime to anon, authenticated, service_role;
    create table realtime.messages (
      id uuid not null default gen_random_uuid(),
      topic text not null,
      extension text not null,
      payload jsonb,
      event text,
      private boolean default false,
      updated_at timestamp without time zone not null default now(),
      inserted_at timestamp without time zone not null default now(),
      primary key (id, inserted_at)
    );
    alter table realtime.messages enable row level security;
    grant select, insert, update on realtime.messages to anon, authenticated;
    grant all on realtime.messages to service_role;
    create function realtime.topic() returns text language sql stable
      as 'select nullif(current_setting(''realtime.topic'', true), '''')::text';
    grant execute on function realtime.topic() to anon, authenticated, service_role;
  end if;
end
$$;

create or replace function public.can_use_meeting_channel(topic text) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select case
    when topic ~ '^meeting:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then exists (
      select 1 from public.meetings mt
      where mt.id = substring(topic from 9)::uuid and public.is_region_member(mt.region_id)
    )
    else false
  end
$$;
revoke execute on function public.can_use_meeting_channel(text) from public, anon;
grant execute on function public.can_use_meeting_channel(text) to authenticated;

create policy "meeting room channels: members of the region receive" on realtime.messages
  for select to authenticated
  using (extension in ('broadcast', 'presence') and (select public.can_use_meeting_channel(realtime.topic())));
create policy "meeting room channels: members of the region send" on realtime.messages
  for insert to authenticated
  with check (extension in ('broadcast', 'presence') and (select public.can_use_meeting_channel(realtime.topic())));
