-- A network health check that measures what seed 004 recommends (issue 15, items 3 and 4; attack findings 2
-- and 12).
--
-- 1. Contacts count in a rolling 12-month window, weighted by kind: a joint project 1, a casusoverleg 0.75, an
--    overleg or workshop 0.5, a conference 0.25. A pair of partners is "in contact" from 1 point on, so one
--    plenary meeting no longer makes everyone present "in contact". The weights and that threshold live here
--    (private.contact_weight, private.in_contact_points); the health check's scoring thresholds live in
--    src/lib/domain/network-health.ts.
-- 2. network_health_inputs(region, peildatum): everything the health check reads, summarised from the rows under
--    the caller's row-level security, at any peildatum (today on the page, the report's own peildatum in a
--    report). A later function that builds a whole published report in SQL calls it with (region, peildatum).
-- 3. A partner records only contacts it takes part in (attack finding 12).
-- 4. Survey anonymity holds under differencing (attack finding 2): a partner rated by fewer than the round's
--    minimum is left out of every aggregate (results, summary, the network's trust), and survey_round_relations,
--    which named the partners of each pair, is gone: the network map draws contacts, and survey scores are per
--    partner.
-- 5. A new survey item, asked once per respondent per round and not of the trekker itself: "de trekker
--    behandelt partners gelijkwaardig" (004:1097-1099), shown only as a mean from the round's minimum on.

-- ---------------------------------------------------------------------------------------------------
-- 1. Contact weights and pairs

create or replace function private.contact_weight(kind public.contact_kind) returns numeric
language sql immutable
set search_path = ''
as $$
  select case kind
    when 'gezamenlijk_project' then 1.0
    when 'casusoverleg' then 0.75
    when 'overleg' then 0.5
    when 'workshop' then 0.5
    when 'conferentie' then 0.25
  end
$$;
grant execute on function private.contact_weight(public.contact_kind) to authenticated, service_role;

-- A pair of partners is in contact from this many points on: one joint project, two meetings, four conferences.
create or replace function private.in_contact_points() returns numeric
language sql immutable
set search_path = ''
as $$ select 1.0 $$;
grant execute on function private.in_contact_points() to authenticated, service_role;

-- Per pair of partners of the region (a < b): the contact points and the number of contacts they shared from
-- `from_date` up to and including `to_date` (either may be null: no bound), and whether that makes them in
-- contact. Security invoker: the caller's row-level security decides.
create or replace function public.contact_pair_points(region uuid, from_date date, to_date date)
returns table (organisation_a uuid, organisation_b uuid, points numeric, contacts int, in_contact boolean)
language sql stable
security invoker
set search_path = ''
as $$
  with participants as (
    select c.id, c.kind, array_agg(cp.organisation_id order by cp.organisation_id) as ids
    from public.contacts c
    join public.contact_participants cp on cp.contact_id = c.id
    where c.region_id = region
      and (from_date is null or c.occurred_on >= from_date)
      and (to_date is null or c.occurred_on <= to_date)
    group by c.id, c.kind
  )
  -- Each contact's pairs from its sorted participants, every partner paired with the ones after it (as in
  -- 20261205090000_network_overview_pairs_per_contact: no nested loop over two series).
  select p.ids[i], y, sum(private.contact_weight(p.kind)), count(*)::int,
    sum(private.contact_weight(p.kind)) >= private.in_contact_points()
  from participants p
    cross join lateral generate_subscripts(p.ids, 1) as i
    cross join lateral unnest(p.ids[i + 1:]) as y
  group by 1, 2
$$;
revoke execute on function public.contact_pair_points(uuid, date, date) from public, anon;
grant execute on function public.contact_pair_points(uuid, date, date) to authenticated, service_role;

-- ---------------------------------------------------------------------------------------------------
-- 3. The recording partner takes part in its contact (a meeting's contact mirrors the attendance instead).

create or replace function private.contact_recorder_takes_part() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if exists (
    select 1 from public.contacts c
    where c.id in (select changed.contact_id from changed)
      and c.meeting_id is null
      and exists (select 1 from public.contact_participants p where p.contact_id = c.id)
      and not exists (
        select 1 from public.contact_participants p
        where p.contact_id = c.id and p.organisation_id = c.recorded_by_organisation_id
      )
  ) then
    raise exception using errcode = '23514', message = 'contact_recorder_not_participant';
  end if;
  return null;
end
$$;
revoke all on function private.contact_recorder_takes_part() from public, anon, authenticated;

create trigger contact_participants_recorder_added after insert on public.contact_participants
  referencing new table as changed
  for each statement execute function private.contact_recorder_takes_part();
create trigger contact_participants_recorder_removed after delete on public.contact_participants
  referencing old table as changed
  for each statement execute function private.contact_recorder_takes_part();

-- Who recorded a contact does not change afterwards (it would move the contact to a partner that is not in it).
create or replace function private.guard_contact_recorder() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.recorded_by_organisation_id is distinct from old.recorded_by_organisation_id
     and auth.role() = 'authenticated' then
    raise exception using errcode = '42501', message = 'record_fixed';
  end if;
  return new;
end
$$;
revoke all on function private.guard_contact_recorder() from public, anon, authenticated;
create trigger contacts_guard_recorder before update on public.contacts
  for each row execute function private.guard_contact_recorder();

-- ---------------------------------------------------------------------------------------------------
-- 4. Survey aggregates that hold under differencing

drop function public.survey_round_relations(uuid);

-- Per rated partner of a closed round that at least the round's minimum of partners rated: how many, and the
-- means. Partners below the minimum are not in the answer at all (not even how many rated them).
create or replace function public.survey_round_results(round uuid)
returns table (
  organisation_id uuid,
  respondents int,
  trust numeric,
  value numeric,
  trust_reliability numeric,
  trust_openness numeric,
  trust_mission numeric,
  value_power numeric,
  value_involvement numeric,
  value_resources numeric
)
language sql stable security definer
set search_path = ''
as $$
  with the_round as (
    select r.id, r.min_respondents from public.survey_rounds r
    where r.id = round and r.status = 'closed' and private.is_region_member(r.region_id)
  ),
  per_partner as (
    select s.rated_organisation_id as organisation_id,
      count(distinct s.respondent_organisation_id)::int as respondents,
      avg((s.trust_reliability + s.trust_openness + s.trust_mission) / 3.0) as trust,
      avg((s.value_power + s.value_involvement + s.value_resources) / 3.0) as value,
      avg(s.trust_reliability) as trust_reliability, avg(s.trust_openness) as trust_openness,
      avg(s.trust_mission) as trust_mission, avg(s.value_power) as value_power,
      avg(s.value_involvement) as value_involvement, avg(s.value_resources) as value_resources
    from public.survey_responses s join the_round on s.round_id = the_round.id
    group by s.rated_organisation_id
  )
  select p.organisation_id, p.respondents, round(p.trust, 2), round(p.value, 2),
    round(p.trust_reliability, 2), round(p.trust_openness, 2), round(p.trust_mission, 2),
    round(p.value_power, 2), round(p.value_involvement, 2), round(p.value_resources, 2)
  from per_partner p cross join the_round
  where p.respondents >= the_round.min_respondents
$$;

-- The round as a whole: how many partners answered and how many answers there are; once closed, the network's
-- means over the answers about partners past the minimum only (so the summary minus the shown partners leaves
-- nothing). While a round is open only the counts, which say nothing about the answers.
create or replace function public.survey_round_summary(round uuid)
returns table (respondents int, answers int, min_respondents int, trust numeric, value numeric)
language sql stable security definer
set search_path = ''
as $$
  with the_round as (
    select r.id, r.status, r.min_respondents from public.survey_rounds r
    where r.id = round and private.is_region_member(r.region_id)
  ),
  shown as (
    select s.rated_organisation_id from public.survey_responses s join the_round on s.round_id = the_round.id
    group by s.rated_organisation_id
    having count(distinct s.respondent_organisation_id) >= min(the_round.min_respondents)
  ),
  counted as (
    select s.* from public.survey_responses s join the_round on s.round_id = the_round.id
    where the_round.status = 'open' or s.rated_organisation_id in (select rated_organisation_id from shown)
  )
  select
    (select count(distinct s.respondent_organisation_id)::int
     from public.survey_responses s join the_round on s.round_id = the_round.id),
    (select count(*)::int from counted),
    t.min_respondents,
    case when t.status = 'closed' then
      (select round(avg((c.trust_reliability + c.trust_openness + c.trust_mission) / 3.0), 2) from counted c) end,
    case when t.status = 'closed' then
      (select round(avg((c.value_power + c.value_involvement + c.value_resources) / 3.0), 2) from counted c) end
  from the_round t
$$;

-- ---------------------------------------------------------------------------------------------------
-- 5. The trekker item

create table public.survey_trekker_ratings (
  id uuid primary key default gen_random_uuid(),
  round_id uuid not null,
  region_id uuid not null references public.regions (id) on delete cascade,
  respondent_organisation_id uuid not null,
  -- The region's trekker (lead organisation) when the answer was given.
  trekker_organisation_id uuid not null,
  equal_treatment smallint not null check (equal_treatment between 1 and 4),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (round_id, respondent_organisation_id),
  constraint survey_trekker_ratings_round_id_region_fk foreign key (round_id, region_id)
    references public.survey_rounds (id, region_id) on delete cascade,
  constraint survey_trekker_ratings_respondent_organisation_id_region_fk foreign key (respondent_organisation_id, region_id)
    references public.organisations (id, region_id) on delete cascade,
  constraint survey_trekker_ratings_trekker_organisation_id_region_fk foreign key (trekker_organisation_id, region_id)
    references public.organisations (id, region_id) on delete cascade
);
create trigger survey_trekker_ratings_set_updated_at before update on public.survey_trekker_ratings
  for each row execute function public.set_updated_at();

-- Region and trekker from the round; the trekker does not rate itself; a closed round takes no changes.
create or replace function private.guard_survey_trekker_rating() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  the_round public.survey_rounds;
begin
  select * into the_round from public.survey_rounds r
  where r.id = case when tg_op = 'DELETE' then old.round_id else new.round_id end;
  if the_round.status is distinct from 'open' and auth.role() = 'authenticated' then
    raise exception using errcode = '42501', message = 'survey_round_closed';
  end if;
  if tg_op = 'DELETE' then
    return old;
  end if;
  if tg_op = 'UPDATE' and (new.round_id is distinct from old.round_id
     or new.respondent_organisation_id is distinct from old.respondent_organisation_id
     or new.created_at is distinct from old.created_at) then
    raise exception using errcode = '42501', message = 'record_fixed';
  end if;
  new.region_id := the_round.region_id;
  select r.lead_organisation_id into new.trekker_organisation_id from public.regions r where r.id = the_round.region_id;
  if new.trekker_organisation_id is null then
    raise exception using errcode = '23514', message = 'trekker_mandate_no_trekker';
  end if;
  if new.respondent_organisation_id = new.trekker_organisation_id then
    raise exception using errcode = '23514', message = 'survey_trekker_self';
  end if;
  return new;
end
$$;
revoke all on function private.guard_survey_trekker_rating() from public, anon, authenticated;
create trigger survey_trekker_ratings_guard before insert or update or delete on public.survey_trekker_ratings
  for each row execute function private.guard_survey_trekker_rating();
create trigger survey_trekker_ratings_guard_write before insert or update on public.survey_trekker_ratings
  for each row execute function public.guard_network_write();

-- Like the other answers: only the respondent partner's own people read or write it, while the round is open.
-- No audit trail and no Realtime (the audit log and the channels are read by the whole region).
alter table public.survey_trekker_ratings enable row level security;
create policy "survey_trekker_ratings: a partner reads only its own answer" on public.survey_trekker_ratings
  for select to authenticated
  using ((select private.has_organisation_role(respondent_organisation_id, 'viewer')));
create policy "survey_trekker_ratings: a partner's editors answer while the round is open" on public.survey_trekker_ratings
  for insert to authenticated
  with check (
    (select private.has_organisation_role(respondent_organisation_id, 'editor'))
    and (select private.is_survey_round_open(round_id))
  );
create policy "survey_trekker_ratings: a partner's editors change the answer while the round is open" on public.survey_trekker_ratings
  for update to authenticated
  using (
    (select private.has_organisation_role(respondent_organisation_id, 'editor'))
    and (select private.is_survey_round_open(round_id))
  )
  with check (
    (select private.has_organisation_role(respondent_organisation_id, 'editor'))
    and (select private.is_survey_round_open(round_id))
  );
create policy "survey_trekker_ratings: a partner's editors withdraw the answer while the round is open" on public.survey_trekker_ratings
  for delete to authenticated
  using (
    (select private.has_organisation_role(respondent_organisation_id, 'editor'))
    and (select private.is_survey_round_open(round_id))
  );
revoke all on public.survey_trekker_ratings from anon;

-- How the partners judge the trekker's equal treatment in a closed round: how many answered and, from the
-- round's minimum on, the mean (1-4). The only way these answers leave the database.
create or replace function public.survey_round_equal_treatment(round uuid)
returns table (respondents int, min_respondents int, mean numeric)
language sql stable security definer
set search_path = ''
as $$
  select count(t.id)::int, r.min_respondents,
    case when r.status = 'closed' and count(t.id) >= r.min_respondents then round(avg(t.equal_treatment), 2) end
  from public.survey_rounds r
  left join public.survey_trekker_ratings t on t.round_id = r.id
  where r.id = round and private.is_region_member(r.region_id)
  group by r.id, r.min_respondents, r.status
$$;
revoke execute on function public.survey_round_equal_treatment(uuid) from public, anon;
grant execute on function public.survey_round_equal_treatment(uuid) to authenticated, service_role;

-- ---------------------------------------------------------------------------------------------------
-- 2. What the health check reads, at a peildatum

-- A timestamp's day in the Netherlands.
create or replace function private.local_day(moment timestamptz) returns date
language sql immutable
set search_path = ''
as $$ select (moment at time zone 'Europe/Amsterdam')::date $$;
grant execute on function private.local_day(timestamptz) to authenticated, service_role;

create or replace function public.network_health_inputs(region uuid, peildatum date default null)
returns jsonb
language plpgsql stable
security invoker
set search_path = ''
as $$
declare
  as_of date := coalesce(peildatum, private.local_day(now()));
  window_from date := (as_of - interval '12 months')::date + 1;
  lead uuid;
  partners uuid[];
  result jsonb;
  last_round public.survey_rounds;
begin
  if not private.is_region_member(region) then
    return null;
  end if;
  select r.lead_organisation_id into lead from public.regions r where r.id = region;
  select coalesce(array_agg(o.id order by o.id), '{}') into partners
  from public.organisations o where o.region_id = region and o.active;

  select * into last_round from public.survey_rounds r
  where r.region_id = region and r.status = 'closed' and private.local_day(r.closed_at) <= as_of
  order by r.closed_at desc limit 1;

  result := jsonb_build_object(
    'peildatum', as_of,
    'window', jsonb_build_object('from', window_from, 'to', as_of),
    'partners', to_jsonb(partners),
    'lead_organisation_id', lead,
    'in_contact_points', private.in_contact_points(),
    'contact_weights', (
      select jsonb_object_agg(k, private.contact_weight(k)) from unnest(enum_range(null::public.contact_kind)) as k
    ),
    'contacts_in_window', (
      select count(*) from public.contacts c
      where c.region_id = region and c.occurred_on between window_from and as_of
    ),
    'contact_pairs', (
      select coalesce(jsonb_agg(jsonb_build_object('a', p.organisation_a, 'b', p.organisation_b, 'points', p.points,
        'in_contact', p.in_contact)
        order by p.organisation_a, p.organisation_b), '[]'::jsonb)
      from public.contact_pair_points(region, window_from, as_of) p
      where p.organisation_a = any (partners) and p.organisation_b = any (partners)
    ),
    'goals', (
      with agreed_version as (
        -- The version of each goal in force at the peildatum.
        select distinct on (v.goal_id) v.goal_id, v.snapshot
        from public.goal_versions v
        where v.region_id = region and v.state = 'aanvaard' and v.kind in ('vaststelling', 'wijziging')
          and private.local_day(v.decided_at) <= as_of
        order by v.goal_id, v.version desc
      ),
      existing as (
        select g.* from public.goals g
        where g.region_id = region and private.local_day(g.created_at) <= as_of
          and not (g.status = 'gestopt' and g.closed_at is not null and private.local_day(g.closed_at) <= as_of)
      ),
      running as (
        select a.goal_id, (a.snapshot ->> 'toezichthouder_id')::uuid as toezichthouder_id
        from agreed_version a join public.goals g on g.id = a.goal_id
        where g.closed_at is null or private.local_day(g.closed_at) > as_of
      ),
      stops as (
        -- Stops of agreed goals in the 12 months: by proposal, or (before proposals existed) closed directly.
        select g.id from public.goals g
        where g.region_id = region and g.status = 'gestopt' and g.agreed_at is not null
          and private.local_day(g.closed_at) between window_from and as_of
      )
      select jsonb_build_object(
        'total', (select count(*) from existing),
        'agreed', (select count(*) from existing e where e.id in (select goal_id from agreed_version)),
        'toezichthouders', (
          select coalesce(jsonb_agg(distinct r.toezichthouder_id), '[]'::jsonb) from running r
          where r.toezichthouder_id is not null
        ),
        'changes', (
          select count(*) from public.goal_versions v
          where v.region_id = region and v.kind = 'wijziging' and v.state = 'aanvaard'
            and private.local_day(v.decided_at) between window_from and as_of
        ) + (select count(*) from stops),
        'successors', (
          select count(*) from public.goals g
          where g.region_id = region and g.predecessor_id in (select id from stops)
        )
      )
    ),
    'vision', jsonb_build_object(
      'statement', (select coalesce(btrim(r.vision_statement), '') <> '' from public.regions r where r.id = region),
      'endorsed_by', (
        select count(*) from public.vision_endorsements e
        where e.region_id = region and private.local_day(e.created_at) <= as_of and e.organisation_id = any (partners)
      )
    ),
    'positions', (
      -- Per dossier: how many active partners have a position recorded or updated in the 24 months.
      select coalesce(jsonb_agg(jsonb_build_object('dossier', d.dossier, 'partners', d.partners) order by d.dossier),
        '[]'::jsonb)
      from (
        select min(p.dossier) as dossier,
          count(distinct p.organisation_id) filter (
            where private.local_day(p.updated_at) > (as_of - interval '24 months')::date
          ) as partners
        from public.partner_positions p
        where p.region_id = region and p.organisation_id = any (partners)
          and private.local_day(p.created_at) <= as_of
        group by lower(p.dossier)
      ) as d
    ),
    'lead_mandate', (
      with mandate as (
        select m.* from public.trekker_mandates m
        where m.region_id = region and m.organisation_id = lead
          and m.decision_date <= as_of and (m.valid_until is null or m.valid_until >= as_of)
          and private.local_day(m.created_at) <= as_of
        order by m.decision_date desc, m.created_at desc limit 1
      ),
      gemeenten as (
        select o.id from public.organisations o
        where o.region_id = region and o.active and o.type in ('gemeente', 'centrumgemeente')
          and o.id is distinct from lead
      )
      select jsonb_build_object(
        'mandate', (
          select jsonb_build_object('id', m.id, 'decision_reference', m.decision_reference,
            'decision_date', m.decision_date, 'valid_until', m.valid_until)
          from mandate m
        ),
        'gemeenten', (select count(*) from gemeenten),
        'ratified_by', (
          select count(distinct t.organisation_id) from public.trekker_mandate_ratifications t
          where t.mandate_id = (select id from mandate) and t.organisation_id in (select id from gemeenten)
            and private.local_day(t.created_at) <= as_of
        )
      )
    ),
    'survey', case when last_round.id is null then null else (
      select jsonb_build_object(
        'round_id', last_round.id,
        'title', last_round.title,
        'closed_at', last_round.closed_at,
        'min_respondents', last_round.min_respondents,
        'trust', s.trust,
        'value', s.value,
        'equal_treatment', e.mean,
        'equal_treatment_respondents', e.respondents
      )
      from public.survey_round_summary(last_round.id) s, public.survey_round_equal_treatment(last_round.id) e
    ) end
  );
  return result;
end
$$;
revoke execute on function public.network_health_inputs(uuid, date) from public, anon;
grant execute on function public.network_health_inputs(uuid, date) to authenticated, service_role;

-- The overview's network tile, by the same rules as the health check: partners in contact in the 12 months up to
-- today (weighted), partners without any pair in contact, and the network's trust of the latest closed round.
-- Redefines 20261205090000_network_overview_pairs_per_contact (the render-time optimisation is kept: the active
-- partners as one array, pairs per contact from contact_pair_points) and reads only the pairs, not the whole
-- health check.
create or replace function public.network_overview(region uuid)
returns table (partners int, pairs_in_contact int, isolated int, trust numeric)
language sql stable
security invoker
set search_path = ''
as $$
  with active_partners as (
    select o.id from public.organisations o where o.region_id = region and o.active
  ),
  today as (
    select private.local_day(now()) as d
  ),
  pairs as (
    select p.organisation_a as x, p.organisation_b as y
    from today, public.contact_pair_points(region, (today.d - interval '12 months')::date + 1, today.d) as p
    where p.in_contact
      and p.organisation_a = any (array(select id from active_partners))
      and p.organisation_b = any (array(select id from active_partners))
  ),
  connected as (
    select x as id from pairs union select y from pairs
  ),
  latest_round as (
    select r.id from public.survey_rounds r
    where r.region_id = region and r.status = 'closed'
    order by r.closed_at desc limit 1
  )
  select
    (select count(*) from active_partners)::int,
    (select count(*) from pairs)::int,
    (select count(*) from active_partners a where a.id not in (select id from connected))::int,
    (select s.trust from latest_round l, public.survey_round_summary(l.id) s)
$$;
