-- A display name is plain text (attack run of 5 December, finding D).
--
-- Names are free text, so two people may share one; what others must be able to trust is the partner a
-- person acts for, and the app now shows that next to the name, from the memberships. A name with control or
-- invisible formatting characters (U+202E turns text around, zero-width characters hide a difference) could
-- still pass for another, so the database refuses them. The seed and existing rows have none.
alter table public.profiles
  add constraint profiles_display_name_plain_text
  check (display_name !~ '[\x01-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]');
