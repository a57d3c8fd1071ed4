-- Fixes to the figures' rules, found by the RLS integration tests (tests/integration/rls-figures-*.test.ts).
-- The figures migration itself stays as it was.

-- 1. Who entered a figure, and when, is recorded by the database, not claimed by the client.
--    created_by only defaulted to auth.uid(): the Maastricht editor could enter a placement "by" the
--    coordinator, and rewrite created_by, created_at and even id afterwards (which also cut a row off
--    from its audit trail, keyed on row_id). Now, for signed-in users, an insert takes created_by, created_at
--    and updated_at from the session and the clock, and an update may not change id, created_at or
--    created_by. The service role (seeds, server-side imports) still sets them.
create or replace function public.guard_figure_write() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if auth.role() is distinct from 'authenticated' then
    return new;
  end if;
  if tg_op = 'INSERT' then
    new.created_at := now();
    new.updated_at := now();
    if tg_table_name = 'placements' then
      new.created_by := auth.uid();
    end if;
  elsif new.id is distinct from old.id or new.created_at is distinct from old.created_at
     or (to_jsonb(new) -> 'created_by') is distinct from (to_jsonb(old) -> 'created_by') then
    raise exception 'Id, aanmaakdatum en invoerder van een cijfer liggen vast.' using errcode = '42501';
  end if;
  return new;
end
$$;
revoke execute on function public.guard_figure_write() from public, anon, authenticated;

create trigger placements_guard_write before insert or update on public.placements
  for each row execute function public.guard_figure_write();
create trigger regional_targets_guard_write before insert or update on public.regional_targets
  for each row execute function public.guard_figure_write();
create trigger programmes_guard_write before insert or update on public.programmes
  for each row execute function public.guard_figure_write();
create trigger budget_commitments_guard_write before insert or update on public.budget_commitments
  for each row execute function public.guard_figure_write();

-- 2. A programme never moves to another region. Commitments are checked against their programme's region
--    only when the commitment is written, so someone coordinating two regions could move a programme and
--    leave the partners' commitments of one region attached to a programme of the other. Like a partner
--    (guard_organisation_update), a programme stays in its region, whoever asks.
create or replace function public.guard_programme_region() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.region_id is distinct from old.region_id then
    raise exception 'Een programma verhuist niet naar een andere regio.' using errcode = '23514';
  end if;
  return new;
end
$$;
revoke execute on function public.guard_programme_region() from public, anon, authenticated;

create trigger programmes_guard_region before update on public.programmes
  for each row execute function public.guard_programme_region();

-- 3. The programme's region is read as it is, not as the caller may see it. derive_figure_region read
--    programmes under the caller's row-level security, so a programme the caller cannot read looked like a
--    programme of no region: the Tilburg editor writing for Maastricht, or the Heerlen coordinator writing
--    for Tilburg, got "programme of another region" (23514) for a correct pair, and the answer depended on
--    who asked. The check now sees the true region (security definer, like region_of_organisation), and
--    whether the caller may write the partner's figures is left to the policies (42501).
create or replace function public.derive_figure_region() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  programme_region uuid;
begin
  new.region_id := public.region_of_organisation(new.organisation_id);
  if new.region_id is null then
    raise exception 'Onbekende partner.' using errcode = '23503';
  end if;
  if tg_table_name = 'budget_commitments' then
    select region_id into programme_region from public.programmes where id = new.programme_id;
    if programme_region is distinct from new.region_id then
      raise exception 'Het programma hoort niet bij de regio van deze partner.' using errcode = '23514';
    end if;
  end if;
  return new;
end
$$;
revoke execute on function public.derive_figure_region() from public, anon, authenticated;
