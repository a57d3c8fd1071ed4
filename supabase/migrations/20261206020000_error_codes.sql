-- Stable error codes. Every error the schema raises itself now carries
--   SQLSTATE  the class the data layer acts on: 42501 refused (not yours), 23514 a rule of the data,
--             23505 already there, 23503 unknown reference, P0002 not found;
--   MESSAGE   a short machine code in snake_case (`goal_closed`, `survey_round_closed`), never prose;
--   DETAIL    a value that belongs to the refusal (`goal_status_transition`: "vastgesteld -> concept"), or a
--             sentence for whoever reads the database's log; never shown on screen.
-- The codes are listed, with what each means, in src/lib/data/errors.ts (DB_ERROR_CODES); one helper,
-- src/lib/server/errors.ts, turns a code into a message in the user's language (nl, en). No database prose
-- reaches the screen any more: before, goal actions showed the Dutch text of these exceptions to everyone,
-- including users who chose English. A test (tests/integration/error-codes.test.ts) reads every function
-- of the schema and fails on a code that the TypeScript list does not know.
--
-- The functions below are re-created unchanged apart from their `raise` statements (taken from the
-- database after 20261205050000_meeting_room_state, so each is its latest version). The functions of the
-- security migrations (private.guard_membership_*, present_meeting_item, …) already raise codes
-- (`raise exception 'meeting_chair_only' using errcode = …`) and stay as they are. Errors Postgres raises
-- itself (check, unique and foreign-key violations, RLS) keep their own SQLSTATE and are mapped by class.

create or replace function public.check_goal_milestones(goal uuid)
returns void
language plpgsql
stable security definer
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
      raise exception using errcode = '23514', message = 'milestone_outside_period';
    end if;
    if (rising and m.target_value < previous) or (not rising and m.target_value > previous) then
      raise exception using errcode = '23514', message = 'milestones_out_of_order';
    end if;
    previous := m.target_value;
  end loop;
  if (rising and g.target_value < previous) or (not rising and g.target_value > previous) then
    raise exception using errcode = '23514', message = 'milestones_out_of_order';
  end if;
end
$$;

create or replace function public.close_goal(goal uuid, outcome public.goal_status)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  g public.goals;
begin
  select * into g from public.goals where id = goal for update;
  if not found or not public.is_region_member(g.region_id) then
    raise exception using errcode = 'P0002', message = 'goal_not_found';
  end if;
  if not public.is_region_coordinator(g.region_id) then
    raise exception using errcode = '42501', message = 'goal_close_coordinator_only';
  end if;
  if outcome not in ('afgerond', 'gestopt') then
    raise exception using errcode = '23514', message = 'goal_close_outcome';
  end if;
  perform public.begin_goal_step();
  update public.goal_versions set state = 'ingetrokken', decided_at = now() where goal_id = goal and state = 'open';
  update public.goals set status = outcome, closed_at = now() where id = goal;
  perform public.end_goal_step();
end
$$;

create or replace function public.consent_goal_version(proposal uuid, organisation uuid)
returns public.goal_status
language plpgsql
security definer
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
    raise exception using errcode = 'P0002', message = 'goal_version_not_found';
  end if;
  if v.state <> 'open' then
    raise exception using errcode = '23514', message = 'goal_version_decided';
  end if;
  if not exists (select 1 from public.goal_contributions c where c.goal_id = v.goal_id and c.organisation_id = organisation) then
    raise exception using errcode = '23514', message = 'goal_consent_not_contributor';
  end if;
  if not public.has_organisation_role(organisation, 'editor') then
    raise exception using errcode = '42501', message = 'goal_consent_not_own_partner';
  end if;
  if exists (select 1 from public.goal_consents k where k.version_id = proposal and k.organisation_id = organisation) then
    raise exception using errcode = '23505', message = 'goal_consent_duplicate';
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

create or replace function public.derive_figure_region()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  programme_region uuid;
begin
  new.region_id := public.region_of_organisation(new.organisation_id);
  if new.region_id is null then
    raise exception using errcode = '23503', message = 'unknown_partner';
  end if;
  if tg_table_name = 'budget_commitments' then
    select region_id into programme_region from public.programmes where id = new.programme_id;
    if programme_region is distinct from new.region_id then
      raise exception using errcode = '23514', message = 'programme_outside_region';
    end if;
  end if;
  return new;
end
$$;

create or replace function public.derive_meeting_region()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  row_data jsonb := to_jsonb(new);
  meeting_region uuid;
begin
  if tg_op = 'UPDATE' and new.meeting_id is distinct from old.meeting_id then
    raise exception using errcode = '23514', message = 'record_fixed';
  end if;
  select region_id into meeting_region from public.meetings where id = new.meeting_id;
  if meeting_region is null then
    raise exception using errcode = '23503', message = 'meeting_not_found';
  end if;
  new.region_id := meeting_region;
  if row_data ? 'agenda_item_id' and not exists (
    select 1 from public.meeting_agenda_items
    where id = (row_data ->> 'agenda_item_id')::uuid and meeting_id = new.meeting_id
  ) then
    raise exception using errcode = '23514', message = 'agenda_item_outside_meeting';
  end if;
  if coalesce(row_data ->> 'organisation_id', row_data ->> 'owner_organisation_id') is not null
     and public.region_of_organisation(
       coalesce(row_data ->> 'organisation_id', row_data ->> 'owner_organisation_id')::uuid
     ) is distinct from meeting_region then
    raise exception using errcode = '23514', message = 'meeting_partner_outside_region';
  end if;
  return new;
end
$$;

create or replace function public.derive_network_region()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_table_name = 'contacts' then
    new.region_id := public.region_of_organisation(new.recorded_by_organisation_id);
  elsif tg_table_name = 'contact_participants' then
    select region_id into new.region_id from public.contacts where id = new.contact_id;
    if new.region_id is null then
      raise exception using errcode = '23503', message = 'contact_not_found';
    end if;
    if public.region_of_organisation(new.organisation_id) is distinct from new.region_id then
      raise exception using errcode = '23514', message = 'contact_participant_outside_region';
    end if;
  elsif tg_table_name = 'survey_responses' then
    select region_id into new.region_id from public.survey_rounds where id = new.round_id;
    if new.region_id is null then
      raise exception using errcode = '23503', message = 'survey_round_not_found';
    end if;
    if public.region_of_organisation(new.respondent_organisation_id) is distinct from new.region_id
       or public.region_of_organisation(new.rated_organisation_id) is distinct from new.region_id then
      raise exception using errcode = '23514', message = 'survey_partner_outside_region';
    end if;
  else
    new.region_id := public.region_of_organisation(new.organisation_id);
  end if;
  if new.region_id is null then
    raise exception using errcode = '23503', message = 'unknown_partner';
  end if;
  if tg_op = 'UPDATE' and new.region_id is distinct from old.region_id then
    raise exception using errcode = '23514', message = 'region_fixed';
  end if;
  return new;
end
$$;

create or replace function public.forbid_audit_change()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  raise exception using errcode = '42501', message = 'audit_log_immutable';
end
$$;

create or replace function public.guard_figure_write()
returns trigger
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
    raise exception using errcode = '42501', message = 'record_fixed';
  end if;
  return new;
end
$$;

create or replace function public.guard_goal_actual()
returns trigger
language plpgsql
security definer
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
    raise exception using errcode = '42501', message = 'record_fixed';
  end if;
  if g.source <> 'handmatig' then
    raise exception using errcode = '23514', message = 'goal_actual_linked', detail = case g.source when 'budget' then 'budget' else 'baanafspraken' end;
  end if;
  if g.status <> 'vastgesteld' then
    raise exception using errcode = '23514', message = 'goal_actual_not_agreed';
  end if;
  if tg_op = 'DELETE' then
    return old;
  end if;
  if new.period_date < g.baseline_date then
    raise exception using errcode = '23514', message = 'goal_actual_before_baseline';
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

create or replace function public.guard_goal_child()
returns trigger
language plpgsql
security definer
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
    raise exception using errcode = '42501', message = 'record_fixed';
  end if;
  if g.status <> 'concept' and not public.goal_step_running() then
    if tg_table_name = 'goal_milestones' then
      raise exception using errcode = '23514', message = 'goal_milestones_fixed';
    else
      raise exception using errcode = '23514', message = 'goal_contributions_fixed';
    end if;
  end if;
  if tg_op = 'DELETE' then
    return old;
  end if;
  new.region_id := g.region_id;
  if tg_table_name = 'goal_contributions' then
    if public.region_of_organisation(new.organisation_id) is distinct from g.region_id then
      raise exception using errcode = '23514', message = 'goal_contributor_outside_region';
    end if;
  elsif new.due_date <= g.baseline_date or new.due_date >= g.target_date then
    raise exception using errcode = '23514', message = 'milestone_outside_period';
  end if;
  return new;
end
$$;

create or replace function public.guard_goal_record()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'UPDATE' and (new.id is distinct from old.id or new.goal_id is distinct from old.goal_id
     or new.created_at is distinct from old.created_at) then
    raise exception using errcode = '42501', message = 'goal_history_immutable';
  end if;
  -- A consent is not changed; only removing the person's account clears consented_by (on delete set null).
  if tg_table_name = 'goal_consents' and tg_op = 'UPDATE'
     and ((to_jsonb(new) - array['consented_by', 'updated_at']) is distinct from (to_jsonb(old) - array['consented_by', 'updated_at'])
          or (to_jsonb(new) ->> 'consented_by') is not null
             and (to_jsonb(new) ->> 'consented_by') is distinct from (to_jsonb(old) ->> 'consented_by')) then
    raise exception using errcode = '42501', message = 'goal_consent_immutable';
  end if;
  new.region_id := public.region_of_goal(new.goal_id);
  return new;
end
$$;

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
    'baseline_value', 'baseline_date', 'source', 'source_sector', 'source_programme_id', 'region_id', 'created_by'
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
     and public.region_of_organisation(new.toezichthouder_id) is distinct from new.region_id then
    raise exception using errcode = '23514', message = 'goal_toezichthouder_outside_region';
  end if;
  if new.source_programme_id is not null
     and (select p.region_id from public.programmes p where p.id = new.source_programme_id) is distinct from new.region_id then
    raise exception using errcode = '23514', message = 'programme_outside_region';
  end if;
  if new.source = 'budget' and new.source_programme_id is null then
    raise exception using errcode = '23514', message = 'goal_programme_required';
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
    if not (
      (old.status = 'concept' and new.status = 'voorgesteld')
      or (old.status = 'voorgesteld' and new.status in ('concept', 'vastgesteld', 'gestopt'))
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

create or replace function public.guard_last_admin()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  region uuid := private.region_of_organisation(old.organisation_id);
begin
  if old.role = 'admin' and region is not null and auth.role() = 'authenticated'
     and (tg_op = 'DELETE' or new.role <> 'admin'
          or private.region_of_organisation(new.organisation_id) is distinct from region)
     and not exists (
       select 1 from public.memberships m join public.organisations o on o.id = m.organisation_id
       where o.region_id = region and m.role = 'admin' and m.id <> old.id
     ) then
    raise exception using errcode = '23514', message = 'last_admin';
  end if;
  return coalesce(new, old);
end
$$;

create or replace function public.guard_meeting_write()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  row_data jsonb := to_jsonb(new);
begin
  if tg_table_name = 'meetings' and tg_op = 'UPDATE' and new.region_id is distinct from old.region_id then
    raise exception using errcode = '23514', message = 'region_fixed';
  end if;
  if auth.role() is distinct from 'authenticated' then
    return new;
  end if;
  if tg_op = 'INSERT' then
    new.created_at := now();
    new.updated_at := now();
    if row_data ? 'created_by' then
      new := jsonb_populate_record(new, jsonb_build_object('created_by', auth.uid()));
    end if;
  elsif new.id is distinct from old.id or new.created_at is distinct from old.created_at
     or (row_data -> 'created_by') is distinct from (to_jsonb(old) -> 'created_by') then
    raise exception using errcode = '42501', message = 'record_fixed';
  end if;
  if tg_table_name = 'meeting_attendance' then
    new.recorded_by := auth.uid();
    new.recorded_at := now();
  end if;
  return new;
end
$$;

create or replace function public.guard_network_write()
returns trigger
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
    if to_jsonb(new) ? 'created_by' then
      new := jsonb_populate_record(new, jsonb_build_object('created_by', auth.uid()));
    end if;
  elsif (to_jsonb(new) -> 'id') is distinct from (to_jsonb(old) -> 'id')
     or new.created_at is distinct from old.created_at
     or (to_jsonb(new) -> 'created_by') is distinct from (to_jsonb(old) -> 'created_by') then
    raise exception using errcode = '42501', message = 'record_fixed';
  end if;
  return new;
end
$$;

create or replace function public.guard_organisation_delete()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if auth.role() = 'authenticated'
     and exists (select 1 from public.regions r where r.id = old.region_id and r.lead_organisation_id = old.id) then
    raise exception using errcode = '23514', message = 'region_lead_delete';
  end if;
  delete from public.memberships where organisation_id = old.id;
  return old;
end
$$;

create or replace function public.guard_organisation_update()
returns trigger
language plpgsql
set search_path = ''
as $$
declare
  -- updated_at is set by organisations_set_updated_at, which runs after this trigger.
  editor_columns constant text[] := array['contact_name', 'contact_email', 'description', 'updated_at'];
begin
  if auth.role() = 'authenticated' then
    if new.id is distinct from old.id or new.created_at is distinct from old.created_at then
      raise exception using errcode = '42501', message = 'record_fixed';
    end if;
    if not public.is_region_coordinator(old.region_id)
       and (to_jsonb(new) - editor_columns) is distinct from (to_jsonb(old) - editor_columns) then
      raise exception using errcode = '42501', message = 'partner_coordinator_only';
    end if;
  end if;
  if new.region_id is distinct from old.region_id then
    raise exception using errcode = '23514', message = 'region_fixed';
  end if;
  return new;
end
$$;

create or replace function public.guard_programme_region()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.region_id is distinct from old.region_id then
    raise exception using errcode = '23514', message = 'region_fixed';
  end if;
  return new;
end
$$;

create or replace function public.guard_region_lead()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.lead_organisation_id is null then
    if tg_op = 'UPDATE' and old.lead_organisation_id is not null and auth.role() = 'authenticated' then
      raise exception using errcode = '23514', message = 'region_lead_required';
    end if;
  elsif not exists (
    select 1 from public.organisations o where o.id = new.lead_organisation_id and o.region_id = new.id
  ) then
    raise exception using errcode = '23514', message = 'region_lead_outside_region';
  end if;
  return new;
end
$$;

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

create or replace function public.guard_survey_response()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  round_status public.survey_status;
begin
  if tg_op = 'UPDATE' and (new.round_id is distinct from old.round_id
     or new.respondent_organisation_id is distinct from old.respondent_organisation_id
     or new.rated_organisation_id is distinct from old.rated_organisation_id) then
    raise exception using errcode = '42501', message = 'record_fixed';
  end if;
  select status into round_status from public.survey_rounds
  where id = case when tg_op = 'DELETE' then old.round_id else new.round_id end;
  if round_status is distinct from 'open' and auth.role() = 'authenticated' then
    raise exception using errcode = '42501', message = 'survey_round_closed';
  end if;
  if tg_op = 'DELETE' then
    return old;
  end if;
  return new;
end
$$;

create or replace function public.guard_survey_round()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.region_id is distinct from old.region_id then
    raise exception using errcode = '23514', message = 'region_fixed';
  end if;
  if old.status = 'closed' and auth.role() = 'authenticated'
     and (new.status <> 'closed' or new.min_respondents <> old.min_respondents) then
    raise exception using errcode = '42501', message = 'survey_round_reopen';
  end if;
  if new.status = 'closed' and old.status = 'open' then
    new.closed_at := coalesce(new.closed_at, now());
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
  new.region_id := public.region_of_organisation(new.organisation_id);
  if new.region_id is null then
    raise exception using errcode = '23503', message = 'unknown_partner';
  end if;
  if coalesce(btrim((select r.vision_statement from public.regions r where r.id = new.region_id)), '') = '' then
    raise exception using errcode = '23514', message = 'vision_missing';
  end if;
  if auth.role() = 'authenticated' then
    new.endorsed_by := auth.uid();
    new.created_at := now();
    new.updated_at := now();
  end if;
  return new;
end
$$;

create or replace function public.propose_goal(goal uuid)
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
  if not found or not public.is_region_member(g.region_id) then
    raise exception using errcode = 'P0002', message = 'goal_not_found';
  end if;
  if not public.is_region_coordinator(g.region_id) then
    raise exception using errcode = '42501', message = 'goal_propose_coordinator_only';
  end if;
  if g.status <> 'concept' then
    raise exception using errcode = '23514', message = 'goal_propose_not_concept';
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

create or replace function public.propose_goal_change(goal uuid, new_target_value numeric, new_target_date date, new_indicator text, new_unit text, new_toezichthouder uuid, reason text)
returns uuid
language plpgsql
security definer
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
  if new_target_value is not null and new_target_value is distinct from g.target_value then
    changes := changes || jsonb_build_object('target_value', jsonb_build_object('from', g.target_value, 'to', new_target_value));
  end if;
  if new_target_date is not null and new_target_date is distinct from g.target_date then
    if new_target_date <= g.baseline_date then
      raise exception using errcode = '23514', message = 'goal_target_date_not_after_baseline';
    end if;
    select max(due_date) into last_milestone from public.goal_milestones where goal_id = goal;
    if last_milestone is not null and new_target_date <= last_milestone then
      raise exception using errcode = '23514', message = 'goal_target_date_not_after_milestones';
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
      raise exception using errcode = '23514', message = 'goal_toezichthouder_outside_region';
    end if;
    changes := changes || jsonb_build_object('toezichthouder_id',
      jsonb_build_object('from', g.toezichthouder_id, 'to', new_toezichthouder));
  end if;
  if changes = '{}'::jsonb then
    raise exception using errcode = '23514', message = 'goal_change_empty';
  end if;
  select coalesce(max(v.version), 0) + 1 into next_version from public.goal_versions v where v.goal_id = goal;
  insert into public.goal_versions (goal_id, region_id, version, kind, snapshot, changes, reason, proposed_by)
  values (goal, g.region_id, next_version, 'wijziging', public.goal_snapshot(goal), changes, btrim(reason), auth.uid())
  returning id into version_id;
  return version_id;
end
$$;

create or replace function public.record_meeting_presence(meeting uuid)
returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  meeting_region uuid;
begin
  select region_id into meeting_region from public.meetings where id = meeting;
  if meeting_region is null or not public.is_region_member(meeting_region) then
    raise exception using errcode = '42501', message = 'meeting_not_member';
  end if;
  insert into public.meeting_attendance (meeting_id, organisation_id, region_id, present, source)
  select meeting, m.organisation_id, meeting_region, true, 'presence'
  from public.memberships m
  join public.organisations o on o.id = m.organisation_id
  where m.user_id = (select auth.uid()) and o.region_id = meeting_region
  on conflict (meeting_id, organisation_id) do update
    set present = true, source = 'presence'
    where public.meeting_attendance.source = 'presence' and not public.meeting_attendance.present;
end
$$;

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
  if not found or not public.is_region_member(v.region_id) then
    raise exception using errcode = 'P0002', message = 'goal_version_not_found';
  end if;
  if not public.is_region_coordinator(v.region_id) then
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
