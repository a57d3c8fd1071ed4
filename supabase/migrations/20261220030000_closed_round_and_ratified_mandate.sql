-- What others decided stays (attack run of 5 December, findings E.6 and E.11).
--
-- Before: the coordinator deleting the trekker's mandate also deleted the gemeenten's ratifications of it (their
-- councils' decisions), through the foreign key's cascade; and the coordinator could rewrite the dates of a
-- closed survey round, which decides which round is "the latest" for the network's trust figure, the health
-- check at a peildatum and the change since the previous round.
-- Now: a mandate that a gemeente has ratified is not deleted by a user (the gemeente withdraws its ratification
-- first, or the trekker records a new mandate); a closed round keeps its opening and closing dates. Removing a
-- whole region (service role) still removes everything of it.

create or replace function private.guard_ratified_mandate_delete() returns trigger
language plpgsql security definer
set search_path = ''
as $$
begin
  if auth.role() = 'authenticated'
     and exists (select 1 from public.trekker_mandate_ratifications r where r.mandate_id = old.id) then
    raise exception using errcode = '23503', message = 'trekker_mandate_ratified';
  end if;
  return old;
end
$$;
revoke all on function private.guard_ratified_mandate_delete() from public, anon, authenticated;

create trigger trekker_mandates_guard_ratified_delete before delete on public.trekker_mandates
  for each row execute function private.guard_ratified_mandate_delete();

-- Starts from 20261206020000_error_codes.sql; added: a closed round keeps its dates.
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
  if old.status = 'closed' and auth.role() = 'authenticated'
     and (new.opened_at is distinct from old.opened_at or new.closed_at is distinct from old.closed_at) then
    raise exception using errcode = '42501', message = 'survey_round_closed_dates';
  end if;
  if new.status = 'closed' and old.status = 'open' then
    new.closed_at := coalesce(new.closed_at, now());
  end if;
  return new;
end
$$;
