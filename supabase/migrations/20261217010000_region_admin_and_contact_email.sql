-- Two gaps the attack run noted (finding 17, "info"):
--
-- 1. Who the region's admins are. private.is_region_admin counted an `admin` membership at ANY partner of the
--    region, so every partner's own admin was a "region admin": it could add viewers under another partner's
--    mandate. The README says the mandate goes to "de beheerders van de regio", and the region is run by its
--    lead organisation (the trekker): a coordinator or admin of the lead organisation is the region's
--    coordinator (private.is_region_coordinator). The region's admins are therefore the admins of the lead
--    organisation, with a membership the lead organisation itself (or the platform) granted. A partner's own
--    admin manages that partner's people only (private.manages_partner_memberships), as before.
--
-- 2. contact_email accepted anything with an @ and a dot (`javascript:alert(1)//@x.nl`, `a?bcc=b@x.nl`), written
--    straight to PostgREST past the form. It now takes what the form takes: the address pattern of zod's
--    z.email() (src/lib/forms/partner-contact.ts), tested side by side in
--    tests/integration/rls-regions-organisations.test.ts (the region admin in security-partner-memberships).

create or replace function private.is_region_admin(region uuid) returns boolean
language sql stable security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.memberships m
    join public.regions r on r.lead_organisation_id = m.organisation_id
    where r.id = region and m.user_id = (select auth.uid()) and m.role = 'admin' and m.granted_via <> 'region'
  )
$$;

alter table public.organisations drop constraint organisations_contact_email_check;
alter table public.organisations add constraint organisations_contact_email_check check (
  char_length(contact_email) <= 254
  and contact_email ~ '^(?:[A-Za-z0-9_''+-]+\.)*[A-Za-z0-9_''+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$'
);
