-- Issue 17 (render under load): organisation_activity without aggregating the region's whole audit trail.
--
-- Every region page reads the last activity per partner. The view grouped every audit row the caller may read
-- (7,700 for the benchmark region, each through the audit trail's policy): 5–10 ms per page. Now it walks the
-- index on (organisation_id, created_at desc): the partners with readable audit rows one by one (a skip scan:
-- the next organisation_id after the previous one), and per partner the newest readable row. Same rows, same
-- columns, same security (security_invoker: every read of audit_log still goes through its policy, so a
-- partner appears only with a row the caller may read, and its last activity is the newest such row);
-- change_count is still counted, only when asked for.
create or replace view public.organisation_activity with (security_invoker = true) as
  with recursive partners as (
    (select a.organisation_id from public.audit_log a
     where a.organisation_id is not null
     order by a.organisation_id limit 1)
    union all
    select (select a.organisation_id from public.audit_log a
            where a.organisation_id > p.organisation_id
            order by a.organisation_id limit 1)
    from partners p
    where p.organisation_id is not null
  )
  select
    p.organisation_id,
    (select a.created_at from public.audit_log a
     where a.organisation_id = p.organisation_id
     order by a.created_at desc limit 1) as last_activity_at,
    (select count(*) from public.audit_log a where a.organisation_id = p.organisation_id) as change_count
  from partners p
  where p.organisation_id is not null;
