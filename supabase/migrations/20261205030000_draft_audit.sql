-- Drafts never leave their author's circle (issue 13, item 2).
--
-- A report draft is the region coordinator's work in progress: report_versions shows it only to the region's
-- coordinators. But every change of a draft was also written to the audit log, which every member of the region
-- reads, over REST and live through Realtime: a UWV viewer read the introduction and snapshot of the
-- coordinator's unpublished draft in audit_log.new_values.
--
-- Each audit row now says who may read it (visible_to). Rows about a draft are for the region's coordinators
-- only; the row that records publishing is for the whole region, but keeps of the draft it replaced only that it
-- was a draft. The policy decides, so REST, the organisation_activity view and Realtime (which evaluates the
-- subscriber's RLS for every change) all follow it.

alter table public.audit_log
  add column visible_to text not null default 'region' check (visible_to in ('region', 'coordinators'));

comment on column public.audit_log.visible_to is
  'region: every member of the region reads the row; coordinators: only the region''s coordinators (drafts).';

-- The regions the current user coordinates (coordinator or admin of the lead organisation).
create or replace function private.coordinated_region_ids() returns setof uuid
language sql stable security definer
set search_path = ''
as $$
  select r.id
  from public.regions r
  join public.memberships m on m.organisation_id = r.lead_organisation_id
  where m.user_id = (select auth.uid()) and private.role_rank(m.role) >= private.role_rank('coordinator')
$$;
revoke all on function private.coordinated_region_ids() from public, anon;
grant execute on function private.coordinated_region_ids() to authenticated, service_role;

-- What of a draft may be said in a row the whole region reads: that it existed, not what it said.
create or replace function private.draft_outline(report jsonb) returns jsonb
language sql immutable
set search_path = ''
as $$
  select jsonb_build_object('id', report -> 'id', 'status', report -> 'status', 'region_id', report -> 'region_id')
$$;

create or replace function private.classify_audit_row() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.table_name = 'report_versions' then
    if coalesce(new.new_values ->> 'status', new.old_values ->> 'status') = 'draft' then
      new.visible_to := 'coordinators';
    elsif new.old_values ->> 'status' = 'draft' then
      -- Publishing: the published version is for everyone, the draft it was is not.
      new.old_values := private.draft_outline(new.old_values);
      new.visible_to := 'region';
    end if;
  end if;
  return new;
end
$$;
revoke all on function private.classify_audit_row(), private.draft_outline(jsonb) from public, anon, authenticated;

create trigger audit_log_classify before insert on public.audit_log
  for each row execute function private.classify_audit_row();

alter policy "audit_log: members read their region's audit trail" on public.audit_log
  using (
    region_id in (select private.member_region_ids())
    and (visible_to = 'region' or region_id in (select private.coordinated_region_ids()))
  );

-- Rows written before this migration get the same treatment. The audit log is append-only for everyone; this
-- one-off correction removes what should never have been readable, and is itself the migration's record.
alter table public.audit_log disable trigger audit_log_is_append_only;
update public.audit_log set visible_to = 'coordinators'
where table_name = 'report_versions' and coalesce(new_values ->> 'status', old_values ->> 'status') = 'draft';
update public.audit_log set old_values = private.draft_outline(old_values)
where table_name = 'report_versions' and old_values ->> 'status' = 'draft' and new_values ->> 'status' = 'published';
alter table public.audit_log enable trigger audit_log_is_append_only;

-- report_versions leaves the realtime publication. Realtime decides whether a subscriber may see a change by
-- reading the row as it is when the change is delivered (hosted Supabase too), while the payload is the row as it
-- was written: a draft inserted and published a moment later went out, draft content and all, to every member.
-- Its audit rows say the same and never change visibility (the audit log is append-only), so the reports page
-- follows those instead.
alter publication supabase_realtime drop table public.report_versions;
