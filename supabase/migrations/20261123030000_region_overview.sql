-- What the region overview reads: access to a region by slug, and each partner's last activity.

-- Tells a signed-in user whether a region exists and whether they may see it, so the app can answer
-- 404 for a region that does not exist and 403 for someone else's region. Reveals only a slug's existence.
create or replace function public.region_access(region_slug text) returns text
language sql stable security definer
set search_path = ''
as $$
  select case
    when r.id is null then 'missing'
    when public.is_region_member(r.id) then 'member'
    else 'forbidden'
  end
  from (select 1) as one
  left join public.regions r on r.slug = region_slug
$$;
revoke execute on function public.region_access(text) from public, anon;
grant execute on function public.region_access(text) to authenticated;

-- When did anything of a partner last change? Read through the audit trail, under its RLS.
create view public.organisation_activity with (security_invoker = true) as
  select organisation_id, max(created_at) as last_activity_at, count(*) as change_count
  from public.audit_log
  where organisation_id is not null
  group by organisation_id;
revoke all on public.organisation_activity from anon;
grant select on public.organisation_activity to authenticated;
