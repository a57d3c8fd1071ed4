-- A published council report shows the figures as the database holds them, never what a browser sends
-- (issue 13, last item; attack finding 3: a coordinator inserted a published version with made-up figures, and a
-- malformed snapshot made the report page answer 500 for every member, for good).
--
-- From now on:
-- - publish_report() is the only way to publish. It runs with the caller's rights (security invoker): it reads
--   the figures under the caller's row-level security, builds the snapshot here, in SQL, from the summary
--   functions of each section, and inserts the version. It takes no snapshot argument.
-- - guard_report_version() refuses every other way to a published version: an insert with status 'published', or
--   a draft updated to 'published', by anyone (the API, the service key). Only the seed and migrations (no JWT
--   role at all) may still write a published version directly.
-- - A section the database cannot build yet is refused by name (report_section_not_in_database), so a report
--   never carries a section the database did not compute.
--
-- The sections' JSON is the shape the app renders (src/lib/domain/report/*, SectionDataMap), so the report page,
-- the CSV and the XLSX read a database-built snapshot like any other; the app still checks the shape when it reads
-- a stored snapshot (an old or malformed one gets a message, never a 500).

-- ---------------------------------------------------------------------------------------------------
-- Sections

-- Overleggen en besluiten: the region's meetings in the period (their date in the Netherlands), each with its
-- decisions in agenda order and its actions still open, by due date, judged against as_of (the reference date, or
-- today when that is earlier). Same rules as src/lib/domain/report/meetings.ts meetingsSnapshot().
create or replace function private.report_section_overleggen(
  region uuid, gemeente uuid, period_from date, period_to date, as_of date
)
returns jsonb
language sql
stable
security invoker
set search_path = ''
as $$
  select jsonb_build_object(
    'asOf', as_of,
    'gemeente', (
      select jsonb_build_object('id', o.id, 'name', o.name) from public.organisations o where o.id = gemeente
    ),
    'meetings', coalesce((
      select jsonb_agg(
        jsonb_build_object(
          'id', m.id,
          'title', m.title,
          'startsAt', m.starts_at,
          'date', (m.starts_at at time zone 'Europe/Amsterdam')::date,
          'location', m.location,
          'decisions', coalesce((
            select jsonb_agg(jsonb_build_object('item', i.title, 'body', d.body) order by i.position, d.created_at)
            from public.meeting_decisions d
              join public.meeting_agenda_items i on i.id = d.agenda_item_id
            where d.meeting_id = m.id
          ), '[]'::jsonb),
          'openActions', coalesce((
            select jsonb_agg(
              jsonb_build_object(
                'item', i.title,
                'description', a.description,
                'ownerId', a.owner_organisation_id,
                'owner', coalesce(o.name, a.owner_organisation_id::text),
                'dueDate', a.due_date,
                'overdue', a.due_date < as_of,
                'daysOverdue', greatest(as_of - a.due_date, 0)
              )
              order by a.due_date, a.created_at
            )
            from public.meeting_actions a
              join public.meeting_agenda_items i on i.id = a.agenda_item_id
              left join public.organisations o on o.id = a.owner_organisation_id
            where a.meeting_id = m.id and a.status = 'open'
          ), '[]'::jsonb)
        )
        order by m.starts_at
      )
      from public.meetings m
      where m.region_id = region
        and (m.starts_at at time zone 'Europe/Amsterdam')::date between period_from and period_to
    ), '[]'::jsonb)
  )
$$;

-- Baanafspraken: the banenafspraak on the period's last day, or on the last quarter every reporting partner has
-- closed when that is earlier (a report never stands on a quarter not everyone reported), from the banenafspraak
-- summary functions (banenafspraak_peildatum, banenafspraak_report). Null while those functions are not in the
-- schema: the section is then refused by publish_report(). Called dynamically so this migration does not depend
-- on the order in which the banenafspraak migrations land.
create or replace function private.report_section_baanafspraken(region uuid, gemeente uuid, requested date, today date)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  state_peildatum date;
  missing jsonb;
  peildatum date;
  section jsonb;
begin
  if to_regprocedure('public.banenafspraak_report(uuid, uuid, date)') is null
     or to_regprocedure('public.banenafspraak_peildatum(uuid, date)') is null then
    return null;
  end if;
  execute 'select p.peildatum, p.missing from public.banenafspraak_peildatum($1, $2) p'
    into state_peildatum, missing using region, today;
  missing := coalesce((select jsonb_agg(e ->> 'name') from jsonb_array_elements(missing) e), '[]'::jsonb);
  if state_peildatum is null then
    return jsonb_build_object(
      'model', 'stand', 'peildatum', null, 'requestedPeildatum', requested, 'missing', missing,
      'inleenKeyMarkt', null, 'standing', '[]'::jsonb, 'series', '[]'::jsonb, 'partners', '[]'::jsonb,
      'gemeenten', '[]'::jsonb, 'gemeente', gemeente
    );
  end if;
  peildatum := least(requested, state_peildatum);
  execute 'select public.banenafspraak_report($1, $2, $3)' into section using region, gemeente, peildatum;
  return section || jsonb_build_object(
    'requestedPeildatum', requested,
    'missing', case when peildatum < requested then missing else '[]'::jsonb end
  );
end
$$;

-- Whether the database builds a section (the one list of them; publish_report() refuses the others).
create or replace function private.report_section_built(section text)
returns boolean
language sql
stable
security invoker
set search_path = ''
as $$
  select case section
    when 'overleggen' then true
    when 'baanafspraken' then to_regprocedure('public.banenafspraak_report(uuid, uuid, date)') is not null
      and to_regprocedure('public.banenafspraak_peildatum(uuid, date)') is not null
    else false
  end
$$;

-- The sections a report can be published with, in the order of the report: what the builder offers to publish.
create or replace function public.report_sections_in_database()
returns text[]
language sql
stable
security invoker
set search_path = ''
as $$
  select array_agg(s order by n)
  from unnest(array['baanafspraken', 'budgetten', 'doelen', 'netwerk', 'overleggen']) with ordinality as t (s, n)
  where private.report_section_built(s)
$$;
revoke execute on function public.report_sections_in_database() from public, anon;
grant execute on function public.report_sections_in_database() to authenticated;

-- The sections the database builds, in the order of the report (src/lib/domain/report/section.ts).
create or replace function private.report_section(
  section text, region uuid, gemeente uuid, period_from date, period_to date, today date
)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
as $$
begin
  if not private.report_section_built(section) then
    return null;
  end if;
  return case section
    when 'overleggen' then private.report_section_overleggen(region, gemeente, period_from, period_to,
      least(period_to, today))
    when 'baanafspraken' then private.report_section_baanafspraken(region, gemeente, period_to, today)
    else null
  end;
end
$$;

-- The whole snapshot (ReportSnapshot in src/lib/domain/report/registry.ts), built here.
create or replace function private.report_snapshot(
  region uuid, gemeente uuid, period_year int, period_quarter int, sections text[]
)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  period_from date := make_date(period_year, coalesce((period_quarter - 1) * 3 + 1, 1), 1);
  period_to date := (make_date(period_year, coalesce(period_quarter * 3, 12), 1) + interval '1 month' - interval '1 day')::date;
  today date := (now() at time zone 'Europe/Amsterdam')::date;
  built jsonb := '{}'::jsonb;
  section text;
  data jsonb;
  gemeente_name text;
begin
  foreach section in array sections loop
    data := private.report_section(section, region, gemeente, period_from, period_to, today);
    if data is null then
      raise exception using errcode = '22023', message = 'report_section_not_in_database', detail = section;
    end if;
    built := built || jsonb_build_object(section, data);
  end loop;
  select o.name into gemeente_name from public.organisations o where o.id = gemeente;
  return jsonb_build_object(
    'schemaVersion', 1,
    'builtBy', 'database',
    'region', (select jsonb_build_object('id', r.id, 'name', r.name) from public.regions r where r.id = region),
    'scope', case when gemeente is null then jsonb_build_object('kind', 'region')
      else jsonb_build_object('kind', 'gemeente', 'organisationId', gemeente, 'name', gemeente_name) end,
    'period', jsonb_build_object('year', period_year, 'quarter', period_quarter),
    'referenceDate', period_to,
    'collectedAt', to_jsonb(now()),
    'sections', built
  );
end
$$;

revoke execute on function private.report_section_overleggen(uuid, uuid, date, date, date),
  private.report_section_built(text),
  private.report_section_baanafspraken(uuid, uuid, date, date),
  private.report_section(text, uuid, uuid, date, date, date),
  private.report_snapshot(uuid, uuid, int, int, text[])
  from public, anon;
grant execute on function private.report_section_overleggen(uuid, uuid, date, date, date),
  private.report_section_built(text),
  private.report_section_baanafspraken(uuid, uuid, date, date),
  private.report_section(text, uuid, uuid, date, date, date),
  private.report_snapshot(uuid, uuid, int, int, text[])
  to authenticated;

-- ---------------------------------------------------------------------------------------------------
-- Publishing

-- Publishes the next version of a report (region or gemeente, year or quarter) with the figures as the database
-- holds them now. Only the region's coordinator (RLS on report_versions decides, as for any insert).
create or replace function public.publish_report(
  region uuid,
  gemeente uuid,
  period_year int,
  period_quarter int,
  title text,
  introduction text,
  conclusion text,
  sections text[]
)
returns table (id uuid, version int)
language plpgsql
volatile
security invoker
set search_path = ''
as $$
declare
  snapshot jsonb;
begin
  if region is null or not public.is_region_coordinator(region) then
    raise exception using errcode = '42501', message = 'report_publish_coordinator_only';
  end if;
  if sections is null or cardinality(sections) = 0
     or exists (select 1 from unnest(sections) s where s not in
       ('baanafspraken', 'budgetten', 'doelen', 'netwerk', 'overleggen'))
     or cardinality(sections) <> (select count(distinct s) from unnest(sections) s) then
    raise exception using errcode = '22023', message = 'report_sections_invalid';
  end if;
  if period_year is null or period_year not between 2013 and 2100
     or (period_quarter is not null and period_quarter not between 1 and 4) then
    raise exception using errcode = '22023', message = 'report_period_invalid';
  end if;
  snapshot := private.report_snapshot(region, gemeente, period_year, period_quarter, sections);
  perform set_config('app.report_publishing', 'database', true);
  return query
    insert into public.report_versions as v (
      region_id, organisation_id, period_year, period_quarter, status, title, introduction, conclusion, sections,
      snapshot, reference_date
    ) values (
      region, gemeente, period_year, period_quarter, 'published', title, coalesce(introduction, ''),
      coalesce(conclusion, ''), sections, snapshot, (snapshot ->> 'referenceDate')::date
    )
    returning v.id, v.version;
  perform set_config('app.report_publishing', '', true);
end
$$;
revoke execute on function public.publish_report(uuid, uuid, int, int, text, text, text, text[]) from public, anon;
grant execute on function public.publish_report(uuid, uuid, int, int, text, text, text, text[]) to authenticated;

-- The guard of 20261206020000_error_codes.sql, plus: a published version is written by publish_report() only.
create or replace function public.guard_report_version()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  organisation_region uuid;
  organisation_type public.partner_type;
begin
  if tg_op = 'DELETE' then
    if old.status = 'published' then
      raise exception using errcode = '42501', message = 'report_published_delete';
    end if;
    return old;
  end if;
  if tg_op = 'UPDATE' then
    if old.status = 'published' then
      raise exception using errcode = '42501', message = 'report_published_immutable';
    end if;
    if new.id is distinct from old.id or new.created_at is distinct from old.created_at
       or new.created_by is distinct from old.created_by or new.region_id is distinct from old.region_id then
      raise exception using errcode = '42501', message = 'record_fixed';
    end if;
  end if;
  -- The snapshot of a published version comes from report_snapshot(), through publish_report(): the setting is
  -- transaction-local and PostgREST gives a client no way to set it. Without a JWT role (the seed, a migration)
  -- the database itself is writing.
  if new.status = 'published' and auth.role() is not null
     and coalesce(current_setting('app.report_publishing', true), '') <> 'database' then
    raise exception using errcode = '42501', message = 'report_publish_through_function';
  end if;
  if new.organisation_id is not null then
    select region_id, type into organisation_region, organisation_type
    from public.organisations where id = new.organisation_id;
    if organisation_region is distinct from new.region_id then
      raise exception using errcode = '23514', message = 'report_gemeente_outside_region';
    end if;
    if organisation_type not in ('gemeente', 'centrumgemeente') then
      raise exception using errcode = '23514', message = 'report_scope_not_gemeente';
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
