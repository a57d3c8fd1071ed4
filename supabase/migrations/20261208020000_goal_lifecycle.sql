-- Goals that bind every partner (issue 15, items 1 and 2; attack findings 10 and 13).
--
-- 1. Stopping an agreed goal is a proposal (version kind `stopzetting`) that the coordinator or a contributing
--    partner makes and that takes effect when every contributing partner consents, like a change. close_goal,
--    with which the coordinator alone stopped or closed what all had agreed, is gone.
-- 2. Only the toezichthouder closes a goal, with a verdict (behaald, deels behaald, niet behaald), a date, the
--    realisation and an explanation: seed 004 wants "slechts één organisatie" to test the output (004:1085-1091).
--    Nobody else's verdict closes it.
-- 3. A change proposal may change the milestones (the shared tempo), and the whole plan it proposes is checked
--    when it is proposed: a proposal that lowers the target below a milestone is refused then, instead of at the
--    last consent (where it stayed open for ever). Values that are not numbers (NaN) are refused.
-- 4. A goal may name the stopped goal it succeeds (predecessor); the stop itself counts as the change.
-- 5. Every consent, vision endorsement and verdict records the mandate it was given on: ambtelijk,
--    bestuurlijk or politiek (seed 003:3162-3180), with the decision (collegebesluit, raadsbesluit) and its date
--    where the mandate is bestuurlijk or politiek, and the role the person had at that moment.
-- 6. The region records the mandate the gemeenten gave the trekker (R2; 004:1066-1070, 333-335), ratified per
--    gemeente.
-- 7. Goal actuals are changed and removed only by whoever entered them, or the coordinator (attack finding 13).
--
-- Functions re-created here (their latest versions were in 20261206020000_error_codes): check_goal_milestones,
-- consent_goal_version (new arguments: the mandate), propose_goal_change (new argument: milestones),
-- withdraw_goal_version, guard_goal_write, guard_vision_endorsement, create_goal. Every refusal raises a stable
-- code (src/lib/data/errors.ts).

create type public.mandate_level as enum ('ambtelijk', 'bestuurlijk', 'politiek');
create type public.goal_verdict as enum ('behaald', 'deels_behaald', 'niet_behaald');

-- ---------------------------------------------------------------------------------------------------
-- The mandate behind a consent or an endorsement. Rows from before this migration have none (null): the page
-- says "mandaat niet vastgelegd".

alter table public.goal_consents
  add column mandate_level public.mandate_level,
  add column acting_as text check (char_length(btrim(acting_as)) between 2 and 150),
  add column decision_reference text check (char_length(btrim(decision_reference)) between 2 and 100),
  add column decision_date date check (decision_date between '2000-01-01' and '2100-12-31'),
  add column ratify_before date check (ratify_before between '2000-01-01' and '2100-12-31'),
  add column acting_role public.membership_role,
  add constraint goal_consents_mandate_decision check (
    mandate_level is null or mandate_level = 'ambtelijk'
    or (decision_reference is not null and decision_date is not null)
  ),
  add constraint goal_consents_mandate_reservation check (ratify_before is null or mandate_level = 'ambtelijk');

alter table public.vision_endorsements
  add column mandate_level public.mandate_level,
  add column acting_as text check (char_length(btrim(acting_as)) between 2 and 150),
  add column decision_reference text check (char_length(btrim(decision_reference)) between 2 and 100),
  add column decision_date date check (decision_date between '2000-01-01' and '2100-12-31'),
  add column ratify_before date check (ratify_before between '2000-01-01' and '2100-12-31'),
  add column acting_role public.membership_role,
  add constraint vision_endorsements_mandate_decision check (
    mandate_level is null or mandate_level = 'ambtelijk'
    or (decision_reference is not null and decision_date is not null)
  ),
  add constraint vision_endorsements_mandate_reservation check (ratify_before is null or mandate_level = 'ambtelijk');

comment on column public.goal_consents.mandate_level is
  'ambtelijk: within an official''s own mandate; bestuurlijk: the college, portefeuillehouder or board; politiek: the gemeenteraad.';

-- Whether a mandate as given holds; raises the code of the first thing missing. `organisation` is the partner it
-- is given for (politiek is a gemeenteraad, so only for gemeenten).
create or replace function private.check_mandate(
  organisation uuid,
  level public.mandate_level,
  acting_as text,
  decision_reference text,
  decision_date date,
  ratify_before date
) returns void
language plpgsql stable security definer
set search_path = ''
as $$
begin
  if level is null then
    raise exception using errcode = '23514', message = 'mandate_required';
  end if;
  if level = 'ambtelijk' and coalesce(btrim(acting_as), '') = '' then
    raise exception using errcode = '23514', message = 'mandate_acting_as_required';
  end if;
  if level <> 'ambtelijk' and (coalesce(btrim(decision_reference), '') = '' or decision_date is null) then
    raise exception using errcode = '23514', message = 'mandate_decision_required';
  end if;
  if level = 'politiek' and not exists (
    select 1 from public.organisations o where o.id = organisation and o.type in ('gemeente', 'centrumgemeente')
  ) then
    raise exception using errcode = '23514', message = 'mandate_politiek_gemeente_only';
  end if;
  if decision_date > (now() at time zone 'Europe/Amsterdam')::date then
    raise exception using errcode = '23514', message = 'mandate_decision_in_future';
  end if;
  if ratify_before is not null and level <> 'ambtelijk' then
    raise exception using errcode = '23514', message = 'mandate_reservation_ambtelijk_only';
  end if;
end
$$;
revoke all on function private.check_mandate(uuid, public.mandate_level, text, text, date, date)
  from public, anon, authenticated;

-- ---------------------------------------------------------------------------------------------------
-- Verdicts: the toezichthouder's, one per goal, written only by record_goal_verdict.

create table public.goal_verdicts (
  id uuid primary key default gen_random_uuid(),
  goal_id uuid not null unique,
  region_id uuid not null references public.regions (id) on delete cascade,
  -- The toezichthouder that gave the verdict.
  organisation_id uuid not null,
  verdict public.goal_verdict not null,
  verdict_date date not null check (verdict_date between '2000-01-01' and '2100-12-31'),
  -- The value realised, as the toezichthouder established it.
  realisation numeric(14, 2) not null check (realisation between -999999999999.99 and 999999999999.99),
  explanation text not null check (char_length(btrim(explanation)) between 20 and 2000),
  mandate_level public.mandate_level not null,
  acting_as text check (char_length(btrim(acting_as)) between 2 and 150),
  decision_reference text check (char_length(btrim(decision_reference)) between 2 and 100),
  decision_date date check (decision_date between '2000-01-01' and '2100-12-31'),
  ratify_before date check (ratify_before between '2000-01-01' and '2100-12-31'),
  acting_role public.membership_role,
  recorded_by uuid references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint goal_verdicts_goal_id_region_fk foreign key (goal_id, region_id)
    references public.goals (id, region_id) on delete cascade,
  constraint goal_verdicts_organisation_id_region_fk foreign key (organisation_id, region_id)
    references public.organisations (id, region_id) on delete cascade,
  constraint goal_verdicts_mandate_decision check (
    mandate_level = 'ambtelijk' or (decision_reference is not null and decision_date is not null)
  ),
  constraint goal_verdicts_mandate_reservation check (ratify_before is null or mandate_level = 'ambtelijk')
);
create index goal_verdicts_region_idx on public.goal_verdicts (region_id);

create trigger goal_verdicts_set_updated_at before update on public.goal_verdicts
  for each row execute function public.set_updated_at();

-- A verdict is not rewritten.
create or replace function private.guard_goal_verdict() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE'
     and (to_jsonb(new) - array['recorded_by', 'updated_at']) is distinct from (to_jsonb(old) - array['recorded_by', 'updated_at']) then
    raise exception using errcode = '42501', message = 'goal_history_immutable';
  end if;
  return new;
end
$$;
revoke all on function private.guard_goal_verdict() from public, anon, authenticated;
create trigger goal_verdicts_guard before update on public.goal_verdicts
  for each row execute function private.guard_goal_verdict();

alter table public.goal_verdicts enable row level security;
create policy "goal_verdicts: members read" on public.goal_verdicts
  for select to authenticated using ((select private.is_region_member(region_id)));
revoke all on public.goal_verdicts from anon;

create trigger goal_verdicts_audit after insert or update or delete on public.goal_verdicts
  for each row execute function public.audit_change('region_id');
alter publication supabase_realtime add table public.goal_verdicts;

-- ---------------------------------------------------------------------------------------------------
-- Successor of a stopped goal.

alter table public.goals add column predecessor_id uuid;
alter table public.goals add constraint goals_predecessor_id_region_fk foreign key (predecessor_id, region_id)
  references public.goals (id, region_id) on delete set null (predecessor_id);
create unique index goals_one_successor_idx on public.goals (predecessor_id) where predecessor_id is not null;
comment on column public.goals.predecessor_id is
  'The stopped goal this goal succeeds; the stop counts as the one change (stabiele doelen, R4).';

-- ---------------------------------------------------------------------------------------------------
-- The plan of a goal: milestones by date go step by step from the baseline towards the target, lie strictly
-- between the baseline date and the target date, and none lies past the target. Null when it holds, else the
-- first problem: {code, due_date, value}. One rule for the table's check and for change proposals.

create or replace function private.goal_plan_problem(
  baseline_value numeric,
  baseline_date date,
  target_value numeric,
  target_date date,
  milestones jsonb
) returns jsonb
language plpgsql immutable
set search_path = ''
as $$
declare
  rising boolean := target_value >= baseline_value;
  previous numeric := baseline_value;
  previous_date date := baseline_date;
  m record;
begin
  for m in
    select (e ->> 'due_date')::date as due_date, (e ->> 'target_value')::numeric as value
    from jsonb_array_elements(coalesce(milestones, '[]'::jsonb)) as e
    order by 1
  loop
    if m.due_date is null or m.value is null
       or not (m.value between -999999999999.99 and 999999999999.99) then
      return jsonb_build_object('code', 'value_invalid', 'due_date', m.due_date, 'value', m.value);
    end if;
    if m.due_date <= baseline_date or m.due_date >= target_date then
      return jsonb_build_object('code', 'outside_period', 'due_date', m.due_date, 'value', m.value);
    end if;
    if m.due_date = previous_date then
      return jsonb_build_object('code', 'out_of_order', 'due_date', m.due_date, 'value', m.value);
    end if;
    if (rising and m.value > target_value) or (not rising and m.value < target_value) then
      return jsonb_build_object('code', 'past_target', 'due_date', m.due_date, 'value', m.value);
    end if;
    if (rising and m.value < previous) or (not rising and m.value > previous) then
      return jsonb_build_object('code', 'out_of_order', 'due_date', m.due_date, 'value', m.value);
    end if;
    previous := m.value;
    previous_date := m.due_date;
  end loop;
  return null;
end
$$;
revoke all on function private.goal_plan_problem(numeric, date, numeric, date, jsonb) from public, anon, authenticated;

-- A goal's milestones as the plan reads them, by date.
create or replace function private.goal_milestones_json(goal uuid) returns jsonb
language sql stable security definer
set search_path = ''
as $$
  select coalesce(jsonb_agg(jsonb_build_object('due_date', m.due_date, 'target_value', m.target_value)
    order by m.due_date), '[]'::jsonb)
  from public.goal_milestones m where m.goal_id = goal
$$;
revoke all on function private.goal_milestones_json(uuid) from public, anon, authenticated;

create or replace function public.check_goal_milestones(goal uuid)
returns void
language plpgsql
stable security definer
set search_path = ''
as $$
declare
  g public.goals;
  problem jsonb;
begin
  select * into g from public.goals where id = goal;
  if not found then
    return;
  end if;
  problem := private.goal_plan_problem(g.baseline_value, g.baseline_date, g.target_value, g.target_date,
    private.goal_milestones_json(goal));
  if problem ->> 'code' = 'outside_period' then
    raise exception using errcode = '23514', message = 'milestone_outside_period';
  elsif problem is not null then
    raise exception using errcode = '23514', message = 'milestones_out_of_order';
  end if;
end
$$;

-- ---------------------------------------------------------------------------------------------------
-- Guards

create or replace function public.guard_goal_write()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  step boolean := public.goal_step_running();
  frozen_when_agreed constant text[] := array[
    'indicator', 'unit', 'target_value', 'target_date', 'toezichthouder_id'
  ];
  fixed_when_agreed constant text[] := array[
    'baseline_value', 'baseline_date', 'source', 'source_sector', 'source_programme_id', 'region_id', 'created_by',
    'predecessor_id'
  ];
  missing int;
begin
  if tg_op = 'DELETE' then
    if old.status <> 'concept' and auth.role() = 'authenticated' then
      raise exception using errcode = '23514', message = 'goal_delete_not_concept';
    end if;
    return old;
  end if;

  -- Plain checks, with a clear message before the table's constraints answer.
  if new.title is null or btrim(new.title) = '' then
    raise exception using errcode = '23514', message = 'goal_title_required';
  end if;
  if new.indicator is null or btrim(new.indicator) = '' then
    raise exception using errcode = '23514', message = 'goal_indicator_required';
  end if;
  if new.target_date <= new.baseline_date then
    raise exception using errcode = '23514', message = 'goal_target_date_not_after_baseline';
  end if;
  if new.toezichthouder_id is not null
     and private.region_of_organisation(new.toezichthouder_id) is distinct from new.region_id then
    raise exception using errcode = '23514', message = 'goal_toezichthouder_outside_region';
  end if;
  if new.source_programme_id is not null
     and (select p.region_id from public.programmes p where p.id = new.source_programme_id) is distinct from new.region_id then
    raise exception using errcode = '23514', message = 'programme_outside_region';
  end if;
  if new.source = 'budget' and new.source_programme_id is null then
    raise exception using errcode = '23514', message = 'goal_programme_required';
  end if;
  -- A successor follows a goal of its region that was stopped.
  if new.predecessor_id is not null and (tg_op = 'INSERT' or new.predecessor_id is distinct from old.predecessor_id)
     and (new.predecessor_id = new.id or not exists (
       select 1 from public.goals p
       where p.id = new.predecessor_id and p.region_id = new.region_id and p.status = 'gestopt'
     )) then
    raise exception using errcode = '23514', message = 'goal_predecessor_invalid';
  end if;

  if tg_op = 'INSERT' then
    if new.status <> 'concept' or new.version <> 0 then
      raise exception using errcode = '23514', message = 'goal_starts_as_concept';
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
    raise exception using errcode = '42501', message = 'record_fixed';
  end if;
  if not step and (new.status is distinct from old.status or new.version is distinct from old.version
     or new.agreed_at is distinct from old.agreed_at or new.closed_at is distinct from old.closed_at) then
    raise exception using errcode = '42501', message = 'goal_status_by_steps_only';
  end if;

  if new.status is distinct from old.status then
    -- A proposed goal is withdrawn (back to concept) rather than stopped; an agreed goal is stopped by all its
    -- contributors, or closed by its toezichthouder's verdict.
    if not (
      (old.status = 'concept' and new.status = 'voorgesteld')
      or (old.status = 'voorgesteld' and new.status in ('concept', 'vastgesteld'))
      or (old.status = 'vastgesteld' and new.status in ('afgerond', 'gestopt'))
    ) then
      raise exception using errcode = '23514', message = 'goal_status_transition', detail = format('%s -> %s', old.status, new.status);
    end if;
    if new.status = 'voorgesteld' then
      if new.toezichthouder_id is null then
        raise exception using errcode = '23514', message = 'goal_toezichthouder_required';
      end if;
      if not exists (select 1 from public.goal_contributions c where c.goal_id = new.id) then
        raise exception using errcode = '23514', message = 'goal_contributors_required';
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
        raise exception using errcode = '23514', message = 'goal_consents_missing', detail = missing::text;
      end if;
    end if;
    if new.status = 'afgerond' and not exists (select 1 from public.goal_verdicts d where d.goal_id = new.id) then
      raise exception using errcode = '23514', message = 'goal_verdict_required';
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
      raise exception using errcode = '23514', message = 'goal_baseline_fixed';
    end if;
    if not step and exists (
      select 1 from unnest(frozen_when_agreed) as f(name)
      where to_jsonb(new) -> f.name is distinct from to_jsonb(old) -> f.name
    ) then
      raise exception using errcode = '23514', message = 'goal_agreed_change_by_proposal';
    end if;
  elsif old.status = 'voorgesteld' then
    if (to_jsonb(new) - array['status', 'version', 'agreed_at', 'closed_at', 'updated_at'])
       is distinct from (to_jsonb(old) - array['status', 'version', 'agreed_at', 'closed_at', 'updated_at']) then
      raise exception using errcode = '23514', message = 'goal_proposed_fixed';
    end if;
  else
    raise exception using errcode = '23514', message = 'goal_closed';
  end if;
  return new;
end
$$;

create or replace function public.guard_vision_endorsement()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' then
    raise exception using errcode = '42501', message = 'vision_endorsement_immutable';
  end if;
  new.region_id := private.region_of_organisation(new.organisation_id);
  if new.region_id is null then
    raise exception using errcode = '23503', message = 'unknown_partner';
  end if;
  if coalesce(btrim((select r.vision_statement from public.regions r where r.id = new.region_id)), '') = '' then
    raise exception using errcode = '23514', message = 'vision_missing';
  end if;
  if auth.role() = 'authenticated' then
    perform private.check_mandate(new.organisation_id, new.mandate_level, new.acting_as, new.decision_reference,
      new.decision_date, new.ratify_before);
    new.endorsed_by := auth.uid();
    new.acting_role := private.own_role_at(new.organisation_id);
    new.acting_as := nullif(btrim(new.acting_as), '');
    new.decision_reference := nullif(btrim(new.decision_reference), '');
    new.created_at := now();
    new.updated_at := now();
  end if;
  return new;
end
$$;

-- ---------------------------------------------------------------------------------------------------
-- Goal actuals (attack finding 13): whoever entered a value, or the coordinator, changes or removes it; other
-- contributing partners add their own periods.

drop policy "goal_actuals: the coordinator and contributing editors change" on public.goal_actuals;
drop policy "goal_actuals: the coordinator and contributing editors remove" on public.goal_actuals;
create policy "goal_actuals: the coordinator and whoever entered it change" on public.goal_actuals
  for update to authenticated
  using ((select public.is_region_coordinator(region_id))
    or (created_by = (select auth.uid()) and (select private.can_enter_goal_actuals(goal_id))))
  with check ((select public.is_region_coordinator(region_id))
    or (created_by = (select auth.uid()) and (select private.can_enter_goal_actuals(goal_id))));
create policy "goal_actuals: the coordinator and whoever entered it remove" on public.goal_actuals
  for delete to authenticated
  using ((select public.is_region_coordinator(region_id))
    or (created_by = (select auth.uid()) and (select private.can_enter_goal_actuals(goal_id))));

-- ---------------------------------------------------------------------------------------------------
-- Life-cycle steps

drop function public.close_goal(uuid, public.goal_status);
drop function public.consent_goal_version(uuid, uuid);
drop function public.propose_goal_change(uuid, numeric, date, text, text, uuid, text);

-- Raises the code of a plan that does not hold, for a change proposal (detail: the milestone and the target).
create or replace function private.refuse_goal_plan(problem jsonb, target_value numeric, target_date date, rising boolean)
returns void
language plpgsql immutable
set search_path = ''
as $$
begin
  if problem is null then
    return;
  end if;
  case problem ->> 'code'
    when 'past_target' then
      raise exception using errcode = '23514', message = 'goal_change_milestone_past_target',
        detail = format('%s|%s|%s|%s', problem ->> 'due_date', problem ->> 'value', target_value,
          case when rising then 'up' else 'down' end);
    when 'outside_period' then
      raise exception using errcode = '23514', message = 'goal_change_milestone_outside_period',
        detail = format('%s|%s', problem ->> 'due_date', target_date);
    when 'value_invalid' then
      raise exception using errcode = '23514', message = 'goal_value_invalid';
    else
      raise exception using errcode = '23514', message = 'milestones_out_of_order';
  end case;
end
$$;
revoke all on function private.refuse_goal_plan(jsonb, numeric, date, boolean) from public, anon, authenticated;

-- A contributing partner consents to an open proposal, on a recorded mandate. The last consent makes it take
-- effect: the goal is agreed, changed (fields and milestones) or stopped.
create or replace function public.consent_goal_version(
  proposal uuid,
  organisation uuid,
  mandate_level public.mandate_level,
  acting_as text default null,
  decision_reference text default null,
  decision_date date default null,
  ratify_before date default null
)
returns public.goal_status
language plpgsql
security definer
set search_path = ''
as $$
declare
  v public.goal_versions;
  outstanding int;
  next_status public.goal_status;
begin
  select * into v from public.goal_versions where id = proposal for update;
  if not found or not private.is_region_member(v.region_id) then
    raise exception using errcode = 'P0002', message = 'goal_version_not_found';
  end if;
  if v.state <> 'open' then
    raise exception using errcode = '23514', message = 'goal_version_decided';
  end if;
  if not exists (select 1 from public.goal_contributions c where c.goal_id = v.goal_id and c.organisation_id = organisation) then
    raise exception using errcode = '23514', message = 'goal_consent_not_contributor';
  end if;
  if not private.has_organisation_role(organisation, 'editor') then
    raise exception using errcode = '42501', message = 'goal_consent_not_own_partner';
  end if;
  if exists (select 1 from public.goal_consents k where k.version_id = proposal and k.organisation_id = organisation) then
    raise exception using errcode = '23505', message = 'goal_consent_duplicate';
  end if;
  perform private.check_mandate(organisation, mandate_level, acting_as, decision_reference, decision_date, ratify_before);

  insert into public.goal_consents (version_id, goal_id, region_id, organisation_id, consented_by, mandate_level,
    acting_as, decision_reference, decision_date, ratify_before, acting_role)
  values (proposal, v.goal_id, v.region_id, organisation, auth.uid(), mandate_level,
    nullif(btrim(acting_as), ''), nullif(btrim(decision_reference), ''), decision_date, ratify_before,
    private.own_role_at(organisation));

  select count(*) into outstanding from public.goal_contributions c
  where c.goal_id = v.goal_id
    and not exists (select 1 from public.goal_consents k where k.version_id = proposal and k.organisation_id = c.organisation_id);

  perform 1 from public.goals where id = v.goal_id for update;
  if outstanding > 0 then
    select status into next_status from public.goals where id = v.goal_id;
    return next_status;
  end if;

  perform public.begin_goal_step();
  if v.kind = 'vaststelling' then
    update public.goals set status = 'vastgesteld', version = v.version, agreed_at = now() where id = v.goal_id;
  elsif v.kind = 'stopzetting' then
    update public.goals set status = 'gestopt', version = v.version, closed_at = now() where id = v.goal_id;
  else
    -- New milestones go in after the goal's new target and date, so each one is checked against those.
    if v.changes ? 'milestones' then
      delete from public.goal_milestones where goal_id = v.goal_id;
    end if;
    update public.goals set
      target_value = coalesce((v.changes -> 'target_value' ->> 'to')::numeric, target_value),
      target_date = coalesce((v.changes -> 'target_date' ->> 'to')::date, target_date),
      indicator = coalesce(v.changes -> 'indicator' ->> 'to', indicator),
      unit = coalesce(v.changes -> 'unit' ->> 'to', unit),
      toezichthouder_id = coalesce((v.changes -> 'toezichthouder_id' ->> 'to')::uuid, toezichthouder_id),
      version = v.version
    where id = v.goal_id;
    if v.changes ? 'milestones' then
      insert into public.goal_milestones (goal_id, region_id, due_date, target_value)
      select v.goal_id, v.region_id, (e ->> 'due_date')::date, (e ->> 'target_value')::numeric
      from jsonb_array_elements(v.changes -> 'milestones' -> 'to') as e
      order by (e ->> 'due_date')::date;
    end if;
  end if;
  update public.goal_versions set state = 'aanvaard', decided_at = now(), snapshot = public.goal_snapshot(v.goal_id)
  where id = proposal;
  perform public.end_goal_step();
  select status into next_status from public.goals where id = v.goal_id;
  return next_status;
end
$$;

-- The coordinator proposes to change what is frozen in an agreed goal; null means unchanged. Milestones, when
-- given, replace all of them (an empty list removes them). The plan as it would be is checked now.
create or replace function public.propose_goal_change(
  goal uuid,
  new_target_value numeric,
  new_target_date date,
  new_indicator text,
  new_unit text,
  new_toezichthouder uuid,
  reason text,
  new_milestones jsonb default null
)
returns uuid
language plpgsql
security definer
set search_path = ''
as $$
declare
  g public.goals;
  changes jsonb := '{}'::jsonb;
  current_milestones jsonb;
  proposed_milestones jsonb;
  plan_target numeric;
  plan_date date;
  version_id uuid;
  next_version int;
begin
  select * into g from public.goals where id = goal for update;
  if not found or not private.is_region_member(g.region_id) then
    raise exception using errcode = 'P0002', message = 'goal_not_found';
  end if;
  if not public.is_region_coordinator(g.region_id) then
    raise exception using errcode = '42501', message = 'goal_change_coordinator_only';
  end if;
  if g.status <> 'vastgesteld' then
    raise exception using errcode = '23514', message = 'goal_change_not_agreed';
  end if;
  if exists (select 1 from public.goal_versions v where v.goal_id = goal and v.state = 'open') then
    raise exception using errcode = '23514', message = 'goal_change_open';
  end if;
  if reason is null or btrim(reason) = '' then
    raise exception using errcode = '23514', message = 'goal_change_reason_required';
  end if;
  if new_target_value is not null and not (new_target_value between -999999999999.99 and 999999999999.99) then
    raise exception using errcode = '23514', message = 'goal_value_invalid';
  end if;
  if new_milestones is not null and jsonb_typeof(new_milestones) <> 'array' then
    raise exception using errcode = '23514', message = 'goal_value_invalid';
  end if;

  if new_target_value is not null and new_target_value is distinct from g.target_value then
    changes := changes || jsonb_build_object('target_value', jsonb_build_object('from', g.target_value, 'to', new_target_value));
  end if;
  if new_target_date is not null and new_target_date is distinct from g.target_date then
    if new_target_date <= g.baseline_date then
      raise exception using errcode = '23514', message = 'goal_target_date_not_after_baseline';
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
    if private.region_of_organisation(new_toezichthouder) is distinct from g.region_id then
      raise exception using errcode = '23514', message = 'goal_toezichthouder_outside_region';
    end if;
    changes := changes || jsonb_build_object('toezichthouder_id',
      jsonb_build_object('from', g.toezichthouder_id, 'to', new_toezichthouder));
  end if;

  current_milestones := private.goal_milestones_json(goal);
  if new_milestones is not null then
    select coalesce(jsonb_agg(jsonb_build_object('due_date', m.due_date, 'target_value', m.value) order by m.due_date),
      '[]'::jsonb)
      into proposed_milestones
    from (
      select (e ->> 'due_date')::date as due_date, round((e ->> 'target_value')::numeric, 2) as value
      from jsonb_array_elements(new_milestones) as e
    ) as m;
    if proposed_milestones is distinct from current_milestones then
      changes := changes || jsonb_build_object('milestones',
        jsonb_build_object('from', current_milestones, 'to', proposed_milestones));
    end if;
  end if;
  if changes = '{}'::jsonb then
    raise exception using errcode = '23514', message = 'goal_change_empty';
  end if;

  -- The whole plan as it would be after the change: checked now, not at the last consent.
  plan_target := coalesce(new_target_value, g.target_value);
  plan_date := coalesce(new_target_date, g.target_date);
  perform private.refuse_goal_plan(
    private.goal_plan_problem(g.baseline_value, g.baseline_date, plan_target, plan_date,
      coalesce(proposed_milestones, current_milestones)),
    plan_target, plan_date, plan_target >= g.baseline_value);

  select coalesce(max(v.version), 0) + 1 into next_version from public.goal_versions v where v.goal_id = goal;
  insert into public.goal_versions (goal_id, region_id, version, kind, snapshot, changes, reason, proposed_by)
  values (goal, g.region_id, next_version, 'wijziging', public.goal_snapshot(goal), changes, btrim(reason), auth.uid())
  returning id into version_id;
  return version_id;
end
$$;

-- The coordinator or an editor of a contributing partner proposes to stop an agreed goal, with a reason. It
-- stops when every contributing partner consents (consent_goal_version).
create or replace function public.propose_goal_stop(goal uuid, reason text)
returns uuid
language plpgsql
security definer
set search_path = ''
as $$
declare
  g public.goals;
  version_id uuid;
begin
  select * into g from public.goals where id = goal for update;
  if not found or not private.is_region_member(g.region_id) then
    raise exception using errcode = 'P0002', message = 'goal_not_found';
  end if;
  if not public.is_region_coordinator(g.region_id) and not exists (
    select 1 from public.goal_contributions c
    where c.goal_id = goal and private.has_organisation_role(c.organisation_id, 'editor')
  ) then
    raise exception using errcode = '42501', message = 'goal_stop_not_allowed';
  end if;
  if g.status <> 'vastgesteld' then
    raise exception using errcode = '23514', message = 'goal_stop_not_agreed';
  end if;
  if exists (select 1 from public.goal_versions v where v.goal_id = goal and v.state = 'open') then
    raise exception using errcode = '23514', message = 'goal_change_open';
  end if;
  if reason is null or btrim(reason) = '' then
    raise exception using errcode = '23514', message = 'goal_stop_reason_required';
  end if;
  insert into public.goal_versions (goal_id, region_id, version, kind, snapshot, changes, reason, proposed_by)
  values (goal, g.region_id,
    (select coalesce(max(v.version), 0) + 1 from public.goal_versions v where v.goal_id = goal),
    'stopzetting', public.goal_snapshot(goal),
    jsonb_build_object('status', jsonb_build_object('from', 'vastgesteld', 'to', 'gestopt')),
    btrim(reason), auth.uid())
  returning id into version_id;
  return version_id;
end
$$;

-- The coordinator withdraws an open proposal; whoever proposed a stop may withdraw it too. Withdrawing the first
-- proposal returns the goal to concept.
create or replace function public.withdraw_goal_version(proposal uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  v public.goal_versions;
begin
  select * into v from public.goal_versions where id = proposal for update;
  if not found or not private.is_region_member(v.region_id) then
    raise exception using errcode = 'P0002', message = 'goal_version_not_found';
  end if;
  if not public.is_region_coordinator(v.region_id)
     and not (v.kind = 'stopzetting' and v.proposed_by = auth.uid()) then
    raise exception using errcode = '42501', message = 'goal_withdraw_coordinator_only';
  end if;
  if v.state <> 'open' then
    raise exception using errcode = '23514', message = 'goal_version_decided';
  end if;
  perform public.begin_goal_step();
  update public.goal_versions set state = 'ingetrokken', decided_at = now() where id = proposal;
  if v.kind = 'vaststelling' then
    update public.goals set status = 'concept' where id = v.goal_id;
  end if;
  perform public.end_goal_step();
end
$$;

-- The toezichthouder closes an agreed goal with its verdict: an editor (or more) of the toezichthouder itself,
-- on a recorded mandate. "Niet behaald" and "deels behaald" from the target date on; "behaald" also earlier once
-- the realisation reaches the target. Open proposals lapse.
create or replace function public.record_goal_verdict(
  goal uuid,
  verdict public.goal_verdict,
  verdict_date date,
  realisation numeric,
  explanation text,
  mandate_level public.mandate_level,
  acting_as text default null,
  decision_reference text default null,
  decision_date date default null,
  ratify_before date default null
)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  g public.goals;
  today date := (now() at time zone 'Europe/Amsterdam')::date;
  reached boolean;
begin
  select * into g from public.goals where id = goal for update;
  if not found or not private.is_region_member(g.region_id) then
    raise exception using errcode = 'P0002', message = 'goal_not_found';
  end if;
  if g.toezichthouder_id is null or not private.has_organisation_role(g.toezichthouder_id, 'editor') then
    raise exception using errcode = '42501', message = 'goal_verdict_toezichthouder_only';
  end if;
  if g.status <> 'vastgesteld' then
    raise exception using errcode = '23514', message = 'goal_verdict_not_agreed';
  end if;
  if verdict is null or realisation is null or not (realisation between -999999999999.99 and 999999999999.99) then
    raise exception using errcode = '23514', message = 'goal_value_invalid';
  end if;
  if verdict_date is null or verdict_date > today or verdict_date <= g.baseline_date then
    raise exception using errcode = '23514', message = 'goal_verdict_date_invalid';
  end if;
  if char_length(btrim(coalesce(explanation, ''))) < 20 then
    raise exception using errcode = '23514', message = 'goal_verdict_explanation_required';
  end if;
  reached := case when g.target_value >= g.baseline_value then realisation >= g.target_value
    else realisation <= g.target_value end;
  if verdict_date < g.target_date and not (verdict = 'behaald' and reached) then
    raise exception using errcode = '23514', message = 'goal_verdict_too_early', detail = g.target_date::text;
  end if;
  perform private.check_mandate(g.toezichthouder_id, mandate_level, acting_as, decision_reference, decision_date,
    ratify_before);

  insert into public.goal_verdicts (goal_id, region_id, organisation_id, verdict, verdict_date, realisation,
    explanation, mandate_level, acting_as, decision_reference, decision_date, ratify_before, acting_role, recorded_by)
  values (goal, g.region_id, g.toezichthouder_id, verdict, verdict_date, realisation, btrim(explanation),
    mandate_level, nullif(btrim(acting_as), ''), nullif(btrim(decision_reference), ''), decision_date, ratify_before,
    private.own_role_at(g.toezichthouder_id), auth.uid());

  perform public.begin_goal_step();
  update public.goal_versions set state = 'ingetrokken', decided_at = now() where goal_id = goal and state = 'open';
  update public.goals set status = 'afgerond', closed_at = now() where id = goal;
  perform public.end_goal_step();
end
$$;

revoke execute on function
  public.consent_goal_version(uuid, uuid, public.mandate_level, text, text, date, date),
  public.propose_goal_change(uuid, numeric, date, text, text, uuid, text, jsonb),
  public.propose_goal_stop(uuid, text),
  public.record_goal_verdict(uuid, public.goal_verdict, date, numeric, text, public.mandate_level, text, text, date, date)
  from public, anon;
grant execute on function
  public.consent_goal_version(uuid, uuid, public.mandate_level, text, text, date, date),
  public.propose_goal_change(uuid, numeric, date, text, text, uuid, text, jsonb),
  public.propose_goal_stop(uuid, text),
  public.record_goal_verdict(uuid, public.goal_verdict, date, numeric, text, public.mandate_level, text, text, date, date)
  to authenticated, service_role;

-- A new goal with its milestones and contributions, all or nothing; it may name the stopped goal it succeeds.
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
    source_programme_id, baseline_value, baseline_date, target_value, target_date, toezichthouder_id, predecessor_id)
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
    (goal ->> 'toezichthouder_id')::uuid,
    (goal ->> 'predecessor_id')::uuid
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

-- ---------------------------------------------------------------------------------------------------
-- The trekker's mandate (R2): the coordinator records the decision that gives the trekker its mandate; each
-- gemeente ratifies it, bestuurlijk or politiek, through its own people.

create table public.trekker_mandates (
  id uuid primary key default gen_random_uuid(),
  region_id uuid not null references public.regions (id) on delete cascade,
  -- The trekker the mandate is given to (the region's lead organisation when it was recorded).
  organisation_id uuid not null,
  decision_reference text not null check (char_length(btrim(decision_reference)) between 2 and 100),
  decision_date date not null check (decision_date between '2000-01-01' and '2100-12-31'),
  valid_until date check (valid_until between '2000-01-01' and '2100-12-31'),
  scope text check (char_length(scope) <= 1000),
  created_by uuid default auth.uid() references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint trekker_mandates_id_region_key unique (id, region_id),
  constraint trekker_mandates_organisation_id_region_fk foreign key (organisation_id, region_id)
    references public.organisations (id, region_id) on delete cascade,
  constraint trekker_mandates_period check (valid_until is null or valid_until > decision_date)
);
create index trekker_mandates_region_idx on public.trekker_mandates (region_id, decision_date desc);

create table public.trekker_mandate_ratifications (
  id uuid primary key default gen_random_uuid(),
  mandate_id uuid not null,
  region_id uuid not null references public.regions (id) on delete cascade,
  organisation_id uuid not null,
  mandate_level public.mandate_level not null,
  acting_as text check (char_length(btrim(acting_as)) between 2 and 150),
  decision_reference text check (char_length(btrim(decision_reference)) between 2 and 100),
  decision_date date check (decision_date between '2000-01-01' and '2100-12-31'),
  ratify_before date check (ratify_before between '2000-01-01' and '2100-12-31'),
  acting_role public.membership_role,
  ratified_by uuid default auth.uid() references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (mandate_id, organisation_id),
  constraint trekker_mandate_ratifications_mandate_id_region_fk foreign key (mandate_id, region_id)
    references public.trekker_mandates (id, region_id) on delete cascade,
  constraint trekker_mandate_ratifications_organisation_id_region_fk foreign key (organisation_id, region_id)
    references public.organisations (id, region_id) on delete cascade
);
create index trekker_mandate_ratifications_region_idx on public.trekker_mandate_ratifications (region_id);

create trigger trekker_mandates_set_updated_at before update on public.trekker_mandates
  for each row execute function public.set_updated_at();
create trigger trekker_mandate_ratifications_set_updated_at before update on public.trekker_mandate_ratifications
  for each row execute function public.set_updated_at();

-- Region, trekker and author come from the database; a mandate is recorded and removed, not rewritten.
create or replace function private.guard_trekker_mandate() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' then
    raise exception using errcode = '42501', message = 'record_fixed';
  end if;
  select r.lead_organisation_id into new.organisation_id from public.regions r where r.id = new.region_id;
  if new.organisation_id is null then
    raise exception using errcode = '23514', message = 'trekker_mandate_no_trekker';
  end if;
  if new.decision_date > (now() at time zone 'Europe/Amsterdam')::date then
    raise exception using errcode = '23514', message = 'mandate_decision_in_future';
  end if;
  if auth.role() = 'authenticated' then
    new.created_by := auth.uid();
    new.created_at := now();
    new.updated_at := now();
  end if;
  return new;
end
$$;
revoke all on function private.guard_trekker_mandate() from public, anon, authenticated;
create trigger trekker_mandates_guard before insert or update on public.trekker_mandates
  for each row execute function private.guard_trekker_mandate();

-- A gemeente ratifies, bestuurlijk or politiek; not the trekker itself.
create or replace function private.guard_trekker_ratification() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  mandate public.trekker_mandates;
begin
  if tg_op = 'UPDATE' then
    raise exception using errcode = '42501', message = 'record_fixed';
  end if;
  select * into mandate from public.trekker_mandates m where m.id = new.mandate_id;
  if not found then
    raise exception using errcode = '23503', message = 'trekker_mandate_not_found';
  end if;
  new.region_id := mandate.region_id;
  if new.organisation_id = mandate.organisation_id or not exists (
    select 1 from public.organisations o
    where o.id = new.organisation_id and o.region_id = mandate.region_id and o.type in ('gemeente', 'centrumgemeente')
  ) then
    raise exception using errcode = '23514', message = 'trekker_ratification_not_gemeente';
  end if;
  if new.mandate_level = 'ambtelijk' then
    raise exception using errcode = '23514', message = 'trekker_ratification_level';
  end if;
  if auth.role() = 'authenticated' then
    perform private.check_mandate(new.organisation_id, new.mandate_level, new.acting_as, new.decision_reference,
      new.decision_date, new.ratify_before);
    new.ratified_by := auth.uid();
    new.acting_role := private.own_role_at(new.organisation_id);
    new.created_at := now();
    new.updated_at := now();
  end if;
  return new;
end
$$;
revoke all on function private.guard_trekker_ratification() from public, anon, authenticated;
create trigger trekker_mandate_ratifications_guard before insert or update on public.trekker_mandate_ratifications
  for each row execute function private.guard_trekker_ratification();

alter table public.trekker_mandates enable row level security;
alter table public.trekker_mandate_ratifications enable row level security;

create policy "trekker_mandates: members read" on public.trekker_mandates
  for select to authenticated using ((select private.is_region_member(region_id)));
create policy "trekker_mandates: the coordinator records" on public.trekker_mandates
  for insert to authenticated with check ((select public.is_region_coordinator(region_id)));
create policy "trekker_mandates: the coordinator removes" on public.trekker_mandates
  for delete to authenticated using ((select public.is_region_coordinator(region_id)));

create policy "trekker_mandate_ratifications: members read" on public.trekker_mandate_ratifications
  for select to authenticated using ((select private.is_region_member(region_id)));
create policy "trekker_mandate_ratifications: the gemeente's own people ratify" on public.trekker_mandate_ratifications
  for insert to authenticated with check ((select private.has_organisation_role(organisation_id, 'editor')));
create policy "trekker_mandate_ratifications: the gemeente's own people withdraw" on public.trekker_mandate_ratifications
  for delete to authenticated using ((select private.has_organisation_role(organisation_id, 'editor')));

revoke all on public.trekker_mandates, public.trekker_mandate_ratifications from anon;

create trigger trekker_mandates_audit after insert or update or delete on public.trekker_mandates
  for each row execute function public.audit_change('region_id');
create trigger trekker_mandate_ratifications_audit after insert or update or delete on public.trekker_mandate_ratifications
  for each row execute function public.audit_change('region_id');
alter publication supabase_realtime add table public.trekker_mandates, public.trekker_mandate_ratifications;
