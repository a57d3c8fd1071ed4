import { MEMBERSHIP_ROLES, PARTNER_TYPES, type MembershipRole, type PartnerType } from './enums';

export { MEMBERSHIP_ROLES, PARTNER_TYPES, type MembershipRole, type PartnerType };

export function roleRank(role: MembershipRole): number {
	return MEMBERSHIP_ROLES.indexOf(role) + 1;
}

export function hasAtLeastRole(role: MembershipRole | null | undefined, minimum: MembershipRole): boolean {
	return !!role && roleRank(role) >= roleRank(minimum);
}

/** Gemeenten, the centrumgemeente included: the partners a council report can be about. */
export function isGemeente(partner: { type: PartnerType }): boolean {
	return partner.type === 'gemeente' || partner.type === 'centrumgemeente';
}

/** The region's gemeenten by name the Dutch way. */
export function gemeentenOf<T extends { type: PartnerType; name: string }>(partners: readonly T[]): T[] {
	return partners.filter(isGemeente).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

/** The partners a member acts for as editor or more (enters figures, consents, answers the survey). */
export function editorOrganisationIds(
	memberships: readonly { organisationId: string; role: MembershipRole }[]
): string[] {
	return memberships.filter((mm) => hasAtLeastRole(mm.role, 'editor')).map((mm) => mm.organisationId);
}

/** The partners whose details a member may edit: every partner for the coordinator, else those it edits for. */
export function editableOrganisationIds(
	isCoordinator: boolean,
	partners: readonly { id: string }[],
	memberships: readonly { organisationId: string; role: MembershipRole }[]
): string[] {
	return isCoordinator ? partners.map((p) => p.id) : editorOrganisationIds(memberships);
}

/**
 * The partner whose figures an input page shows: the one asked for when the member may edit it, else the
 * member's own partner (the first it edits for), else the first it may edit; null when it may edit none.
 */
export function partnerToEnterFor(
	editableIds: readonly string[],
	memberships: readonly { organisationId: string; role: MembershipRole }[],
	requested: string | null
): string | null {
	if (requested && editableIds.includes(requested)) return requested;
	const own = memberships.find((mm) => hasAtLeastRole(mm.role, 'editor'));
	return own && editableIds.includes(own.organisationId) ? own.organisationId : (editableIds[0] ?? null);
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
		gemeenten: active.filter(isGemeente).length,
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
