-- The banenafspraak as the sector counts it (issue 14, items 1–3, 7 and 9): reference data and settings.
--
-- 1. `gemeenten`: the CBS gemeentecodes the app knows, with the arbeidsmarktregio and, for gemeenten that merged,
--    until when they existed and into which gemeente they went (Nuth, Onderbanken and Schinnen into Beekdaelen on
--    1-1-2019). A plaatsing's woongemeente and a context figure's gemeente refer to it. Reference data: every
--    signed-in user reads it; only migrations write it. Source: notes/gemeenten-codes.csv of the domain brief
--    (codes checked against a CBS-coded list), all Limburg gemeenten and the 9 of Midden-Brabant.
-- 2. `regions.demo_data`: whether a region's figures are invented for a demonstration. Every place that says
--    "fictief" reads it; never hard-coded again (the label showed on real data too, including a published report).
-- 3. `regions.inleen_key_markt`: UWV does not split uitzend- and detacheringsbanen (inleenverband) by sector per
--    region. The page estimates the split with this key: the national 76 % markt / 24 % overheid of the
--    verloonde uren in December 2012 (SEO, "Verdeling detacheringen en uitzendingen over inlenende werkgevers").
-- 4. `organisations.reports_placements`: the partner reports plaatsingen each quarter, so the peildatum waits for
--    it. By default (null) the gemeenten, UWV and the SW-bedrijven do; only the region's coordinator changes it.
-- 5. btree_gist, for the exclusion constraint that keeps one plaatsing from being registered twice (next
--    migration).

create extension if not exists btree_gist with schema extensions;

create table public.gemeenten (
  code text primary key check (code ~ '^GM[0-9]{4}$'),
  name text not null,
  arbeidsmarktregio text,
  valid_from date,
  valid_to date,
  merged_into text references public.gemeenten (code),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (valid_to is null or valid_from is null or valid_to >= valid_from)
);
create trigger gemeenten_set_updated_at before update on public.gemeenten
  for each row execute function public.set_updated_at();

alter table public.gemeenten enable row level security;
create policy "gemeenten: everyone signed in reads the reference list" on public.gemeenten
  for select to authenticated using (true);
revoke all on public.gemeenten from anon;
revoke insert, update, delete, truncate on public.gemeenten from authenticated;

insert into public.gemeenten (code, name, arbeidsmarktregio, valid_from, valid_to, merged_into) values
  ('GM1954', 'Beekdaelen', 'Zuid-Limburg', '2019-01-01', null, null),
  ('GM0888', 'Beek', 'Zuid-Limburg', null, null, null),
  ('GM0889', 'Beesel', 'Noord-Limburg', null, null, null),
  ('GM0893', 'Bergen (L.)', 'Noord-Limburg', null, null, null),
  ('GM0899', 'Brunssum', 'Zuid-Limburg', null, null, null),
  ('GM1711', 'Echt-Susteren', 'Midden-Limburg', null, null, null),
  ('GM1903', 'Eijsden-Margraten', 'Zuid-Limburg', null, null, null),
  ('GM0907', 'Gennep', 'Noord-Limburg', null, null, null),
  ('GM1729', 'Gulpen-Wittem', 'Zuid-Limburg', null, null, null),
  ('GM0917', 'Heerlen', 'Zuid-Limburg', null, null, null),
  ('GM1507', 'Horst aan de Maas', 'Noord-Limburg', null, null, null),
  ('GM0928', 'Kerkrade', 'Zuid-Limburg', null, null, null),
  ('GM0882', 'Landgraaf', 'Zuid-Limburg', null, null, null),
  ('GM1640', 'Leudal', 'Midden-Limburg', null, null, null),
  ('GM1641', 'Maasgouw', 'Midden-Limburg', null, null, null),
  ('GM0935', 'Maastricht', 'Zuid-Limburg', null, null, null),
  ('GM0938', 'Meerssen', 'Zuid-Limburg', null, null, null),
  ('GM0944', 'Mook en Middelaar', 'Rijk van Nijmegen', null, null, null),
  ('GM0946', 'Nederweert', 'Midden-Limburg', null, null, null),
  ('GM0951', 'Nuth', 'Zuid-Limburg', null, '2018-12-31', 'GM1954'),
  ('GM0881', 'Onderbanken', 'Zuid-Limburg', null, '2018-12-31', 'GM1954'),
  ('GM1894', 'Peel en Maas', 'Noord-Limburg', null, null, null),
  ('GM1669', 'Roerdalen', 'Midden-Limburg', null, null, null),
  ('GM0957', 'Roermond', 'Midden-Limburg', null, null, null),
  ('GM0962', 'Schinnen', 'Zuid-Limburg', null, '2018-12-31', 'GM1954'),
  ('GM0965', 'Simpelveld', 'Zuid-Limburg', null, null, null),
  ('GM1883', 'Sittard-Geleen', 'Zuid-Limburg', null, null, null),
  ('GM0971', 'Stein', 'Zuid-Limburg', null, null, null),
  ('GM0981', 'Vaals', 'Zuid-Limburg', null, null, null),
  ('GM0994', 'Valkenburg aan de Geul', 'Zuid-Limburg', null, null, null),
  ('GM0983', 'Venlo', 'Noord-Limburg', null, null, null),
  ('GM0984', 'Venray', 'Noord-Limburg', null, null, null),
  ('GM0986', 'Voerendaal', 'Zuid-Limburg', null, null, null),
  ('GM0988', 'Weert', 'Midden-Limburg', null, null, null),
  ('GM0766', 'Dongen', 'Midden-Brabant', null, null, null),
  ('GM0784', 'Gilze en Rijen', 'Midden-Brabant', null, null, null),
  ('GM0785', 'Goirle', 'Midden-Brabant', null, null, null),
  ('GM0797', 'Heusden', 'Midden-Brabant', null, null, null),
  ('GM0798', 'Hilvarenbeek', 'Midden-Brabant', null, null, null),
  ('GM0809', 'Loon op Zand', 'Midden-Brabant', null, null, null),
  ('GM0824', 'Oisterwijk', 'Midden-Brabant', null, null, null),
  ('GM0855', 'Tilburg', 'Midden-Brabant', null, null, null),
  ('GM0867', 'Waalwijk', 'Midden-Brabant', null, null, null);

alter table public.regions
  add column demo_data boolean not null default false,
  add column inleen_key_markt numeric(3, 2) not null default 0.76
    check (inleen_key_markt between 0 and 1);

-- Null means "as its type says": gemeenten, UWV and SW-bedrijven report, the others do not. That also holds for a
-- partner added later, and for rows loaded with triggers off (the seed). private.reports_placements() reads it.
alter table public.organisations add column reports_placements boolean;
comment on column public.organisations.reports_placements is
  'Rapporteert plaatsingen per kwartaal (de peildatum wacht op deze partner); leeg: volgens het soort partner.';

create or replace function private.reports_placements(type public.partner_type, flag boolean)
returns boolean
language sql
immutable
set search_path = ''
as $$
  select coalesce(flag, type in ('gemeente', 'centrumgemeente', 'uwv', 'sw_bedrijf'))
$$;
revoke execute on function private.reports_placements(public.partner_type, boolean) from public, anon;
grant execute on function private.reports_placements(public.partner_type, boolean) to authenticated, service_role;

-- Whether a partner reports is the region's call, not the partner's own: an editor cannot take its partner out of
-- the peildatum.
create or replace function private.guard_organisation_reporting()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.reports_placements is distinct from old.reports_placements
     and auth.role() = 'authenticated' and not public.is_region_coordinator(old.region_id) then
    raise exception using errcode = '42501', message = 'partner_coordinator_only';
  end if;
  return new;
end
$$;
revoke execute on function private.guard_organisation_reporting() from public, anon, authenticated;

create trigger organisations_guard_reporting before update on public.organisations
  for each row execute function private.guard_organisation_reporting();
