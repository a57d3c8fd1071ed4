-- The meeting room's chair and current agenda item live in the database (issue 13, item 12).
--
-- The room followed the chair through presence (each participant's own claim "I am the chair, at item X") and a
-- broadcast "go to item X" that anyone in the private channel could send: a Maastricht editor could appear as
-- chair for another organisation and steer every follower. Now:
--   * meeting_room_state holds, per meeting, who chairs (presents) and the current agenda item. Only the region's
--     coordinator writes it, through present_meeting_item(); the caller becomes the chair. Followers follow the
--     row (postgres_changes, under the members-read policy), never a broadcast.
--   * Who is in the room, and for which partner, is read from the database: the app resolves each presence key
--     (a user id) to that user's memberships in the region, and shows nothing for keys that are not members.
--     Attendance is written by record_meeting_presence() from the caller's own memberships, as before.

alter table public.meeting_agenda_items add constraint meeting_agenda_items_id_meeting_key unique (id, meeting_id);

create table public.meeting_room_state (
  id uuid primary key default gen_random_uuid(),
  meeting_id uuid not null unique,
  region_id uuid not null references public.regions (id) on delete cascade,
  chair_user_id uuid references auth.users (id) on delete set null,
  current_agenda_item_id uuid,
  presenting boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint meeting_room_state_meeting_region_fk foreign key (meeting_id, region_id)
    references public.meetings (id, region_id) on delete cascade,
  constraint meeting_room_state_item_fk foreign key (current_agenda_item_id, meeting_id)
    references public.meeting_agenda_items (id, meeting_id) on delete set null (current_agenda_item_id),
  constraint meeting_room_state_presenting_has_item check (not presenting or current_agenda_item_id is not null)
);

comment on table public.meeting_room_state is
  'Per meeting: who chairs the room and at which agenda item. Written only by present_meeting_item().';

create trigger meeting_room_state_set_updated_at before update on public.meeting_room_state
  for each row execute function public.set_updated_at();

alter table public.meeting_room_state enable row level security;
create policy "meeting_room_state: members read" on public.meeting_room_state
  for select to authenticated using (region_id in (select private.member_region_ids()));
-- No write policies: the only way in is present_meeting_item().
revoke all on public.meeting_room_state from anon, authenticated;
grant select on public.meeting_room_state to authenticated;

alter publication supabase_realtime add table public.meeting_room_state;

-- The coordinator presents an agenda item (and so chairs the room), or stops presenting (item null).
create or replace function public.present_meeting_item(meeting uuid, item uuid) returns void
language plpgsql security definer
set search_path = ''
as $$
declare
  meeting_region uuid;
begin
  select region_id into meeting_region from public.meetings where id = meeting;
  if meeting_region is null or not private.is_region_member(meeting_region) then
    raise exception 'meeting_unknown' using errcode = 'P0002';
  end if;
  if not public.is_region_coordinator(meeting_region) then
    raise exception 'meeting_chair_only' using errcode = '42501';
  end if;
  if item is not null and not exists (
    select 1 from public.meeting_agenda_items a where a.id = item and a.meeting_id = meeting
  ) then
    raise exception 'agenda_item_unknown' using errcode = '23514';
  end if;
  insert into public.meeting_room_state (meeting_id, region_id, chair_user_id, current_agenda_item_id, presenting)
  values (meeting, meeting_region, auth.uid(), item, item is not null)
  on conflict (meeting_id) do update
    set chair_user_id = excluded.chair_user_id,
        current_agenda_item_id = coalesce(excluded.current_agenda_item_id,
          public.meeting_room_state.current_agenda_item_id),
        presenting = excluded.presenting;
end
$$;
revoke all on function public.present_meeting_item(uuid, uuid) from public, anon;
grant execute on function public.present_meeting_item(uuid, uuid) to authenticated;

-- In the room's channel members send only their presence; a broadcast comes only from the region's coordinator
-- (the chair). A broadcast "go to item X" from any member was how a member could steer the followers; the app
-- no longer follows broadcasts at all, but nobody else may send them either.
create or replace function private.can_chair_meeting_channel(topic text) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select coalesce(public.is_region_coordinator(private.region_of_meeting_topic(topic)), false)
$$;
revoke all on function private.can_chair_meeting_channel(text) from public, anon;
grant execute on function private.can_chair_meeting_channel(text) to authenticated, service_role;

alter policy "meeting room channels: members of the region send" on realtime.messages
  with check (
    (extension = 'presence' and (select private.can_use_meeting_channel(realtime.topic())))
    or (extension = 'broadcast' and (select private.can_chair_meeting_channel(realtime.topic())))
  );
