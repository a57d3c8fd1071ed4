-- A meeting takes attendance on its own day only, and a council report covers a period that has begun
-- (attack run of 5 December, findings B and C).
--
-- Before: open_meeting() refused a meeting before its date but reopened a closed September meeting in December,
-- after which record_meeting_presence() added partners to its attendance and to the network contact dated in
-- September (changing density and the health check after the fact). And publish_report() accepted a period that
-- has not begun (2030) and published today's figures under it, permanently.
-- Now: the chair opens (or reopens) a meeting only on its date in the Netherlands; attendance by presence is
-- taken only while it is open on that date; a meeting left open can still be closed later. A report's period
-- must have begun, in publish_report() and report_draft_snapshot() alike (both go through check_report_choice).

-- The meeting is on: opened, not closed, and today is its date in the Netherlands.
create or replace function private.meeting_is_on(meeting uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1
    from public.meeting_room_state s
    join public.meetings mt on mt.id = s.meeting_id
    where s.meeting_id = meeting and s.opened_at is not null and s.closed_at is null
      and (mt.starts_at at time zone 'Europe/Amsterdam')::date = (now() at time zone 'Europe/Amsterdam')::date
  )
$$;

-- Starts from 20261218010000_meeting_open_close.sql; added: not after the meeting's date either.
create or replace function public.open_meeting(meeting uuid) returns void
language plpgsql security definer
set search_path = ''
as $$
declare
  meeting_region uuid := private.chaired_meeting_region(meeting);
  meeting_day date;
  today date := (now() at time zone 'Europe/Amsterdam')::date;
begin
  select (mt.starts_at at time zone 'Europe/Amsterdam')::date into meeting_day
  from public.meetings mt where mt.id = meeting;
  if meeting_day > today then
    raise exception using errcode = '23514', message = 'meeting_before_its_date';
  end if;
  if meeting_day < today then
    raise exception using errcode = '23514', message = 'meeting_after_its_date';
  end if;
  insert into public.meeting_room_state (meeting_id, region_id, chair_user_id, opened_at)
  values (meeting, meeting_region, auth.uid(), now())
  on conflict (meeting_id) do update
    set opened_at = coalesce(public.meeting_room_state.opened_at, now()),
        closed_at = null,
        chair_user_id = coalesce(public.meeting_room_state.chair_user_id, auth.uid());
end
$$;

-- Starts from 20261218010000_meeting_open_close.sql; changed: a meeting left open past its day can still be
-- closed (meeting_is_on is false then, but the meeting is not closed).
create or replace function public.close_meeting(meeting uuid) returns void
language plpgsql security definer
set search_path = ''
as $$
begin
  perform private.chaired_meeting_region(meeting);
  if not exists (
    select 1 from public.meeting_room_state s
    where s.meeting_id = meeting and s.opened_at is not null and s.closed_at is null
  ) then
    raise exception using errcode = '23514', message = 'meeting_not_open';
  end if;
  update public.meeting_room_state set closed_at = now(), presenting = false where meeting_id = meeting;
  delete from public.meeting_room_presence where meeting_id = meeting;
end
$$;

-- Starts from 20261219010000_report_snapshot_in_database.sql; added: the period has begun. Stable now, because
-- it reads today's date.
create or replace function private.check_report_choice(period_year int, period_quarter int, sections text[])
returns void
language plpgsql
stable
set search_path = ''
as $$
begin
  if sections is null or cardinality(sections) = 0
     or exists (select 1 from unnest(sections) s where s not in
       ('baanafspraken', 'budgetten', 'doelen', 'netwerk', 'overleggen'))
     or cardinality(sections) <> (select count(distinct s) from unnest(sections) s) then
    raise exception using errcode = '22023', message = 'report_sections_invalid';
  end if;
  if period_year is null or period_year not between 2013 and 2100
     or (period_quarter is not null and period_quarter not between 1 and 4) then
    raise exception using errcode = '22023', message = 'report_period_invalid';
  end if;
  if make_date(period_year, coalesce(period_quarter * 3 - 2, 1), 1) > (now() at time zone 'Europe/Amsterdam')::date
  then
    raise exception using errcode = '22023', message = 'report_period_not_begun';
  end if;
end
$$;
