-- Demo data for the local stack and `supabase db reset`. Every demo account has the password Demo-2026!

insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
  raw_app_meta_data, raw_user_meta_data, created_at, updated_at)
values
  ('00000000-0000-0000-0000-000000000000', '10000000-0000-4000-8000-000000000001', 'authenticated',
   'authenticated', 'coordinator@heerlen.example', extensions.crypt('Demo-2026!', extensions.gen_salt('bf')),
   now(), '{"provider":"email","providers":["email"]}', '{"display_name":"Coördinator Heerlen"}', now(), now());

insert into auth.identities (provider_id, user_id, identity_data, provider, email, last_sign_in_at)
select id::text, id, json_build_object('sub', id::text, 'email', email)::jsonb, 'email', email, now()
from auth.users;

insert into public.profiles (id, display_name, preferred_language)
values ('10000000-0000-4000-8000-000000000001', 'Coördinator Heerlen', 'nl');
