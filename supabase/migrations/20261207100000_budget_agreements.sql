-- Multi-year budget agreements (issue 14, item 4; domain brief §4).
--
-- Partners agree on a contribution to a programme for several years ("De partners spreken een meerjarige
-- bijdrage af"), but a commitment could only be entered per year, up to next year. Now an agreement runs from a
-- start year to an end year ("toegezegd t/m"), with its status and the decision behind it, and the yearly amounts
-- (budget_commitments) belong to the agreement that covers their year.
--
-- - budget_agreements: one row per partner, programme and period; two periods of the same partner and programme
--   never overlap (an exclusion constraint; a trigger says so first with a code). At most eleven years.
-- - budget_commitments.agreement_id: the agreement of the row's year, tied by a composite foreign key to the same
--   programme, partner and region. A yearly amount entered without an agreement (the entry form's default, a CSV
--   row, an old client) gets an agreement for that one year, marked `implicit`, which goes when its last amount
--   goes. An explicit agreement stays without amounts ("toegezegd t/m 2030, bedragen volgen").
-- - add_budget_commitments(organisation, lines): the entry form and the CSV import store their lines in one
--   transaction, each with an optional "toegezegd t/m" that creates or lengthens the agreement of its year.
-- - Existing amounts get one agreement per run of consecutive years per partner and programme.

create extension if not exists btree_gist with schema extensions;

create type public.budget_agreement_status as enum ('toegezegd', 'onder_voorbehoud', 'beeindigd');
create type public.budget_decision_level as enum ('ambtelijk', 'bestuurlijk', 'politiek');

create table public.budget_agreements (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null,
  organisation_id uuid not null,
  region_id uuid not null references public.regions (id) on delete cascade,
  start_year int not null check (start_year between 2013 and 2100),
  end_year int not null check (end_year between 2013 and 2100),
  status public.budget_agreement_status not null default 'toegezegd',
  decision_level public.budget_decision_level,
  decision_reference text check (char_length(decision_reference) <= 150),
  decision_date date check (decision_date between '2000-01-01' and '2100-12-31'),
  note text check (char_length(note) <= 500),
  -- Made by entering an amount outside any agreement: it lives and goes with its amounts.
  implicit boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  -- "toegezegd t/m" is at least the start year and at most ten years after it.
  constraint budget_agreements_period check (end_year >= start_year and end_year - start_year <= 10),
  constraint budget_agreements_no_overlap exclude using gist (
    programme_id with =, organisation_id with =, int4range(start_year, end_year, '[]') with &&
  ),
  constraint budget_agreements_key unique (id, programme_id, organisation_id, region_id),
  constraint budget_agreements_organisation_id_region_fk foreign key (organisation_id, region_id)
    references public.organisations (id, region_id) on delete cascade,
  constraint budget_agreements_programme_id_region_fk foreign key (programme_id, region_id)
    references public.programmes (id, region_id) on delete cascade
);
create index budget_agreements_region_idx on public.budget_agreements (region_id, end_year);

create trigger budget_agreements_set_updated_at before update on public.budget_agreements
  for each row execute function public.set_updated_at();
create trigger budget_agreements_guard_write before insert or update on public.budget_agreements
  for each row execute function public.guard_figure_write();

-- The region follows the partner and must be the programme's; partner and programme of an agreement stay;
-- periods of one partner and programme do not overlap; the amounts stay inside the period.
create or replace function public.guard_budget_agreement() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  programme_region uuid;
  other record;
begin
  if tg_op = 'UPDATE' and (new.programme_id is distinct from old.programme_id
     or new.organisation_id is distinct from old.organisation_id) then
    raise exception using errcode = '23514', message = 'record_fixed';
  end if;
  new.region_id := public.region_of_organisation(new.organisation_id);
  if new.region_id is null then
    raise exception using errcode = '23503', message = 'unknown_partner';
  end if;
  select region_id into programme_region from public.programmes where id = new.programme_id;
  if programme_region is distinct from new.region_id then
    raise exception using errcode = '23514', message = 'programme_outside_region';
  end if;
  if new.end_year < new.start_year or new.end_year - new.start_year > 10 then
    raise exception using errcode = '23514', message = 'budget_agreement_period';
  end if;
  select a.start_year, a.end_year into other from public.budget_agreements a
  where a.programme_id = new.programme_id and a.organisation_id = new.organisation_id and a.id <> new.id
    and int4range(a.start_year, a.end_year, '[]') && int4range(new.start_year, new.end_year, '[]')
  limit 1;
  if found then
    raise exception using errcode = '23P01', message = 'budget_agreement_overlap',
      detail = other.start_year || '-' || other.end_year;
  end if;
  if tg_op = 'UPDATE' then
    if exists (select 1 from public.budget_commitments c where c.agreement_id = new.id
               and c.year not between new.start_year and new.end_year) then
      raise exception using errcode = '23514', message = 'budget_agreement_amounts_outside';
    end if;
    -- Someone changed it on purpose: it no longer goes with its last amount.
    new.implicit := false;
  end if;
  return new;
end
$$;
revoke execute on function public.guard_budget_agreement() from public, anon, authenticated;
create trigger budget_agreements_guard before insert or update on public.budget_agreements
  for each row execute function public.guard_budget_agreement();

alter table public.budget_agreements enable row level security;
create policy "budget_agreements: members read" on public.budget_agreements
  for select to authenticated using (region_id in (select private.member_region_ids()));
create policy "budget_agreements: the partner's editors and the coordinator add" on public.budget_agreements
  for insert to authenticated with check ((select public.can_edit_organisation(organisation_id)));
create policy "budget_agreements: the partner's editors and the coordinator change" on public.budget_agreements
  for update to authenticated
  using ((select public.can_edit_organisation(organisation_id)))
  with check ((select public.can_edit_organisation(organisation_id)));
create policy "budget_agreements: the partner's editors and the coordinator remove" on public.budget_agreements
  for delete to authenticated using ((select public.can_edit_organisation(organisation_id)));
revoke all on public.budget_agreements from anon;

create trigger budget_agreements_audit after insert or update or delete on public.budget_agreements
  for each row execute function public.audit_change('region_id');
alter publication supabase_realtime add table public.budget_agreements;

-- ---------------------------------------------------------------------------------------------------
-- The yearly amounts belong to an agreement.

alter table public.budget_commitments add column agreement_id uuid;

-- Existing amounts: one agreement per run of consecutive years of a partner and programme (at most 11 years).
with runs as (
  select c.programme_id, c.organisation_id, c.region_id, c.year,
    c.year - row_number() over (partition by c.programme_id, c.organisation_id order by c.year)::int as run
  from public.budget_commitments c
),
chunks as (
  select r.*, (r.year - min(r.year) over (partition by r.programme_id, r.organisation_id, r.run)) / 11 as chunk
  from runs r
)
insert into public.budget_agreements (programme_id, organisation_id, region_id, start_year, end_year)
select programme_id, organisation_id, min(region_id::text)::uuid, min(year), max(year)
from chunks group by programme_id, organisation_id, run, chunk;

update public.budget_commitments c set agreement_id = a.id
from public.budget_agreements a
where a.programme_id = c.programme_id and a.organisation_id = c.organisation_id
  and c.year between a.start_year and a.end_year;

alter table public.budget_commitments alter column agreement_id set not null;
alter table public.budget_commitments add constraint budget_commitments_agreement_region_fk
  foreign key (agreement_id, programme_id, organisation_id, region_id)
  references public.budget_agreements (id, programme_id, organisation_id, region_id);
create index budget_commitments_agreement_idx on public.budget_commitments (agreement_id, year);

-- Which agreement a yearly amount belongs to: the one given (when it covers the year), else the one of the
-- partner and programme that covers the year, else a new one for that year alone. Runs after the region is
-- derived (triggers fire by name). A caller who may not write the partner's figures gets nothing here, so the
-- policy of budget_commitments refuses the row (42501), not a policy of budget_agreements.
create or replace function public.resolve_budget_agreement() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  covering public.budget_agreements;
begin
  if tg_op = 'UPDATE' and new.agreement_id is not distinct from old.agreement_id then
    if new.programme_id is not distinct from old.programme_id
       and new.organisation_id is not distinct from old.organisation_id
       and new.year is not distinct from old.year then
      return new;
    end if;
    -- Moved to another programme, partner or year: find its agreement again.
    new.agreement_id := null;
  end if;
  if coalesce(auth.role(), '') = 'authenticated' and not public.can_edit_organisation(new.organisation_id) then
    return new;
  end if;
  if new.agreement_id is not null then
    select * into covering from public.budget_agreements where id = new.agreement_id;
    if found and new.year between covering.start_year and covering.end_year then
      return new;
    end if;
    raise exception using errcode = '23514', message = 'budget_year_outside_agreement';
  end if;
  select * into covering from public.budget_agreements a
  where a.programme_id = new.programme_id and a.organisation_id = new.organisation_id
    and new.year between a.start_year and a.end_year;
  if not found then
    insert into public.budget_agreements (programme_id, organisation_id, region_id, start_year, end_year, implicit)
    values (new.programme_id, new.organisation_id, new.region_id, new.year, new.year, true)
    returning * into covering;
  end if;
  new.agreement_id := covering.id;
  return new;
end
$$;
revoke execute on function public.resolve_budget_agreement() from public, anon, authenticated;
create trigger budget_commitments_resolve_agreement
  before insert or update on public.budget_commitments
  for each row execute function public.resolve_budget_agreement();

-- An agreement made by entering an amount goes with its last amount.
create or replace function public.drop_empty_implicit_agreement() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' and new.agreement_id is not distinct from old.agreement_id then
    return null;
  end if;
  delete from public.budget_agreements a
  where a.id = old.agreement_id and a.implicit
    and not exists (select 1 from public.budget_commitments c where c.agreement_id = a.id);
  return null;
end
$$;
revoke execute on function public.drop_empty_implicit_agreement() from public, anon, authenticated;
create trigger budget_commitments_drop_empty_agreement
  after update or delete on public.budget_commitments
  for each row execute function public.drop_empty_implicit_agreement();

-- ---------------------------------------------------------------------------------------------------
-- Storing lines: the entry form (one line, or one per year of a new agreement) and the CSV import (every row),
-- all or nothing, under the caller's row-level security.
--
-- Each line: programme_id, year, committed_amount, and optionally committed_staff_hours, realised_amount,
-- realised_staff_hours, note, and for the agreement of its year: through ("toegezegd t/m"), status,
-- decision_level, decision_reference, decision_date. A line whose year no agreement covers starts one, from its
-- year through `through` (or that year alone); a line inside an agreement lengthens it to `through` when that is
-- later. The agreement's status and decision are taken from the line that starts or lengthens it. Lines are
-- stored in year order, so a file may list its years in any order. Returns the ids of the stored amounts.
create or replace function public.add_budget_commitments(organisation uuid, lines jsonb)
returns uuid[]
language plpgsql
security invoker
set search_path = ''
as $$
declare
  line jsonb;
  line_year int;
  line_programme uuid;
  through int;
  covering public.budget_agreements;
  stored uuid;
  ids uuid[] := '{}';
begin
  if jsonb_typeof(lines) is distinct from 'array' then
    raise exception using errcode = '22023', message = 'budget_lines_invalid';
  end if;
  for line in
    select value from jsonb_array_elements(lines) with ordinality as l (value, position)
    order by (value ->> 'year')::int, position
  loop
    line_year := (line ->> 'year')::int;
    line_programme := (line ->> 'programme_id')::uuid;
    through := (line ->> 'through')::int;
    select * into covering from public.budget_agreements a
    where a.programme_id = line_programme and a.organisation_id = organisation
      and line_year between a.start_year and a.end_year;
    if not found and through is not null then
      insert into public.budget_agreements (programme_id, organisation_id, region_id, start_year, end_year,
        status, decision_level, decision_reference, decision_date)
      values (line_programme, organisation, null, line_year, through,
        coalesce((line ->> 'status')::public.budget_agreement_status, 'toegezegd'),
        (line ->> 'decision_level')::public.budget_decision_level,
        nullif(line ->> 'decision_reference', ''),
        (line ->> 'decision_date')::date);
    elsif found and through > covering.end_year then
      update public.budget_agreements set
        end_year = through,
        status = coalesce((line ->> 'status')::public.budget_agreement_status, status),
        decision_level = coalesce((line ->> 'decision_level')::public.budget_decision_level, decision_level),
        decision_reference = coalesce(nullif(line ->> 'decision_reference', ''), decision_reference),
        decision_date = coalesce((line ->> 'decision_date')::date, decision_date)
      where id = covering.id;
    end if;
    insert into public.budget_commitments (programme_id, organisation_id, region_id, year, committed_amount,
      committed_staff_hours, realised_amount, realised_staff_hours, note)
    values (line_programme, organisation, null, line_year,
      (line ->> 'committed_amount')::numeric, (line ->> 'committed_staff_hours')::numeric,
      (line ->> 'realised_amount')::numeric, (line ->> 'realised_staff_hours')::numeric,
      nullif(line ->> 'note', ''))
    returning id into stored;
    ids := ids || stored;
  end loop;
  return ids;
end
$$;
revoke execute on function public.add_budget_commitments(uuid, jsonb) from public, anon;
grant execute on function public.add_budget_commitments(uuid, jsonb) to authenticated, service_role;
