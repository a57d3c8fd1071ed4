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
  extensions.crypt('Demo-2026!', extensions.gen_salt('bf', 10)), now(),
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

-- Figures (FICTITIOUS: fictief) ------------------------------------------------------------------------
-- Four years of quarterly baanafspraken and budget commitments for the Zuid-Limburg partners, plausible in
-- size, invented for the demo.

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

insert into public.regional_targets (region_id, year, sector, baseline_jobs, target_jobs)
select 'a0000000-0000-4000-8000-000000000001', year, sector::public.job_sector,
  case sector when 'markt' then 2400 + (year - 2023) * 480 else 450 + (year - 2023) * 90 end,
  case sector when 'markt' then 2400 + (year - 2022) * 480 else 450 + (year - 2022) * 90 end
from generate_series(2023, 2026) as year, (values ('markt'), ('overheid')) as sectors (sector);

insert into public.placements (organisation_id, region_id, year, quarter, sector, persons, hours_per_week,
  instrument, employer_name)
select w.organisation_id, 'a0000000-0000-4000-8000-000000000001', y, q, s::public.job_sector,
  persons, round(persons * (16 + 14 * pg_temp.demo_random(w.organisation_id::text || y || q || s || 'h')), 1),
  (array['loonkostensubsidie', 'jobcoaching', 'no_risk_polis', 'detachering', 'beschut_werk', 'overig'])
    [1 + floor(6 * pg_temp.demo_random(w.organisation_id::text || y || q || s || 'i'))::int]::public.placement_instrument,
  null
from demo_weights w,
  generate_series(2023, 2026) as y,
  generate_series(1, 4) as q,
  (values ('markt'), ('overheid')) as sectors (s),
  lateral (
    select greatest(0, round(w.weight * case s when 'markt' then 4.2 else 0.9 end
      * (0.6 + 0.8 * pg_temp.demo_random(w.organisation_id::text || y || q || s))))::int as persons
  ) as p
where (y < 2026 or q <= 3);

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

-- The audit trail the figures would have left: each partner entered its quarter some weeks after it ended.
insert into public.audit_log (table_name, row_id, action, old_values, new_values, user_id, region_id,
  organisation_id, created_at, updated_at)
select 'placements', pl.id::text, 'INSERT', null, to_jsonb(pl), null, pl.region_id, pl.organisation_id, at, at
from public.placements pl,
  lateral (
    select make_timestamptz(pl.year, pl.quarter * 3, 1, 10, 0, 0, 'Europe/Amsterdam')
      + interval '1 month' + (pg_temp.demo_random(pl.organisation_id::text || pl.year || pl.quarter) * interval '40 days') as at
  ) as t
where at < now() - interval '2 days';


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

insert into public.vision_endorsements (region_id, organisation_id, endorsed_by, created_at, updated_at) values
  ('a0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001',
   '10000000-0000-4000-8000-000000000001', now() - interval '40 days', now() - interval '40 days'),
  ('a0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000002',
   '10000000-0000-4000-8000-000000000002', now() - interval '38 days', now() - interval '38 days');

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
   'De getelde banen in de marktsector in 2026, rechtstreeks uit de baanafspraken van de partners.',
   'Getelde banen (25,5 uur per week)', 'banen', 'baanafspraken', 'markt',
   0, '2025-12-31', 430, '2026-12-31', 'b0000000-0000-4000-8000-000000000003', 'vastgesteld', 1,
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
  ('d0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001', '2026-03-31', 105),
  ('d0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001', '2026-06-30', 215),
  ('d0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001', '2026-09-30', 320),
  ('d0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000001', '2027-06-30', 50);

insert into public.goal_contributions (goal_id, region_id, organisation_id, commitment_value, commitment_text) values
  ('d0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001', 150, null),
  ('d0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000002', 150, null),
  ('d0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000003', null, 'Werkgeversdienstverlening en no-riskpolis'),
  ('d0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001', 200, null),
  ('d0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000002', 230, null),
  ('d0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000001', 60, null),
  ('d0000000-0000-4000-8000-000000000003', 'a0000000-0000-4000-8000-000000000001', 'b0000000-0000-4000-8000-000000000015', null, 'Jongerenloket');

insert into public.goal_versions (id, goal_id, region_id, version, kind, state, snapshot, proposed_by, decided_at,
  created_at, updated_at)
select ('e0000000-0000-4000-8000-00000000000' || right(g.id::text, 1))::uuid, g.id, g.region_id, 1, 'vaststelling',
  'aanvaard', to_jsonb(g) - array['created_at', 'updated_at', 'created_by', 'agreed_at', 'closed_at'], g.created_by,
  g.agreed_at, g.created_at + interval '1 day', g.agreed_at
from public.goals g where g.id in ('d0000000-0000-4000-8000-000000000001', 'd0000000-0000-4000-8000-000000000002');

insert into public.goal_consents (version_id, goal_id, region_id, organisation_id, consented_by, created_at, updated_at)
select v.id, v.goal_id, v.region_id, c.organisation_id,
  case c.organisation_id
    when 'b0000000-0000-4000-8000-000000000001' then '10000000-0000-4000-8000-000000000001'::uuid
    when 'b0000000-0000-4000-8000-000000000002' then '10000000-0000-4000-8000-000000000002'::uuid
  end,
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
