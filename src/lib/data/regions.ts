import { editableOrganisationIds, editorOrganisationIds, type MembershipRole } from '$lib/domain/partners';
import { changedFields } from '$lib/domain/audit';
import { dataError } from './errors';
import { namesWithPartners } from './profiles';
import { PARTNER_COLUMNS, toPartner, type PartnerDetail } from './partners';
import type { Supabase } from './types';

export interface RegionSummary {
	id: string;
	name: string;
	slug: string;
}

/** A partner of the region as every region screen lists it: its details and when it was last active. */
export interface Partner extends PartnerDetail {
	lastActivityAt: string | null;
}

export interface MyMembership {
	organisationId: string;
	organisationName: string;
	role: MembershipRole;
}

export interface ActivityEntry {
	id: number;
	tableName: string;
	action: 'INSERT' | 'UPDATE' | 'DELETE';
	organisationId: string | null;
	userName: string | null;
	changedFields: string[];
	createdAt: string;
}

export type RegionAccess = 'member' | 'forbidden' | 'missing';

/** The regions the signed-in user is a member of (RLS shows no others). */
export async function listMyRegions(supabase: Supabase): Promise<RegionSummary[]> {
	const { data, error } = await supabase.from('regions').select('id, name, slug').order('name');
	if (error) throw dataError('Regio’s ophalen', error);
	return data;
}

export async function regionAccess(supabase: Supabase, slug: string): Promise<RegionAccess> {
	const { data, error } = await supabase.rpc('region_access', { region_slug: slug });
	if (error) throw dataError('Toegang tot regio controleren', error);
	return data as RegionAccess;
}

const RECENT_ACTIVITY_LIMIT = 8;

export interface RegionContext {
	region: RegionSummary & {
		leadOrganisationId: string | null;
		visionStatement: string | null;
		/** The region's figures are invented for a demo: every "fictief" label reads this. */
		demoData: boolean;
		/** Share of uitzend- and detacheringsbanen counted as markt (the banenafspraak's key). */
		inleenKeyMarkt: number;
	};
	partners: Partner[];
	myMemberships: MyMembership[];
	/** The current user coordinates the region (coordinator or admin of the lead organisation). */
	isCoordinator: boolean;
	/** Partners whose figures the current user may enter. */
	editableOrganisationIds: string[];
	/**
	 * Partners the current user speaks for (consent, endorsement, survey, positions): its own memberships as
	 * editor or above, which only the partner itself grants (README, Beveiliging). Never the coordinator's reach.
	 */
	actingOrganisationIds: string[];
}

/** What every region screen needs: the region, its partners and the current user's place in it. */
export async function loadRegionContext(
	supabase: Supabase,
	slug: string,
	userId: string
): Promise<RegionContext | null> {
	const { data: region, error: regionError } = await supabase
		.from('regions')
		.select('id, name, slug, lead_organisation_id, vision_statement, demo_data, inleen_key_markt')
		.eq('slug', slug)
		.maybeSingle();
	if (regionError) throw dataError('Regio ophalen', regionError);
	if (!region) return null;

	const [organisations, activity, memberships, coordinator] = await Promise.all([
		supabase.from('organisations').select(PARTNER_COLUMNS).eq('region_id', region.id),
		supabase.from('organisation_activity').select('organisation_id, last_activity_at'),
		supabase
			.from('memberships')
			.select('organisation_id, role, organisations!inner(name, region_id)')
			.eq('user_id', userId)
			.eq('organisations.region_id', region.id),
		supabase.rpc('is_region_coordinator', { region: region.id })
	]);
	if (organisations.error) throw dataError('Partners ophalen', organisations.error);
	if (activity.error) throw dataError('Activiteit ophalen', activity.error);
	if (memberships.error) throw dataError('Lidmaatschappen ophalen', memberships.error);
	if (coordinator.error) throw dataError('Rechten controleren', coordinator.error);

	const lastActivity = new Map(
		activity.data.map((row) => [row.organisation_id, row.last_activity_at] as const)
	);
	const myMemberships: MyMembership[] = memberships.data.map((row) => ({
		organisationId: row.organisation_id,
		organisationName: row.organisations.name,
		role: row.role
	}));
	const isCoordinator = coordinator.data === true;
	const partners: Partner[] = organisations.data.map((row) => ({
		...toPartner(row),
		lastActivityAt: lastActivity.get(row.id) ?? null
	}));
	return {
		region: {
			id: region.id,
			name: region.name,
			slug: region.slug,
			leadOrganisationId: region.lead_organisation_id,
			visionStatement: region.vision_statement,
			demoData: region.demo_data,
			inleenKeyMarkt: Number(region.inleen_key_markt)
		},
		partners,
		myMemberships,
		isCoordinator,
		editableOrganisationIds: editableOrganisationIds(isCoordinator, partners, myMemberships),
		actingOrganisationIds: editorOrganisationIds(myMemberships)
	};
}

/** The overview's own data on top of the region context: recent changes. */
export async function loadRegionOverview(
	supabase: Supabase,
	regionId: string
): Promise<{ recentActivity: ActivityEntry[] }> {
	const { data, error } = await supabase
		.from('audit_log')
		.select('id, table_name, action, organisation_id, user_id, old_values, new_values, created_at')
		.eq('region_id', regionId)
		.order('created_at', { ascending: false })
		.limit(RECENT_ACTIVITY_LIMIT);
	if (error) throw dataError('Recente wijzigingen ophalen', error);
	const userNames = await namesWithPartners(
		supabase,
		regionId,
		data.map((entry) => entry.user_id).filter((id): id is string => !!id)
	);
	return {
		recentActivity: data.map((entry) => ({
			id: entry.id,
			tableName: entry.table_name,
			action: entry.action as ActivityEntry['action'],
			organisationId: entry.organisation_id,
			userName: entry.user_id ? (userNames.get(entry.user_id) ?? null) : null,
			changedFields: changedFields(entry.old_values, entry.new_values),
			createdAt: entry.created_at
		}))
	};
}
