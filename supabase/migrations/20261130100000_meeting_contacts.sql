-- Attendance at a steering-group meeting is a contact between the partners that were there (issue 7 feeds
-- the network module of issue 6). One contact per meeting, kept in step with the attendance: the chair's
-- corrections and late arrivals change its participants; a meeting without anyone present has no contact.

alter table public.contacts
  add column meeting_id uuid unique references public.meetings (id) on delete cascade;

comment on column public.contacts.meeting_id is
  'Set for the contact that mirrors a meeting''s attendance; maintained by sync_meeting_contact().';

create or replace function public.sync_meeting_contact(p_meeting_id uuid) returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  v_meeting record;
  v_lead uuid;
  v_contact uuid;
begin
  select m.id, m.region_id, m.title, m.starts_at into v_meeting from public.meetings m where m.id = p_meeting_id;
  if not found then
    return;
  end if;
  select r.lead_organisation_id into v_lead from public.regions r where r.id = v_meeting.region_id;

  if v_lead is null or not exists (
    select 1 from public.meeting_attendance a where a.meeting_id = p_meeting_id and a.present
  ) then
    delete from public.contacts c where c.meeting_id = p_meeting_id;
    return;
  end if;

  insert into public.contacts (region_id, kind, occurred_on, topic, source, recorded_by_organisation_id, meeting_id)
  values (
    v_meeting.region_id,
    'overleg',
    (v_meeting.starts_at at time zone 'Europe/Amsterdam')::date,
    left(v_meeting.title, 200),
    'vergadering',
    v_lead,
    p_meeting_id
  )
  on conflict (meeting_id) do update
    set occurred_on = excluded.occurred_on, topic = excluded.topic, updated_at = now()
  returning id into v_contact;

  delete from public.contact_participants p
  where p.contact_id = v_contact
    and not exists (
      select 1 from public.meeting_attendance a
      where a.meeting_id = p_meeting_id and a.organisation_id = p.organisation_id and a.present
    );
  insert into public.contact_participants (contact_id, organisation_id)
  select v_contact, a.organisation_id
  from public.meeting_attendance a
  where a.meeting_id = p_meeting_id and a.present
  on conflict do nothing;
end
$$;
revoke execute on function public.sync_meeting_contact(uuid) from public, anon, authenticated;

create or replace function public.meeting_attendance_to_contacts() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_table_name = 'meetings' then
    perform public.sync_meeting_contact(new.id);
  else
    perform public.sync_meeting_contact(coalesce(new.meeting_id, old.meeting_id));
  end if;
  return null;
end
$$;
revoke execute on function public.meeting_attendance_to_contacts() from public, anon, authenticated;

create trigger meeting_attendance_feeds_contacts
  after insert or update or delete on public.meeting_attendance
  for each row execute function public.meeting_attendance_to_contacts();
create trigger meeting_feeds_contacts
  after update of title, starts_at on public.meetings
  for each row execute function public.meeting_attendance_to_contacts();

-- Meetings that already have attendance (the seed) get their contact now.
select public.sync_meeting_contact(m.id) from public.meetings m;
