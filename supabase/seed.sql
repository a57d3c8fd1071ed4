-- Demo data for the local stack and `supabase db reset`. Real regions and partners; every demo account
-- has the password Demo-2026! Figures added by later seeds are fictitious and labelled so in the UI.

-- Triggers are off while loading: the audit trail gets realistic past dates at the end instead of
-- "everything changed just now". Values that triggers would derive (region_id) are given explicitly.
set session_replication_role = replica;

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
  -- Midden-Brabant: centrumgemeente Tilburg and 8 gemeenten
  ('b0000000-0000-4000-8000-000000000004', 'a0000000-0000-4000-8000-000000000002', 'centrumgemeente', 'Gemeente Tilburg', 'GM0855'),
  ('b0000000-0000-4000-8000-000000000040', 'a0000000-0000-4000-8000-000000000002', 'gemeente', 'Gemeente Waalwijk', 'GM0867'),
  ('b0000000-0000-4000-8000-000000000041', 'a0000000-0000-4000-8000-000000000002', 'gemeente', 'Gemeente Heusden', 'GM0797'),
  ('b0000000-0000-4000-8000-000000000042', 'a0000000-0000-4000-8000-000000000002', 'gemeente', 'Gemeente Loon op Zand', 'GM0809'),
  ('b0000000-0000-4000-8000-000000000043', 'a0000000-0000-4000-8000-000000000002', 'gemeente', 'Gemeente Dongen', 'GM0766'),
  ('b0000000-0000-4000-8000-000000000044', 'a0000000-0000-4000-8000-000000000002', 'gemeente', 'Gemeente Goirle', 'GM0785'),
  ('b0000000-0000-4000-8000-000000000060', 'a0000000-0000-4000-8000-000000000002', 'gemeente', 'Gemeente Gilze en Rijen', 'GM0784'),
  ('b0000000-0000-4000-8000-000000000061', 'a0000000-0000-4000-8000-000000000002', 'gemeente', 'Gemeente Hilvarenbeek', 'GM0798'),
  ('b0000000-0000-4000-8000-000000000062', 'a0000000-0000-4000-8000-000000000002', 'gemeente', 'Gemeente Oisterwijk', 'GM0824'),
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
  extensions.crypt('Demo-2026!', extensions.gen_salt('bf', 10)), now(),
  '{"provider":"email","providers":["email"]}'::jsonb, jsonb_build_object('display_name', display_name),
  now(), now()
from (values
  ('10000000-0000-4000-8000-000000000001', 'coordinator@heerlen.example', 'Coördinator Heerlen'),
  ('10000000-0000-4000-8000-000000000002', 'editor@maastricht.example', 'Beleidsmedewerker Maastricht'),
  ('10000000-0000-4000-8000-000000000003', 'viewer@uwv.example', 'Adviseur UWV Zuid-Limburg'),
  ('10000000-0000-4000-8000-000000000004', 'admin@zuid-limburg.example', 'Beheerder Zuid-Limburg'),
  ('10000000-0000-4000-8000-000000000005', 'editor@tilburg.example', 'Beleidsmedewerker Tilburg'),
  ('10000000-0000-4000-8000-000000000006', 'editor@uwv.example', 'Accountmanager UWV Zuid-Limburg')
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
  ('10000000-0000-4000-8000-000000000005', 'b0000000-0000-4000-8000-000000000004', 'editor'),
  -- UWV as toezichthouder of the shared goals gives its verdicts through its own editor (issue 15).
  ('10000000-0000-4000-8000-000000000006', 'b0000000-0000-4000-8000-000000000003', 'editor');

-- Figures (FICTITIOUS: fictief) ------------------------------------------------------------------------
-- The banenafspraak of Zuid-Limburg, plausible in size, invented for the demo (the regions' demo_data flag
-- says so on every screen): the opgave and UWV's official stand in the shape of UWV's regionale
-- trendrapportage (domain brief, notes/opgave-zuid-limburg-fictief.csv and uwv-stand-zuid-limburg-fictief.csv),
-- and the partners' own registration: one row per plaatsing, 2023 up to the running quarter. The bijstand
-- figures per gemeente are real: seed 002's annex (CBS).

update public.regions set demo_data = true;

create temporary table demo_weights (organisation_id uuid primary key, weight int) on commit drop;
insert into demo_weights values
  ('b0000000-0000-4000-8000-000000000001', 3), ('b0000000-0000-4000-8000-000000000002', 3),
  ('b0000000-0000-4000-8000-000000000019', 3), ('b0000000-0000-4000-8000-000000000015', 2),
  ('b0000000-0000-4000-8000-000000000016', 2), ('b0000000-0000-4000-8000-000000000012', 2),
  ('b0000000-0000-4000-8000-000000000011', 1), ('b0000000-0000-4000-8000-000000000010', 1),
  ('b0000000-0000-4000-8000-000000000013', 1), ('b0000000-0000-4000-8000-000000000014', 1),
  ('b0000000-0000-4000-8000-000000000017', 1), ('b0000000-0000-4000-8000-000000000018', 1),
  ('b0000000-0000-4000-8000-000000000020', 1), ('b0000000-0000-4000-8000-000000000021', 1),
  ('b0000000-0000-4000-8000-000000000022', 1), ('b0000000-0000-4000-8000-000000000023', 1),
  ('b0000000-0000-4000-8000-000000000003', 2), ('b0000000-0000-4000-8000-000000000034', 2);

-- A stable pseudo-random number in [0, 1) per key, so every reset gives the same demo.
create or replace function pg_temp.demo_random(key text) returns numeric
language sql immutable as $$ select (abs(hashtext(key)) % 1000) / 1000.0 $$;

-- The regionale opgave: cumulative extra banen against the nulmeting at 31-12 of each year.
insert into public.regional_targets (region_id, year, sector, target_jobs, source)
select 'a0000000-0000-4000-8000-000000000001', year, sector::public.job_sector,
  case sector when 'markt' then 2400 + (year - 2022) * 480 else 450 + (year - 2022) * 90 end,
  'Regionale opgave Zuid-Limburg, vastgesteld door de stuurgroep'
from generate_series(2022, 2026) as year, (values ('markt'), ('overheid')) as sectors (sector);

-- UWV's official stand per peildatum (fictief, in the form of the regionale trendrapportage).
insert into public.official_standings (region_id, peildatum, regulier_markt, regulier_overheid, inleenverband,
  source) values
  ('a0000000-0000-4000-8000-000000000001', '2025-12-31', 3474.0, 635.0, 400.0,
   'UWV Regionale trendrapportage banenafspraak K4 2025'),
  ('a0000000-0000-4000-8000-000000000001', '2026-03-31', 3573.2, 650.8, 405.0,
   'UWV Regionale trendrapportage banenafspraak K1 2026'),
  ('a0000000-0000-4000-8000-000000000001', '2026-06-30', 3678.9, 671.8, 410.0,
   'UWV Regionale trendrapportage banenafspraak K2 2026'),
  ('a0000000-0000-4000-8000-000000000001', '2026-09-30', 3781.7, 692.4, 420.0,
   'UWV Regionale trendrapportage banenafspraak K3 2026');

-- Where UWV's and WOZL's candidates live: the gemeenten of Zuid-Limburg weighted by their share of the bijstand
-- (1-1-2018, seed 002), as cumulative bounds in [0, 1).
create temporary table demo_woongemeenten (code text primary key, lower_bound numeric, upper_bound numeric)
  on commit drop;
insert into demo_woongemeenten
select code, (sum(value) over (order by code) - value) / sum(value) over (),
  sum(value) over (order by code) / sum(value) over ()
from (values ('GM0888', 250), ('GM1954', 450), ('GM0899', 830), ('GM1903', 210), ('GM1729', 130),
  ('GM0917', 4130), ('GM0928', 1640), ('GM0882', 980), ('GM0935', 3460), ('GM0938', 220), ('GM0965', 180),
  ('GM1883', 2380), ('GM0971', 350), ('GM0981', 270), ('GM0994', 190), ('GM0986', 170)) as b (code, value);

create temporary table demo_employers (n int primary key, name text) on commit drop;
insert into demo_employers
select row_number() over (), name from unnest(array[
  'Bakkerij Heuvelland', 'Zorggroep Parkstad', 'Logistiek Centrum Beek', 'Hotel Valkenburg', 'Gemeentewerken Heerlen',
  'Schoonmaak Limburg', 'Groenbedrijf Maasvallei', 'Supermarkt Kerkrade-West', 'Chemelot Services', 'Drukkerij Sittard',
  'Kinderopvang Maastricht', 'Fietsenmaker Meerssen', 'Cateraar Zuid', 'Archief Limburg', 'Bouwbedrijf Landgraaf',
  'Wasserij Brunssum', 'Tuincentrum Voerendaal', 'Recyclingbedrijf Stein', 'Universiteit Maastricht (facilitair)',
  'Provincie Limburg (facilitair)', 'Museum Vaals', 'Distributiecentrum Born', 'Zorgcentrum Eijsden',
  'Autobedrijf Simpelveld', 'Horeca Gulpen'
]) as e (name);

-- One row per plaatsing: each partner places about weight × 4,2 (markt) and weight × 0,9 (overheid) people per
-- quarter; hours per week between 8 and 38; about 5 % is not in the doelgroepregister; about one in five ends
-- after 6 to 24 months; UWV's plaatsingen are its own clients (klantgroep uwv), WOZL's are detacheringen (half of
-- them without a known sector).
insert into public.placements (organisation_id, region_id, person_key, klantgroep, woongemeente,
  in_doelgroepregister, employer_name, dienstverband, sector, start_date, end_date, hours_per_week,
  instrument, mediated_by_organisation_id, credited_organisation_id, created_at, updated_at)
select x.organisation_id, 'a0000000-0000-4000-8000-000000000001',
  'ZL-' || to_char(row_number() over (order by x.key), 'FM000000'),
  x.klantgroep, x.woongemeente, x.in_dgr, x.employer_name, x.dienstverband, x.sector, x.start_date,
  x.end_date, x.hours, x.instrument, x.mediated_by,
  case when x.klantgroep = 'uwv' then 'b0000000-0000-4000-8000-000000000003'::uuid
    else (select o.id from public.organisations o
          where o.region_id = 'a0000000-0000-4000-8000-000000000001' and o.cbs_code = x.woongemeente) end,
  x.entered_at, x.entered_at
from (
  select w.organisation_id, k.key,
    case when o.type = 'uwv' then 'uwv' else 'gemeente' end::public.klantgroep as klantgroep,
    coalesce(o.cbs_code, (select d.code from demo_woongemeenten d
      where pg_temp.demo_random(k.key || 'w') >= d.lower_bound and pg_temp.demo_random(k.key || 'w') < d.upper_bound)) as woongemeente,
    pg_temp.demo_random(k.key || 'g') >= 0.05 as in_dgr,
    (select e.name from demo_employers e where e.n = 1 + floor(25 * pg_temp.demo_random(k.key || 'b'))::int) as employer_name,
    case when o.type = 'sw_bedrijf' then 'detachering' else 'regulier' end::public.dienstverband as dienstverband,
    case when o.type = 'sw_bedrijf' and pg_temp.demo_random(k.key || 's') < 0.5 then null
      else s::public.job_sector end as sector,
    st.start_date,
    case when pg_temp.demo_random(k.key || 'e') < 0.2
          and st.start_date + (180 + floor(540 * pg_temp.demo_random(k.key || 'l')))::int <= date '2026-11-30'
      then st.start_date + (180 + floor(540 * pg_temp.demo_random(k.key || 'l')))::int end as end_date,
    round((8 + 30 * pg_temp.demo_random(k.key || 'h')) * 2) / 2 as hours,
    (array['loonkostensubsidie', 'jobcoaching', 'no_risk_polis', 'detachering', 'beschut_werk', 'overig'])
      [1 + floor(6 * pg_temp.demo_random(k.key || 'i'))::int]::public.placement_instrument as instrument,
    case when o.type in ('gemeente', 'centrumgemeente') and pg_temp.demo_random(k.key || 'm') < 0.2
      then 'b0000000-0000-4000-8000-000000000003'::uuid end as mediated_by,
    st.start_date + 20 + floor(40 * pg_temp.demo_random(k.key || 'c'))::int + time '10:00' as entered_at
  from demo_weights w
  join public.organisations o on o.id = w.organisation_id,
    generate_series(2023, 2026) as y,
    generate_series(1, 4) as q,
    (values ('markt'), ('overheid')) as sectors (s),
    lateral (
      select greatest(0, round(w.weight * case s when 'markt' then 4.2 else 0.9 end
        * case when y = 2026 and q = 4 then 0.5 else 1 end
        * (0.6 + 0.8 * pg_temp.demo_random(w.organisation_id::text || y || q || s))))::int as persons
    ) as p,
    generate_series(1, p.persons) as n,
    lateral (select w.organisation_id::text || '-' || y || '-' || q || '-' || s || '-' || n as key) as k,
    lateral (
      select case when y = 2026 and q = 4
        then date '2026-10-01' + floor(50 * pg_temp.demo_random(k.key || 'd'))::int
        else make_date(y, (q - 1) * 3 + 1, 1) + floor(90 * pg_temp.demo_random(k.key || 'd'))::int
      end as start_date
    ) as st
) as x;

-- Every reporting partner of Zuid-Limburg closed each quarter some weeks after it ended, up to K3 2026.
insert into public.placement_reports (organisation_id, region_id, year, quarter, created_at, updated_at)
select o.id, o.region_id, y, q,
  make_date(y, q * 3, 1) + interval '1 month' + (10 + floor(30 * pg_temp.demo_random(o.id::text || y || q || 'r')))::int * interval '1 day',
  make_date(y, q * 3, 1) + interval '1 month' + (10 + floor(30 * pg_temp.demo_random(o.id::text || y || q || 'r')))::int * interval '1 day'
from public.organisations o, generate_series(2023, 2026) as y, generate_series(1, 4) as q
where o.region_id = 'a0000000-0000-4000-8000-000000000001'
  and private.reports_placements(o.type, o.reports_placements)
  and (y < 2026 or q <= 3);

-- Bijstand per gemeente (personen) from the annex of seed 002, "Aantal bijstandsontvangers per gemeenten –
-- periode 2014-2018" (CBS), for the Limburg regions; Beekdaelen = Nuth + Onderbanken + Schinnen.
insert into public.context_figures (region_id, gemeente, period_label, period_start, period_end, value, source_ref,
  source)
select region_id::uuid, gemeente, period_label, period_start::date, period_end::date, value, source_ref,
  'CBS, bijstandsontvangers per gemeente (bijlage bij ‘Ieder talent telt!’, UM/4Limburg 2018)'
from (values
  ('a0000000-0000-4000-8000-000000000001', 'GM0888', '2014', '2014-01-01', '2014-12-31', 310, 'seed 002, Bijlage, regel 2455'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0888', '2016', '2016-01-01', '2016-12-31', 320, 'seed 002, Bijlage, regel 2455'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0888', '1-1-2018', '2018-01-01', '2018-01-01', 250, 'seed 002, Bijlage, regel 2455'),
  ('a0000000-0000-4000-8000-000000000001', 'GM1954', '2014', '2014-01-01', '2014-12-31', 590, 'seed 002, Bijlage, regel 2473+2474+2478'),
  ('a0000000-0000-4000-8000-000000000001', 'GM1954', '2016', '2016-01-01', '2016-12-31', 580, 'seed 002, Bijlage, regel 2473+2474+2478'),
  ('a0000000-0000-4000-8000-000000000001', 'GM1954', '1-1-2018', '2018-01-01', '2018-01-01', 450, 'seed 002, Bijlage, regel 2473+2474+2478'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0899', '2014', '2014-01-01', '2014-12-31', 1060, 'seed 002, Bijlage, regel 2458'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0899', '2016', '2016-01-01', '2016-12-31', 1000, 'seed 002, Bijlage, regel 2458'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0899', '1-1-2018', '2018-01-01', '2018-01-01', 830, 'seed 002, Bijlage, regel 2458'),
  ('a0000000-0000-4000-8000-000000000003', 'GM1711', '2014', '2014-01-01', '2014-12-31', 490, 'seed 002, Bijlage, regel 2459'),
  ('a0000000-0000-4000-8000-000000000003', 'GM1711', '2016', '2016-01-01', '2016-12-31', 530, 'seed 002, Bijlage, regel 2459'),
  ('a0000000-0000-4000-8000-000000000003', 'GM1711', '1-1-2018', '2018-01-01', '2018-01-01', 410, 'seed 002, Bijlage, regel 2459'),
  ('a0000000-0000-4000-8000-000000000001', 'GM1903', '2014', '2014-01-01', '2014-12-31', 220, 'seed 002, Bijlage, regel 2460'),
  ('a0000000-0000-4000-8000-000000000001', 'GM1903', '2016', '2016-01-01', '2016-12-31', 250, 'seed 002, Bijlage, regel 2460'),
  ('a0000000-0000-4000-8000-000000000001', 'GM1903', '1-1-2018', '2018-01-01', '2018-01-01', 210, 'seed 002, Bijlage, regel 2460'),
  ('a0000000-0000-4000-8000-000000000001', 'GM1729', '2014', '2014-01-01', '2014-12-31', 160, 'seed 002, Bijlage, regel 2462'),
  ('a0000000-0000-4000-8000-000000000001', 'GM1729', '2016', '2016-01-01', '2016-12-31', 170, 'seed 002, Bijlage, regel 2462'),
  ('a0000000-0000-4000-8000-000000000001', 'GM1729', '1-1-2018', '2018-01-01', '2018-01-01', 130, 'seed 002, Bijlage, regel 2462'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0917', '2014', '2014-01-01', '2014-12-31', 4820, 'seed 002, Bijlage, regel 2463'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0917', '2016', '2016-01-01', '2016-12-31', 4870, 'seed 002, Bijlage, regel 2463'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0917', '1-1-2018', '2018-01-01', '2018-01-01', 4130, 'seed 002, Bijlage, regel 2463'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0928', '2014', '2014-01-01', '2014-12-31', 2040, 'seed 002, Bijlage, regel 2465'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0928', '2016', '2016-01-01', '2016-12-31', 2030, 'seed 002, Bijlage, regel 2465'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0928', '1-1-2018', '2018-01-01', '2018-01-01', 1640, 'seed 002, Bijlage, regel 2465'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0882', '2014', '2014-01-01', '2014-12-31', 1140, 'seed 002, Bijlage, regel 2466'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0882', '2016', '2016-01-01', '2016-12-31', 1200, 'seed 002, Bijlage, regel 2466'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0882', '1-1-2018', '2018-01-01', '2018-01-01', 980, 'seed 002, Bijlage, regel 2466'),
  ('a0000000-0000-4000-8000-000000000003', 'GM1640', '2014', '2014-01-01', '2014-12-31', 380, 'seed 002, Bijlage, regel 2467'),
  ('a0000000-0000-4000-8000-000000000003', 'GM1640', '2016', '2016-01-01', '2016-12-31', 440, 'seed 002, Bijlage, regel 2467'),
  ('a0000000-0000-4000-8000-000000000003', 'GM1640', '1-1-2018', '2018-01-01', '2018-01-01', 340, 'seed 002, Bijlage, regel 2467'),
  ('a0000000-0000-4000-8000-000000000003', 'GM1641', '2014', '2014-01-01', '2014-12-31', 320, 'seed 002, Bijlage, regel 2468'),
  ('a0000000-0000-4000-8000-000000000003', 'GM1641', '2016', '2016-01-01', '2016-12-31', 330, 'seed 002, Bijlage, regel 2468'),
  ('a0000000-0000-4000-8000-000000000003', 'GM1641', '1-1-2018', '2018-01-01', '2018-01-01', 260, 'seed 002, Bijlage, regel 2468'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0935', '2014', '2014-01-01', '2014-12-31', 3990, 'seed 002, Bijlage, regel 2469'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0935', '2016', '2016-01-01', '2016-12-31', 4120, 'seed 002, Bijlage, regel 2469'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0935', '1-1-2018', '2018-01-01', '2018-01-01', 3460, 'seed 002, Bijlage, regel 2469'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0938', '2014', '2014-01-01', '2014-12-31', 250, 'seed 002, Bijlage, regel 2470'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0938', '2016', '2016-01-01', '2016-12-31', 260, 'seed 002, Bijlage, regel 2470'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0938', '1-1-2018', '2018-01-01', '2018-01-01', 230, 'seed 002, Bijlage, regel 2470'),
  ('a0000000-0000-4000-8000-000000000003', 'GM0946', '2014', '2014-01-01', '2014-12-31', 130, 'seed 002, Bijlage, regel 2472'),
  ('a0000000-0000-4000-8000-000000000003', 'GM0946', '2016', '2016-01-01', '2016-12-31', 170, 'seed 002, Bijlage, regel 2472'),
  ('a0000000-0000-4000-8000-000000000003', 'GM0946', '1-1-2018', '2018-01-01', '2018-01-01', 130, 'seed 002, Bijlage, regel 2472'),
  ('a0000000-0000-4000-8000-000000000003', 'GM1669', '2014', '2014-01-01', '2014-12-31', 280, 'seed 002, Bijlage, regel 2476'),
  ('a0000000-0000-4000-8000-000000000003', 'GM1669', '2016', '2016-01-01', '2016-12-31', 330, 'seed 002, Bijlage, regel 2476'),
  ('a0000000-0000-4000-8000-000000000003', 'GM1669', '1-1-2018', '2018-01-01', '2018-01-01', 250, 'seed 002, Bijlage, regel 2476'),
  ('a0000000-0000-4000-8000-000000000003', 'GM0957', '2014', '2014-01-01', '2014-12-31', 1910, 'seed 002, Bijlage, regel 2477'),
  ('a0000000-0000-4000-8000-000000000003', 'GM0957', '2016', '2016-01-01', '2016-12-31', 2070, 'seed 002, Bijlage, regel 2477'),
  ('a0000000-0000-4000-8000-000000000003', 'GM0957', '1-1-2018', '2018-01-01', '2018-01-01', 1650, 'seed 002, Bijlage, regel 2477'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0965', '2014', '2014-01-01', '2014-12-31', 170, 'seed 002, Bijlage, regel 2479'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0965', '2016', '2016-01-01', '2016-12-31', 160, 'seed 002, Bijlage, regel 2479'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0965', '1-1-2018', '2018-01-01', '2018-01-01', 120, 'seed 002, Bijlage, regel 2479'),
  ('a0000000-0000-4000-8000-000000000001', 'GM1883', '2014', '2014-01-01', '2014-12-31', 3030, 'seed 002, Bijlage, regel 2480'),
  ('a0000000-0000-4000-8000-000000000001', 'GM1883', '2016', '2016-01-01', '2016-12-31', 3110, 'seed 002, Bijlage, regel 2480'),
  ('a0000000-0000-4000-8000-000000000001', 'GM1883', '1-1-2018', '2018-01-01', '2018-01-01', 2500, 'seed 002, Bijlage, regel 2480'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0971', '2014', '2014-01-01', '2014-12-31', 330, 'seed 002, Bijlage, regel 2481'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0971', '2016', '2016-01-01', '2016-12-31', 370, 'seed 002, Bijlage, regel 2481'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0971', '1-1-2018', '2018-01-01', '2018-01-01', 260, 'seed 002, Bijlage, regel 2481'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0981', '2014', '2014-01-01', '2014-12-31', 300, 'seed 002, Bijlage, regel 2482'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0981', '2016', '2016-01-01', '2016-12-31', 330, 'seed 002, Bijlage, regel 2482'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0981', '1-1-2018', '2018-01-01', '2018-01-01', 270, 'seed 002, Bijlage, regel 2482'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0994', '2014', '2014-01-01', '2014-12-31', 330, 'seed 002, Bijlage, regel 2483'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0994', '2016', '2016-01-01', '2016-12-31', 320, 'seed 002, Bijlage, regel 2483'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0994', '1-1-2018', '2018-01-01', '2018-01-01', 270, 'seed 002, Bijlage, regel 2483'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0986', '2014', '2014-01-01', '2014-12-31', 160, 'seed 002, Bijlage, regel 2487'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0986', '2016', '2016-01-01', '2016-12-31', 130, 'seed 002, Bijlage, regel 2487'),
  ('a0000000-0000-4000-8000-000000000001', 'GM0986', '1-1-2018', '2018-01-01', '2018-01-01', 110, 'seed 002, Bijlage, regel 2487'),
  ('a0000000-0000-4000-8000-000000000003', 'GM0988', '2014', '2014-01-01', '2014-12-31', 1040, 'seed 002, Bijlage, regel 2488'),
  ('a0000000-0000-4000-8000-000000000003', 'GM0988', '2016', '2016-01-01', '2016-12-31', 1110, 'seed 002, Bijlage, regel 2488'),
  ('a0000000-0000-4000-8000-000000000003', 'GM0988', '1-1-2018', '2018-01-01', '2018-01-01', 860, 'seed 002, Bijlage, regel 2488')
) as c (region_id, gemeente, period_label, period_start, period_end, value, source_ref);

-- Budget commitments (FICTITIOUS) ----------------------------------------------------------------------

insert into public.programmes (id, region_id, name, description) values
  ('c0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', 'Werkgeversservicepunt Zuid-Limburg',
   'Eén loket voor werkgevers: gemeenten en UWV samen.'),
  ('c0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001', 'Loonwaardebepaling',
   'Regionaal instrument voor het vaststellen van de loonwaarde.'),
  ('c0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000001', 'Regionale jobcoachpool',
   'Gedeelde jobcoaches voor werknemers uit het doelgroepregister.');

-- Budget agreements (fictief): every partner but the SW-bedrijf agreed on 2023 t/m 2026 for the three programmes
-- (convenant of November 2022). For 2027 on (brief §4, demo): the Werkgeversservicepunt has a meerjarige bijdrage
-- 2027 t/m 2030 from Heerlen, Maastricht, Sittard-Geleen (raadsbesluit) and UWV; the other partners and the
-- Loonwaardebepaling are committed for 2027 only (Simpelveld ended its Loonwaardebepaling with 2026); the
-- jobcoachpool has nothing for 2027 yet.
insert into public.budget_agreements (programme_id, organisation_id, region_id, start_year, end_year, status,
  decision_level, decision_reference, decision_date)
select p.id, w.organisation_id, 'a0000000-0000-4000-8000-000000000001'::uuid, 2023, 2026,
  'toegezegd'::public.budget_agreement_status, 'bestuurlijk'::public.budget_decision_level,
  'Convenant ' || p.name || ' 2023–2026', '2022-11-15'::date
from public.programmes p
join demo_weights w on w.organisation_id <> 'b0000000-0000-4000-8000-000000000034'
where p.region_id = 'a0000000-0000-4000-8000-000000000001'
union all
select 'c0000000-0000-4000-8000-000000000001', o, 'a0000000-0000-4000-8000-000000000001', 2027, 2030, 'toegezegd',
  case when o = 'b0000000-0000-4000-8000-000000000003' then 'bestuurlijk' else 'politiek' end::public.budget_decision_level,
  case when o = 'b0000000-0000-4000-8000-000000000003' then 'Besluit districtsdirectie UWV 2026-41'
    else 'Raadsbesluit meerjarige bijdrage WSP 2027–2030' end,
  '2026-11-12'
from unnest(array['b0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000002',
  'b0000000-0000-4000-8000-000000000019', 'b0000000-0000-4000-8000-000000000003']::uuid[]) as o
union all
select p.id, w.organisation_id, 'a0000000-0000-4000-8000-000000000001', 2027, 2027, 'toegezegd', 'ambtelijk',
  null, null
from public.programmes p
join demo_weights w on w.organisation_id <> 'b0000000-0000-4000-8000-000000000034'
where (p.id = 'c0000000-0000-4000-8000-000000000002' and w.organisation_id <> 'b0000000-0000-4000-8000-000000000018')
  or (p.id = 'c0000000-0000-4000-8000-000000000001' and w.organisation_id not in (
    'b0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000002',
    'b0000000-0000-4000-8000-000000000019', 'b0000000-0000-4000-8000-000000000003'));

-- Simpelveld gave notice on its Loonwaardebepaling agreement: it ends with 2026, so the partner pulls out in 2027
-- (−100 %), while the programme as a whole loses only 1/27 of its money.
update public.budget_agreements set status = 'beeindigd',
  note = 'Opgezegd per 1 januari 2027 (brief van het college, 6 oktober 2026).'
where programme_id = 'c0000000-0000-4000-8000-000000000002'
  and organisation_id = 'b0000000-0000-4000-8000-000000000018' and start_year = 2023;

-- An amount for every year of every agreement, growing about 3 % a year; realised up to 2025.
insert into public.budget_commitments (programme_id, organisation_id, region_id, year, committed_amount,
  committed_staff_hours, realised_amount, realised_staff_hours, agreement_id)
select p.id, w.organisation_id, 'a0000000-0000-4000-8000-000000000001', y,
  amount, hours,
  case when y < 2026 then round(amount * (0.82 + 0.22 * pg_temp.demo_random(p.id::text || w.organisation_id::text || y || 'r')), 2) end,
  case when y < 2026 then round(hours * (0.8 + 0.25 * pg_temp.demo_random(p.id::text || w.organisation_id::text || y || 'u')), 0) end,
  ag.id
from public.budget_agreements ag
join public.programmes p on p.id = ag.programme_id
join demo_weights w on w.organisation_id = ag.organisation_id,
  generate_series(ag.start_year, ag.end_year) as y,
  lateral (
    select round(w.weight * case p.name
        when 'Werkgeversservicepunt Zuid-Limburg' then 42000
        when 'Loonwaardebepaling' then 9500
        -- The jobcoach pool loses support in 2026: the stability indicator should flag it.
        else case when y = 2026 then 9000 else 15000 end
      end * (1 + 0.03 * (y - 2023)), 2) as amount,
      round(w.weight * case p.name when 'Werkgeversservicepunt Zuid-Limburg' then 320 else 80 end, 0) as hours
  ) as a
where ag.region_id = 'a0000000-0000-4000-8000-000000000001';

-- The audit trail the figures would have left: each partner entered its plaatsingen some weeks after they
-- started, and closed its quarters after they ended.
insert into public.audit_log (table_name, row_id, action, old_values, new_values, user_id, region_id,
  organisation_id, created_at, updated_at)
select 'placements', pl.id::text, 'INSERT', null, to_jsonb(pl), null, pl.region_id, pl.organisation_id,
  pl.created_at, pl.created_at
from public.placements pl
where pl.created_at < now() - interval '2 days';

insert into public.audit_log (table_name, row_id, action, old_values, new_values, user_id, region_id,
  organisation_id, created_at, updated_at)
select 'placement_reports', r.id::text, 'INSERT', null, to_jsonb(r), null, r.region_id, r.organisation_id,
  r.created_at, r.created_at
from public.placement_reports r
where r.created_at < now() - interval '2 days';


-- ===== Vergaderingen van de stuurgroep (issue 7) ===================================================
-- One past meeting (with decisions, actions and attendance, one action still open) and one coming meeting
-- whose agenda carries that open action over. Fictitious.
insert into public.meetings (id, region_id, title, starts_at, location) values
  ('d7000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001',
   'Stuurgroep Zuid-Limburg, september', '2026-09-24 14:00:00+02', 'Stadhuis Heerlen'),
  ('d7000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001',
   'Stuurgroep Zuid-Limburg, december', '2026-12-10 14:00:00+01', 'Stadhuis Heerlen');

insert into public.meeting_invitees (meeting_id, organisation_id, region_id)
select m.id, o.id, 'a0000000-0000-4000-8000-000000000001'
from (values ('d7000000-0000-4000-8000-000000000001'::uuid), ('d7000000-0000-4000-8000-000000000002'::uuid)) as m (id),
  (values ('b0000000-0000-4000-8000-000000000001'::uuid), ('b0000000-0000-4000-8000-000000000002'::uuid),
    ('b0000000-0000-4000-8000-000000000003'::uuid), ('b0000000-0000-4000-8000-000000000015'::uuid)) as o (id);

insert into public.meeting_agenda_items (id, meeting_id, region_id, position, title, link_kind) values
  ('d7100000-0000-4000-8000-000000000001', 'd7000000-0000-4000-8000-000000000001',
   'a0000000-0000-4000-8000-000000000001', 1, 'Opening en mededelingen', 'none'),
  ('d7100000-0000-4000-8000-000000000002', 'd7000000-0000-4000-8000-000000000001',
   'a0000000-0000-4000-8000-000000000001', 2, 'Stand van de baanafspraken', 'baanafspraken'),
  ('d7100000-0000-4000-8000-000000000003', 'd7000000-0000-4000-8000-000000000001',
   'a0000000-0000-4000-8000-000000000001', 3, 'Financiering jobcoachpool', 'budgetten');

insert into public.meeting_decisions (meeting_id, agenda_item_id, region_id, body) values
  ('d7000000-0000-4000-8000-000000000001', 'd7100000-0000-4000-8000-000000000002',
   'a0000000-0000-4000-8000-000000000001',
   'De stuurgroep zet in op extra plaatsingen in de overheidssector via de gemeenten.'),
  ('d7000000-0000-4000-8000-000000000001', 'd7100000-0000-4000-8000-000000000003',
   'a0000000-0000-4000-8000-000000000001',
   'De partners spreken een meerjarige bijdrage aan de jobcoachpool af.');

insert into public.meeting_actions (id, meeting_id, agenda_item_id, region_id, description,
  owner_organisation_id, due_date, status) values
  ('d7200000-0000-4000-8000-000000000001', 'd7000000-0000-4000-8000-000000000001',
   'd7100000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000001',
   'Voorstel meerjarige financiering jobcoachpool uitwerken', 'b0000000-0000-4000-8000-000000000002',
   '2026-12-01', 'open'),
  ('d7200000-0000-4000-8000-000000000002', 'd7000000-0000-4000-8000-000000000001',
   'd7100000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001',
   'Werkgeverslijst overheidssector delen met UWV', 'b0000000-0000-4000-8000-000000000001',
   '2026-10-15', 'done');

insert into public.meeting_attendance (meeting_id, organisation_id, region_id, present, source, recorded_at) values
  ('d7000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001',
   'a0000000-0000-4000-8000-000000000001', true, 'presence', '2026-09-24 14:02:00+02'),
  ('d7000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000002',
   'a0000000-0000-4000-8000-000000000001', true, 'presence', '2026-09-24 14:03:00+02'),
  ('d7000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000003',
   'a0000000-0000-4000-8000-000000000001', true, 'chair', '2026-09-24 14:10:00+02'),
  ('d7000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000015',
   'a0000000-0000-4000-8000-000000000001', false, 'chair', '2026-09-24 14:10:00+02');

-- The September meeting was held: the chair opened and closed it (attendance is taken only in between).
insert into public.meeting_room_state (meeting_id, region_id, chair_user_id, opened_at, closed_at) values
  ('d7000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001',
   '10000000-0000-4000-8000-000000000001', '2026-09-24 14:00:00+02', '2026-09-24 16:05:00+02');

insert into public.meeting_agenda_items (id, meeting_id, region_id, position, title, link_kind, link_target, carried_action_id) values
  ('d7100000-0000-4000-8000-000000000011', 'd7000000-0000-4000-8000-000000000002',
   'a0000000-0000-4000-8000-000000000001', 1, 'Opening en mededelingen', 'none', null, null),
  ('d7100000-0000-4000-8000-000000000012', 'd7000000-0000-4000-8000-000000000002',
   'a0000000-0000-4000-8000-000000000001', 2, 'Stand van de baanafspraken', 'baanafspraken', null, null),
  ('d7100000-0000-4000-8000-000000000013', 'd7000000-0000-4000-8000-000000000002',
   'a0000000-0000-4000-8000-000000000001', 3, 'Budgetafspraken 2027', 'budgetten', '2027', null),
  ('d7100000-0000-4000-8000-000000000016', 'd7000000-0000-4000-8000-000000000002',
   'a0000000-0000-4000-8000-000000000001', 4, 'Doel: meer mensen uit het doelgroepregister aan het werk', 'goal',
   'd0000000-0000-4000-8000-000000000001', null),
  ('d7100000-0000-4000-8000-000000000014', 'd7000000-0000-4000-8000-000000000002',
   'a0000000-0000-4000-8000-000000000001', 5, 'Samenwerking in het netwerk', 'netwerk', null, null),
  ('d7100000-0000-4000-8000-000000000015', 'd7000000-0000-4000-8000-000000000002',
   'a0000000-0000-4000-8000-000000000001', 6, 'Openstaande actie: Voorstel meerjarige financiering jobcoachpool uitwerken',
   'none', null, 'd7200000-0000-4000-8000-000000000001');
-- ===== einde vergaderingen ===========================================================================

set session_replication_role = origin;

-- =====================================================================================================
-- Goals (issue 5): the vision endorsed by two partners, an agreed goal entered by hand (behind its
-- milestones), an agreed goal linked to the baanafspraken (on course) and a concept. Fictitious figures.
-- Triggers are off here (replica), so region_id, versions and consents are written out in full.
set session_replication_role = replica;

update public.regions set vision_statement =
  'In Zuid-Limburg kan iedereen die kan werken ook werken. Gemeenten, UWV, werkgevers, werknemers, SW-bedrijven en onderwijs werken als één netwerk: met één werkgeversdienstverlening, gedeelde doelen en een gezamenlijk tempo.'
where id = 'a0000000-0000-4000-8000-000000000001' and vision_statement is null;

-- Each endorsement and consent says on what mandate it was given (issue 15): bestuurlijk with the college's
-- decision, or ambtelijk (with the function of whoever gave it). Fictitious decision numbers.
insert into public.vision_endorsements (region_id, organisation_id, endorsed_by, mandate_level, acting_as,
  decision_reference, decision_date, ratify_before, acting_role, created_at, updated_at) values
  ('a0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001',
   '10000000-0000-4000-8000-000000000001', 'bestuurlijk', 'wethouder Werk en Inkomen', 'Collegebesluit Heerlen 2026/207',
   (now() - interval '45 days')::date, null, 'coordinator', now() - interval '40 days', now() - interval '40 days'),
  ('a0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000002',
   '10000000-0000-4000-8000-000000000002', 'ambtelijk', 'beleidsmedewerker Werk en Inkomen', null, null,
   (now() + interval '60 days')::date, 'editor', now() - interval '38 days', now() - interval '38 days');

insert into public.goals (id, region_id, title, description, indicator, unit, source, source_sector,
  baseline_value, baseline_date, target_value, target_date, toezichthouder_id, status, version, created_by,
  agreed_at, created_at, updated_at) values
  ('d0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001',
   'Meer mensen uit het doelgroepregister duurzaam aan het werk',
   'Samen met werkgevers 400 mensen uit het doelgroepregister plaatsen, met begeleiding die blijft. (Fictieve cijfers.)',
   'Geplaatste kandidaten (cumulatief)', 'personen', 'handmatig', null,
   0, '2025-01-01', 400, '2026-12-31', 'b0000000-0000-4000-8000-000000000003', 'vastgesteld', 1,
   '10000000-0000-4000-8000-000000000001', '2025-02-10 10:00+01', '2025-01-20 10:00+01', '2025-02-10 10:00+01'),
  ('d0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001',
   'Banen in de markt via de baanafspraken',
   'De groei van het aantal getelde banen in de marktsector in 2026 (stand op de peildatum), rechtstreeks uit de registratie van de partners.',
   'Getelde banen (25,5 uur per week)', 'banen', 'baanafspraken', 'markt',
   0, '2025-12-31', 320, '2026-12-31', 'b0000000-0000-4000-8000-000000000003', 'vastgesteld', 1,
   '10000000-0000-4000-8000-000000000001', '2026-01-20 10:00+01', '2026-01-12 10:00+01', '2026-01-20 10:00+01'),
  ('d0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000001',
   'Jongeren zonder startkwalificatie naar werk of school',
   'Concept voor het volgende overleg.', 'Jongeren met werk of opleiding', 'jongeren', 'handmatig', null,
   0, '2027-01-01', 120, '2027-12-31', 'b0000000-0000-4000-8000-000000000002', 'concept', 0,
   '10000000-0000-4000-8000-000000000001', null, now() - interval '3 days', now() - interval '3 days');

insert into public.goal_milestones (goal_id, region_id, due_date, target_value) values
  ('d0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', '2025-06-30', 80),
  ('d0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', '2025-12-31', 180),
  ('d0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', '2026-06-30', 290),
  ('d0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001', '2026-03-31', 80),
  ('d0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001', '2026-06-30', 160),
  ('d0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001', '2026-09-30', 240),
  ('d0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000001', '2027-06-30', 50);

insert into public.goal_contributions (goal_id, region_id, organisation_id, commitment_value, commitment_text) values
  ('d0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001', 150, null),
  ('d0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000002', 150, null),
  ('d0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000003', null, 'Werkgeversdienstverlening en no-riskpolis'),
  ('d0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001', 150, null),
  ('d0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000002', 170, null),
  ('d0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001', 60, null),
  ('d0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000015', null, 'Jongerenloket');

insert into public.goal_versions (id, goal_id, region_id, version, kind, state, snapshot, proposed_by, decided_at,
  created_at, updated_at)
select ('e0000000-0000-4000-8000-00000000000' || right(g.id::text, 1))::uuid, g.id, g.region_id, 1, 'vaststelling',
  'aanvaard', to_jsonb(g) - array['created_at', 'updated_at', 'created_by', 'agreed_at', 'closed_at'], g.created_by,
  g.agreed_at, g.created_at + interval '1 day', g.agreed_at
from public.goals g where g.id in ('d0000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000002');

insert into public.goal_consents (version_id, goal_id, region_id, organisation_id, consented_by, mandate_level,
  acting_as, decision_reference, decision_date, acting_role, created_at, updated_at)
select v.id, v.goal_id, v.region_id, c.organisation_id,
  case c.organisation_id
    when 'b0000000-0000-4000-8000-000000000001' then '10000000-0000-4000-8000-000000000001'::uuid
    when 'b0000000-0000-4000-8000-000000000002' then '10000000-0000-4000-8000-000000000002'::uuid
  end,
  case c.organisation_id when 'b0000000-0000-4000-8000-000000000003' then 'ambtelijk' else 'bestuurlijk' end::public.mandate_level,
  case c.organisation_id when 'b0000000-0000-4000-8000-000000000003' then 'vestigingsmanager UWV Zuid-Limburg' end,
  case c.organisation_id
    when 'b0000000-0000-4000-8000-000000000001' then 'Collegebesluit Heerlen ' || extract(year from v.decided_at) || '/0' || right(v.goal_id::text, 1) || '4'
    when 'b0000000-0000-4000-8000-000000000002' then 'Collegebesluit Maastricht ' || extract(year from v.decided_at) || '/1' || right(v.goal_id::text, 1) || '8'
  end,
  case when c.organisation_id <> 'b0000000-0000-4000-8000-000000000003' then (v.decided_at - interval '9 days')::date end,
  case c.organisation_id
    when 'b0000000-0000-4000-8000-000000000001' then 'coordinator'
    when 'b0000000-0000-4000-8000-000000000002' then 'editor'
  end::public.membership_role,
  v.decided_at - interval '2 days' + (row_number() over (partition by v.id order by c.organisation_id)) * interval '1 day',
  v.decided_at
from public.goal_versions v join public.goal_contributions c on c.goal_id = v.goal_id;

insert into public.goal_actuals (goal_id, region_id, period_date, value, note, created_by) values
  ('d0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', '2025-03-31', 35, 'Fictief', '10000000-0000-4000-8000-000000000001'),
  ('d0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', '2025-06-30', 70, 'Fictief', '10000000-0000-4000-8000-000000000001'),
  ('d0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', '2025-09-30', 110, 'Fictief', '10000000-0000-4000-8000-000000000001'),
  ('d0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', '2025-12-31', 150, 'Fictief', '10000000-0000-4000-8000-000000000001'),
  ('d0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', '2026-03-31', 190, 'Fictief', '10000000-0000-4000-8000-000000000001'),
  ('d0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', '2026-06-30', 230, 'Fictief', '10000000-0000-4000-8000-000000000001');

set session_replication_role = origin;
-- ===================================================================================== end of goals ===

-- =====================================================================================================
-- Netwerk en vertrouwen (issue 6): contacten, enquêterondes met antwoorden, posities en belangen.
-- FICTIEF: de contacten, scores en standpunten zijn verzonnen voor de demo (Zuid-Limburg).
-- =====================================================================================================
set session_replication_role = replica;

create or replace function pg_temp.network_random(key text) returns numeric
language sql immutable as $$ select (abs(hashtext(key)) % 1000) / 1000.0 $$;

create temporary table network_groups (name text, kind public.contact_kind, topic text, recorder uuid,
  months int[], members uuid[]) on commit drop;
insert into network_groups values
  ('stuurgroep', 'overleg', 'Stuurgroep Regionaal Werkbedrijf', 'b0000000-0000-4000-8000-000000000001',
    array[1, 3, 5, 7, 9, 11],
    array['b0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000002',
      'b0000000-0000-4000-8000-000000000019', 'b0000000-0000-4000-8000-000000000003',
      'b0000000-0000-4000-8000-000000000030', 'b0000000-0000-4000-8000-000000000032',
      'b0000000-0000-4000-8000-000000000034']::uuid[]),
  ('wsp', 'casusoverleg', 'Werkgeversservicepunt: plaatsingen bespreken', 'b0000000-0000-4000-8000-000000000003',
    array[1, 2, 3, 4, 5, 6, 9, 10, 11, 12],
    array['b0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000003',
      'b0000000-0000-4000-8000-000000000015', 'b0000000-0000-4000-8000-000000000016',
      'b0000000-0000-4000-8000-000000000034']::uuid[]),
  ('parkstad', 'overleg', 'Ambtelijk overleg Parkstad', 'b0000000-0000-4000-8000-000000000001',
    array[2, 6, 10],
    array['b0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000015',
      'b0000000-0000-4000-8000-000000000016', 'b0000000-0000-4000-8000-000000000012',
      'b0000000-0000-4000-8000-000000000018', 'b0000000-0000-4000-8000-000000000023',
      'b0000000-0000-4000-8000-000000000011']::uuid[]),
  ('heuvelland', 'casusoverleg', 'Casusoverleg Maastricht-Heuvelland', 'b0000000-0000-4000-8000-000000000002',
    array[3, 6, 9, 12],
    array['b0000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000013',
      'b0000000-0000-4000-8000-000000000014', 'b0000000-0000-4000-8000-000000000017',
      'b0000000-0000-4000-8000-000000000022']::uuid[]),
  ('westelijke-mijnstreek', 'gezamenlijk_project', 'Project leerwerkbanen Westelijke Mijnstreek',
    'b0000000-0000-4000-8000-000000000019', array[4, 8, 12],
    array['b0000000-0000-4000-8000-000000000019', 'b0000000-0000-4000-8000-000000000010',
      'b0000000-0000-4000-8000-000000000020', 'b0000000-0000-4000-8000-000000000003']::uuid[]),
  ('beschut', 'workshop', 'Workshop beschut werk en loonwaarde', 'b0000000-0000-4000-8000-000000000034',
    array[5],
    array['b0000000-0000-4000-8000-000000000034', 'b0000000-0000-4000-8000-000000000001',
      'b0000000-0000-4000-8000-000000000002', 'b0000000-0000-4000-8000-000000000019',
      'b0000000-0000-4000-8000-000000000031', 'b0000000-0000-4000-8000-000000000033']::uuid[]),
  ('conferentie', 'conferentie', 'Regioconferentie Werk in Zuid-Limburg', 'b0000000-0000-4000-8000-000000000001',
    array[10],
    array['b0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000002',
      'b0000000-0000-4000-8000-000000000003', 'b0000000-0000-4000-8000-000000000019',
      'b0000000-0000-4000-8000-000000000015', 'b0000000-0000-4000-8000-000000000013',
      'b0000000-0000-4000-8000-000000000030', 'b0000000-0000-4000-8000-000000000031',
      'b0000000-0000-4000-8000-000000000032', 'b0000000-0000-4000-8000-000000000034',
      'b0000000-0000-4000-8000-000000000021']::uuid[]);

-- 2025 and 2026 up to last month: one contact per group per listed month.
insert into public.contacts (id, region_id, kind, occurred_on, topic, source, recorded_by_organisation_id,
  created_at, updated_at)
select md5('network-contact-' || g.name || y || m)::uuid, 'a0000000-0000-4000-8000-000000000001', g.kind,
  make_date(y, m, 8 + (pg_temp.network_random(g.name || y || m) * 14)::int), g.topic, 'handmatig', g.recorder,
  make_date(y, m, 25)::timestamptz, make_date(y, m, 25)::timestamptz
from network_groups g, unnest(g.months) as m, generate_series(2025, 2026) as y
where make_date(y, m, 28) < current_date;

insert into public.contact_participants (contact_id, organisation_id, region_id, created_at, updated_at)
select c.id, member, c.region_id, c.created_at, c.created_at
from network_groups g, unnest(g.months) as m, generate_series(2025, 2026) as y,
  unnest(g.members) as member,
  lateral (select * from public.contacts where id = md5('network-contact-' || g.name || y || m)::uuid) as c;

-- Two closed survey rounds. Each responding partner rates the partners it shares contacts with.
insert into public.survey_rounds (id, region_id, title, status, min_respondents, opened_at, closed_at,
  created_at, updated_at) values
  ('d0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', 'Najaar 2025', 'closed', 3,
    '2025-10-01 09:00+02', '2025-11-15 17:00+01', '2025-10-01 09:00+02', '2025-11-15 17:00+01'),
  ('d0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001', 'Voorjaar 2026', 'closed', 3,
    '2026-04-01 09:00+02', '2026-05-15 17:00+02', '2026-04-01 09:00+02', '2026-05-15 17:00+02');

with pairs as (
  select a.organisation_id as respondent, b.organisation_id as rated, count(*) as shared
  from public.contact_participants a
  join public.contact_participants b on a.contact_id = b.contact_id and a.organisation_id <> b.organisation_id
  where a.region_id = 'a0000000-0000-4000-8000-000000000001'
    -- Partners that did not answer the survey.
    and a.organisation_id not in ('b0000000-0000-4000-8000-000000000033', 'b0000000-0000-4000-8000-000000000021')
  group by 1, 2
),
rounds as (
  select 'd0000000-0000-4000-8000-000000000001'::uuid as id, 0.0 as lift
  union all select 'd0000000-0000-4000-8000-000000000002'::uuid, 0.35
)
insert into public.survey_responses (round_id, region_id, respondent_organisation_id, rated_organisation_id,
  trust_reliability, trust_openness, trust_mission, value_power, value_involvement, value_resources,
  contact_frequency)
select r.id, 'a0000000-0000-4000-8000-000000000001', p.respondent, p.rated,
  least(4, greatest(1, round(1.9 + r.lift + 2 * pg_temp.network_random(r.id::text || p.respondent || p.rated || 'tr'))))::smallint,
  least(4, greatest(1, round(1.7 + r.lift + 2 * pg_temp.network_random(r.id::text || p.respondent || p.rated || 'to'))))::smallint,
  least(4, greatest(1, round(2.1 + r.lift + 1.8 * pg_temp.network_random(r.id::text || p.respondent || p.rated || 'tm'))))::smallint,
  least(4, greatest(1, round(1.5 + 2.4 * pg_temp.network_random(r.id::text || p.respondent || p.rated || 'vp')
    + case when p.rated in ('b0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000003') then 0.6 else 0 end)))::smallint,
  least(4, greatest(1, round(1.6 + r.lift + 2 * pg_temp.network_random(r.id::text || p.respondent || p.rated || 'vi'))))::smallint,
  least(4, greatest(1, round(1.4 + 2.2 * pg_temp.network_random(r.id::text || p.respondent || p.rated || 'vr'))))::smallint,
  (case when p.shared >= 12 then 'maandelijks' when p.shared >= 4 then 'kwartaal' else 'jaarlijks' end)::public.contact_frequency
from pairs p cross join rounds r;

insert into public.partner_positions (organisation_id, region_id, dossier, position, interests, created_at, updated_at)
values
  ('b0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', 'Werkgeversbenadering',
    'Eén werkgeversservicepunt voor de hele regio, met vaste accountmanagers per sector.',
    'Als centrumgemeente verantwoording kunnen afleggen over de regionale baanafspraken.', '2026-03-02', '2026-03-02'),
  ('b0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001', 'Werkgeversbenadering',
    'Regionale afspraken, maar met een eigen loket voor Maastrichtse werkgevers in het Heuvelland.',
    'Herkenbaarheid voor lokale werkgevers en zicht op de eigen bijstandsuitstroom.', '2026-03-09', '2026-03-09'),
  ('b0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000001', 'Werkgeversbenadering',
    'UWV levert de werkgeversdienstverlening samen met de gemeenten vanuit het WSP.',
    'Landelijk dezelfde dienstverlening; het doelgroepregister actueel houden.', '2026-03-11', '2026-03-11'),
  ('b0000000-0000-4000-8000-000000000030', 'a0000000-0000-4000-8000-000000000001', 'Werkgeversbenadering',
    'Werkgevers willen één aanspreekpunt en snelle bemiddeling, geen regionale verschillen.',
    'Minder administratieve lasten bij loonkostensubsidie en jobcoaching.', '2026-03-16', '2026-03-16'),
  ('b0000000-0000-4000-8000-000000000034', 'a0000000-0000-4000-8000-000000000001', 'Beschut werk',
    'Beschut werk blijft bij het SW-bedrijf, met doorstroom naar reguliere werkgevers waar het kan.',
    'Een stabiele financiering per plek over meerdere jaren.', '2026-04-07', '2026-04-07'),
  ('b0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', 'Beschut werk',
    'Regionaal dezelfde indicatie en hetzelfde aantal plekken per inwoner.',
    'Gelijke behandeling van inwoners in alle gemeenten.', '2026-04-09', '2026-04-09'),
  ('b0000000-0000-4000-8000-000000000015', 'a0000000-0000-4000-8000-000000000001', 'Beschut werk',
    'Meer plekken in Parkstad, dicht bij huis.',
    'Kortere reistijden voor onze inwoners; kosten binnen het eigen budget houden.', '2026-04-14', '2026-04-14'),
  ('b0000000-0000-4000-8000-000000000032', 'a0000000-0000-4000-8000-000000000001', 'Loonkostensubsidie',
    'Loonkostensubsidie altijd met een vast contract en cao-loon.',
    'Goed werkgeverschap en duurzame banen voor mensen uit het doelgroepregister.', '2026-05-04', '2026-05-04');

set session_replication_role = origin;

-- =====================================================================================================
-- Attendance at the seeded meetings becomes contacts in the network (the trigger of the meeting_contacts
-- migration does this for new attendance; the seed ran with triggers off).
select public.sync_meeting_contact(m.id) from public.meetings m;

-- =====================================================================================================
-- The seed ran with triggers off, and so without foreign key checks: check every reference now, including
-- each row's region against its partner's region. A seed that crosses regions does not load.
select private.assert_references_hold();
