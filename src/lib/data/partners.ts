import { dataError, type WriteResult } from './errors';
import { staleOrForbidden, versioned } from './writes';
import type { Supabase } from './types';
import type { PartnerType } from '$lib/domain/partners';

export interface PartnerDetail {
	id: string;
	regionId: string;
	type: PartnerType;
	name: string;
	cbsCode: string | null;
	active: boolean;
	contactName: string | null;
	contactEmail: string | null;
	description: string | null;
	updatedAt: string;
}

export interface PartnerContact {
	contactName: string | null;
	contactEmail: string | null;
	description: string | null;
}

/** The columns every partner read selects, mapped by `toPartner`. */
export const PARTNER_COLUMNS =
	'id, region_id, type, name, cbs_code, active, contact_name, contact_email, description, updated_at';

type PartnerRow = {
	id: string;
	region_id: string;
	type: PartnerType;
	name: string;
	cbs_code: string | null;
	active: boolean;
	contact_name: string | null;
	contact_email: string | null;
	description: string | null;
	updated_at: string;
};

export function toPartner(row: PartnerRow): PartnerDetail {
	return {
		id: row.id,
		regionId: row.region_id,
		type: row.type,
		name: row.name,
		cbsCode: row.cbs_code,
		active: row.active,
		contactName: row.contact_name,
		contactEmail: row.contact_email,
		description: row.description,
		updatedAt: row.updated_at
	};
}

export async function loadPartner(supabase: Supabase, regionId: string, id: string) {
	const [partner, canEdit] = await Promise.all([
		supabase
			.from('organisations')
			.select(PARTNER_COLUMNS)
			.eq('id', id)
			.eq('region_id', regionId)
			.maybeSingle(),
		supabase.rpc('can_edit_organisation', { organisation: id })
	]);
	if (partner.error) throw dataError('Partner ophalen', partner.error);
	if (canEdit.error) throw dataError('Rechten controleren', canEdit.error);
	return partner.data ? { partner: toPartner(partner.data), canEdit: canEdit.data === true } : null;
}

/** Saved (the partner as stored), or refused; 'conflict' with the partner as it is now. */
export type SaveResult = WriteResult<PartnerDetail, PartnerDetail>;

/**
 * Saves contact details only if nobody changed the partner since `expectedVersion` (its updated_at):
 * two editors saving at once never silently overwrite each other.
 */
export async function savePartnerContact(
	supabase: Supabase,
	id: string,
	expectedVersion: string,
	contact: PartnerContact
): Promise<SaveResult> {
	return versioned(
		'Partner opslaan',
		supabase
			.from('organisations')
			.update({
				contact_name: contact.contactName,
				contact_email: contact.contactEmail,
				description: contact.description
			})
			.eq('id', id)
			.eq('updated_at', expectedVersion)
			.select(PARTNER_COLUMNS),
		toPartner,
		() =>
			staleOrForbidden(
				'Partner ophalen',
				supabase.from('organisations').select(PARTNER_COLUMNS).eq('id', id).maybeSingle(),
				expectedVersion,
				toPartner,
				'missing'
			)
	);
}
