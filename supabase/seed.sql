-- Demo data for the local stack and `supabase db reset`. Real regions and partners; every demo account
-- has the password Demo-2026! Figures added by later seeds are fictitious and labelled so in the UI.

-- Regions (arbeidsmarktregio's) ----------------------------------------------------------------------
insert into public.regions (id, name, slug, vision_statement) values
  ('a0000000-0000-4000-8000-000000000001', 'Zuid-Limburg', 'zuid-limburg', null),
  ('a0000000-0000-4000-8000-000000000002', 'Midden-Brabant', 'midden-brabant', null),
  ('a0000000-0000-4000-8000-000000000003', 'Midden-Limburg', 'midden-limburg', null);

-- Partners -------------------------------------------------------------------------------------------
insert into public.organisations (id, region_id, type, name, cbs_code) values
  -- Zuid-Limburg: 16 gemeenten (since Beekdaelen, 2019), centrumgemeente Heerlen
  ('b0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', 'centrumgemeente', 'Gemeente Heerlen', 'GM0917'),
  ('b0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001', 'gemeente', 'Gemeente Maastricht', 'GM0935'),
  ('b0000000-0000-4000-8000-000000000010', 'a0000000-0000-4000-8000-000000000001', 'gemeente', 'Gemeente Beek', 'GM0888'),
  ('b0000000-0000-4000-8000-000000000011', 'a0000000-0000-4000-8000-000000000001', 'gemeente', 'Gemeente Beekdaelen', 'GM1954'),
  ('b0000000-0000-4000-8000-000000000012', 'a0000000-0000-4000-8000-000000000001', 'gemeente', 'Gemeente Brunssum', 'GM0899'),
  ('b0000000-0000-4000-8000-000000000013', 'a0000000-0000-4000-8000-000000000001', 'gemeente', 'Gemeente Eijsden-Margraten', 'GM1903'),
  ('b0000000-0000-4000-8000-000000000014', 'a0000000-0000-4000-8000-000000000001', 'gemeente', 'Gemeente Gulpen-Wittem', 'GM1729'),
  ('b0000000-0000-4000-8000-000000000015', 'a0000000-0000-4000-8000-000000000001', 'gemeente', 'Gemeente Kerkrade', 'GM0928'),
  ('b0000000-0000-4000-8000-000000000016', 'a0000000-0000-4000-8000-000000000001', 'gemeente', 'Gemeente Landgraaf', 'GM0882'),
  ('b0000000-0000-4000-8000-000000000017', 'a0000000-0000-4000-8000-000000000001', 'gemeente', 'Gemeente Meerssen', 'GM0938'),
  ('b0000000-0000-4000-8000-000000000018', 'a0000000-0000-4000-8000-000000000001', 'gemeente', 'Gemeente Simpelveld', 'GM0965'),
  ('b0000000-0000-4000-8000-000000000019', 'a0000000-0000-4000-8000-000000000001', 'gemeente', 'Gemeente Sittard-Geleen', 'GM1883'),
  ('b0000000-0000-4000-8000-000000000020', 'a0000000-0000-4000-8000-000000000001', 'gemeente', 'Gemeente Stein', 'GM0971'),
  ('b0000000-0000-4000-8000-000000000021', 'a0000000-0000-4000-8000-000000000001', 'gemeente', 'Gemeente Vaals', 'GM0981'),
  ('b0000000-0000-4000-8000-000000000022', 'a0000000-0000-4000-8000-000000000001', 'gemeente', 'Gemeente Valkenburg aan de Geul', 'GM0994'),
  ('b0000000-0000-4000-8000-000000000023', 'a0000000-0000-4000-8000-000000000001', 'gemeente', 'Gemeente Voerendaal', 'GM0986'),
  ('b0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000001', 'uwv', 'UWV Zuid-Limburg', null),
  ('b0000000-0000-4000-8000-000000000030', 'a0000000-0000-4000-8000-000000000001', 'werkgeversorganisatie', 'Limburgse Werkgeversvereniging (LWV)', null),
  ('b0000000-0000-4000-8000-000000000031', 'a0000000-0000-4000-8000-000000000001', 'werkgeversorganisatie', 'MKB Limburg', null),
  ('b0000000-0000-4000-8000-000000000032', 'a0000000-0000-4000-8000-000000000001', 'werknemersorganisatie', 'FNV Limburg', null),
  ('b0000000-0000-4000-8000-000000000033', 'a0000000-0000-4000-8000-000000000001', 'werknemersorganisatie', 'CNV Limburg', null),
  ('b0000000-0000-4000-8000-000000000034', 'a0000000-0000-4000-8000-000000000001', 'sw_bedrijf', 'WOZL (werkvoorzieningschap oostelijk Zuid-Limburg)', null),
  ('b0000000-0000-4000-8000-000000000035', 'a0000000-0000-4000-8000-000000000001', 'onderwijs', 'VISTA college', null),
  -- Midden-Brabant: centrumgemeente Tilburg
  ('b0000000-0000-4000-8000-000000000004', 'a0000000-0000-4000-8000-000000000002', 'centrumgemeente', 'Gemeente Tilburg', 'GM0855'),
  ('b0000000-0000-4000-8000-000000000040', 'a0000000-0000-4000-8000-000000000002', 'gemeente', 'Gemeente Waalwijk', 'GM0867'),
  ('b0000000-0000-4000-8000-000000000041', 'a0000000-0000-4000-8000-000000000002', 'gemeente', 'Gemeente Heusden', 'GM0797'),
  ('b0000000-0000-4000-8000-000000000042', 'a0000000-0000-4000-8000-000000000002', 'gemeente', 'Gemeente Loon op Zand', 'GM0809'),
  ('b0000000-0000-4000-8000-000000000043', 'a0000000-0000-4000-8000-000000000002', 'gemeente', 'Gemeente Dongen', 'GM0766'),
  ('b0000000-0000-4000-8000-000000000044', 'a0000000-0000-4000-8000-000000000002', 'gemeente', 'Gemeente Goirle', 'GM0785'),
  ('b0000000-0000-4000-8000-000000000045', 'a0000000-0000-4000-8000-000000000002', 'uwv', 'UWV Midden-Brabant', null),
  ('b0000000-0000-4000-8000-000000000046', 'a0000000-0000-4000-8000-000000000002', 'sw_bedrijf', 'Diamant-groep', null),
  ('b0000000-0000-4000-8000-000000000047', 'a0000000-0000-4000-8000-000000000002', 'sw_bedrijf', 'Baanbrekers', null),
  ('b0000000-0000-4000-8000-000000000048', 'a0000000-0000-4000-8000-000000000002', 'werkgeversorganisatie', 'VNO-NCW Brabant Zeeland', null),
  ('b0000000-0000-4000-8000-000000000049', 'a0000000-0000-4000-8000-000000000002', 'werknemersorganisatie', 'FNV Midden-Brabant', null),
  -- Midden-Limburg: centrumgemeente Roermond
  ('b0000000-0000-4000-8000-000000000005', 'a0000000-0000-4000-8000-000000000003', 'centrumgemeente', 'Gemeente Roermond', 'GM0957'),
  ('b0000000-0000-4000-8000-000000000050', 'a0000000-0000-4000-8000-000000000003', 'gemeente', 'Gemeente Weert', 'GM0988'),
  ('b0000000-0000-4000-8000-000000000051', 'a0000000-0000-4000-8000-000000000003', 'gemeente', 'Gemeente Echt-Susteren', 'GM1711'),
  ('b0000000-0000-4000-8000-000000000052', 'a0000000-0000-4000-8000-000000000003', 'gemeente', 'Gemeente Leudal', 'GM1640'),
  ('b0000000-0000-4000-8000-000000000053', 'a0000000-0000-4000-8000-000000000003', 'gemeente', 'Gemeente Maasgouw', 'GM1641'),
  ('b0000000-0000-4000-8000-000000000054', 'a0000000-0000-4000-8000-000000000003', 'gemeente', 'Gemeente Nederweert', 'GM0946'),
  ('b0000000-0000-4000-8000-000000000055', 'a0000000-0000-4000-8000-000000000003', 'gemeente', 'Gemeente Roerdalen', 'GM1669'),
  ('b0000000-0000-4000-8000-000000000056', 'a0000000-0000-4000-8000-000000000003', 'uwv', 'UWV Midden-Limburg', null),
  ('b0000000-0000-4000-8000-000000000057', 'a0000000-0000-4000-8000-000000000003', 'werkgeversorganisatie', 'Limburgse Werkgeversvereniging (LWV) Midden-Limburg', null);

update public.regions set lead_organisation_id = 'b0000000-0000-4000-8000-000000000001' where slug = 'zuid-limburg';
update public.regions set lead_organisation_id = 'b0000000-0000-4000-8000-000000000004' where slug = 'midden-brabant';
update public.regions set lead_organisation_id = 'b0000000-0000-4000-8000-000000000005' where slug = 'midden-limburg';

update public.organisations set contact_name = 'Team Werk en Inkomen', contact_email = 'werk@heerlen.example'
  where id = 'b0000000-0000-4000-8000-000000000001';

-- Demo accounts --------------------------------------------------------------------------------------
insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
  raw_app_meta_data, raw_user_meta_data, created_at, updated_at)
select '00000000-0000-0000-0000-000000000000', id::uuid, 'authenticated', 'authenticated', email,
  extensions.crypt('Demo-2026!', extensions.gen_salt('bf')), now(),
  '{"provider":"email","providers":["email"]}'::jsonb, jsonb_build_object('display_name', display_name),
  now(), now()
from (values
  ('10000000-0000-4000-8000-000000000001', 'coordinator@heerlen.example', 'Coördinator Heerlen'),
  ('10000000-0000-4000-8000-000000000002', 'editor@maastricht.example', 'Beleidsmedewerker Maastricht'),
  ('10000000-0000-4000-8000-000000000003', 'viewer@uwv.example', 'Adviseur UWV Zuid-Limburg'),
  ('10000000-0000-4000-8000-000000000004', 'admin@zuid-limburg.example', 'Beheerder Zuid-Limburg'),
  ('10000000-0000-4000-8000-000000000005', 'editor@tilburg.example', 'Beleidsmedewerker Tilburg')
) as demo (id, email, display_name);

insert into auth.identities (provider_id, user_id, identity_data, provider, email, last_sign_in_at)
select id::text, id, jsonb_build_object('sub', id::text, 'email', email, 'email_verified', true), 'email', email, now()
from auth.users where email like '%.example';

insert into public.profiles (id, display_name, preferred_language)
select id, raw_user_meta_data ->> 'display_name', 'nl' from auth.users where email like '%.example';

insert into public.memberships (user_id, organisation_id, role) values
  ('10000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001', 'coordinator'),
  ('10000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000002', 'editor'),
  ('10000000-0000-4000-8000-000000000003', 'b0000000-0000-4000-8000-000000000003', 'viewer'),
  ('10000000-0000-4000-8000-000000000004', 'b0000000-0000-4000-8000-000000000001', 'admin'),
  ('10000000-0000-4000-8000-000000000005', 'b0000000-0000-4000-8000-000000000004', 'editor');
