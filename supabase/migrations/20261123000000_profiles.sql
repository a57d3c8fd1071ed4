-- Shared helpers and the user's profile.

create or replace function public.set_updated_at() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end
$$;

create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  display_name text not null default '' check (char_length(display_name) <= 100),
  preferred_language text not null default 'nl' check (preferred_language in ('nl', 'en')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create trigger profiles_set_updated_at before update on public.profiles
  for each row execute function public.set_updated_at();

alter table public.profiles enable row level security;

create policy "profiles: a user reads their own profile" on public.profiles
  for select to authenticated using (id = (select auth.uid()));
create policy "profiles: a user creates their own profile" on public.profiles
  for insert to authenticated with check (id = (select auth.uid()));
create policy "profiles: a user updates their own profile" on public.profiles
  for update to authenticated using (id = (select auth.uid())) with check (id = (select auth.uid()));

revoke all on public.profiles from anon;

alter publication supabase_realtime add table public.profiles;

-- Lets the start page tell whether the database answers, without revealing anything.
create or replace function public.service_status() returns json
language sql stable
set search_path = ''
as $$
  select json_build_object('database', 'ok', 'server_time', now())
$$;
grant execute on function public.service_status() to anon, authenticated;
