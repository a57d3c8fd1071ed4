-- Partner figures: baanafspraken (placements per quarter, counted at 25.5 hours per job) with the
-- region's yearly target per sector, and budget commitments per partner, programme and year.

create type public.job_sector as enum ('markt', 'overheid');
create type public.placement_instrument as enum (
  'loonkostensubsidie', 'jobcoaching', 'no_risk_polis', 'detachering', 'beschut_werk', 'overig'
);

-- Quarterly placements of people from the doelgroepregister, entered by a partner.
create table public.placements (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  region_id uuid not null references public.regions (id) on delete cascade,
  year int not null check (year between 2013 and 2100),
  quarter int not null check (quarter between 1 and 4),
  sector public.job_sector not null,
  persons int not null check (persons between 0 and 10000),
  hours_per_week numeric(9, 2) not null check (hours_per_week between 0 and 2000),
  employer_name text check (char_length(employer_name) <= 150),
  instrument public.placement_instrument,
  note text check (char_length(note) <= 500),
  created_by uuid default auth.uid() references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index placements_region_period_idx on public.placements (region_id, year, quarter);
create index placements_organisation_idx on public.placements (organisation_id, year, quarter);

-- The regionale opgave: counted jobs the region must reach by the end of a year, per sector.
create table public.regional_targets (
  id uuid primary key default gen_random_uuid(),
  region_id uuid not null references public.regions (id) on delete cascade,
  year int not null check (year between 2013 and 2100),
  sector public.job_sector not null,
  target_jobs numeric(10, 2) not null check (target_jobs >= 0),
  baseline_jobs numeric(10, 2) not null default 0 check (baseline_jobs >= 0),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (region_id, year, sector)
);

-- Shared programmes partners commit money and staff hours to (e.g. the Werkgeversservicepunt).
create table public.programmes (
  id uuid primary key default gen_random_uuid(),
  region_id uuid not null references public.regions (id) on delete cascade,
  name text not null check (char_length(name) between 2 and 150),
  description text check (char_length(description) <= 1000),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (region_id, name)
);

create table public.budget_commitments (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references public.programmes (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  region_id uuid not null references public.regions (id) on delete cascade,
  year int not null check (year between 2013 and 2100),
  committed_amount numeric(14, 2) not null check (committed_amount >= 0 and committed_amount < 1e12),
  committed_staff_hours numeric(10, 2) check (committed_staff_hours >= 0 and committed_staff_hours <= 1e6),
  realised_amount numeric(14, 2) check (realised_amount >= 0 and realised_amount < 1e12),
  realised_staff_hours numeric(10, 2) check (realised_staff_hours >= 0 and realised_staff_hours <= 1e6),
  note text check (char_length(note) <= 500),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (programme_id, organisation_id, year)
);
create index budget_commitments_region_idx on public.budget_commitments (region_id, year);

create trigger placements_set_updated_at before update on public.placements
  for each row execute function public.set_updated_at();
create trigger regional_targets_set_updated_at before update on public.regional_targets
  for each row execute function public.set_updated_at();
create trigger programmes_set_updated_at before update on public.programmes
  for each row execute function public.set_updated_at();
create trigger budget_commitments_set_updated_at before update on public.budget_commitments
  for each row execute function public.set_updated_at();

-- region_id is derived, never trusted from the client: it follows the partner (and its programme).
create or replace function public.derive_figure_region() returns trigger
language plpgsql
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
create trigger placements_derive_region before insert or update on public.placements
  for each row execute function public.derive_figure_region();
create trigger budget_commitments_derive_region before insert or update on public.budget_commitments
  for each row execute function public.derive_figure_region();

alter table public.placements enable row level security;
alter table public.regional_targets enable row level security;
alter table public.programmes enable row level security;
alter table public.budget_commitments enable row level security;

create policy "placements: members read their region's placements" on public.placements
  for select to authenticated using ((select public.is_region_member(region_id)));
create policy "placements: the partner's editors and the coordinator add" on public.placements
  for insert to authenticated with check ((select public.can_edit_organisation(organisation_id)));
create policy "placements: the partner's editors and the coordinator change" on public.placements
  for update to authenticated
  using ((select public.can_edit_organisation(organisation_id)))
  with check ((select public.can_edit_organisation(organisation_id)));
create policy "placements: the partner's editors and the coordinator remove" on public.placements
  for delete to authenticated using ((select public.can_edit_organisation(organisation_id)));

create policy "regional_targets: members read" on public.regional_targets
  for select to authenticated using ((select public.is_region_member(region_id)));
create policy "regional_targets: the coordinator adds" on public.regional_targets
  for insert to authenticated with check ((select public.is_region_coordinator(region_id)));
create policy "regional_targets: the coordinator changes" on public.regional_targets
  for update to authenticated
  using ((select public.is_region_coordinator(region_id)))
  with check ((select public.is_region_coordinator(region_id)));
create policy "regional_targets: the coordinator removes" on public.regional_targets
  for delete to authenticated using ((select public.is_region_coordinator(region_id)));

create policy "programmes: members read" on public.programmes
  for select to authenticated using ((select public.is_region_member(region_id)));
create policy "programmes: the coordinator adds" on public.programmes
  for insert to authenticated with check ((select public.is_region_coordinator(region_id)));
create policy "programmes: the coordinator changes" on public.programmes
  for update to authenticated
  using ((select public.is_region_coordinator(region_id)))
  with check ((select public.is_region_coordinator(region_id)));
create policy "programmes: the coordinator removes" on public.programmes
  for delete to authenticated using ((select public.is_region_coordinator(region_id)));

create policy "budget_commitments: members read" on public.budget_commitments
  for select to authenticated using ((select public.is_region_member(region_id)));
create policy "budget_commitments: the partner's editors and the coordinator add" on public.budget_commitments
  for insert to authenticated with check ((select public.can_edit_organisation(organisation_id)));
create policy "budget_commitments: the partner's editors and the coordinator change" on public.budget_commitments
  for update to authenticated
  using ((select public.can_edit_organisation(organisation_id)))
  with check ((select public.can_edit_organisation(organisation_id)));
create policy "budget_commitments: the partner's editors and the coordinator remove" on public.budget_commitments
  for delete to authenticated using ((select public.can_edit_organisation(organisation_id)));

revoke all on public.placements, public.regional_targets, public.programmes, public.budget_commitments from anon;

create trigger placements_audit after insert or update or delete on public.placements
  for each row execute function public.audit_change('region_id');
create trigger regional_targets_audit after insert or update or delete on public.regional_targets
  for each row execute function public.audit_change('region_id');
create trigger programmes_audit after insert or update or delete on public.programmes
  for each row execute function public.audit_change('region_id');
create trigger budget_commitments_audit after insert or update or delete on public.budget_commitments
  for each row execute function public.audit_change('region_id');

alter publication supabase_realtime add table public.placements, public.regional_targets, public.programmes,
  public.budget_commitments;
