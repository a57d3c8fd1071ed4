-- Figures follow placements live, also for members who may not read the placements themselves.
--
-- Since 20261221010000 a placement row is read only by its partner and the region's coordinators, and Realtime
-- applies that rule: a viewer's banenafspraak page and overview no longer heard that another partner entered or
-- ended a placement, so the region-wide figures they show (computed by definer functions) went stale during a
-- meeting. placement_changes holds one row per region, touched once per statement that changes placements; every
-- member reads it and the pages refetch their figures when it changes. It says when, never what or whose.

create table public.placement_changes (
  region_id uuid primary key references public.regions (id) on delete cascade,
  changed_at timestamptz not null default now()
);

comment on table public.placement_changes is
  'When the placements of a region last changed (one row per region, no content): the live signal for members '
  'who may not read other partners'' placements.';

alter table public.placement_changes enable row level security;
create policy "placement_changes: members read" on public.placement_changes
  for select to authenticated using (region_id in (select private.member_region_ids()));
-- No write policies: only the trigger below writes.
revoke all on public.placement_changes from anon, authenticated;
grant select on public.placement_changes to authenticated;

create or replace function private.signal_placement_changes() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    insert into public.placement_changes (region_id, changed_at)
    select distinct n.region_id, now() from new_placements n
    on conflict (region_id) do update set changed_at = excluded.changed_at;
  elsif tg_op = 'UPDATE' then
    insert into public.placement_changes (region_id, changed_at)
    select n.region_id, now() from new_placements n union select o.region_id, now() from old_placements o
    on conflict (region_id) do update set changed_at = excluded.changed_at;
  else
    insert into public.placement_changes (region_id, changed_at)
    select distinct o.region_id, now() from old_placements o
    on conflict (region_id) do update set changed_at = excluded.changed_at;
  end if;
  return null;
end
$$;
revoke all on function private.signal_placement_changes() from public, anon, authenticated;

create trigger placements_signal_insert after insert on public.placements
  referencing new table as new_placements
  for each statement execute function private.signal_placement_changes();
create trigger placements_signal_update after update on public.placements
  referencing old table as old_placements new table as new_placements
  for each statement execute function private.signal_placement_changes();
create trigger placements_signal_delete after delete on public.placements
  referencing old table as old_placements
  for each statement execute function private.signal_placement_changes();

insert into public.placement_changes (region_id) select id from public.regions on conflict do nothing;

alter publication supabase_realtime add table public.placement_changes;
