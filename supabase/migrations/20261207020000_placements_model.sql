-- The banenafspraak as the sector counts it (issue 14, items 1–3): one row is one plaatsing (one person in one
-- job), with a start and, when it ends, an end, so the standing is a STOCK at a peildatum; partners close a
-- quarter when they have reported it; UWV's official regional stand per peildatum is the reference; the opgave is
-- cumulative since the nulmeting (31-12-2012), so a shortfall carries over into the next year by definition and no
-- yearly basis is typed in; context figures per gemeente (bijstand) sit beside the share of plaatsingen.
--
-- placements, reworked. Before: aggregated lines (persons × total hours per quarter) that could only add up:
-- "0 persons with 2,000 hours" counted as 78.4 jobs and "3 persons with 200 hours" went into a council report.
-- Now:
--   person_key         the kandidaatnummer the Werkgeversservicepunt gives a werkzoekende: the same for every
--                      partner, never a BSN or a name (a number of 8 or 9 digits is refused as a likely BSN);
--   klantgroep         'uwv' for people with a UWV benefit (Wajong, WIA, WW), otherwise 'gemeente';
--   woongemeente       CBS code of where the person lives on the start date (valid on that date);
--   in_doelgroepregister  only plaatsingen of people in UWV's doelgroepregister count;
--   employer_name / employer_kvk, and employer_key (the KvK number, else the normalised name);
--   dienstverband      regulier, uitzend or detachering; sector markt/overheid, or unknown (null) for uitzend and
--                      detachering, which UWV does not split by sector either;
--   start_date / end_date (the last working day, inclusive);
--   hours_per_week     more than 0 and at most 48 (the Arbeidstijdenwet's average maximum); above 40 only when
--                      hours_checked says someone checked it;
--   credited_organisation_id  who gets the credit, derived, never chosen: UWV of the region for klantgroep uwv,
--                      otherwise the gemeente-partner of the woongemeente, otherwise nobody ("woont buiten de regio");
--   mediated_by_organisation_id  who did the work (WSP, SW-bedrijf, …): shown, never counted a second time;
--   import_id          the CSV import a row came in with, so the entry page can mark what was just imported.
-- One plaatsing exists once in the region: an exclusion constraint on person × employer × overlapping period,
-- whoever enters it. Every rule is checked by a trigger that raises a stable code (the form shows it at the
-- field); the check constraints and the exclusion constraint stay as the last line.
--
-- Existing rows are converted: a line of p persons with h hours becomes p plaatsingen of h/p hours each, starting
-- on the first day of its quarter, open-ended, in the doelgroepregister (what the old form asked for), with the
-- partner's own gemeente as woongemeente when it is a gemeente (otherwise none: the row then has no credit until
-- someone fills it in), a person key of its own ("OMGEZET-…") and a note saying where it came from. A line with
-- 0 persons or 0 hours is not a plaatsing and goes. Hours per person above 48 are capped at 48 (the note keeps the
-- original). The audit log keeps every old line as it was.

create type public.klantgroep as enum ('gemeente', 'uwv');
create type public.dienstverband as enum ('regulier', 'uitzend', 'detachering');

-- The key one employer is known by: its KvK number, else its name without case and extra spaces.
create or replace function private.employer_key(kvk text, name text)
returns text
language sql
immutable
set search_path = ''
as $$
  select coalesce(nullif(btrim(kvk), ''), lower(regexp_replace(btrim(coalesce(name, '')), '\s+', ' ', 'g')))
$$;
grant execute on function private.employer_key(text, text) to authenticated, service_role;

alter table public.placements
  add column credited_organisation_id uuid,
  add column mediated_by_organisation_id uuid,
  add column person_key text,
  add column klantgroep public.klantgroep not null default 'gemeente',
  add column woongemeente text references public.gemeenten (code),
  add column in_doelgroepregister boolean,
  add column employer_kvk text,
  add column dienstverband public.dienstverband not null default 'regulier',
  add column start_date date,
  add column end_date date,
  add column hours_checked boolean not null default false,
  add column import_id uuid;

-- Conversion of the aggregated lines (see above).
insert into public.placements (organisation_id, region_id, year, quarter, persons, sector, hours_per_week,
  employer_name, instrument, note, created_by, created_at, updated_at,
  credited_organisation_id, person_key, klantgroep, woongemeente, in_doelgroepregister, dienstverband,
  start_date, hours_checked)
select p.organisation_id, p.region_id, p.year, p.quarter, 1, p.sector,
  greatest(0.1, least(48, round(p.hours_per_week / p.persons, 1))),
  coalesce(nullif(btrim(p.employer_name), ''), 'Onbekende werkgever'),
  p.instrument,
  left(coalesce(nullif(btrim(p.note), '') || ' ', '')
    || format('Omgezet uit een regel van %s personen en %s uur per week (%s K%s).', p.persons,
      p.hours_per_week, p.year, p.quarter), 500),
  p.created_by, p.created_at, now(),
  case when o.type = 'uwv' then o.id when g.code is not null then o.id end,
  'OMGEZET-' || upper(left(md5(p.id::text || '-' || n), 10)),
  case when o.type = 'uwv' then 'uwv' else 'gemeente' end::public.klantgroep,
  g.code,
  true,
  case when p.instrument = 'detachering' then 'detachering' else 'regulier' end::public.dienstverband,
  make_date(p.year, (p.quarter - 1) * 3 + 1, 1),
  p.hours_per_week / p.persons > 40
from public.placements p
join public.organisations o on o.id = p.organisation_id
left join public.gemeenten g on g.code = o.cbs_code
cross join lateral generate_series(1, p.persons) as n
where p.person_key is null and p.persons > 0 and p.hours_per_week > 0;

delete from public.placements where person_key is null;

alter table public.placements
  drop column year,
  drop column quarter,
  drop column persons,
  drop constraint placements_hours_per_week_check,
  drop constraint placements_employer_name_check;

alter table public.placements
  alter column hours_per_week type numeric(4, 1),
  alter column person_key set not null,
  alter column in_doelgroepregister set not null,
  alter column start_date set not null,
  alter column employer_name set not null,
  alter column sector drop not null,
  add constraint placements_hours_per_week_check check (hours_per_week between 0.1 and 48),
  add constraint placements_employer_name_check check (char_length(btrim(employer_name)) between 2 and 150),
  add constraint placements_person_key_check check (person_key ~ '^[A-Z0-9][A-Z0-9-]{2,19}$'),
  add constraint placements_employer_kvk_check check (employer_kvk ~ '^[0-9]{8}$'),
  add constraint placements_start_date_check check (start_date between '2013-01-01' and '2100-12-31'),
  add constraint placements_end_date_check check (end_date >= start_date),
  add constraint placements_sector_check check (sector is not null or dienstverband <> 'regulier'),
  add column employer_key text generated always as (private.employer_key(employer_kvk, employer_name)) stored,
  add constraint placements_credited_region_fk foreign key (credited_organisation_id, region_id)
    references public.organisations (id, region_id) on delete set null (credited_organisation_id),
  add constraint placements_mediated_by_region_fk foreign key (mediated_by_organisation_id, region_id)
    references public.organisations (id, region_id) on delete set null (mediated_by_organisation_id);

alter table public.placements
  add constraint placements_one_plaatsing exclude using gist (
    region_id with =, person_key with =, employer_key with =,
    daterange(start_date, end_date, '[]') with &&
  );

create index placements_region_start_idx on public.placements (region_id, start_date);
create index placements_organisation_start_idx on public.placements (organisation_id, start_date);
create index placements_credited_idx on public.placements (credited_organisation_id);

comment on column public.placements.person_key is
  'Kandidaatnummer van het Werkgeversservicepunt: hetzelfde nummer bij elke partner, nooit een BSN of naam.';
comment on column public.placements.end_date is 'Laatste werkdag (inclusief); leeg zolang de plaatsing loopt.';

-- ---------------------------------------------------------------------------------------------------
-- Plausible entries, one plaatsing once, and who gets the credit: one trigger, stable codes.

create or replace function private.guard_placement()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  g public.gemeenten;
  other record;
  other_hours numeric;
begin
  new.person_key := upper(regexp_replace(coalesce(new.person_key, ''), '\s', '', 'g'));
  new.employer_name := btrim(new.employer_name);
  new.employer_kvk := nullif(regexp_replace(coalesce(new.employer_kvk, ''), '\s', '', 'g'), '');
  new.note := nullif(btrim(new.note), '');

  if new.person_key ~ '^[0-9]{8,9}$' then
    raise exception using errcode = '23514', message = 'placement_person_key_bsn';
  end if;
  if new.person_key !~ '^[A-Z0-9][A-Z0-9-]{2,19}$' then
    raise exception using errcode = '23514', message = 'placement_person_key_format';
  end if;
  if new.in_doelgroepregister is null then
    raise exception using errcode = '23514', message = 'placement_doelgroepregister_required';
  end if;
  if new.start_date is null or new.start_date < date '2013-01-01' then
    raise exception using errcode = '23514', message = 'placement_start_invalid';
  end if;
  if new.start_date > current_date then
    raise exception using errcode = '23514', message = 'placement_start_future';
  end if;
  if new.end_date < new.start_date then
    raise exception using errcode = '23514', message = 'placement_end_before_start';
  end if;
  if new.woongemeente is null then
    raise exception using errcode = '23514', message = 'placement_woongemeente_required';
  end if;
  select * into g from public.gemeenten where code = new.woongemeente;
  if not found or g.valid_from > new.start_date or g.valid_to < new.start_date then
    raise exception using errcode = '23514', message = 'placement_woongemeente_invalid',
      detail = new.woongemeente;
  end if;
  if char_length(coalesce(new.employer_name, '')) not between 2 and 150 then
    raise exception using errcode = '23514', message = 'placement_employer_required';
  end if;
  if new.employer_kvk !~ '^[0-9]{8}$' then
    raise exception using errcode = '23514', message = 'placement_kvk_format';
  end if;
  if new.hours_per_week is null or new.hours_per_week not between 0.1 and 48 then
    raise exception using errcode = '23514', message = 'placement_hours_range';
  end if;
  if new.hours_per_week > 40 and not new.hours_checked then
    raise exception using errcode = '23514', message = 'placement_hours_unchecked';
  end if;
  if new.dienstverband = 'regulier' and new.sector is null then
    raise exception using errcode = '23514', message = 'placement_sector_required';
  end if;
  if new.mediated_by_organisation_id is not null
     and private.region_of_organisation(new.mediated_by_organisation_id) is distinct from new.region_id then
    raise exception using errcode = '23514', message = 'placement_mediator_outside_region';
  end if;

  -- One person at a time: the checks below and the write cannot interleave with another write of the same
  -- person in the region (the exclusion constraint holds anyway; this gives the friendly answer).
  perform pg_advisory_xact_lock(hashtext('placement:' || new.region_id::text || ':' || new.person_key));

  select p.start_date, o.name as partner into other
  from public.placements p
  join public.organisations o on o.id = p.organisation_id
  where p.region_id = new.region_id and p.person_key = new.person_key and p.id <> new.id
    and p.employer_key = private.employer_key(new.employer_kvk, new.employer_name)
    and daterange(p.start_date, p.end_date, '[]') && daterange(new.start_date, new.end_date, '[]')
  order by p.start_date
  limit 1;
  if found then
    raise exception using errcode = '23505', message = 'placement_duplicate',
      detail = jsonb_build_object('partner', other.partner, 'start', other.start_date,
        'person_key', new.person_key)::text;
  end if;

  select coalesce(sum(p.hours_per_week), 0) into other_hours
  from public.placements p
  where p.region_id = new.region_id and p.person_key = new.person_key and p.id <> new.id
    and daterange(p.start_date, p.end_date, '[]') && daterange(new.start_date, new.end_date, '[]');
  if other_hours + new.hours_per_week > 48 then
    raise exception using errcode = '23514', message = 'placement_person_hours',
      detail = jsonb_build_object('hours', other_hours, 'person_key', new.person_key)::text;
  end if;

  new.credited_organisation_id := case
    when new.klantgroep = 'uwv' then (
      select o.id from public.organisations o
      where o.region_id = new.region_id and o.type = 'uwv' and o.active
      order by o.name limit 1)
    else (
      select o.id from public.organisations o
      where o.region_id = new.region_id and o.cbs_code = new.woongemeente
        and o.type in ('gemeente', 'centrumgemeente')
      limit 1)
  end;
  return new;
end
$$;
revoke execute on function private.guard_placement() from public, anon, authenticated;

-- After placements_derive_region (the region comes from the partner) and placements_guard_write.
create trigger placements_plausible before insert or update on public.placements
  for each row execute function private.guard_placement();

-- ---------------------------------------------------------------------------------------------------
-- A partner declares a quarter complete ("Kwartaal afsluiten"): the peildatum waits for every reporting partner.

create table public.placement_reports (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null,
  region_id uuid not null,
  year int not null check (year between 2013 and 2100),
  quarter int not null check (quarter between 1 and 4),
  closed_by uuid default auth.uid() references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (organisation_id, year, quarter),
  constraint placement_reports_organisation_id_region_fk foreign key (organisation_id, region_id)
    references public.organisations (id, region_id) on delete cascade
);
create index placement_reports_region_idx on public.placement_reports (region_id, year, quarter);

create or replace function private.guard_placement_report()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' then
    raise exception using errcode = '42501', message = 'record_fixed';
  end if;
  new.region_id := private.region_of_organisation(new.organisation_id);
  if new.region_id is null then
    raise exception using errcode = '23503', message = 'unknown_partner';
  end if;
  -- "Een kwartaal kunt u pas na de laatste dag afsluiten."
  if make_date(new.year, new.quarter * 3, 1) + interval '1 month' > current_date then
    raise exception using errcode = '23514', message = 'placement_report_quarter_open';
  end if;
  if auth.role() = 'authenticated' then
    new.closed_by := auth.uid();
    new.created_at := now();
    new.updated_at := now();
  end if;
  return new;
end
$$;
revoke execute on function private.guard_placement_report() from public, anon, authenticated;

create trigger placement_reports_guard before insert or update on public.placement_reports
  for each row execute function private.guard_placement_report();

-- ---------------------------------------------------------------------------------------------------
-- The regionale opgave: cumulative extra banen against the nulmeting at 31-12 of each year. The yearly basis
-- (baseline_jobs) goes: it forgave every year's shortfall (markt ended 2025 at 3,778 against a 2026 basis of
-- 3,840). target_jobs already held the year-end level and keeps its meaning; where the opgave comes from is
-- said with it.

alter table public.regional_targets
  drop column baseline_jobs,
  add column source text check (char_length(source) between 2 and 200);
comment on column public.regional_targets.target_jobs is
  'Opgave: cumulatief aantal extra banen t.o.v. de nulmeting (31-12-2012) op 31 december van het jaar.';

-- ---------------------------------------------------------------------------------------------------
-- UWV's official regional stand per peildatum (regionale trendrapportage banenafspraak): net extra banen
-- against the nulmeting, regulier split by sector, inleenverband (uitzend, detachering) not split.

create table public.official_standings (
  id uuid primary key default gen_random_uuid(),
  region_id uuid not null references public.regions (id) on delete cascade,
  peildatum date not null check (peildatum between '2013-01-01' and '2100-12-31'),
  regulier_markt numeric(8, 1) not null check (regulier_markt between -100000.0 and 100000),
  regulier_overheid numeric(8, 1) not null check (regulier_overheid between -100000.0 and 100000),
  inleenverband numeric(8, 1) not null check (inleenverband between -100000.0 and 100000),
  doelgroepregister_persons int check (doelgroepregister_persons between 0 and 1000000),
  working_persons int check (working_persons between 0 and 1000000),
  source text not null check (char_length(source) between 2 and 200),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (region_id, peildatum)
);

create or replace function private.guard_official_standing()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' and new.region_id is distinct from old.region_id then
    raise exception using errcode = '23514', message = 'region_fixed';
  end if;
  -- A peildatum is the last day of a quarter that has passed.
  if new.peildatum <> (date_trunc('quarter', new.peildatum::timestamp) + interval '3 months - 1 day')::date
     or new.peildatum >= current_date then
    raise exception using errcode = '23514', message = 'official_standing_peildatum';
  end if;
  new.source := btrim(new.source);
  return new;
end
$$;
revoke execute on function private.guard_official_standing() from public, anon, authenticated;

create trigger official_standings_guard before insert or update on public.official_standings
  for each row execute function private.guard_official_standing();

-- ---------------------------------------------------------------------------------------------------
-- Context figures per gemeente (bijstand), from seed 002's annex or a CBS StatLine export, per region.

create table public.context_figures (
  id uuid primary key default gen_random_uuid(),
  region_id uuid not null references public.regions (id) on delete cascade,
  gemeente text not null references public.gemeenten (code),
  indicator text not null default 'bijstand_personen' check (indicator = any (array['bijstand_personen'])),
  period_label text not null check (char_length(period_label) between 1 and 40),
  period_start date not null check (period_start between '2000-01-01' and '2100-12-31'),
  period_end date not null check (period_end between '2000-01-01' and '2100-12-31'),
  value numeric(12, 1) not null check (value between 0 and 10000000),
  unit text not null default 'personen' check (char_length(unit) between 1 and 40),
  status text not null default 'definitief' check (status in ('definitief', 'voorlopig', 'nader voorlopig')),
  source text not null check (char_length(source) between 2 and 300),
  source_ref text check (char_length(source_ref) <= 300),
  import_id uuid,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (period_end >= period_start),
  unique (region_id, gemeente, indicator, period_label, source)
);
create index context_figures_region_idx on public.context_figures (region_id, indicator, period_end);

create or replace function private.guard_context_figure()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' and new.region_id is distinct from old.region_id then
    raise exception using errcode = '23514', message = 'region_fixed';
  end if;
  if not exists (
    select 1 from public.organisations o
    where o.region_id = new.region_id and o.cbs_code = new.gemeente and o.type in ('gemeente', 'centrumgemeente')
  ) then
    raise exception using errcode = '23514', message = 'context_gemeente_outside_region', detail = new.gemeente;
  end if;
  return new;
end
$$;
revoke execute on function private.guard_context_figure() from public, anon, authenticated;

create trigger context_figures_guard before insert or update on public.context_figures
  for each row execute function private.guard_context_figure();

-- ---------------------------------------------------------------------------------------------------
-- Housekeeping of the new tables: updated_at, fixed id and creation date, row-level security, audit, realtime.

create trigger placement_reports_set_updated_at before update on public.placement_reports
  for each row execute function public.set_updated_at();
create trigger official_standings_set_updated_at before update on public.official_standings
  for each row execute function public.set_updated_at();
create trigger context_figures_set_updated_at before update on public.context_figures
  for each row execute function public.set_updated_at();
create trigger official_standings_guard_write before insert or update on public.official_standings
  for each row execute function public.guard_figure_write();
create trigger context_figures_guard_write before insert or update on public.context_figures
  for each row execute function public.guard_figure_write();

alter table public.placement_reports enable row level security;
alter table public.official_standings enable row level security;
alter table public.context_figures enable row level security;

create policy "placement_reports: members read" on public.placement_reports
  for select to authenticated using ((select private.is_region_member(region_id)));
create policy "placement_reports: the partner's editors and the coordinator close a quarter" on public.placement_reports
  for insert to authenticated with check ((select public.can_edit_organisation(organisation_id)));
create policy "placement_reports: the partner's editors and the coordinator reopen it" on public.placement_reports
  for delete to authenticated using ((select public.can_edit_organisation(organisation_id)));

create policy "official_standings: members read" on public.official_standings
  for select to authenticated using ((select private.is_region_member(region_id)));
create policy "official_standings: the coordinator adds" on public.official_standings
  for insert to authenticated with check ((select public.is_region_coordinator(region_id)));
create policy "official_standings: the coordinator changes" on public.official_standings
  for update to authenticated
  using ((select public.is_region_coordinator(region_id)))
  with check ((select public.is_region_coordinator(region_id)));
create policy "official_standings: the coordinator removes" on public.official_standings
  for delete to authenticated using ((select public.is_region_coordinator(region_id)));

create policy "context_figures: members read" on public.context_figures
  for select to authenticated using ((select private.is_region_member(region_id)));
create policy "context_figures: the coordinator adds" on public.context_figures
  for insert to authenticated with check ((select public.is_region_coordinator(region_id)));
create policy "context_figures: the coordinator changes" on public.context_figures
  for update to authenticated
  using ((select public.is_region_coordinator(region_id)))
  with check ((select public.is_region_coordinator(region_id)));
create policy "context_figures: the coordinator removes" on public.context_figures
  for delete to authenticated using ((select public.is_region_coordinator(region_id)));

revoke all on public.placement_reports, public.official_standings, public.context_figures from anon;

create trigger placement_reports_audit after insert or update or delete on public.placement_reports
  for each row execute function public.audit_change('region_id');
create trigger official_standings_audit after insert or update or delete on public.official_standings
  for each row execute function public.audit_change('region_id');
create trigger context_figures_audit after insert or update or delete on public.context_figures
  for each row execute function public.audit_change('region_id');

alter publication supabase_realtime add table public.placement_reports, public.official_standings,
  public.context_figures;
