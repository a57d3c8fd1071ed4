-- Every row's region is its partner's region (issue 13, item 5).
--
-- Rows carry a region_id next to the partner (or goal, meeting, contact, round, programme) they belong to, and
-- row-level security reads by region_id. Triggers derived region_id from the partner, but nothing in the schema
-- tied the two together: the seed loads with triggers off, and one Maastricht position carried Midden-Brabant's
-- region id, so the Tilburg editor read it. Now composite foreign keys tie (partner, region) to the partner's
-- own (id, region_id), and the same for every parent that has a region. Foreign keys are declarative, so nothing
-- that writes through the triggers' back can break it.
--
-- A load with session_replication_role = replica (the seed) skips foreign key checks too. For that case
-- private.assert_references_hold() re-checks every foreign key of the public schema; the seed calls it last, so
-- a seed that crosses regions fails to load.

alter table public.organisations add constraint organisations_id_region_key unique (id, region_id);
alter table public.programmes add constraint programmes_id_region_key unique (id, region_id);
alter table public.goals add constraint goals_id_region_key unique (id, region_id);
alter table public.goal_versions add constraint goal_versions_id_region_key unique (id, region_id);
alter table public.contacts add constraint contacts_id_region_key unique (id, region_id);
alter table public.survey_rounds add constraint survey_rounds_id_region_key unique (id, region_id);
alter table public.meetings add constraint meetings_id_region_key unique (id, region_id);
alter table public.meeting_agenda_items add constraint meeting_agenda_items_id_region_key unique (id, region_id);
alter table public.meeting_actions add constraint meeting_actions_id_region_key unique (id, region_id);

-- Fix the seeded row that crossed regions (a database seeded before this migration): Maastricht's position
-- belongs to Zuid-Limburg, Maastricht's region. (The derive trigger refuses moving a row between regions, which
-- is exactly what this repair does; the audit trigger records it.)
alter table public.partner_positions disable trigger partner_positions_derive_region;
update public.partner_positions p set region_id = o.region_id
from public.organisations o
where o.id = p.organisation_id and p.region_id is distinct from o.region_id;
alter table public.partner_positions enable trigger partner_positions_derive_region;

do $$
declare
  fk record;
  old_fk record;
begin
  for fk in
    select * from (values
      ('placements', 'organisation_id', 'organisations', 'cascade'),
      ('budget_commitments', 'organisation_id', 'organisations', 'cascade'),
      ('budget_commitments', 'programme_id', 'programmes', 'cascade'),
      ('vision_endorsements', 'organisation_id', 'organisations', 'cascade'),
      ('goals', 'toezichthouder_id', 'organisations', 'no action'),
      ('goals', 'source_programme_id', 'programmes', 'no action'),
      ('goal_milestones', 'goal_id', 'goals', 'cascade'),
      ('goal_contributions', 'goal_id', 'goals', 'cascade'),
      ('goal_contributions', 'organisation_id', 'organisations', 'cascade'),
      ('goal_versions', 'goal_id', 'goals', 'cascade'),
      ('goal_consents', 'goal_id', 'goals', 'cascade'),
      ('goal_consents', 'version_id', 'goal_versions', 'cascade'),
      ('goal_consents', 'organisation_id', 'organisations', 'cascade'),
      ('goal_actuals', 'goal_id', 'goals', 'cascade'),
      ('contacts', 'recorded_by_organisation_id', 'organisations', 'cascade'),
      ('contacts', 'meeting_id', 'meetings', 'cascade'),
      ('contact_participants', 'contact_id', 'contacts', 'cascade'),
      ('contact_participants', 'organisation_id', 'organisations', 'cascade'),
      ('survey_responses', 'round_id', 'survey_rounds', 'cascade'),
      ('survey_responses', 'respondent_organisation_id', 'organisations', 'cascade'),
      ('survey_responses', 'rated_organisation_id', 'organisations', 'cascade'),
      ('partner_positions', 'organisation_id', 'organisations', 'cascade'),
      ('meeting_agenda_items', 'meeting_id', 'meetings', 'cascade'),
      ('meeting_invitees', 'meeting_id', 'meetings', 'cascade'),
      ('meeting_invitees', 'organisation_id', 'organisations', 'cascade'),
      ('meeting_decisions', 'meeting_id', 'meetings', 'cascade'),
      ('meeting_decisions', 'agenda_item_id', 'meeting_agenda_items', 'cascade'),
      ('meeting_actions', 'meeting_id', 'meetings', 'cascade'),
      ('meeting_actions', 'agenda_item_id', 'meeting_agenda_items', 'cascade'),
      ('meeting_actions', 'owner_organisation_id', 'organisations', 'cascade'),
      ('meeting_attendance', 'meeting_id', 'meetings', 'cascade'),
      ('meeting_attendance', 'organisation_id', 'organisations', 'cascade'),
      ('report_versions', 'organisation_id', 'organisations', 'no action'),
      ('membership_mandates', 'organisation_id', 'organisations', 'cascade')
    ) as t (child, col, parent, on_delete)
  loop
    -- The composite key implies the single-column one (region_id is never null); two relationships between the
    -- same tables would also make PostgREST's embedding ambiguous. The composite one replaces it.
    for old_fk in
      select c.conname from pg_constraint c
      join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
      where c.contype = 'f' and c.conrelid = format('public.%I', fk.child)::regclass
        and cardinality(c.conkey) = 1 and a.attname = fk.col
    loop
      execute format('alter table public.%I drop constraint %I', fk.child, old_fk.conname);
    end loop;
    execute format(
      'alter table public.%I add constraint %I foreign key (%I, region_id) references public.%I (id, region_id) on delete %s',
      fk.child, left(fk.child || '_' || fk.col || '_region_fk', 63), fk.col, fk.parent, fk.on_delete
    );
  end loop;
end
$$;

-- An agenda item carries over an open action of the same region; the lead organisation is one of the region's
-- own partners (guard_region_lead said so at commit; now the schema does too).
alter table public.meeting_agenda_items drop constraint meeting_agenda_items_carried_action_fk;
alter table public.meeting_agenda_items add constraint meeting_agenda_items_carried_action_region_fk
  foreign key (carried_action_id, region_id) references public.meeting_actions (id, region_id)
  on delete set null (carried_action_id);
alter table public.regions drop constraint regions_lead_organisation_fk;
alter table public.regions add constraint regions_lead_organisation_fk
  foreign key (lead_organisation_id, id) references public.organisations (id, region_id)
  on delete set null (lead_organisation_id) deferrable initially deferred;

-- ---------------------------------------------------------------------------------------------------
-- Re-checking every foreign key, for loads that ran with triggers (and so foreign key checks) off.

create or replace function private.reference_violations()
returns table (constraint_name text, table_name text, violations bigint)
language plpgsql stable
set search_path = ''
as $$
declare
  fk record;
  child_cols text;
  parent_cols text;
  not_null text;
  n bigint;
begin
  for fk in
    select c.conname, c.conrelid::regclass as child, c.confrelid::regclass as parent, c.conkey, c.confkey
    from pg_constraint c
    where c.contype = 'f' and c.connamespace = 'public'::regnamespace
    order by c.conrelid::regclass::text, c.conname
  loop
    select string_agg(format('c.%I', a.attname), ', ' order by k.ord),
           string_agg(format('c.%I is not null', a.attname), ' and ' order by k.ord)
      into child_cols, not_null
    from unnest(fk.conkey) with ordinality as k (attnum, ord)
    join pg_attribute a on a.attrelid = fk.child and a.attnum = k.attnum;
    select string_agg(format('p.%I', a.attname), ', ' order by k.ord) into parent_cols
    from unnest(fk.confkey) with ordinality as k (attnum, ord)
    join pg_attribute a on a.attrelid = fk.parent and a.attnum = k.attnum;
    execute format(
      'select count(*) from %s c where %s and not exists (select 1 from %s p where (%s) = (%s))',
      fk.child, not_null, fk.parent, parent_cols, child_cols
    ) into n;
    if n > 0 then
      constraint_name := fk.conname;
      table_name := fk.child::text;
      violations := n;
      return next;
    end if;
  end loop;
end
$$;

create or replace function private.assert_references_hold() returns void
language plpgsql stable
set search_path = ''
as $$
declare
  found text;
begin
  select string_agg(format('%s (%s: %s rows)', v.constraint_name, v.table_name, v.violations), '; ')
    into found
  from private.reference_violations() v;
  if found is not null then
    raise exception 'references_broken' using errcode = '23503', detail = found;
  end if;
end
$$;

revoke all on function private.reference_violations(), private.assert_references_hold()
  from public, anon, authenticated;
