-- "Voor u" (issue 15, item 5): what waits for the signed-in user in a region, in one call. Under the caller's
-- row-level security (security invoker); it reads only the caller's own memberships.
--
--   consent       an open proposal (vaststelling, wijziging, stopzetting) of a goal a partner of the user
--                 contributes to, which that partner has not consented to yet (editors and up of the partner
--                 itself, as consent_goal_version requires)
--   verdict       an agreed goal whose toezichthouder is a partner of the user (editor and up), from its target
--                 date on
--   ratification  the trekker's mandate that a gemeente of the user (editor and up) has not ratified yet
--   action        an open action of a meeting, owned by a partner of the user (any role), with its due date
--   survey        the region's open survey round, for the partners the user answers for, with how many answers
--                 the partner gave so far

create or replace function public.for_you(region uuid)
returns table (
  kind text,
  organisation_id uuid,
  goal_id uuid,
  meeting_id uuid,
  round_id uuid,
  title text,
  since timestamptz,
  due_date date,
  detail text
)
language sql stable
security invoker
set search_path = ''
as $$
  with mine as (
    select m.organisation_id, m.role, m.granted_via from public.memberships m
    join public.organisations o on o.id = m.organisation_id
    where m.user_id = (select auth.uid()) and o.region_id = region
  ),
  acting as (
    select organisation_id from mine where role in ('editor', 'coordinator', 'admin') and granted_via <> 'region'
  ),
  today as (select (now() at time zone 'Europe/Amsterdam')::date as d)
  select 'consent', c.organisation_id, v.goal_id, null::uuid, null::uuid, g.title, v.created_at, null::date,
    v.kind::text
  from public.goal_versions v
  join public.goals g on g.id = v.goal_id
  join public.goal_contributions c on c.goal_id = v.goal_id
  where v.region_id = region and v.state = 'open'
    and c.organisation_id in (select organisation_id from acting)
    and not exists (
      select 1 from public.goal_consents k where k.version_id = v.id and k.organisation_id = c.organisation_id
    )
  union all
  select 'verdict', g.toezichthouder_id, g.id, null, null, g.title, g.agreed_at, g.target_date, null
  from public.goals g, today
  where g.region_id = region and g.status = 'vastgesteld' and g.target_date <= today.d
    and g.toezichthouder_id in (select organisation_id from acting)
  union all
  select 'ratification', a.organisation_id, null, null, null, t.decision_reference, t.created_at, t.decision_date,
    null
  from public.trekker_mandates t
  join public.regions r on r.id = t.region_id and r.lead_organisation_id = t.organisation_id
  join acting a on true
  join public.organisations o on o.id = a.organisation_id and o.type in ('gemeente', 'centrumgemeente')
  where t.region_id = region and a.organisation_id <> t.organisation_id
    and (t.valid_until is null or t.valid_until >= (select d from today))
    and t.id = (
      select x.id from public.trekker_mandates x where x.region_id = region
      order by x.decision_date desc, x.created_at desc limit 1
    )
    and not exists (
      select 1 from public.trekker_mandate_ratifications f
      where f.mandate_id = t.id and f.organisation_id = a.organisation_id
    )
  union all
  select 'action', a.owner_organisation_id, null, a.meeting_id, null, a.description, mt.starts_at, a.due_date,
    mt.title
  from public.meeting_actions a
  join public.meetings mt on mt.id = a.meeting_id
  where a.region_id = region and a.status = 'open'
    and a.owner_organisation_id in (select organisation_id from mine)
  union all
  select 'survey', a.organisation_id, null, null, r.id, r.title, r.opened_at, null,
    (select count(*) from public.survey_responses s
     where s.round_id = r.id and s.respondent_organisation_id = a.organisation_id)::text
  from public.survey_rounds r
  join acting a on true
  where r.region_id = region and r.status = 'open'
$$;
revoke execute on function public.for_you(uuid) from public, anon;
grant execute on function public.for_you(uuid) to authenticated, service_role;
