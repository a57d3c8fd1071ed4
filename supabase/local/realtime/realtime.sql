-- The local Realtime server's helpers, applied (idempotently) each time the stack starts. Nothing here is
-- reachable by anon or authenticated: only the stack's superuser pool calls it.
create schema if not exists realtime_local;
revoke all on schema realtime_local from public;

-- Whether each subscriber (a role with its JWT claims) may see the row with the record's key, as Supabase
-- Realtime decides: the row is selected by its key as that role, so RLS applies. One prepared statement
-- serves every subscriber of the change, planned once per role instead of once per subscriber.
create or replace function realtime_local.visible_to(
  p_table regclass, p_record jsonb, p_key_columns text[], p_roles text[], p_claims text[]
) returns boolean[]
language plpgsql
set search_path = ''
-- Planned once for all subscribers, not once per subscriber for the first five.
set plan_cache_mode = force_generic_plan
as $$
declare
  key_match text;
  answers boolean[] := '{}';
  visible boolean;
  statement_name constant text := 'realtime_local_visible_to';
begin
  select string_agg(format('t.%1$I = r.%1$I', key_column), ' and ')
  into key_match
  from unnest(p_key_columns) as key_column;
  if exists (select 1 from pg_prepared_statements where name = statement_name) then
    execute format('deallocate %I', statement_name);
  end if;
  execute format(
    'prepare %1$I (jsonb) as select exists (select 1 from %2$s as t, jsonb_populate_record(null::%2$s, $1) as r where %3$s)',
    statement_name, p_table, key_match
  );
  for position in 1 .. coalesce(array_length(p_roles, 1), 0) loop
    visible := false;
    begin
      perform set_config('role', p_roles[position], true);
      perform set_config('request.jwt.claims', p_claims[position], true);
      execute format('execute %I(%L)', statement_name, p_record) into visible;
      perform set_config('role', 'none', true);
    exception when others then
      visible := false;
    end;
    answers := answers || coalesce(visible, false);
  end loop;
  execute format('deallocate %I', statement_name);
  return answers;
end
$$;
revoke all on function realtime_local.visible_to(regclass, jsonb, text[], text[], text[]) from public;

-- Channel authorization as hosted Supabase does it: a message on the topic is written, and read back as the
-- user's role with its claims and realtime.topic() set, so the RLS policies on realtime.messages decide.
-- All of it is rolled back. NULL when the database has no realtime.messages.
create or replace function realtime_local.channel_readable(p_topic text, p_role text, p_claims text)
returns boolean
language plpgsql
set search_path = ''
as $$
declare
  message_id uuid;
  readable boolean := false;
begin
  if to_regclass('realtime.messages') is null then
    return null;
  end if;
  begin
    execute 'insert into realtime.messages (topic, extension, private) values ($1, ''broadcast'', true) returning id'
      into message_id using p_topic;
    perform set_config('role', p_role, true);
    perform set_config('request.jwt.claims', p_claims, true);
    perform set_config('realtime.topic', p_topic, true);
    execute 'select exists (select 1 from realtime.messages where id = $1 and topic = $2)'
      into readable using message_id, p_topic;
    raise exception using errcode = 'P0001', message = 'realtime_local: rollback';
  exception when others then
    null;
  end;
  return readable;
end
$$;
revoke all on function realtime_local.channel_readable(text, text, text) from public;

-- Older local databases had a trigger-fed queue polled by the server; row_visible served it.
drop function if exists realtime_local.row_visible(regclass, text, text, jsonb, text[]);

-- Which extensions ('broadcast', 'presence') the user may send on a private channel, as hosted Supabase decides
-- it: a message of each is inserted as the user's role with its claims and realtime.topic() set, so the INSERT
-- policies on realtime.messages decide. All of it is rolled back. NULL when the database has no
-- realtime.messages.
create or replace function realtime_local.channel_writable(p_topic text, p_role text, p_claims text)
returns text[]
language plpgsql
set search_path = ''
as $$
declare
  allowed text[] := '{}';
  extension_name text;
begin
  if to_regclass('realtime.messages') is null then
    return null;
  end if;
  foreach extension_name in array array['broadcast', 'presence'] loop
    begin
      perform set_config('role', p_role, true);
      perform set_config('request.jwt.claims', p_claims, true);
      perform set_config('realtime.topic', p_topic, true);
      execute 'insert into realtime.messages (topic, extension, private) values ($1, $2, true)'
        using p_topic, extension_name;
      allowed := allowed || extension_name;
      raise exception using errcode = 'P0001', message = 'realtime_local: rollback';
    exception when others then
      null;
    end;
  end loop;
  return allowed;
end
$$;
revoke all on function realtime_local.channel_writable(text, text, text) from public;
