-- A meeting is "on" from the moment the chair opens it until the chair closes it, and never before its date
-- (issue 16, item 1; attack findings 5 and 11).
--
-- Before: record_meeting_presence() recorded the caller's partners as present at any meeting at any time, so
-- opening the room of the 10 December meeting on 4 December wrote attendance, and a network contact dated
-- 10 December, into the database; any member could do it by calling the RPC. And who was "in the room" came
-- from Realtime presence keys, which the browser chooses: a member could appear as another user or as the chair.
-- Now:
--   * meeting_room_state records when the chair opened and closed the meeting (open_meeting, close_meeting; only
--     the region's coordinator, and opening only on or after the meeting's date in the Netherlands).
--   * Attendance is written only while the meeting is on: record_meeting_presence() refuses otherwise, and a
--     trigger on meeting_attendance refuses presence rows outside that window and the chair's corrections before
--     the meeting was opened (corrections after closing stay possible: the minutes get corrected).
--   * Presence only counts memberships the partner gave itself (granted_via <> 'region'): a viewer the region
--     added under a mandate does not make the partner attend.
--   * Who is in the room is meeting_room_presence: one row per user, written only by record_meeting_presence()
--     with auth.uid() (the caller, verified by the database) and refreshed while the page is open; the room shows
--     the rows seen in the last two minutes (meeting_room_presence_now). Realtime presence stays a live hint that
--     tells the other pages to read those rows again; its keys are never believed.

alter table public.meeting_room_state
  add column opened_at timestamptz,
  add column closed_at timestamptz,
  add constraint meeting_room_state_closed_after_opened
    check (closed_at is null or (opened_at is not null and closed_at >= opened_at));

comment on column public.meeting_room_state.opened_at is
  'When the chair opened the meeting (open_meeting); attendance is taken from then until closed_at.';
comment on column public.meeting_room_state.closed_at is
  'When the chair closed the meeting (close_meeting); null while it is on or before it was opened.';

-- Meetings that already have attendance were held: they count as opened at their start and closed two hours later.
insert into public.meeting_room_state (meeting_id, region_id, opened_at, closed_at)
select mt.id, mt.region_id, mt.starts_at, mt.starts_at + interval '2 hours'
from public.meetings mt
where exists (select 1 from public.meeting_attendance a where a.meeting_id = mt.id)
on conflict (meeting_id) do update
  set opened_at = coalesce(public.meeting_room_state.opened_at, excluded.opened_at),
      closed_at = coalesce(public.meeting_room_state.closed_at, excluded.closed_at);

-- Whether the meeting is on now: opened and not (yet) closed.
create or replace function private.meeting_is_on(meeting uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.meeting_room_state s
    where s.meeting_id = meeting and s.opened_at is not null and s.closed_at is null
  )
$$;
revoke all on function private.meeting_is_on(uuid) from public, anon;
grant execute on function private.meeting_is_on(uuid) to authenticated, service_role;

-- Whether the chair has opened the meeting at some time (closed or not).
create or replace function private.meeting_was_opened(meeting uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (select 1 from public.meeting_room_state s where s.meeting_id = meeting and s.opened_at is not null)
$$;
revoke all on function private.meeting_was_opened(uuid) from public, anon;
grant execute on function private.meeting_was_opened(uuid) to authenticated, service_role;

-- The region of a meeting the caller may chair; raises for anyone else.
create or replace function private.chaired_meeting_region(meeting uuid) returns uuid
language plpgsql stable security definer
set search_path = ''
as $$
declare
  meeting_region uuid;
begin
  select region_id into meeting_region from public.meetings where id = meeting;
  if meeting_region is null or not private.is_region_member(meeting_region) then
    raise exception using errcode = 'P0002', message = 'meeting_unknown';
  end if;
  if not public.is_region_coordinator(meeting_region) then
    raise exception using errcode = '42501', message = 'meeting_chair_only';
  end if;
  return meeting_region;
end
$$;
revoke all on function private.chaired_meeting_region(uuid) from public, anon;
grant execute on function private.chaired_meeting_region(uuid) to authenticated, service_role;

-- The chair opens the meeting (again, after closing it by mistake). Not before the meeting's date.
create or replace function public.open_meeting(meeting uuid) returns void
language plpgsql security definer
set search_path = ''
as $$
declare
  meeting_region uuid := private.chaired_meeting_region(meeting);
begin
  if exists (
    select 1 from public.meetings mt
    where mt.id = meeting
      and (mt.starts_at at time zone 'Europe/Amsterdam')::date > (now() at time zone 'Europe/Amsterdam')::date
  ) then
    raise exception using errcode = '23514', message = 'meeting_before_its_date';
  end if;
  insert into public.meeting_room_state (meeting_id, region_id, chair_user_id, opened_at)
  values (meeting, meeting_region, auth.uid(), now())
  on conflict (meeting_id) do update
    set opened_at = coalesce(public.meeting_room_state.opened_at, now()),
        closed_at = null,
        chair_user_id = coalesce(public.meeting_room_state.chair_user_id, auth.uid());
end
$$;
revoke all on function public.open_meeting(uuid) from public, anon;
grant execute on function public.open_meeting(uuid) to authenticated;

-- The chair closes the meeting: attendance is no longer taken, nobody presents, the room empties.
create or replace function public.close_meeting(meeting uuid) returns void
language plpgsql security definer
set search_path = ''
as $$
begin
  perform private.chaired_meeting_region(meeting);
  if not private.meeting_is_on(meeting) then
    raise exception using errcode = '23514', message = 'meeting_not_open';
  end if;
  update public.meeting_room_state set closed_at = now(), presenting = false where meeting_id = meeting;
  delete from public.meeting_room_presence where meeting_id = meeting;
end
$$;
revoke all on function public.close_meeting(uuid) from public, anon;
grant execute on function public.close_meeting(uuid) to authenticated;

-- ---------------------------------------------------------------------------------------------------
-- Who is in the room: written by the database for the caller, never by a client for someone else.

create table public.meeting_room_presence (
  id uuid primary key default gen_random_uuid(),
  meeting_id uuid not null,
  region_id uuid not null references public.regions (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  entered_at timestamptz not null default now(),
  seen_at timestamptz not null default now(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (meeting_id, user_id),
  constraint meeting_room_presence_meeting_region_fk foreign key (meeting_id, region_id)
    references public.meetings (id, region_id) on delete cascade
);

comment on table public.meeting_room_presence is
  'Who is in a meeting room: one row per user, written only by record_meeting_presence() for auth.uid().';

create trigger meeting_room_presence_set_updated_at before update on public.meeting_room_presence
  for each row execute function public.set_updated_at();

alter table public.meeting_room_presence enable row level security;
create policy "meeting_room_presence: members read" on public.meeting_room_presence
  for select to authenticated using (region_id in (select private.member_region_ids()));
-- No write policies: record_meeting_presence() and leave_meeting_room() are the only ways in.
revoke all on public.meeting_room_presence from anon, authenticated;
grant select on public.meeting_room_presence to authenticated;

-- The people in the room now: seen in the last two minutes (the page refreshes its row every 45 seconds).
create view public.meeting_room_presence_now with (security_invoker = true) as
  select p.meeting_id, p.user_id, p.entered_at, p.seen_at
  from public.meeting_room_presence p
  where p.seen_at > now() - interval '2 minutes';
revoke all on public.meeting_room_presence_now from anon, authenticated;
grant select on public.meeting_room_presence_now to authenticated;

-- The caller is in the room: their row is refreshed, and their own partners (memberships the partner gave
-- itself) are recorded as present. Only while the meeting is on; a chair's correction wins.
-- Starts from the latest definition (20261206020000_error_codes.sql); added: the meeting must be on, the
-- caller's room row, and only memberships the partner gave itself.
create or replace function public.record_meeting_presence(meeting uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  meeting_region uuid;
begin
  select region_id into meeting_region from public.meetings where id = meeting;
  if meeting_region is null or not public.is_region_member(meeting_region) then
    raise exception using errcode = '42501', message = 'meeting_not_member';
  end if;
  if not private.meeting_is_on(meeting) then
    raise exception using errcode = '23514', message = 'meeting_not_open';
  end if;
  insert into public.meeting_room_presence (meeting_id, region_id, user_id)
  values (meeting, meeting_region, auth.uid())
  on conflict (meeting_id, user_id) do update set seen_at = now();
  insert into public.meeting_attendance (meeting_id, organisation_id, region_id, present, source)
  select meeting, m.organisation_id, meeting_region, true, 'presence'
  from public.memberships m
  join public.organisations o on o.id = m.organisation_id
  where m.user_id = (select auth.uid()) and o.region_id = meeting_region and m.granted_via <> 'region'
  on conflict (meeting_id, organisation_id) do update
    set present = true, source = 'presence'
    where public.meeting_attendance.source = 'presence' and not public.meeting_attendance.present;
end
$$;
revoke all on function public.record_meeting_presence(uuid) from public, anon;
grant execute on function public.record_meeting_presence(uuid) to authenticated;

-- The caller leaves the room (the page closes). Attendance stays: who was there, was there.
create or replace function public.leave_meeting_room(meeting uuid) returns void
language sql security definer
set search_path = ''
as $$
  delete from public.meeting_room_presence where meeting_id = meeting and user_id = (select auth.uid())
$$;
revoke all on function public.leave_meeting_room(uuid) from public, anon;
grant execute on function public.leave_meeting_room(uuid) to authenticated;

-- ---------------------------------------------------------------------------------------------------
-- Attendance rows themselves: presence only while the meeting is on; the chair's corrections once it was opened.

create or replace function private.guard_attendance_window() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if auth.role() is distinct from 'authenticated' then
    return new;
  end if;
  if new.source = 'presence' and not private.meeting_is_on(new.meeting_id) then
    raise exception using errcode = '23514', message = 'meeting_not_open';
  end if;
  if not private.meeting_was_opened(new.meeting_id) then
    raise exception using errcode = '23514', message = 'meeting_not_open';
  end if;
  return new;
end
$$;
revoke all on function private.guard_attendance_window() from public, anon, authenticated;

create trigger meeting_attendance_guard_window before insert or update on public.meeting_attendance
  for each row execute function private.guard_attendance_window();
