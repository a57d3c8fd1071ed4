-- Shared goals (network-theory recommendations R1, R2 and R4): the region's vision endorsed per partner,
-- goals with one toezichthouder and a shared tempo (milestones), agreed by every contributing partner, and
-- rules that do not change midway: once agreed, target, deadline, indicator and toezichthouder change only
-- through a change proposal the contributors consent to again. The rules live here, not only in the app:
-- guard triggers refuse what a direct API call could otherwise do, and the multi-row steps (propose,
-- consent, change, close) are security definer functions that run in one transaction.
--
-- The regions table keeps its vision_statement column (core model); endorsements refer to the current text
-- and are cleared when the coordinator changes it.

create type public.goal_status as enum ('concept', 'voorgesteld', 'vastgesteld', 'afgerond', 'gestopt');
create type public.goal_source as enum ('handmatig', 'baanafspraken', 'budget');
create type public.goal_version_kind as enum ('vaststelling', 'wijziging');
create type public.goal_version_state as enum ('open', 'aanvaard', 'ingetrokken');

-- ---------------------------------------------------------------------------------------------------
-- Tables

create table public.vision_endorsements (
  id uuid primary key default gen_random_uuid(),
  region_id uuid not null references public.regions (id) on delete cascade,
  organisation_id uuid not null unique references public.organisations (id) on delete cascade,
  endorsed_by uuid default auth.uid() references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index vision_endorsements_region_idx on public.vision_endorsements (region_id);

create table public.goals (
  id uuid primary key default gen_random_uuid(),
  region_id uuid not null references public.regions (id) on delete cascade,
  title text not null check (char_length(btrim(title)) between 1 and 200),
  description text check (char_length(description) <= 2000),
  indicator text not null check (char_length(btrim(indicator)) between 1 and 200),
  unit text not null check (char_length(btrim(unit)) between 1 and 40),
  -- Where the actual values come from: entered per period, or the baanafspraken/budget figures.
  source public.goal_source not null default 'handmatig',
  source_sector public.job_sector,
  source_programme_id uuid references public.programmes (id) on delete restrict,
  baseline_value numeric(14, 2) not null check (abs(baseline_value) < 1e12),
  baseline_date date not null,
  target_value numeric(14, 2) not null check (abs(target_value) < 1e12),
  target_date date not null,
  -- Exactly one toezichthouder; required from the moment the goal is proposed.
  toezichthouder_id uuid references public.organisations (id) on delete restrict,
  status public.goal_status not null default 'concept',
  -- The number of the version in force (0 while the goal was never agreed).
  version int not null default 0,
  created_by uuid default auth.uid() references auth.users (id) on delete set null,
  agreed_at timestamptz,
  closed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint goals_target_after_baseline check (target_date > baseline_date),
  constraint goals_source_fields check (
    (source = 'baanafspraken' or source_sector is null)
    and (source = 'budget' or source_programme_id is null)
  )
);
create index goals_region_idx on public.goals (region_id, status);

create table public.goal_milestones (
  id uuid primary key default gen_random_uuid(),
  goal_id uuid not null references public.goals (id) on delete cascade,
  region_id uuid not null references public.regions (id) on delete cascade,
  due_date date not null,
  target_value numeric(14, 2) not null check (abs(target_value) < 1e12),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (goal_id, due_date)
);

create table public.goal_contributions (
  id uuid primary key default gen_random_uuid(),
  goal_id uuid not null references public.goals (id) on delete cascade,
  region_id uuid not null references public.regions (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  commitment_value numeric(14, 2) check (abs(commitment_value) < 1e12),
  commitment_text text check (char_length(btrim(commitment_text)) between 1 and 500),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (goal_id, organisation_id),
  constraint goal_contributions_commitment check (commitment_value is not null or commitment_text is not null)
);
create index goal_contributions_organisation_idx on public.goal_contributions (organisation_id);

-- Every proposal: the first agreement (vaststelling) and each change proposal (wijziging). Written only by
-- the functions below.
create table public.goal_versions (
  id uuid primary key default gen_random_uuid(),
  goal_id uuid not null references public.goals (id) on delete cascade,
  region_id uuid not null references public.regions (id) on delete cascade,
  version int not null check (version >= 1),
  kind public.goal_version_kind not null,
  state public.goal_version_state not null default 'open',
  -- The goal as it stands with this version (fields, milestones, contributions).
  snapshot jsonb not null,
  -- For a change proposal: { field: { "from": ..., "to": ... } }.
  changes jsonb,
  reason text check (char_length(reason) <= 1000),
  proposed_by uuid references auth.users (id) on delete set null,
  decided_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (goal_id, version)
);
create unique index goal_versions_one_open_idx on public.goal_versions (goal_id) where state = 'open';

create table public.goal_consents (
  id uuid primary key default gen_random_uuid(),
  version_id uuid not null references public.goal_versions (id) on delete cascade,
  goal_id uuid not null references public.goals (id) on delete cascade,
  region_id uuid not null references public.regions (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  consented_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (version_id, organisation_id)
);
create index goal_consents_goal_idx on public.goal_consents (goal_id);

-- Actual values entered per period, for goals whose indicator is not linked to the figures.
create table public.goal_actuals (
  id uuid primary key default gen_random_uuid(),
  goal_id uuid not null references public.goals (id) on delete cascade,
  region_id uuid not null references public.regions (id) on delete cascade,
  period_date date not null,
  value numeric(14, 2) not null check (abs(value) < 1e12),
  note text check (char_length(note) <= 500),
  created_by uuid default auth.uid() references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (goal_id, period_date)
);

create trigger vision_endorsements_set_updated_at before update on public.vision_endorsements
  for each row execute function public.set_updated_at();
create trigger goals_set_updated_at before update on public.goals
  for each row execute function public.set_updated_at();
create trigger goal_milestones_set_updated_at before update on public.goal_milestones
  for each row execute function public.set_updated_at();
create trigger goal_contributions_set_updated_at before update on public.goal_contributions
  for each row execute function public.set_updated_at();
create trigger goal_versions_set_updated_at before update on public.goal_versions
  for each row execute function public.set_updated_at();
create trigger goal_consents_set_updated_at before update on public.goal_consents
  for each row execute function public.set_updated_at();
create trigger goal_actuals_set_updated_at before update on public.goal_actuals
  for each row execute function public.set_updated_at();

-- ---------------------------------------------------------------------------------------------------
-- Helpers

-- Inside the functions below (propose, consent, change, close) the guards let the status and the frozen
-- fields change. The flag is transaction-local and only these functions set it; the API cannot.
create or replace function public.goal_step_running() returns boolean
language sql stable
set search_path = ''
as $$
  select coalesce(current_setting('rnd.goal_step', true), '') = 'on'
$$;

create or replace function public.region_of_goal(goal uuid) returns uuid
language sql stable security definer
set search_path = ''
as $$
  select region_id from public.goals where id = goal
$$;

-- May the current user enter actual values of a goal: the region's coordinator, or an editor of one of
-- its contributing partners.
create or replace function public.can_enter_goal_actuals(goal uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select public.is_region_coordinator(public.region_of_goal(goal))
      or exists (
        select 1 from public.goal_contributions c
        where c.goal_id = goal and public.has_organisation_role(c.organisation_id, 'editor')
      )
$$;

revoke execute on function public.goal_step_running(), public.region_of_goal(uuid),
  public.can_enter_goal_actuals(uuid) from public, anon;
grant execute on function public.region_of_goal(uuid), public.can_enter_goal_actuals(uuid) to authenticated, service_role;

-- The milestones of a goal go, by date, step by step from the baseline towards the target, and lie
-- between the baseline date and the target date.
create or replace function public.check_goal_milestones(goal uuid) returns void
language plpgsql stable security definer
set search_path = ''
as $$
declare
  g public.goals;
  m record;
  previous numeric;
  rising boolean;
begin
  select * into g from public.goals where id = goal;
  if not found then
    return;
  end if;
  rising := g.target_value >= g.baseline_value;
  previous := g.baseline_value;
  for m in select due_date, target_value from public.goal_milestones where goal_id = goal order by due_date loop
    if m.due_date <= g.baseline_date or m.due_date >= g.target_date then
      raise exception 'Een tussendoel moet tussen de datum van de nulmeting en de streefdatum liggen.'
        using errcode = '23514';
    end if;
    if (rising and m.target_value < previous) or (not rising and m.target_value > previous) then
      raise exception 'De tussendoelen moeten op volgorde van datum stap voor stap naar de streefwaarde gaan.'
        using errcode = '23514';
    end if;
    previous := m.target_value;
  end loop;
  if (rising and g.target_value < previous) or (not rising and g.target_value > previous) then
    raise exception 'De tussendoelen moeten op volgorde van datum stap voor stap naar de streefwaarde gaan.'
      using errcode = '23514';
  end if;
end
$$;
revoke execute on function public.check_goal_milestones(uuid) from public, anon, authenticated;

create or replace function public.check_goal_milestones_trigger() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if tg_table_name = 'goals' then
    perform public.check_goal_milestones(new.id);
  else
    perform public.check_goal_milestones(coalesce(new.goal_id, old.goal_id));
  end if;
  return null;
end
$$;
revoke execute on function public.check_goal_milestones_trigger() from public, anon, authenticated;

-- ---------------------------------------------------------------------------------------------------
-- Guards

create or replace function public.guard_goal_write() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  step boolean := public.goal_step_running();
  frozen_when_agreed constant text[] := array[
    'indicator', 'unit', 'target_value', 'target_date', 'toezichthouder_id'
  ];
  fixed_when_agreed constant text[] := array[
    'baseline_value', 'baseline_date', 'source', 'source_sector', 'source_programme_id', 'region_id', 'created_by'
  ];
  missing int;
begin
  if tg_op = 'DELETE' then
    if old.status <> 'concept' and auth.role() = 'authenticated' then
      raise exception 'Alleen een doel in concept kan worden verwijderd; stop een voorgesteld of vastgesteld doel.'
        using errcode = '23514';
    end if;
    return old;
  end if;

  -- Plain checks, with a clear message before the table's constraints answer.
  if new.title is null or btrim(new.title) = '' then
    raise exception 'Geef het doel een titel.' using errcode = '23514';
  end if;
  if new.indicator is null or btrim(new.indicator) = '' then
    raise exception 'Geef de indicator van het doel op.' using errcode = '23514';
  end if;
  if new.target_date <= new.baseline_date then
    raise exception 'De streefdatum moet na de datum van de nulmeting liggen.' using errcode = '23514';
  end if;
  if new.toezichthouder_id is not null
     and public.region_of_organisation(new.toezichthouder_id) is distinct from new.region_id then
    raise exception 'De toezichthouder moet een partner van deze regio zijn.' using errcode = '23514';
  end if;
  if new.source_programme_id is not null
     and (select p.region_id from public.programmes p where p.id = new.source_programme_id) is distinct from new.region_id then
    raise exception 'Het programma hoort niet bij deze regio.' using errcode = '23514';
  end if;
  if new.source = 'budget' and new.source_programme_id is null then
    raise exception 'Kies het programma waaruit de realisatie komt.' using errcode = '23514';
  end if;

  if tg_op = 'INSERT' then
    if new.status <> 'concept' or new.version <> 0 then
      raise exception 'Een nieuw doel begint als concept.' using errcode = '23514';
    end if;
    if auth.role() = 'authenticated' then
      new.created_by := auth.uid();
      new.created_at := now();
      new.updated_at := now();
      new.agreed_at := null;
      new.closed_at := null;
    end if;
    return new;
  end if;

  -- UPDATE
  if new.id is distinct from old.id or new.created_at is distinct from old.created_at
     or new.region_id is distinct from old.region_id or new.created_by is distinct from old.created_by then
    raise exception 'Id, regio, aanmaakdatum en maker van een doel liggen vast.' using errcode = '42501';
  end if;
  if not step and (new.status is distinct from old.status or new.version is distinct from old.version
     or new.agreed_at is distinct from old.agreed_at or new.closed_at is distinct from old.closed_at) then
    raise exception 'De status van een doel verandert alleen door voorstellen, instemmen, afronden of stoppen.'
      using errcode = '42501';
  end if;

  if new.status is distinct from old.status then
    if not (
      (old.status = 'concept' and new.status = 'voorgesteld')
      or (old.status = 'voorgesteld' and new.status in ('concept', 'vastgesteld', 'gestopt'))
      or (old.status = 'vastgesteld' and new.status in ('afgerond', 'gestopt'))
    ) then
      raise exception 'Een doel gaat niet van % naar %.', old.status, new.status using errcode = '23514';
    end if;
    if new.status = 'voorgesteld' then
      if new.toezichthouder_id is null then
        raise exception 'Kies eerst de toezichthouder van het doel.' using errcode = '23514';
      end if;
      if not exists (select 1 from public.goal_contributions c where c.goal_id = new.id) then
        raise exception 'Voeg eerst minstens één bijdragende partner toe.' using errcode = '23514';
      end if;
    end if;
    if new.status = 'vastgesteld' then
      select count(*) into missing
      from public.goal_contributions c
      where c.goal_id = new.id and not exists (
        select 1 from public.goal_consents k
        join public.goal_versions v on v.id = k.version_id
        where v.goal_id = new.id and v.kind = 'vaststelling' and v.state in ('open', 'aanvaard')
          and k.organisation_id = c.organisation_id
      );
      if missing > 0 then
        raise exception 'Een doel is pas vastgesteld als alle bijdragende partners hebben ingestemd (% ontbreken).',
          missing using errcode = '23514';
      end if;
    end if;
  end if;

  -- What may change in which state.
  if old.status = 'concept' then
    null;
  elsif old.status = 'vastgesteld' and new.status in ('vastgesteld', 'afgerond', 'gestopt') then
    if exists (
         select 1 from unnest(fixed_when_agreed) as f(name)
         where to_jsonb(new) -> f.name is distinct from to_jsonb(old) -> f.name
       ) then
      raise exception 'Nulmeting en bron van een vastgesteld doel liggen vast.' using errcode = '23514';
    end if;
    if not step and exists (
      select 1 from unnest(frozen_when_agreed) as f(name)
      where to_jsonb(new) -> f.name is distinct from to_jsonb(old) -> f.name
    ) then
      raise exception 'Dit doel is vastgesteld: streefwaarde, streefdatum, indicator en toezichthouder wijzigen alleen via een wijzigingsvoorstel waarmee alle bijdragende partners instemmen.'
        using errcode = '23514';
    end if;
  elsif old.status = 'voorgesteld' then
    if (to_jsonb(new) - array['status', 'version', 'agreed_at', 'closed_at', 'updated_at'])
       is distinct from (to_jsonb(old) - array['status', 'version', 'agreed_at', 'closed_at', 'updated_at']) then
      raise exception 'Een voorgesteld doel ligt vast terwijl de partners instemmen; trek het voorstel in om het te wijzigen.'
        using errcode = '23514';
    end if;
  else
    raise exception 'Een afgerond of gestopt doel wijzigt niet meer.' using errcode = '23514';
  end if;
  return new;
end
$$;
revoke execute on function public.guard_goal_write() from public, anon, authenticated;

create trigger goals_guard_write before insert or update or delete on public.goals
  for each row execute function public.guard_goal_write();
create constraint trigger goals_milestones_in_order after update of baseline_value, baseline_date, target_value,
  target_date on public.goals
  deferrable initially immediate
  for each row execute function public.check_goal_milestones_trigger();

-- Milestones and contributions: region from the goal, and fixed once the goal is proposed.
create or replace function public.guard_goal_child() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  g public.goals;
  row_goal uuid := coalesce(new.goal_id, old.goal_id);
begin
  select * into g from public.goals where id = row_goal;
  if not found then
    -- The goal itself is being removed (cascade), or does not exist (the foreign key answers).
    return coalesce(new, old);
  end if;
  if tg_op = 'UPDATE' and (new.goal_id is distinct from old.goal_id or new.id is distinct from old.id
     or new.created_at is distinct from old.created_at) then
    raise exception 'Een tussendoel of bijdrage verhuist niet naar een ander doel.' using errcode = '42501';
  end if;
  if g.status <> 'concept' and not public.goal_step_running() then
    if tg_table_name = 'goal_milestones' then
      raise exception 'De tussendoelen liggen vast zodra het doel is voorgesteld.' using errcode = '23514';
    else
      raise exception 'De bijdragende partners en hun toezeggingen liggen vast zodra het doel is voorgesteld.'
        using errcode = '23514';
    end if;
  end if;
  if tg_op = 'DELETE' then
    return old;
  end if;
  new.region_id := g.region_id;
  if tg_table_name = 'goal_contributions' then
    if public.region_of_organisation(new.organisation_id) is distinct from g.region_id then
      raise exception 'Een bijdragende partner moet een partner van deze regio zijn.' using errcode = '23514';
    end if;
  elsif new.due_date <= g.baseline_date or new.due_date >= g.target_date then
    raise exception 'Een tussendoel moet tussen de datum van de nulmeting en de streefdatum liggen.'
      using errcode = '23514';
  end if;
  return new;
end
$$;
revoke execute on function public.guard_goal_child() from public, anon, authenticated;

create trigger goal_milestones_guard before insert or update or delete on public.goal_milestones
  for each row execute function public.guard_goal_child();
create trigger goal_contributions_guard before insert or update or delete on public.goal_contributions
  for each row execute function public.guard_goal_child();
create constraint trigger goal_milestones_in_order after insert or update on public.goal_milestones
  deferrable initially immediate
  for each row execute function public.check_goal_milestones_trigger();

-- Versions and consents: region from the goal; who and when from the session and the clock.
create or replace function public.guard_goal_record() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' and (new.id is distinct from old.id or new.goal_id is distinct from old.goal_id
     or new.created_at is distinct from old.created_at) then
    raise exception 'De geschiedenis van een doel wordt niet herschreven.' using errcode = '42501';
  end if;
  -- A consent is not changed; only removing the person's account clears consented_by (on delete set null).
  if tg_table_name = 'goal_consents' and tg_op = 'UPDATE'
     and ((to_jsonb(new) - array['consented_by', 'updated_at']) is distinct from (to_jsonb(old) - array['consented_by', 'updated_at'])
          or (to_jsonb(new) ->> 'consented_by') is not null
             and (to_jsonb(new) ->> 'consented_by') is distinct from (to_jsonb(old) ->> 'consented_by')) then
    raise exception 'Een instemming wordt niet gewijzigd.' using errcode = '42501';
  end if;
  new.region_id := public.region_of_goal(new.goal_id);
  return new;
end
$$;
revoke execute on function public.guard_goal_record() from public, anon, authenticated;

create trigger goal_versions_guard before insert or update on public.goal_versions
  for each row execute function public.guard_goal_record();
create trigger goal_consents_guard before insert or update on public.goal_consents
  for each row execute function public.guard_goal_record();

-- Actual values: only for an agreed goal whose indicator is entered by hand, from the baseline date on.
create or replace function public.guard_goal_actual() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  g public.goals;
begin
  select * into g from public.goals where id = coalesce(new.goal_id, old.goal_id);
  if not found then
    return coalesce(new, old);
  end if;
  if tg_op = 'UPDATE' and (new.goal_id is distinct from old.goal_id or new.id is distinct from old.id
     or new.created_at is distinct from old.created_at or new.created_by is distinct from old.created_by) then
    raise exception 'Doel, invoerder en aanmaakdatum van een realisatie liggen vast.' using errcode = '42501';
  end if;
  if g.source <> 'handmatig' then
    raise exception 'De realisatie van dit doel komt uit de cijfers van de % en wordt niet met de hand ingevoerd.',
      case g.source when 'budget' then 'budgetafspraken' else 'baanafspraken' end using errcode = '23514';
  end if;
  if g.status <> 'vastgesteld' then
    raise exception 'Realisaties worden ingevoerd voor een vastgesteld doel.' using errcode = '23514';
  end if;
  if tg_op = 'DELETE' then
    return old;
  end if;
  if new.period_date < g.baseline_date then
    raise exception 'De periode ligt vóór de datum van de nulmeting.' using errcode = '23514';
  end if;
  new.region_id := g.region_id;
  if tg_op = 'INSERT' and auth.role() = 'authenticated' then
    new.created_by := auth.uid();
    new.created_at := now();
    new.updated_at := now();
  end if;
  return new;
end
$$;
revoke execute on function public.guard_goal_actual() from public, anon, authenticated;

create trigger goal_actuals_guard before insert or update or delete on public.goal_actuals
  for each row execute function public.guard_goal_actual();

-- Endorsements: the region follows the partner; only a vision that exists can be endorsed; who and when
-- from the session and the clock.
create or replace function public.guard_vision_endorsement() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' then
    raise exception 'Een onderschrijving wordt niet gewijzigd; trek haar in en onderschrijf opnieuw.'
      using errcode = '42501';
  end if;
  new.region_id := public.region_of_organisation(new.organisation_id);
  if new.region_id is null then
    raise exception 'Onbekende partner.' using errcode = '23503';
  end if;
  if coalesce(btrim((select r.vision_statement from public.regions r where r.id = new.region_id)), '') = '' then
    raise exception 'Er is nog geen visie om te onderschrijven.' using errcode = '23514';
  end if;
  if auth.role() = 'authenticated' then
    new.endorsed_by := auth.uid();
    new.created_at := now();
    new.updated_at := now();
  end if;
  return new;
end
$$;
revoke execute on function public.guard_vision_endorsement() from public, anon, authenticated;

create trigger vision_endorsements_guard before insert or update on public.vision_endorsements
  for each row execute function public.guard_vision_endorsement();

-- A changed vision is a new text: the partners endorse it again.
create or replace function public.reset_vision_endorsements() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if new.vision_statement is distinct from old.vision_statement then
    delete from public.vision_endorsements where region_id = new.id;
  end if;
  return null;
end
$$;
revoke execute on function public.reset_vision_endorsements() from public, anon, authenticated;

create trigger regions_reset_vision_endorsements after update of vision_statement on public.regions
  for each row execute function public.reset_vision_endorsements();

-- ---------------------------------------------------------------------------------------------------
-- Steps of the life cycle, each atomic

-- The goal as it stands: fields, milestones and contributions.
create or replace function public.goal_snapshot(goal uuid) returns jsonb
language sql stable security definer
set search_path = ''
as $$
  select to_jsonb(g) - array['created_at', 'updated_at', 'created_by', 'agreed_at', 'closed_at']
    || jsonb_build_object(
      'milestones', coalesce((
        select jsonb_agg(jsonb_build_object('due_date', m.due_date, 'target_value', m.target_value) order by m.due_date)
        from public.goal_milestones m where m.goal_id = g.id), '[]'::jsonb),
      'contributions', coalesce((
        select jsonb_agg(jsonb_build_object('organisation_id', c.organisation_id,
          'commitment_value', c.commitment_value, 'commitment_text', c.commitment_text) order by c.organisation_id)
        from public.goal_contributions c where c.goal_id = g.id), '[]'::jsonb))
  from public.goals g where g.id = goal
$$;
revoke execute on function public.goal_snapshot(uuid) from public, anon, authenticated;

create or replace function public.begin_goal_step() returns void
language sql
set search_path = ''
as $$
  select set_config('rnd.goal_step', 'on', true);
$$;
create or replace function public.end_goal_step() returns void
language sql
set search_path = ''
as $$
  select set_config('rnd.goal_step', '', true);
$$;
revoke execute on function public.begin_goal_step(), public.end_goal_step() from public, anon, authenticated;

-- The coordinator proposes a concept goal: version 1 opens for consent.
create or replace function public.propose_goal(goal uuid) returns uuid
language plpgsql security definer
set search_path = ''
as $$
declare
  g public.goals;
  version_id uuid;
begin
  select * into g from public.goals where id = goal for update;
  if not found or not public.is_region_member(g.region_id) then
    raise exception 'Onbekend doel.' using errcode = 'P0002';
  end if;
  if not public.is_region_coordinator(g.region_id) then
    raise exception 'Alleen de coördinator van de regio stelt een doel voor.' using errcode = '42501';
  end if;
  if g.status <> 'concept' then
    raise exception 'Alleen een doel in concept kan worden voorgesteld.' using errcode = '23514';
  end if;
  perform public.begin_goal_step();
  update public.goals set status = 'voorgesteld' where id = goal;
  insert into public.goal_versions (goal_id, region_id, version, kind, snapshot, proposed_by)
  values (goal, g.region_id,
    (select coalesce(max(v.version), 0) + 1 from public.goal_versions v where v.goal_id = goal),
    'vaststelling', public.goal_snapshot(goal), auth.uid())
  returning id into version_id;
  perform public.end_goal_step();
  return version_id;
end
$$;

-- A contributing partner consents to an open version. When the last one does, the version takes effect:
-- the goal is agreed (vaststelling) or the change is applied (wijziging).
create or replace function public.consent_goal_version(proposal uuid, organisation uuid) returns public.goal_status
language plpgsql security definer
set search_path = ''
as $$
declare
  v public.goal_versions;
  g public.goals;
  outstanding int;
  next_status public.goal_status;
begin
  select * into v from public.goal_versions where id = proposal for update;
  if not found or not public.is_region_member(v.region_id) then
    raise exception 'Onbekend voorstel.' using errcode = 'P0002';
  end if;
  if v.state <> 'open' then
    raise exception 'Over dit voorstel is al besloten.' using errcode = '23514';
  end if;
  if not exists (select 1 from public.goal_contributions c where c.goal_id = v.goal_id and c.organisation_id = organisation) then
    raise exception 'Alleen bijdragende partners stemmen in met een doel.' using errcode = '23514';
  end if;
  if not public.has_organisation_role(organisation, 'editor') then
    raise exception 'Alleen een invoerder of coördinator van de partner zelf stemt namens die partner in.'
      using errcode = '42501';
  end if;
  if exists (select 1 from public.goal_consents k where k.version_id = proposal and k.organisation_id = organisation) then
    raise exception 'Deze partner heeft al ingestemd.' using errcode = '23505';
  end if;

  insert into public.goal_consents (version_id, goal_id, region_id, organisation_id, consented_by)
  values (proposal, v.goal_id, v.region_id, organisation, auth.uid());

  select count(*) into outstanding from public.goal_contributions c
  where c.goal_id = v.goal_id
    and not exists (select 1 from public.goal_consents k where k.version_id = proposal and k.organisation_id = c.organisation_id);

  select * into g from public.goals where id = v.goal_id for update;
  if outstanding > 0 then
    return g.status;
  end if;

  perform public.begin_goal_step();
  if v.kind = 'vaststelling' then
    update public.goals set status = 'vastgesteld', version = v.version, agreed_at = now() where id = v.goal_id;
  else
    update public.goals set
      target_value = coalesce((v.changes -> 'target_value' ->> 'to')::numeric, target_value),
      target_date = coalesce((v.changes -> 'target_date' ->> 'to')::date, target_date),
      indicator = coalesce(v.changes -> 'indicator' ->> 'to', indicator),
      unit = coalesce(v.changes -> 'unit' ->> 'to', unit),
      toezichthouder_id = coalesce((v.changes -> 'toezichthouder_id' ->> 'to')::uuid, toezichthouder_id),
      version = v.version
    where id = v.goal_id;
  end if;
  update public.goal_versions set state = 'aanvaard', decided_at = now(), snapshot = public.goal_snapshot(v.goal_id)
  where id = proposal;
  perform public.end_goal_step();
  select status into next_status from public.goals where id = v.goal_id;
  return next_status;
end
$$;

-- The coordinator proposes to change what is frozen in an agreed goal. Null means: unchanged.
create or replace function public.propose_goal_change(
  goal uuid,
  new_target_value numeric,
  new_target_date date,
  new_indicator text,
  new_unit text,
  new_toezichthouder uuid,
  reason text
) returns uuid
language plpgsql security definer
set search_path = ''
as $$
declare
  g public.goals;
  changes jsonb := '{}'::jsonb;
  last_milestone date;
  version_id uuid;
  next_version int;
begin
  select * into g from public.goals where id = goal for update;
  if not found or not public.is_region_member(g.region_id) then
    raise exception 'Onbekend doel.' using errcode = 'P0002';
  end if;
  if not public.is_region_coordinator(g.region_id) then
    raise exception 'Alleen de coördinator van de regio stelt een wijziging voor.' using errcode = '42501';
  end if;
  if g.status <> 'vastgesteld' then
    raise exception 'Een wijzigingsvoorstel kan alleen voor een vastgesteld doel.' using errcode = '23514';
  end if;
  if exists (select 1 from public.goal_versions v where v.goal_id = goal and v.state = 'open') then
    raise exception 'Er loopt al een wijzigingsvoorstel voor dit doel.' using errcode = '23514';
  end if;
  if reason is null or btrim(reason) = '' then
    raise exception 'Geef de reden van de wijziging.' using errcode = '23514';
  end if;
  if new_target_value is not null and new_target_value is distinct from g.target_value then
    changes := changes || jsonb_build_object('target_value', jsonb_build_object('from', g.target_value, 'to', new_target_value));
  end if;
  if new_target_date is not null and new_target_date is distinct from g.target_date then
    if new_target_date <= g.baseline_date then
      raise exception 'De streefdatum moet na de datum van de nulmeting liggen.' using errcode = '23514';
    end if;
    select max(due_date) into last_milestone from public.goal_milestones where goal_id = goal;
    if last_milestone is not null and new_target_date <= last_milestone then
      raise exception 'De streefdatum moet na het laatste tussendoel liggen.' using errcode = '23514';
    end if;
    changes := changes || jsonb_build_object('target_date', jsonb_build_object('from', g.target_date, 'to', new_target_date));
  end if;
  if new_indicator is not null and btrim(new_indicator) <> '' and new_indicator is distinct from g.indicator then
    changes := changes || jsonb_build_object('indicator', jsonb_build_object('from', g.indicator, 'to', btrim(new_indicator)));
  end if;
  if new_unit is not null and btrim(new_unit) <> '' and new_unit is distinct from g.unit then
    changes := changes || jsonb_build_object('unit', jsonb_build_object('from', g.unit, 'to', btrim(new_unit)));
  end if;
  if new_toezichthouder is not null and new_toezichthouder is distinct from g.toezichthouder_id then
    if public.region_of_organisation(new_toezichthouder) is distinct from g.region_id then
      raise exception 'De toezichthouder moet een partner van deze regio zijn.' using errcode = '23514';
    end if;
    changes := changes || jsonb_build_object('toezichthouder_id',
      jsonb_build_object('from', g.toezichthouder_id, 'to', new_toezichthouder));
  end if;
  if changes = '{}'::jsonb then
    raise exception 'Het voorstel verandert niets aan het doel.' using errcode = '23514';
  end if;
  select coalesce(max(v.version), 0) + 1 into next_version from public.goal_versions v where v.goal_id = goal;
  insert into public.goal_versions (goal_id, region_id, version, kind, snapshot, changes, reason, proposed_by)
  values (goal, g.region_id, next_version, 'wijziging', public.goal_snapshot(goal), changes, btrim(reason), auth.uid())
  returning id into version_id;
  return version_id;
end
$$;

-- The coordinator withdraws an open proposal. Withdrawing the first proposal returns the goal to concept.
create or replace function public.withdraw_goal_version(proposal uuid) returns void
language plpgsql security definer
set search_path = ''
as $$
declare
  v public.goal_versions;
begin
  select * into v from public.goal_versions where id = proposal for update;
  if not found or not public.is_region_member(v.region_id) then
    raise exception 'Onbekend voorstel.' using errcode = 'P0002';
  end if;
  if not public.is_region_coordinator(v.region_id) then
    raise exception 'Alleen de coördinator van de regio trekt een voorstel in.' using errcode = '42501';
  end if;
  if v.state <> 'open' then
    raise exception 'Over dit voorstel is al besloten.' using errcode = '23514';
  end if;
  perform public.begin_goal_step();
  update public.goal_versions set state = 'ingetrokken', decided_at = now() where id = proposal;
  if v.kind = 'vaststelling' then
    update public.goals set status = 'concept' where id = v.goal_id;
  end if;
  perform public.end_goal_step();
end
$$;

-- The coordinator closes an agreed goal (afgerond) or stops a proposed or agreed one (gestopt).
create or replace function public.close_goal(goal uuid, outcome public.goal_status) returns void
language plpgsql security definer
set search_path = ''
as $$
declare
  g public.goals;
begin
  select * into g from public.goals where id = goal for update;
  if not found or not public.is_region_member(g.region_id) then
    raise exception 'Onbekend doel.' using errcode = 'P0002';
  end if;
  if not public.is_region_coordinator(g.region_id) then
    raise exception 'Alleen de coördinator van de regio rondt een doel af of stopt het.' using errcode = '42501';
  end if;
  if outcome not in ('afgerond', 'gestopt') then
    raise exception 'Een doel wordt afgerond of gestopt.' using errcode = '23514';
  end if;
  perform public.begin_goal_step();
  update public.goal_versions set state = 'ingetrokken', decided_at = now() where goal_id = goal and state = 'open';
  update public.goals set status = outcome, closed_at = now() where id = goal;
  perform public.end_goal_step();
end
$$;

revoke execute on function public.propose_goal(uuid), public.consent_goal_version(uuid, uuid),
  public.propose_goal_change(uuid, numeric, date, text, text, uuid, text), public.withdraw_goal_version(uuid),
  public.close_goal(uuid, public.goal_status) from public, anon;
grant execute on function public.propose_goal(uuid), public.consent_goal_version(uuid, uuid),
  public.propose_goal_change(uuid, numeric, date, text, text, uuid, text), public.withdraw_goal_version(uuid),
  public.close_goal(uuid, public.goal_status) to authenticated, service_role;

-- A new goal with its milestones and contributions, all or nothing. Security invoker: the caller's
-- row-level security and the guards above decide; a refused milestone leaves no goal behind.
create or replace function public.create_goal(goal jsonb, milestones jsonb default '[]', contributions jsonb default '[]')
returns uuid
language plpgsql security invoker
set search_path = ''
as $$
declare
  new_id uuid;
  region uuid := (goal ->> 'region_id')::uuid;
begin
  insert into public.goals (region_id, title, description, indicator, unit, source, source_sector,
    source_programme_id, baseline_value, baseline_date, target_value, target_date, toezichthouder_id)
  values (
    region,
    coalesce(goal ->> 'title', ''),
    nullif(btrim(goal ->> 'description'), ''),
    coalesce(goal ->> 'indicator', ''),
    coalesce(goal ->> 'unit', ''),
    coalesce((goal ->> 'source')::public.goal_source, 'handmatig'),
    (goal ->> 'source_sector')::public.job_sector,
    (goal ->> 'source_programme_id')::uuid,
    (goal ->> 'baseline_value')::numeric,
    (goal ->> 'baseline_date')::date,
    (goal ->> 'target_value')::numeric,
    (goal ->> 'target_date')::date,
    (goal ->> 'toezichthouder_id')::uuid
  )
  returning id into new_id;
  insert into public.goal_milestones (goal_id, region_id, due_date, target_value)
  select new_id, region, m.due_date, m.target_value
  from jsonb_to_recordset(coalesce(milestones, '[]'::jsonb)) as m(due_date date, target_value numeric);
  insert into public.goal_contributions (goal_id, region_id, organisation_id, commitment_value, commitment_text)
  select new_id, region, c.organisation_id, c.commitment_value, nullif(btrim(c.commitment_text), '')
  from jsonb_to_recordset(coalesce(contributions, '[]'::jsonb))
    as c(organisation_id uuid, commitment_value numeric, commitment_text text);
  return new_id;
end
$$;
revoke execute on function public.create_goal(jsonb, jsonb, jsonb) from public, anon;
grant execute on function public.create_goal(jsonb, jsonb, jsonb) to authenticated, service_role;

-- ---------------------------------------------------------------------------------------------------
-- Row-level security

alter table public.vision_endorsements enable row level security;
alter table public.goals enable row level security;
alter table public.goal_milestones enable row level security;
alter table public.goal_contributions enable row level security;
alter table public.goal_versions enable row level security;
alter table public.goal_consents enable row level security;
alter table public.goal_actuals enable row level security;

create policy "vision_endorsements: members read" on public.vision_endorsements
  for select to authenticated using ((select public.is_region_member(region_id)));
create policy "vision_endorsements: the partner's editors endorse" on public.vision_endorsements
  for insert to authenticated with check ((select public.has_organisation_role(organisation_id, 'editor')));
create policy "vision_endorsements: the partner's editors withdraw" on public.vision_endorsements
  for delete to authenticated using ((select public.has_organisation_role(organisation_id, 'editor')));

create policy "goals: members read" on public.goals
  for select to authenticated using ((select public.is_region_member(region_id)));
create policy "goals: the coordinator drafts" on public.goals
  for insert to authenticated with check ((select public.is_region_coordinator(region_id)));
create policy "goals: the coordinator edits" on public.goals
  for update to authenticated
  using ((select public.is_region_coordinator(region_id)))
  with check ((select public.is_region_coordinator(region_id)));
create policy "goals: the coordinator removes a concept" on public.goals
  for delete to authenticated using ((select public.is_region_coordinator(region_id)));

create policy "goal_milestones: members read" on public.goal_milestones
  for select to authenticated using ((select public.is_region_member(region_id)));
create policy "goal_milestones: the coordinator adds" on public.goal_milestones
  for insert to authenticated with check ((select public.is_region_coordinator(public.region_of_goal(goal_id))));
create policy "goal_milestones: the coordinator changes" on public.goal_milestones
  for update to authenticated
  using ((select public.is_region_coordinator(region_id)))
  with check ((select public.is_region_coordinator(public.region_of_goal(goal_id))));
create policy "goal_milestones: the coordinator removes" on public.goal_milestones
  for delete to authenticated using ((select public.is_region_coordinator(region_id)));

create policy "goal_contributions: members read" on public.goal_contributions
  for select to authenticated using ((select public.is_region_member(region_id)));
create policy "goal_contributions: the coordinator adds" on public.goal_contributions
  for insert to authenticated with check ((select public.is_region_coordinator(public.region_of_goal(goal_id))));
create policy "goal_contributions: the coordinator and the partner's editors change" on public.goal_contributions
  for update to authenticated
  using ((select public.is_region_coordinator(region_id)) or (select public.has_organisation_role(organisation_id, 'editor')))
  with check ((select public.is_region_coordinator(public.region_of_goal(goal_id)))
    or (select public.has_organisation_role(organisation_id, 'editor')));
create policy "goal_contributions: the coordinator removes" on public.goal_contributions
  for delete to authenticated using ((select public.is_region_coordinator(region_id)));

-- Versions and consents are written only by the life-cycle functions: no write policies.
create policy "goal_versions: members read" on public.goal_versions
  for select to authenticated using ((select public.is_region_member(region_id)));
create policy "goal_consents: members read" on public.goal_consents
  for select to authenticated using ((select public.is_region_member(region_id)));

create policy "goal_actuals: members read" on public.goal_actuals
  for select to authenticated using ((select public.is_region_member(region_id)));
create policy "goal_actuals: the coordinator and contributing editors add" on public.goal_actuals
  for insert to authenticated with check ((select public.can_enter_goal_actuals(goal_id)));
create policy "goal_actuals: the coordinator and contributing editors change" on public.goal_actuals
  for update to authenticated
  using ((select public.can_enter_goal_actuals(goal_id)))
  with check ((select public.can_enter_goal_actuals(goal_id)));
create policy "goal_actuals: the coordinator and contributing editors remove" on public.goal_actuals
  for delete to authenticated using ((select public.can_enter_goal_actuals(goal_id)));

revoke all on public.vision_endorsements, public.goals, public.goal_milestones, public.goal_contributions,
  public.goal_versions, public.goal_consents, public.goal_actuals from anon;

-- ---------------------------------------------------------------------------------------------------
-- Audit and live

create trigger vision_endorsements_audit after insert or update or delete on public.vision_endorsements
  for each row execute function public.audit_change('region_id');
create trigger goals_audit after insert or update or delete on public.goals
  for each row execute function public.audit_change('region_id');
create trigger goal_milestones_audit after insert or update or delete on public.goal_milestones
  for each row execute function public.audit_change('region_id');
create trigger goal_contributions_audit after insert or update or delete on public.goal_contributions
  for each row execute function public.audit_change('region_id');
create trigger goal_versions_audit after insert or update or delete on public.goal_versions
  for each row execute function public.audit_change('region_id');
create trigger goal_consents_audit after insert or update or delete on public.goal_consents
  for each row execute function public.audit_change('region_id');
create trigger goal_actuals_audit after insert or update or delete on public.goal_actuals
  for each row execute function public.audit_change('region_id');

alter publication supabase_realtime add table public.vision_endorsements, public.goals, public.goal_milestones,
  public.goal_contributions, public.goal_versions, public.goal_consents, public.goal_actuals;
