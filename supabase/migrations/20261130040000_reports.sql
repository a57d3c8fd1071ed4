-- Reports to the councils (raadsinformatiebrief): a regional or per-gemeente report over a quarter or a year.
-- Publishing stores a snapshot of the figures the report shows, so a published report never changes afterwards;
-- later corrections go into a newer version of the same report (same scope and period), never into the old one.

create type public.report_status as enum ('draft', 'published');

create table public.report_versions (
  id uuid primary key default gen_random_uuid(),
  region_id uuid not null references public.regions (id) on delete cascade,
  -- The gemeente the report is about (in its regional context); null for a report about the whole region.
  organisation_id uuid references public.organisations (id) on delete restrict,
  period_year int not null check (period_year between 2013 and 2100),
  -- Null for a report over the whole year.
  period_quarter int check (period_quarter between 1 and 4),
  status public.report_status not null default 'draft',
  -- 1, 2, ... per scope and period, given by the database on publication; null for a draft.
  version int check (version >= 1),
  title text not null check (char_length(title) between 2 and 200),
  introduction text not null default '' check (char_length(introduction) <= 5000),
  conclusion text not null default '' check (char_length(conclusion) <= 5000),
  sections text[] not null check (cardinality(sections) between 1 and 10),
  -- The figures as the report shows them (src/lib/domain/report.ts, ReportSnapshot).
  snapshot jsonb not null check (jsonb_typeof(snapshot) = 'object'),
  reference_date date not null,
  published_at timestamptz,
  -- No foreign keys to auth.users: removing an account must not rewrite (or be blocked by) a published
  -- version, which keeps who published it, by id and by name.
  published_by uuid,
  publisher_name text,
  created_by uuid default auth.uid(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint report_versions_published_has_version check (
    (status = 'published') = (version is not null and published_at is not null)
  )
);
create unique index report_versions_series_version_idx on public.report_versions (
  region_id, coalesce(organisation_id, '00000000-0000-0000-0000-000000000000'::uuid), period_year,
  coalesce(period_quarter, 0), version
) where version is not null;
create index report_versions_region_idx on public.report_versions (region_id, published_at desc);

create trigger report_versions_set_updated_at before update on public.report_versions
  for each row execute function public.set_updated_at();

-- What the database decides, not the client: the region of the gemeente, who published and when, the version
-- number. And the one rule that makes a report trustworthy: a published version never changes, whoever asks.
create or replace function public.guard_report_version() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  organisation_region uuid;
  organisation_type public.partner_type;
begin
  if tg_op = 'DELETE' then
    if old.status = 'published' then
      raise exception 'Een gepubliceerde rapportage kan niet worden verwijderd.' using errcode = '42501';
    end if;
    return old;
  end if;
  if tg_op = 'UPDATE' then
    if old.status = 'published' then
      raise exception 'Een gepubliceerde rapportage verandert niet meer; maak een nieuwe versie.'
        using errcode = '42501';
    end if;
    if new.id is distinct from old.id or new.created_at is distinct from old.created_at
       or new.created_by is distinct from old.created_by or new.region_id is distinct from old.region_id then
      raise exception 'Id, regio, aanmaakdatum en maker van een rapportage liggen vast.' using errcode = '42501';
    end if;
  end if;
  if new.organisation_id is not null then
    select region_id, type into organisation_region, organisation_type
    from public.organisations where id = new.organisation_id;
    if organisation_region is distinct from new.region_id then
      raise exception 'De gemeente hoort niet bij deze regio.' using errcode = '23514';
    end if;
    if organisation_type not in ('gemeente', 'centrumgemeente') then
      raise exception 'Een rapportage per partner kan alleen over een gemeente gaan.' using errcode = '23514';
    end if;
  end if;
  if tg_op = 'INSERT' and auth.role() = 'authenticated' then
    new.created_by := auth.uid();
    new.created_at := now();
  end if;
  if new.status = 'published' then
    new.published_at := now();
    new.published_by := auth.uid();
    new.publisher_name := (select display_name from public.profiles where id = auth.uid());
    -- One series per region, scope and period; serialised per series so two publications never share a number.
    perform pg_advisory_xact_lock(hashtext(new.region_id::text || coalesce(new.organisation_id::text, '')
      || new.period_year || coalesce(new.period_quarter, 0)));
    new.version := 1 + coalesce((
      select max(version) from public.report_versions
      where region_id = new.region_id
        and organisation_id is not distinct from new.organisation_id
        and period_year = new.period_year
        and period_quarter is not distinct from new.period_quarter
    ), 0);
  else
    new.version := null;
    new.published_at := null;
    new.published_by := null;
    new.publisher_name := null;
  end if;
  return new;
end
$$;
revoke execute on function public.guard_report_version() from public, anon, authenticated;

create trigger report_versions_guard before insert or update or delete on public.report_versions
  for each row execute function public.guard_report_version();

alter table public.report_versions enable row level security;

-- Members read the published reports of their region; drafts are the coordinator's own work in progress.
create policy "report_versions: members read published reports, the coordinator also drafts"
  on public.report_versions for select to authenticated
  using (
    (status = 'published' and (select public.is_region_member(region_id)))
    or (select public.is_region_coordinator(region_id))
  );
create policy "report_versions: the coordinator adds" on public.report_versions
  for insert to authenticated with check ((select public.is_region_coordinator(region_id)));
-- Changing and removing are for drafts; the guard trigger refuses them for a published version.
create policy "report_versions: the coordinator changes drafts" on public.report_versions
  for update to authenticated
  using ((select public.is_region_coordinator(region_id)))
  with check ((select public.is_region_coordinator(region_id)));
create policy "report_versions: the coordinator removes drafts" on public.report_versions
  for delete to authenticated using ((select public.is_region_coordinator(region_id)));

revoke all on public.report_versions from anon;

create trigger report_versions_audit after insert or update or delete on public.report_versions
  for each row execute function public.audit_change('region_id');

alter publication supabase_realtime add table public.report_versions;
