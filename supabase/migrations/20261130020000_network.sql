-- Partnership network and trust (seed 004, R5 and R6): contacts between partners, the trust and value survey
-- after the PARTNER approach, and each partner's positions and interests per dossier.
--
-- Anonymity of the survey lives here. A partner reads and writes only its own answers (and only while the
-- round is open); nobody else, not even the coordinator, can select them. Results leave the database only as
-- aggregates through security definer functions that apply the round's minimum number of respondents.
-- For that reason survey answers have no audit trigger (the audit log is readable by every region member)
-- and are not in the realtime publication.

create type public.contact_kind as enum (
  'overleg', 'workshop', 'gezamenlijk_project', 'casusoverleg', 'conferentie'
);

create type public.contact_frequency as enum ('nooit', 'jaarlijks', 'kwartaal', 'maandelijks', 'wekelijks');

create type public.survey_status as enum ('open', 'closed');

-- ---------------------------------------------------------------------------------------------------
-- Contacts: joint activities of two or more partners. Other modules (meetings) may add contacts too;
-- `source` says where a contact came from.

create table public.contacts (
  id uuid primary key default gen_random_uuid(),
  region_id uuid not null references public.regions (id) on delete cascade,
  kind public.contact_kind not null,
  occurred_on date not null check (occurred_on between date '2000-01-01' and date '2100-12-31'),
  topic text not null check (char_length(topic) between 2 and 200),
  note text check (char_length(note) <= 1000),
  source text not null default 'handmatig' check (char_length(source) between 2 and 40),
  -- The partner that recorded the contact: its editors (and the coordinator) change it.
  recorded_by_organisation_id uuid not null references public.organisations (id) on delete cascade,
  created_by uuid default auth.uid() references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index contacts_region_date_idx on public.contacts (region_id, occurred_on);

create table public.contact_participants (
  contact_id uuid not null references public.contacts (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  region_id uuid not null references public.regions (id) on delete cascade,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  primary key (contact_id, organisation_id)
);
create index contact_participants_organisation_idx on public.contact_participants (organisation_id);
create index contact_participants_region_idx on public.contact_participants (region_id);

-- ---------------------------------------------------------------------------------------------------
-- Survey rounds and answers

create table public.survey_rounds (
  id uuid primary key default gen_random_uuid(),
  region_id uuid not null references public.regions (id) on delete cascade,
  title text not null check (char_length(title) between 2 and 120),
  status public.survey_status not null default 'open',
  -- A partner's scores are shown only when at least this many partners rated it. Never fewer than three:
  -- with two raters, each could work out the other's answer from the mean and its own.
  min_respondents int not null default 3 check (min_respondents between 3 and 50),
  opened_at timestamptz not null default now(),
  closed_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (region_id, title),
  check ((status = 'closed') = (closed_at is not null))
);
create index survey_rounds_region_idx on public.survey_rounds (region_id, opened_at desc);
-- At most one open round per region.
create unique index survey_rounds_one_open_idx on public.survey_rounds (region_id) where status = 'open';

create table public.survey_responses (
  id uuid primary key default gen_random_uuid(),
  round_id uuid not null references public.survey_rounds (id) on delete cascade,
  region_id uuid not null references public.regions (id) on delete cascade,
  respondent_organisation_id uuid not null references public.organisations (id) on delete cascade,
  rated_organisation_id uuid not null references public.organisations (id) on delete cascade,
  trust_reliability smallint not null check (trust_reliability between 1 and 4),
  trust_openness smallint not null check (trust_openness between 1 and 4),
  trust_mission smallint not null check (trust_mission between 1 and 4),
  value_power smallint not null check (value_power between 1 and 4),
  value_involvement smallint not null check (value_involvement between 1 and 4),
  value_resources smallint not null check (value_resources between 1 and 4),
  contact_frequency public.contact_frequency not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (round_id, respondent_organisation_id, rated_organisation_id),
  check (respondent_organisation_id <> rated_organisation_id)
);
create index survey_responses_rated_idx on public.survey_responses (round_id, rated_organisation_id);

-- ---------------------------------------------------------------------------------------------------
-- Positions and interests per dossier (R5: transparency about each other's positions builds trust)

create table public.partner_positions (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  region_id uuid not null references public.regions (id) on delete cascade,
  dossier text not null check (char_length(dossier) between 2 and 80),
  position text not null check (char_length(position) between 2 and 2000),
  interests text check (char_length(interests) <= 2000),
  created_by uuid default auth.uid() references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index partner_positions_dossier_idx on public.partner_positions (organisation_id, lower(dossier));
create index partner_positions_region_idx on public.partner_positions (region_id, lower(dossier));

create trigger contacts_set_updated_at before update on public.contacts
  for each row execute function public.set_updated_at();
create trigger contact_participants_set_updated_at before update on public.contact_participants
  for each row execute function public.set_updated_at();
create trigger survey_rounds_set_updated_at before update on public.survey_rounds
  for each row execute function public.set_updated_at();
create trigger survey_responses_set_updated_at before update on public.survey_responses
  for each row execute function public.set_updated_at();
create trigger partner_positions_set_updated_at before update on public.partner_positions
  for each row execute function public.set_updated_at();

-- ---------------------------------------------------------------------------------------------------
-- Derived and guarded columns. Region ids follow the partner (never trusted from the client); who wrote a
-- row, and when, comes from the session and the clock.

create or replace function public.derive_network_region() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if tg_table_name = 'contacts' then
    new.region_id := public.region_of_organisation(new.recorded_by_organisation_id);
  elsif tg_table_name = 'contact_participants' then
    select region_id into new.region_id from public.contacts where id = new.contact_id;
    if new.region_id is null then
      raise exception 'Onbekend contact.' using errcode = '23503';
    end if;
    if public.region_of_organisation(new.organisation_id) is distinct from new.region_id then
      raise exception 'Een deelnemer moet een partner van dezelfde regio zijn.' using errcode = '23514';
    end if;
  elsif tg_table_name = 'survey_responses' then
    select region_id into new.region_id from public.survey_rounds where id = new.round_id;
    if new.region_id is null then
      raise exception 'Onbekende enquêteronde.' using errcode = '23503';
    end if;
    if public.region_of_organisation(new.respondent_organisation_id) is distinct from new.region_id
       or public.region_of_organisation(new.rated_organisation_id) is distinct from new.region_id then
      raise exception 'Beide partners moeten bij de regio van de ronde horen.' using errcode = '23514';
    end if;
  else
    new.region_id := public.region_of_organisation(new.organisation_id);
  end if;
  if new.region_id is null then
    raise exception 'Onbekende partner.' using errcode = '23503';
  end if;
  if tg_op = 'UPDATE' and new.region_id is distinct from old.region_id then
    raise exception 'Een record verhuist niet naar een andere regio.' using errcode = '23514';
  end if;
  return new;
end
$$;
revoke execute on function public.derive_network_region() from public, anon, authenticated;

create trigger contacts_derive_region before insert or update on public.contacts
  for each row execute function public.derive_network_region();
create trigger contact_participants_derive_region before insert or update on public.contact_participants
  for each row execute function public.derive_network_region();
create trigger survey_responses_derive_region before insert or update on public.survey_responses
  for each row execute function public.derive_network_region();
create trigger partner_positions_derive_region before insert or update on public.partner_positions
  for each row execute function public.derive_network_region();

create or replace function public.guard_network_write() returns trigger
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
    raise exception 'Id, aanmaakdatum en invoerder liggen vast.' using errcode = '42501';
  end if;
  return new;
end
$$;
revoke execute on function public.guard_network_write() from public, anon, authenticated;

create trigger contacts_guard_write before insert or update on public.contacts
  for each row execute function public.guard_network_write();
create trigger contact_participants_guard_write before insert or update on public.contact_participants
  for each row execute function public.guard_network_write();
create trigger survey_rounds_guard_write before insert or update on public.survey_rounds
  for each row execute function public.guard_network_write();
create trigger survey_responses_guard_write before insert or update on public.survey_responses
  for each row execute function public.guard_network_write();
create trigger partner_positions_guard_write before insert or update on public.partner_positions
  for each row execute function public.guard_network_write();

-- An answer names its round, respondent and rated partner for good; a closed round takes no changes.
create or replace function public.guard_survey_response() returns trigger
language plpgsql security definer
set search_path = ''
as $$
declare
  round_status public.survey_status;
begin
  if tg_op = 'UPDATE' and (new.round_id is distinct from old.round_id
     or new.respondent_organisation_id is distinct from old.respondent_organisation_id
     or new.rated_organisation_id is distinct from old.rated_organisation_id) then
    raise exception 'Ronde en partners van een antwoord liggen vast.' using errcode = '42501';
  end if;
  select status into round_status from public.survey_rounds
  where id = case when tg_op = 'DELETE' then old.round_id else new.round_id end;
  if round_status is distinct from 'open' and auth.role() = 'authenticated' then
    raise exception 'Deze enquêteronde is gesloten.' using errcode = '42501';
  end if;
  if tg_op = 'DELETE' then
    return old;
  end if;
  return new;
end
$$;
revoke execute on function public.guard_survey_response() from public, anon, authenticated;
create trigger survey_responses_guard_round before insert or update or delete on public.survey_responses
  for each row execute function public.guard_survey_response();

-- A round keeps its region; once closed it stays closed (the results must not shift afterwards).
create or replace function public.guard_survey_round() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if new.region_id is distinct from old.region_id then
    raise exception 'Een ronde verhuist niet naar een andere regio.' using errcode = '23514';
  end if;
  if old.status = 'closed' and auth.role() = 'authenticated'
     and (new.status <> 'closed' or new.min_respondents <> old.min_respondents) then
    raise exception 'Een gesloten ronde gaat niet meer open.' using errcode = '42501';
  end if;
  if new.status = 'closed' and old.status = 'open' then
    new.closed_at := coalesce(new.closed_at, now());
  end if;
  return new;
end
$$;
revoke execute on function public.guard_survey_round() from public, anon, authenticated;
create trigger survey_rounds_guard_round before update on public.survey_rounds
  for each row execute function public.guard_survey_round();

-- ---------------------------------------------------------------------------------------------------
-- Helpers

-- May the current user change this contact: editors of the partner that recorded it, or the coordinator.
create or replace function public.can_edit_contact(contact uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.contacts c
    where c.id = contact and public.can_edit_organisation(c.recorded_by_organisation_id)
  )
$$;
revoke execute on function public.can_edit_contact(uuid) from public, anon;
grant execute on function public.can_edit_contact(uuid) to authenticated, service_role;

-- Is the round open? (Read past RLS: the policies on answers ask it.)
create or replace function public.is_survey_round_open(round uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (select 1 from public.survey_rounds r where r.id = round and r.status = 'open')
$$;
revoke execute on function public.is_survey_round_open(uuid) from public, anon;
grant execute on function public.is_survey_round_open(uuid) to authenticated, service_role;

-- ---------------------------------------------------------------------------------------------------
-- Row-level security

alter table public.contacts enable row level security;
alter table public.contact_participants enable row level security;
alter table public.survey_rounds enable row level security;
alter table public.survey_responses enable row level security;
alter table public.partner_positions enable row level security;

create policy "contacts: members read their region's contacts" on public.contacts
  for select to authenticated using ((select public.is_region_member(region_id)));
create policy "contacts: the recording partner's editors and the coordinator add" on public.contacts
  for insert to authenticated with check ((select public.can_edit_organisation(recorded_by_organisation_id)));
create policy "contacts: the recording partner's editors and the coordinator change" on public.contacts
  for update to authenticated
  using ((select public.can_edit_organisation(recorded_by_organisation_id)))
  with check ((select public.can_edit_organisation(recorded_by_organisation_id)));
create policy "contacts: the recording partner's editors and the coordinator remove" on public.contacts
  for delete to authenticated using ((select public.can_edit_organisation(recorded_by_organisation_id)));

create policy "contact_participants: members read" on public.contact_participants
  for select to authenticated using ((select public.is_region_member(region_id)));
create policy "contact_participants: whoever may change the contact adds" on public.contact_participants
  for insert to authenticated with check ((select public.can_edit_contact(contact_id)));
create policy "contact_participants: whoever may change the contact removes" on public.contact_participants
  for delete to authenticated using ((select public.can_edit_contact(contact_id)));

create policy "survey_rounds: members read" on public.survey_rounds
  for select to authenticated using ((select public.is_region_member(region_id)));
create policy "survey_rounds: the coordinator opens a round" on public.survey_rounds
  for insert to authenticated with check ((select public.is_region_coordinator(region_id)));
create policy "survey_rounds: the coordinator closes a round" on public.survey_rounds
  for update to authenticated
  using ((select public.is_region_coordinator(region_id)))
  with check ((select public.is_region_coordinator(region_id)));

-- Only the respondent partner's own people: not the coordinator, not other partners.
create policy "survey_responses: a partner reads only its own answers" on public.survey_responses
  for select to authenticated
  using ((select public.has_organisation_role(respondent_organisation_id, 'viewer')));
create policy "survey_responses: a partner's editors answer while the round is open" on public.survey_responses
  for insert to authenticated
  with check (
    (select public.has_organisation_role(respondent_organisation_id, 'editor'))
    and (select public.is_survey_round_open(round_id))
  );
create policy "survey_responses: a partner's editors change answers while the round is open" on public.survey_responses
  for update to authenticated
  using (
    (select public.has_organisation_role(respondent_organisation_id, 'editor'))
    and (select public.is_survey_round_open(round_id))
  )
  with check (
    (select public.has_organisation_role(respondent_organisation_id, 'editor'))
    and (select public.is_survey_round_open(round_id))
  );
create policy "survey_responses: a partner's editors withdraw answers while the round is open" on public.survey_responses
  for delete to authenticated
  using (
    (select public.has_organisation_role(respondent_organisation_id, 'editor'))
    and (select public.is_survey_round_open(round_id))
  );

create policy "partner_positions: members read their region's positions" on public.partner_positions
  for select to authenticated using ((select public.is_region_member(region_id)));
create policy "partner_positions: the partner's editors and the coordinator add" on public.partner_positions
  for insert to authenticated with check ((select public.can_edit_organisation(organisation_id)));
create policy "partner_positions: the partner's editors and the coordinator change" on public.partner_positions
  for update to authenticated
  using ((select public.can_edit_organisation(organisation_id)))
  with check ((select public.can_edit_organisation(organisation_id)));
create policy "partner_positions: the partner's editors and the coordinator remove" on public.partner_positions
  for delete to authenticated using ((select public.can_edit_organisation(organisation_id)));

revoke all on public.contacts, public.contact_participants, public.survey_rounds, public.survey_responses,
  public.partner_positions from anon;

-- ---------------------------------------------------------------------------------------------------
-- Aggregates: the only way survey results leave the database.

-- Per rated partner of a closed round: how many partners rated it, and, when that is at least the round's
-- minimum, the mean scores. Open rounds give nothing (watching a mean move after each answer would reveal it).
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
    where r.id = round and r.status = 'closed' and public.is_region_member(r.region_id)
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
  select p.organisation_id, p.respondents,
    case when shown then round(p.trust, 2) end, case when shown then round(p.value, 2) end,
    case when shown then round(p.trust_reliability, 2) end, case when shown then round(p.trust_openness, 2) end,
    case when shown then round(p.trust_mission, 2) end, case when shown then round(p.value_power, 2) end,
    case when shown then round(p.value_involvement, 2) end, case when shown then round(p.value_resources, 2) end
  from per_partner p cross join the_round,
    lateral (select p.respondents >= the_round.min_respondents as shown) as s
$$;
revoke execute on function public.survey_round_results(uuid) from public, anon;
grant execute on function public.survey_round_results(uuid) to authenticated, service_role;

-- The round as a whole: respondents and network means over every answer, again only past the minimum.
create or replace function public.survey_round_summary(round uuid)
returns table (respondents int, answers int, min_respondents int, trust numeric, value numeric)
language sql stable security definer
set search_path = ''
as $$
  select count(distinct s.respondent_organisation_id)::int, count(s.id)::int, r.min_respondents,
    case when count(distinct s.respondent_organisation_id) >= r.min_respondents and r.status = 'closed'
      then round(avg((s.trust_reliability + s.trust_openness + s.trust_mission) / 3.0), 2) end,
    case when count(distinct s.respondent_organisation_id) >= r.min_respondents and r.status = 'closed'
      then round(avg((s.value_power + s.value_involvement + s.value_resources) / 3.0), 2) end
  from public.survey_rounds r
  left join public.survey_responses s on s.round_id = r.id
  where r.id = round and public.is_region_member(r.region_id)
  group by r.id, r.min_respondents, r.status
$$;
revoke execute on function public.survey_round_summary(uuid) from public, anon;
grant execute on function public.survey_round_summary(uuid) to authenticated, service_role;

-- The relations of a closed round, for the network graph: which pairs of partners work together according
-- to the survey (one or both said so, and not "never" in contact). No scores per pair: with two raters a
-- partner could work out the other's answer from its own. Only when the round reached its minimum.
create or replace function public.survey_round_relations(round uuid)
returns table (organisation_a uuid, organisation_b uuid, reported_by int)
language sql stable security definer
set search_path = ''
as $$
  with the_round as (
    select r.id from public.survey_rounds r
    where r.id = round and r.status = 'closed' and public.is_region_member(r.region_id)
      and (select count(distinct s.respondent_organisation_id) from public.survey_responses s
           where s.round_id = r.id) >= r.min_respondents
  )
  select least(s.respondent_organisation_id, s.rated_organisation_id),
    greatest(s.respondent_organisation_id, s.rated_organisation_id), count(*)::int
  from public.survey_responses s join the_round on s.round_id = the_round.id
  where s.contact_frequency <> 'nooit'
  group by 1, 2
$$;
revoke execute on function public.survey_round_relations(uuid) from public, anon;
grant execute on function public.survey_round_relations(uuid) to authenticated, service_role;

-- ---------------------------------------------------------------------------------------------------
-- Audit (not survey answers, see the top of this file) and realtime

create trigger contacts_audit after insert or update or delete on public.contacts
  for each row execute function public.audit_change('region_id');
create trigger survey_rounds_audit after insert or update or delete on public.survey_rounds
  for each row execute function public.audit_change('region_id');
create trigger partner_positions_audit after insert or update or delete on public.partner_positions
  for each row execute function public.audit_change('region_id');

alter publication supabase_realtime add table public.contacts, public.contact_participants,
  public.survey_rounds, public.partner_positions;
