import type { MembershipRole } from '$lib/domain/partners';
import type { LIMITS } from '$lib/domain/limits';
import { dataError } from './errors';
import type { Supabase } from './types';

/** The languages of the app (the check on profiles.preferred_language). */
export type Language = (typeof LIMITS.profiles.preferred_language.values)[number];

export interface Profile {
	displayName: string;
	preferredLanguage: Language;
}

export interface MembershipSummary {
	organisationName: string;
	regionName: string;
	regionSlug: string;
	role: MembershipRole;
}

export async function getProfile(supabase: Supabase, userId: string): Promise<Profile | null> {
	const { data, error } = await supabase
		.from('profiles')
		.select('display_name, preferred_language')
		.eq('id', userId)
		.maybeSingle();
	if (error) throw dataError('Profiel ophalen', error);
	return data
		? { displayName: data.display_name, preferredLanguage: data.preferred_language as Language }
		: null;
}

export async function saveProfile(supabase: Supabase, userId: string, profile: Profile): Promise<void> {
	const { error } = await supabase.from('profiles').upsert({
		id: userId,
		display_name: profile.displayName,
		preferred_language: profile.preferredLanguage
	});
	if (error) throw dataError('Profiel opslaan', error);
}

export async function listMyMemberships(supabase: Supabase, userId: string): Promise<MembershipSummary[]> {
	const { data, error } = await supabase
		.from('memberships')
		.select('role, organisations!inner(name, regions!organisations_region_id_fkey!inner(name, slug))')
		.eq('user_id', userId);
	if (error) throw dataError('Lidmaatschappen ophalen', error);
	return data
		.map((row) => ({
			organisationName: row.organisations.name,
			regionName: row.organisations.regions.name,
			regionSlug: row.organisations.regions.slug,
			role: row.role
		}))
		.sort((a, b) => a.regionName.localeCompare(b.regionName, 'nl'));
}

/**
 * People as others in a region see them: the name they chose, then the region's partners they are a member of.
 * A display name is free text (two people may share one); the partner comes from the memberships, so nobody
 * passes for someone of another partner by taking that person's name.
 */
export async function namesWithPartners(
	supabase: Supabase,
	regionId: string,
	userIds: readonly (string | null)[]
): Promise<Map<string, string>> {
	const unique = [...new Set(userIds.filter((id): id is string => !!id))];
	if (unique.length === 0) return new Map();
	const [profiles, memberships] = await Promise.all([
		supabase.from('profiles').select('id, display_name').in('id', unique),
		supabase
			.from('memberships')
			.select('user_id, organisations!inner(name, region_id)')
			.in('user_id', unique)
			.eq('organisations.region_id', regionId)
	]);
	if (profiles.error) throw dataError('Namen ophalen', profiles.error);
	if (memberships.error) throw dataError('Namen ophalen', memberships.error);
	const partners = new Map<string, string[]>();
	for (const { user_id, organisations } of memberships.data) {
		partners.set(user_id, [...(partners.get(user_id) ?? []), organisations.name]);
	}
	return new Map(
		profiles.data.map(({ id, display_name }) => {
			const of = (partners.get(id) ?? []).sort((a, b) => a.localeCompare(b, 'nl')).join(', ');
			return [id, of ? `${display_name} (${of})`.trim() : display_name] as const;
		})
	);
}
