import { MEMBERSHIP_ROLES, PARTNER_TYPES, type MembershipRole, type PartnerType } from './enums';

export { MEMBERSHIP_ROLES, PARTNER_TYPES, type MembershipRole, type PartnerType };

export function roleRank(role: MembershipRole): number {
	return MEMBERSHIP_ROLES.indexOf(role) + 1;
}

export function hasAtLeastRole(role: MembershipRole | null | undefined, minimum: MembershipRole): boolean {
	return !!role && roleRank(role) >= roleRank(minimum);
}

export interface PartnerLike {
	id: string;
	type: PartnerType;
	name: string;
	active: boolean;
}

export interface PartnerGroup<T extends PartnerLike> {
	type: PartnerType;
	partners: T[];
}

/**
 * Groups partners by type in the fixed order of PARTNER_TYPES, names sorted the Dutch way within a group
 * ("Gemeente 's-Hertogenbosch" and accents sort as people expect); inactive partners last. Empty groups are left out.
 */
export function groupPartnersByType<T extends PartnerLike>(partners: readonly T[]): PartnerGroup<T>[] {
	const collator = new Intl.Collator('nl', { sensitivity: 'base', ignorePunctuation: true });
	return PARTNER_TYPES.map((type) => ({
		type,
		partners: partners
			.filter((partner) => partner.type === type)
			.sort((a, b) => Number(b.active) - Number(a.active) || collator.compare(a.name, b.name))
	})).filter((group) => group.partners.length > 0);
}

export interface RegionCounts {
	partners: number;
	gemeenten: number;
	inactive: number;
}

export function countPartners(partners: readonly PartnerLike[]): RegionCounts {
	const active = partners.filter((partner) => partner.active);
	return {
		partners: active.length,
		gemeenten: active.filter((partner) => partner.type === 'gemeente' || partner.type === 'centrumgemeente')
			.length,
		inactive: partners.length - active.length
	};
}

const DAY_MS = 24 * 60 * 60 * 1000;

export type Recency = 'today' | 'this_week' | 'this_month' | 'older' | 'never';

/** How recently a partner updated anything, in buckets that the overview colours. */
export function recencyOf(lastActivity: Date | null, now: Date): Recency {
	if (!lastActivity) return 'never';
	const startOfToday = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
	if (lastActivity.getTime() >= startOfToday) return 'today';
	const age = now.getTime() - lastActivity.getTime();
	if (age < 7 * DAY_MS) return 'this_week';
	if (age < 31 * DAY_MS) return 'this_month';
	return 'older';
}
