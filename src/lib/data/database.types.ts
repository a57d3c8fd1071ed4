export type Json = string | number | boolean | null | { [key: string]: Json | undefined } | Json[];

export type Database = {
	// Allows to automatically instantiate createClient with right options
	// instead of createClient<Database, { PostgrestVersion: 'XX' }>(URL, KEY)
	__InternalSupabase: {
		PostgrestVersion: '12.0.2';
	};
	public: {
		Tables: {
			audit_log: {
				Row: {
					action: string;
					created_at: string;
					id: number;
					new_values: Json | null;
					old_values: Json | null;
					organisation_id: string | null;
					region_id: string | null;
					row_id: string;
					table_name: string;
					updated_at: string;
					user_id: string | null;
				};
				Insert: {
					action: string;
					created_at?: string;
					id?: never;
					new_values?: Json | null;
					old_values?: Json | null;
					organisation_id?: string | null;
					region_id?: string | null;
					row_id: string;
					table_name: string;
					updated_at?: string;
					user_id?: string | null;
				};
				Update: {
					action?: string;
					created_at?: string;
					id?: never;
					new_values?: Json | null;
					old_values?: Json | null;
					organisation_id?: string | null;
					region_id?: string | null;
					row_id?: string;
					table_name?: string;
					updated_at?: string;
					user_id?: string | null;
				};
				Relationships: [];
			};
			budget_commitments: {
				Row: {
					committed_amount: number;
					committed_staff_hours: number | null;
					created_at: string;
					id: string;
					note: string | null;
					organisation_id: string;
					programme_id: string;
					realised_amount: number | null;
					realised_staff_hours: number | null;
					region_id: string;
					updated_at: string;
					year: number;
				};
				Insert: {
					committed_amount: number;
					committed_staff_hours?: number | null;
					created_at?: string;
					id?: string;
					note?: string | null;
					organisation_id: string;
					programme_id: string;
					realised_amount?: number | null;
					realised_staff_hours?: number | null;
					region_id: string;
					updated_at?: string;
					year: number;
				};
				Update: {
					committed_amount?: number;
					committed_staff_hours?: number | null;
					created_at?: string;
					id?: string;
					note?: string | null;
					organisation_id?: string;
					programme_id?: string;
					realised_amount?: number | null;
					realised_staff_hours?: number | null;
					region_id?: string;
					updated_at?: string;
					year?: number;
				};
				Relationships: [
					{
						foreignKeyName: 'budget_commitments_organisation_id_fkey';
						columns: ['organisation_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id'];
					},
					{
						foreignKeyName: 'budget_commitments_programme_id_fkey';
						columns: ['programme_id'];
						isOneToOne: false;
						referencedRelation: 'programmes';
						referencedColumns: ['id'];
					},
					{
						foreignKeyName: 'budget_commitments_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
						referencedColumns: ['id'];
					}
				];
			};
			contact_participants: {
				Row: {
					contact_id: string;
					created_at: string;
					organisation_id: string;
					region_id: string;
					updated_at: string;
				};
				Insert: {
					contact_id: string;
					created_at?: string;
					organisation_id: string;
					region_id: string;
					updated_at?: string;
				};
				Update: {
					contact_id?: string;
					created_at?: string;
					organisation_id?: string;
					region_id?: string;
					updated_at?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'contact_participants_contact_id_fkey';
						columns: ['contact_id'];
						isOneToOne: false;
						referencedRelation: 'contacts';
						referencedColumns: ['id'];
					},
					{
						foreignKeyName: 'contact_participants_organisation_id_fkey';
						columns: ['organisation_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id'];
					},
					{
						foreignKeyName: 'contact_participants_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
						referencedColumns: ['id'];
					}
				];
			};
			contacts: {
				Row: {
					created_at: string;
					created_by: string | null;
					id: string;
					kind: Database['public']['Enums']['contact_kind'];
					note: string | null;
					occurred_on: string;
					recorded_by_organisation_id: string;
					region_id: string;
					source: string;
					topic: string;
					updated_at: string;
				};
				Insert: {
					created_at?: string;
					created_by?: string | null;
					id?: string;
					kind: Database['public']['Enums']['contact_kind'];
					note?: string | null;
					occurred_on: string;
					recorded_by_organisation_id: string;
					region_id: string;
					source?: string;
					topic: string;
					updated_at?: string;
				};
				Update: {
					created_at?: string;
					created_by?: string | null;
					id?: string;
					kind?: Database['public']['Enums']['contact_kind'];
					note?: string | null;
					occurred_on?: string;
					recorded_by_organisation_id?: string;
					region_id?: string;
					source?: string;
					topic?: string;
					updated_at?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'contacts_recorded_by_organisation_id_fkey';
						columns: ['recorded_by_organisation_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id'];
					},
					{
						foreignKeyName: 'contacts_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
						referencedColumns: ['id'];
					}
				];
			};
			memberships: {
				Row: {
					created_at: string;
					id: string;
					organisation_id: string;
					role: Database['public']['Enums']['membership_role'];
					updated_at: string;
					user_id: string;
				};
				Insert: {
					created_at?: string;
					id?: string;
					organisation_id: string;
					role?: Database['public']['Enums']['membership_role'];
					updated_at?: string;
					user_id: string;
				};
				Update: {
					created_at?: string;
					id?: string;
					organisation_id?: string;
					role?: Database['public']['Enums']['membership_role'];
					updated_at?: string;
					user_id?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'memberships_organisation_id_fkey';
						columns: ['organisation_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id'];
					}
				];
			};
			organisations: {
				Row: {
					active: boolean;
					cbs_code: string | null;
					contact_email: string | null;
					contact_name: string | null;
					created_at: string;
					description: string | null;
					id: string;
					name: string;
					region_id: string;
					type: Database['public']['Enums']['partner_type'];
					updated_at: string;
				};
				Insert: {
					active?: boolean;
					cbs_code?: string | null;
					contact_email?: string | null;
					contact_name?: string | null;
					created_at?: string;
					description?: string | null;
					id?: string;
					name: string;
					region_id: string;
					type: Database['public']['Enums']['partner_type'];
					updated_at?: string;
				};
				Update: {
					active?: boolean;
					cbs_code?: string | null;
					contact_email?: string | null;
					contact_name?: string | null;
					created_at?: string;
					description?: string | null;
					id?: string;
					name?: string;
					region_id?: string;
					type?: Database['public']['Enums']['partner_type'];
					updated_at?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'organisations_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
						referencedColumns: ['id'];
					}
				];
			};
			partner_positions: {
				Row: {
					created_at: string;
					created_by: string | null;
					dossier: string;
					id: string;
					interests: string | null;
					organisation_id: string;
					position: string;
					region_id: string;
					updated_at: string;
				};
				Insert: {
					created_at?: string;
					created_by?: string | null;
					dossier: string;
					id?: string;
					interests?: string | null;
					organisation_id: string;
					position: string;
					region_id: string;
					updated_at?: string;
				};
				Update: {
					created_at?: string;
					created_by?: string | null;
					dossier?: string;
					id?: string;
					interests?: string | null;
					organisation_id?: string;
					position?: string;
					region_id?: string;
					updated_at?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'partner_positions_organisation_id_fkey';
						columns: ['organisation_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id'];
					},
					{
						foreignKeyName: 'partner_positions_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
						referencedColumns: ['id'];
					}
				];
			};
			placements: {
				Row: {
					created_at: string;
					created_by: string | null;
					employer_name: string | null;
					hours_per_week: number;
					id: string;
					instrument: Database['public']['Enums']['placement_instrument'] | null;
					note: string | null;
					organisation_id: string;
					persons: number;
					quarter: number;
					region_id: string;
					sector: Database['public']['Enums']['job_sector'];
					updated_at: string;
					year: number;
				};
				Insert: {
					created_at?: string;
					created_by?: string | null;
					employer_name?: string | null;
					hours_per_week: number;
					id?: string;
					instrument?: Database['public']['Enums']['placement_instrument'] | null;
					note?: string | null;
					organisation_id: string;
					persons: number;
					quarter: number;
					region_id: string;
					sector: Database['public']['Enums']['job_sector'];
					updated_at?: string;
					year: number;
				};
				Update: {
					created_at?: string;
					created_by?: string | null;
					employer_name?: string | null;
					hours_per_week?: number;
					id?: string;
					instrument?: Database['public']['Enums']['placement_instrument'] | null;
					note?: string | null;
					organisation_id?: string;
					persons?: number;
					quarter?: number;
					region_id?: string;
					sector?: Database['public']['Enums']['job_sector'];
					updated_at?: string;
					year?: number;
				};
				Relationships: [
					{
						foreignKeyName: 'placements_organisation_id_fkey';
						columns: ['organisation_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id'];
					},
					{
						foreignKeyName: 'placements_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
						referencedColumns: ['id'];
					}
				];
			};
			profiles: {
				Row: {
					created_at: string;
					display_name: string;
					id: string;
					preferred_language: string;
					updated_at: string;
				};
				Insert: {
					created_at?: string;
					display_name?: string;
					id: string;
					preferred_language?: string;
					updated_at?: string;
				};
				Update: {
					created_at?: string;
					display_name?: string;
					id?: string;
					preferred_language?: string;
					updated_at?: string;
				};
				Relationships: [];
			};
			programmes: {
				Row: {
					active: boolean;
					created_at: string;
					description: string | null;
					id: string;
					name: string;
					region_id: string;
					updated_at: string;
				};
				Insert: {
					active?: boolean;
					created_at?: string;
					description?: string | null;
					id?: string;
					name: string;
					region_id: string;
					updated_at?: string;
				};
				Update: {
					active?: boolean;
					created_at?: string;
					description?: string | null;
					id?: string;
					name?: string;
					region_id?: string;
					updated_at?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'programmes_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
						referencedColumns: ['id'];
					}
				];
			};
			regional_targets: {
				Row: {
					baseline_jobs: number;
					created_at: string;
					id: string;
					region_id: string;
					sector: Database['public']['Enums']['job_sector'];
					target_jobs: number;
					updated_at: string;
					year: number;
				};
				Insert: {
					baseline_jobs?: number;
					created_at?: string;
					id?: string;
					region_id: string;
					sector: Database['public']['Enums']['job_sector'];
					target_jobs: number;
					updated_at?: string;
					year: number;
				};
				Update: {
					baseline_jobs?: number;
					created_at?: string;
					id?: string;
					region_id?: string;
					sector?: Database['public']['Enums']['job_sector'];
					target_jobs?: number;
					updated_at?: string;
					year?: number;
				};
				Relationships: [
					{
						foreignKeyName: 'regional_targets_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
						referencedColumns: ['id'];
					}
				];
			};
			regions: {
				Row: {
					created_at: string;
					id: string;
					lead_organisation_id: string | null;
					name: string;
					slug: string;
					updated_at: string;
					vision_statement: string | null;
				};
				Insert: {
					created_at?: string;
					id?: string;
					lead_organisation_id?: string | null;
					name: string;
					slug: string;
					updated_at?: string;
					vision_statement?: string | null;
				};
				Update: {
					created_at?: string;
					id?: string;
					lead_organisation_id?: string | null;
					name?: string;
					slug?: string;
					updated_at?: string;
					vision_statement?: string | null;
				};
				Relationships: [
					{
						foreignKeyName: 'regions_lead_organisation_fk';
						columns: ['lead_organisation_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id'];
					}
				];
			};
			survey_responses: {
				Row: {
					contact_frequency: Database['public']['Enums']['contact_frequency'];
					created_at: string;
					id: string;
					rated_organisation_id: string;
					region_id: string;
					respondent_organisation_id: string;
					round_id: string;
					trust_mission: number;
					trust_openness: number;
					trust_reliability: number;
					updated_at: string;
					value_involvement: number;
					value_power: number;
					value_resources: number;
				};
				Insert: {
					contact_frequency: Database['public']['Enums']['contact_frequency'];
					created_at?: string;
					id?: string;
					rated_organisation_id: string;
					region_id: string;
					respondent_organisation_id: string;
					round_id: string;
					trust_mission: number;
					trust_openness: number;
					trust_reliability: number;
					updated_at?: string;
					value_involvement: number;
					value_power: number;
					value_resources: number;
				};
				Update: {
					contact_frequency?: Database['public']['Enums']['contact_frequency'];
					created_at?: string;
					id?: string;
					rated_organisation_id?: string;
					region_id?: string;
					respondent_organisation_id?: string;
					round_id?: string;
					trust_mission?: number;
					trust_openness?: number;
					trust_reliability?: number;
					updated_at?: string;
					value_involvement?: number;
					value_power?: number;
					value_resources?: number;
				};
				Relationships: [
					{
						foreignKeyName: 'survey_responses_rated_organisation_id_fkey';
						columns: ['rated_organisation_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id'];
					},
					{
						foreignKeyName: 'survey_responses_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
						referencedColumns: ['id'];
					},
					{
						foreignKeyName: 'survey_responses_respondent_organisation_id_fkey';
						columns: ['respondent_organisation_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id'];
					},
					{
						foreignKeyName: 'survey_responses_round_id_fkey';
						columns: ['round_id'];
						isOneToOne: false;
						referencedRelation: 'survey_rounds';
						referencedColumns: ['id'];
					}
				];
			};
			survey_rounds: {
				Row: {
					closed_at: string | null;
					created_at: string;
					id: string;
					min_respondents: number;
					opened_at: string;
					region_id: string;
					status: Database['public']['Enums']['survey_status'];
					title: string;
					updated_at: string;
				};
				Insert: {
					closed_at?: string | null;
					created_at?: string;
					id?: string;
					min_respondents?: number;
					opened_at?: string;
					region_id: string;
					status?: Database['public']['Enums']['survey_status'];
					title: string;
					updated_at?: string;
				};
				Update: {
					closed_at?: string | null;
					created_at?: string;
					id?: string;
					min_respondents?: number;
					opened_at?: string;
					region_id?: string;
					status?: Database['public']['Enums']['survey_status'];
					title?: string;
					updated_at?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'survey_rounds_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
						referencedColumns: ['id'];
					}
				];
			};
		};
		Views: {
			organisation_activity: {
				Row: {
					change_count: number | null;
					last_activity_at: string | null;
					organisation_id: string | null;
				};
				Relationships: [];
			};
		};
		Functions: {
			can_edit_contact: { Args: { contact: string }; Returns: boolean };
			can_edit_organisation: { Args: { organisation: string }; Returns: boolean };
			has_organisation_role: {
				Args: { minimum: Database['public']['Enums']['membership_role']; organisation: string };
				Returns: boolean;
			};
			is_region_admin: { Args: { region: string }; Returns: boolean };
			is_region_coordinator: { Args: { region: string }; Returns: boolean };
			is_region_member: { Args: { region: string }; Returns: boolean };
			is_survey_round_open: { Args: { round: string }; Returns: boolean };
			region_access: { Args: { region_slug: string }; Returns: string };
			region_of_organisation: { Args: { organisation: string }; Returns: string };
			role_rank: { Args: { role: Database['public']['Enums']['membership_role'] }; Returns: number };
			service_status: { Args: never; Returns: Json };
			shares_region_with: { Args: { other_user: string }; Returns: boolean };
			survey_round_relations: {
				Args: { round: string };
				Returns: {
					organisation_a: string;
					organisation_b: string;
					reported_by: number;
				}[];
			};
			survey_round_results: {
				Args: { round: string };
				Returns: {
					organisation_id: string;
					respondents: number;
					trust: number;
					trust_mission: number;
					trust_openness: number;
					trust_reliability: number;
					value: number;
					value_involvement: number;
					value_power: number;
					value_resources: number;
				}[];
			};
			survey_round_summary: {
				Args: { round: string };
				Returns: {
					answers: number;
					min_respondents: number;
					respondents: number;
					trust: number;
					value: number;
				}[];
			};
		};
		Enums: {
			contact_frequency: 'nooit' | 'jaarlijks' | 'kwartaal' | 'maandelijks' | 'wekelijks';
			contact_kind: 'overleg' | 'workshop' | 'gezamenlijk_project' | 'casusoverleg' | 'conferentie';
			job_sector: 'markt' | 'overheid';
			membership_role: 'viewer' | 'editor' | 'coordinator' | 'admin';
			partner_type:
				| 'centrumgemeente'
				| 'gemeente'
				| 'uwv'
				| 'werkgeversorganisatie'
				| 'werknemersorganisatie'
				| 'sw_bedrijf'
				| 'onderwijs'
				| 'overig';
			placement_instrument:
				'loonkostensubsidie' | 'jobcoaching' | 'no_risk_polis' | 'detachering' | 'beschut_werk' | 'overig';
			survey_status: 'open' | 'closed';
		};
		CompositeTypes: {
			[_ in never]: never;
		};
	};
};

type DatabaseWithoutInternals = Omit<Database, '__InternalSupabase'>;

type DefaultSchema = DatabaseWithoutInternals[Extract<keyof Database, 'public'>];

export type Tables<
	DefaultSchemaTableNameOrOptions extends
		keyof (DefaultSchema['Tables'] & DefaultSchema['Views']) | { schema: keyof DatabaseWithoutInternals },
	TableName extends (DefaultSchemaTableNameOrOptions extends {
		schema: keyof DatabaseWithoutInternals;
	}
		? keyof (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables'] &
				DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Views'])
		: never) = never
> = DefaultSchemaTableNameOrOptions extends {
	schema: keyof DatabaseWithoutInternals;
}
	? (DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables'] &
			DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Views'])[TableName] extends {
			Row: infer R;
		}
		? R
		: never
	: DefaultSchemaTableNameOrOptions extends keyof (DefaultSchema['Tables'] & DefaultSchema['Views'])
		? (DefaultSchema['Tables'] & DefaultSchema['Views'])[DefaultSchemaTableNameOrOptions] extends {
				Row: infer R;
			}
			? R
			: never
		: never;

export type TablesInsert<
	DefaultSchemaTableNameOrOptions extends
		keyof DefaultSchema['Tables'] | { schema: keyof DatabaseWithoutInternals },
	TableName extends (DefaultSchemaTableNameOrOptions extends {
		schema: keyof DatabaseWithoutInternals;
	}
		? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables']
		: never) = never
> = DefaultSchemaTableNameOrOptions extends {
	schema: keyof DatabaseWithoutInternals;
}
	? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables'][TableName] extends {
			Insert: infer I;
		}
		? I
		: never
	: DefaultSchemaTableNameOrOptions extends keyof DefaultSchema['Tables']
		? DefaultSchema['Tables'][DefaultSchemaTableNameOrOptions] extends {
				Insert: infer I;
			}
			? I
			: never
		: never;

export type TablesUpdate<
	DefaultSchemaTableNameOrOptions extends
		keyof DefaultSchema['Tables'] | { schema: keyof DatabaseWithoutInternals },
	TableName extends (DefaultSchemaTableNameOrOptions extends {
		schema: keyof DatabaseWithoutInternals;
	}
		? keyof DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables']
		: never) = never
> = DefaultSchemaTableNameOrOptions extends {
	schema: keyof DatabaseWithoutInternals;
}
	? DatabaseWithoutInternals[DefaultSchemaTableNameOrOptions['schema']]['Tables'][TableName] extends {
			Update: infer U;
		}
		? U
		: never
	: DefaultSchemaTableNameOrOptions extends keyof DefaultSchema['Tables']
		? DefaultSchema['Tables'][DefaultSchemaTableNameOrOptions] extends {
				Update: infer U;
			}
			? U
			: never
		: never;

export type Enums<
	DefaultSchemaEnumNameOrOptions extends
		keyof DefaultSchema['Enums'] | { schema: keyof DatabaseWithoutInternals },
	EnumName extends (DefaultSchemaEnumNameOrOptions extends {
		schema: keyof DatabaseWithoutInternals;
	}
		? keyof DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions['schema']]['Enums']
		: never) = never
> = DefaultSchemaEnumNameOrOptions extends {
	schema: keyof DatabaseWithoutInternals;
}
	? DatabaseWithoutInternals[DefaultSchemaEnumNameOrOptions['schema']]['Enums'][EnumName]
	: DefaultSchemaEnumNameOrOptions extends keyof DefaultSchema['Enums']
		? DefaultSchema['Enums'][DefaultSchemaEnumNameOrOptions]
		: never;

export type CompositeTypes<
	PublicCompositeTypeNameOrOptions extends
		keyof DefaultSchema['CompositeTypes'] | { schema: keyof DatabaseWithoutInternals },
	CompositeTypeName extends (PublicCompositeTypeNameOrOptions extends {
		schema: keyof DatabaseWithoutInternals;
	}
		? keyof DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions['schema']]['CompositeTypes']
		: never) = never
> = PublicCompositeTypeNameOrOptions extends {
	schema: keyof DatabaseWithoutInternals;
}
	? DatabaseWithoutInternals[PublicCompositeTypeNameOrOptions['schema']]['CompositeTypes'][CompositeTypeName]
	: PublicCompositeTypeNameOrOptions extends keyof DefaultSchema['CompositeTypes']
		? DefaultSchema['CompositeTypes'][PublicCompositeTypeNameOrOptions]
		: never;

export const Constants = {
	public: {
		Enums: {
			contact_frequency: ['nooit', 'jaarlijks', 'kwartaal', 'maandelijks', 'wekelijks'],
			contact_kind: ['overleg', 'workshop', 'gezamenlijk_project', 'casusoverleg', 'conferentie'],
			job_sector: ['markt', 'overheid'],
			membership_role: ['viewer', 'editor', 'coordinator', 'admin'],
			partner_type: [
				'centrumgemeente',
				'gemeente',
				'uwv',
				'werkgeversorganisatie',
				'werknemersorganisatie',
				'sw_bedrijf',
				'onderwijs',
				'overig'
			],
			placement_instrument: [
				'loonkostensubsidie',
				'jobcoaching',
				'no_risk_polis',
				'detachering',
				'beschut_werk',
				'overig'
			],
			survey_status: ['open', 'closed']
		}
	}
} as const;
