import { m } from '$lib/paraglide/messages';
import type { MembershipRole, PartnerType } from '$lib/domain/partners';
import type { Sector, StandingPart } from '$lib/domain/banenafspraak';
import type { Dienstverband, Instrument, Klantgroep } from '$lib/domain/enums';
import { labelsOf } from '$lib/message-labels';

export const partnerTypeLabel = labelsOf<PartnerType>({
	centrumgemeente: m.partner_type_centrumgemeente,
	gemeente: m.partner_type_gemeente,
	uwv: m.partner_type_uwv,
	werkgeversorganisatie: m.partner_type_werkgeversorganisatie,
	werknemersorganisatie: m.partner_type_werknemersorganisatie,
	sw_bedrijf: m.partner_type_sw_bedrijf,
	onderwijs: m.partner_type_onderwijs,
	overig: m.partner_type_overig
});

export const roleLabel = labelsOf<MembershipRole>({
	viewer: m.role_viewer,
	editor: m.role_editor,
	coordinator: m.role_coordinator,
	admin: m.role_admin
});

export function tableLabel(table: string): string {
	const labels: Record<string, () => string> = {
		regions: m.table_regions,
		organisations: m.table_organisations,
		memberships: m.table_memberships,
		profiles: m.table_profiles,
		placements: m.table_placements,
		placement_reports: m.table_placement_reports,
		official_standings: m.table_official_standings,
		context_figures: m.table_context_figures,
		regional_targets: m.table_regional_targets,
		programmes: m.table_programmes,
		budget_commitments: m.table_budget_commitments,
		goals: m.table_goals,
		goal_milestones: m.table_goal_milestones,
		goal_contributions: m.table_goal_contributions,
		goal_versions: m.table_goal_versions,
		goal_consents: m.table_goal_consents,
		goal_actuals: m.table_goal_actuals,
		vision_endorsements: m.table_vision_endorsements,
		report_versions: m.table_report_versions,
		contacts: m.table_contacts,
		survey_rounds: m.table_survey_rounds,
		partner_positions: m.table_partner_positions
	};
	return (labels[table] ?? m.table_other)();
}

export function fieldLabel(field: string): string {
	const labels: Record<string, () => string> = {
		contact_name: m.field_contact_name,
		contact_email: m.field_contact_email,
		description: m.field_description,
		name: m.field_name,
		type: m.field_type,
		active: m.field_active,
		cbs_code: m.field_cbs_code,
		vision_statement: m.field_vision_statement,
		lead_organisation_id: m.field_lead_organisation_id,
		role: m.field_role,
		title: m.field_goal_title,
		status: m.field_goal_status,
		version: m.field_goal_version,
		target_value: m.goals_field_target_value,
		target_date: m.goals_field_target_date,
		indicator: m.goals_field_indicator,
		unit: m.goals_field_unit,
		toezichthouder_id: m.goals_field_toezichthouder,
		state: m.field_goal_state,
		decided_at: m.field_goal_decided_at,
		snapshot: m.field_goal_snapshot,
		agreed_at: m.field_goal_agreed_at,
		value: m.field_goal_value
	};
	return labels[field]?.() ?? field;
}

/** A sector; null is a plaatsing through uitzend or detachering whose sector is not known. */
export function sectorLabel(sector: Sector | null): string {
	return sector === 'markt'
		? m.ba_sector_markt()
		: sector === 'overheid'
			? m.ba_sector_overheid()
			: m.bn_sector_unknown();
}

/** A part of the banenafspraak's standing: the total or a sector. */
export function partLabel(part: StandingPart): string {
	return part === 'totaal' ? m.bn_part_totaal() : sectorLabel(part);
}

export const klantgroepLabel = labelsOf<Klantgroep>({
	gemeente: m.bn_klantgroep_gemeente,
	uwv: m.bn_klantgroep_uwv
});

export const dienstverbandLabel = labelsOf<Dienstverband>({
	regulier: m.bn_dienstverband_regulier,
	uitzend: m.bn_dienstverband_uitzend,
	detachering: m.bn_dienstverband_detachering
});

export const instrumentLabel = labelsOf<Instrument>({
	loonkostensubsidie: m.instrument_loonkostensubsidie,
	jobcoaching: m.instrument_jobcoaching,
	no_risk_polis: m.instrument_no_risk_polis,
	detachering: m.instrument_detachering,
	beschut_werk: m.instrument_beschut_werk,
	overig: m.instrument_overig
});
