-- Live dashboard pages listen on private Realtime channels, authorised by RLS on realtime.messages as the
-- meeting room's `meeting:<id>` already is. Before, their channels had public names (`budgetten:<region>`):
-- anyone holding the public anon key could join them and push broadcast and presence to the members
-- looking at the page. The topics start with the region, so the policy can check membership:
--   region:<region id>:<module>        module: overview, baanafspraken, budgets, goals, network, reports
--   region:<region id>:goal:<goal id>  the goal page; the goal must belong to that region
-- (src/lib/data/live.ts builds them: liveTopic). Members may only receive: there is no insert policy for
-- these topics, so nobody, member or not, can send broadcast or presence on them. A topic of another shape
-- is refused. The table changes a channel carries are filtered by each table's own RLS, as before.

create policy "dashboard channels: members of the region receive" on realtime.messages
  for select to authenticated
  using (
    extension in ('broadcast', 'presence')
    and case
      when (select realtime.topic()) ~ '^region:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:(overview|baanafspraken|budgets|goals|network|reports)$'
        then (select public.is_region_member(substring((select realtime.topic()) from 8 for 36)::uuid))
      when (select realtime.topic()) ~ '^region:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:goal:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
        then exists (
          select 1 from public.goals g
          where g.id = substring((select realtime.topic()) from 50 for 36)::uuid
            and g.region_id = substring((select realtime.topic()) from 8 for 36)::uuid
            and public.is_region_member(g.region_id)
        )
      else false
    end
  );
