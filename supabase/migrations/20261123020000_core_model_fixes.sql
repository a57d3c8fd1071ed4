-- Fixes to the core model's authorization, found by the RLS integration tests
-- (tests/integration/rls-*.test.ts, audit-log.test.ts). The core model migration itself stays as it was.

-- 1. An editor keeps only the partner's contact details current (contact_name, contact_email,
--    description). The guard listed the columns an editor may NOT change, so every other column was open
--    to editors (created_at, and any column a later migration adds). It now lists what an editor may
--    change. Nobody rewrites a partner's id or creation date through the API.
create or replace function public.guard_organisation_update() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  -- updated_at is set by organisations_set_updated_at, which runs after this trigger.
  editor_columns constant text[] := array['contact_name', 'contact_email', 'description', 'updated_at'];
begin
  if auth.role() = 'authenticated' then
    if new.id is distinct from old.id or new.created_at is distinct from old.created_at then
      raise exception 'Id en aanmaakdatum van een partner liggen vast.' using errcode = '42501';
    end if;
    if not public.is_region_coordinator(old.region_id)
       and (to_jsonb(new) - editor_columns) is distinct from (to_jsonb(old) - editor_columns) then
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

-- 2. A region keeps a lead organisation. The coordinator could clear lead_organisation_id, after which
--    nobody is the region's coordinator any more and only the service role could repair it. Handing the
--    lead over to another partner of the region stays possible.
create or replace function public.guard_region_lead() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.lead_organisation_id is null then
    if tg_op = 'UPDATE' and old.lead_organisation_id is not null and auth.role() = 'authenticated' then
      raise exception 'Een regio houdt een trekker; wijs een andere partner van de regio aan.' using errcode = '23514';
    end if;
  elsif not exists (
    select 1 from public.organisations o where o.id = new.lead_organisation_id and o.region_id = new.id
  ) then
    raise exception 'De trekker moet een partner van deze regio zijn.' using errcode = '23514';
  end if;
  return new;
end
$$;

-- 3. Removing a partner removed its memberships by cascade, after the partner was gone. Two holes:
--    - the coordinator could delete the partner that holds the region's last admin (or the lead
--      organisation itself, taking the coordinator and admin with it): the last-admin guard could not
--      tell the region of a partner that no longer exists and let it pass;
--    - the audit rows of those memberships got region_id null, so no member could read them.
--    Now the lead organisation cannot be removed through the API (hand the lead over first), and a
--    partner's memberships are removed before the partner itself, so the last-admin guard and the audit
--    trail both still see the region.
create or replace function public.guard_organisation_delete() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if auth.role() = 'authenticated'
     and exists (select 1 from public.regions r where r.id = old.region_id and r.lead_organisation_id = old.id) then
    raise exception 'De trekker van de regio kan niet worden verwijderd; wijs eerst een andere trekker aan.'
      using errcode = '23514';
  end if;
  delete from public.memberships where organisation_id = old.id;
  return old;
end
$$;
revoke execute on function public.guard_organisation_delete() from public, anon, authenticated;
create trigger organisations_guard_delete before delete on public.organisations
  for each row execute function public.guard_organisation_delete();

-- 4. The last-admin guard also counts moving an admin's membership to a partner in another region as
--    losing that admin (possible for someone who is admin in both regions).
create or replace function public.guard_last_admin() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  region uuid := public.region_of_organisation(old.organisation_id);
begin
  if old.role = 'admin' and region is not null and auth.role() = 'authenticated'
     and (tg_op = 'DELETE' or new.role <> 'admin'
          or public.region_of_organisation(new.organisation_id) is distinct from region)
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
