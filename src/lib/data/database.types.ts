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
					visible_to: string;
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
					visible_to?: string;
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
					visible_to?: string;
				};
				Relationships: [];
			};
			budget_agreements: {
				Row: {
					created_at: string;
					decision_date: string | null;
					decision_level: Database['public']['Enums']['budget_decision_level'] | null;
					decision_reference: string | null;
					end_year: number;
					id: string;
					implicit: boolean;
					note: string | null;
					organisation_id: string;
					programme_id: string;
					region_id: string;
					start_year: number;
					status: Database['public']['Enums']['budget_agreement_status'];
					updated_at: string;
				};
				Insert: {
					created_at?: string;
					decision_date?: string | null;
					decision_level?: Database['public']['Enums']['budget_decision_level'] | null;
					decision_reference?: string | null;
					end_year: number;
					id?: string;
					implicit?: boolean;
					note?: string | null;
					organisation_id: string;
					programme_id: string;
					region_id: string;
					start_year: number;
					status?: Database['public']['Enums']['budget_agreement_status'];
					updated_at?: string;
				};
				Update: {
					created_at?: string;
					decision_date?: string | null;
					decision_level?: Database['public']['Enums']['budget_decision_level'] | null;
					decision_reference?: string | null;
					end_year?: number;
					id?: string;
					implicit?: boolean;
					note?: string | null;
					organisation_id?: string;
					programme_id?: string;
					region_id?: string;
					start_year?: number;
					status?: Database['public']['Enums']['budget_agreement_status'];
					updated_at?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'budget_agreements_organisation_id_region_fk';
						columns: ['organisation_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'budget_agreements_programme_id_region_fk';
						columns: ['programme_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'programmes';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'budget_agreements_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
						referencedColumns: ['id'];
					}
				];
			};
			budget_commitments: {
				Row: {
					agreement_id: string;
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
					agreement_id: string;
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
					agreement_id?: string;
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
						foreignKeyName: 'budget_commitments_agreement_region_fk';
						columns: ['agreement_id', 'programme_id', 'organisation_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'budget_agreements';
						referencedColumns: ['id', 'programme_id', 'organisation_id', 'region_id'];
					},
					{
						foreignKeyName: 'budget_commitments_organisation_id_region_fk';
						columns: ['organisation_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'budget_commitments_programme_id_region_fk';
						columns: ['programme_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'programmes';
						referencedColumns: ['id', 'region_id'];
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
						foreignKeyName: 'contact_participants_contact_id_region_fk';
						columns: ['contact_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'contacts';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'contact_participants_organisation_id_region_fk';
						columns: ['organisation_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id', 'region_id'];
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
					meeting_id: string | null;
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
					meeting_id?: string | null;
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
					meeting_id?: string | null;
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
						foreignKeyName: 'contacts_meeting_id_region_fk';
						columns: ['meeting_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'meetings';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'contacts_recorded_by_organisation_id_region_fk';
						columns: ['recorded_by_organisation_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id', 'region_id'];
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
			context_figures: {
				Row: {
					created_at: string;
					gemeente: string;
					id: string;
					import_id: string | null;
					indicator: string;
					period_end: string;
					period_label: string;
					period_start: string;
					region_id: string;
					source: string;
					source_ref: string | null;
					status: string;
					unit: string;
					updated_at: string;
					value: number;
				};
				Insert: {
					created_at?: string;
					gemeente: string;
					id?: string;
					import_id?: string | null;
					indicator?: string;
					period_end: string;
					period_label: string;
					period_start: string;
					region_id: string;
					source: string;
					source_ref?: string | null;
					status?: string;
					unit?: string;
					updated_at?: string;
					value: number;
				};
				Update: {
					created_at?: string;
					gemeente?: string;
					id?: string;
					import_id?: string | null;
					indicator?: string;
					period_end?: string;
					period_label?: string;
					period_start?: string;
					region_id?: string;
					source?: string;
					source_ref?: string | null;
					status?: string;
					unit?: string;
					updated_at?: string;
					value?: number;
				};
				Relationships: [
					{
						foreignKeyName: 'context_figures_gemeente_fkey';
						columns: ['gemeente'];
						isOneToOne: false;
						referencedRelation: 'gemeenten';
						referencedColumns: ['code'];
					},
					{
						foreignKeyName: 'context_figures_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
						referencedColumns: ['id'];
					}
				];
			};
			gemeenten: {
				Row: {
					arbeidsmarktregio: string | null;
					code: string;
					created_at: string;
					merged_into: string | null;
					name: string;
					updated_at: string;
					valid_from: string | null;
					valid_to: string | null;
				};
				Insert: {
					arbeidsmarktregio?: string | null;
					code: string;
					created_at?: string;
					merged_into?: string | null;
					name: string;
					updated_at?: string;
					valid_from?: string | null;
					valid_to?: string | null;
				};
				Update: {
					arbeidsmarktregio?: string | null;
					code?: string;
					created_at?: string;
					merged_into?: string | null;
					name?: string;
					updated_at?: string;
					valid_from?: string | null;
					valid_to?: string | null;
				};
				Relationships: [
					{
						foreignKeyName: 'gemeenten_merged_into_fkey';
						columns: ['merged_into'];
						isOneToOne: false;
						referencedRelation: 'gemeenten';
						referencedColumns: ['code'];
					}
				];
			};
			goal_actuals: {
				Row: {
					created_at: string;
					created_by: string | null;
					goal_id: string;
					id: string;
					note: string | null;
					period_date: string;
					region_id: string;
					updated_at: string;
					value: number;
				};
				Insert: {
					created_at?: string;
					created_by?: string | null;
					goal_id: string;
					id?: string;
					note?: string | null;
					period_date: string;
					region_id: string;
					updated_at?: string;
					value: number;
				};
				Update: {
					created_at?: string;
					created_by?: string | null;
					goal_id?: string;
					id?: string;
					note?: string | null;
					period_date?: string;
					region_id?: string;
					updated_at?: string;
					value?: number;
				};
				Relationships: [
					{
						foreignKeyName: 'goal_actuals_goal_id_region_fk';
						columns: ['goal_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'goals';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'goal_actuals_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
						referencedColumns: ['id'];
					}
				];
			};
			goal_consents: {
				Row: {
					acting_as: string | null;
					acting_role: Database['public']['Enums']['membership_role'] | null;
					consented_by: string | null;
					created_at: string;
					decision_date: string | null;
					decision_reference: string | null;
					goal_id: string;
					id: string;
					mandate_level: Database['public']['Enums']['mandate_level'] | null;
					organisation_id: string;
					ratify_before: string | null;
					region_id: string;
					updated_at: string;
					version_id: string;
				};
				Insert: {
					acting_as?: string | null;
					acting_role?: Database['public']['Enums']['membership_role'] | null;
					consented_by?: string | null;
					created_at?: string;
					decision_date?: string | null;
					decision_reference?: string | null;
					goal_id: string;
					id?: string;
					mandate_level?: Database['public']['Enums']['mandate_level'] | null;
					organisation_id: string;
					ratify_before?: string | null;
					region_id: string;
					updated_at?: string;
					version_id: string;
				};
				Update: {
					acting_as?: string | null;
					acting_role?: Database['public']['Enums']['membership_role'] | null;
					consented_by?: string | null;
					created_at?: string;
					decision_date?: string | null;
					decision_reference?: string | null;
					goal_id?: string;
					id?: string;
					mandate_level?: Database['public']['Enums']['mandate_level'] | null;
					organisation_id?: string;
					ratify_before?: string | null;
					region_id?: string;
					updated_at?: string;
					version_id?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'goal_consents_goal_id_region_fk';
						columns: ['goal_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'goals';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'goal_consents_organisation_id_region_fk';
						columns: ['organisation_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'goal_consents_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
						referencedColumns: ['id'];
					},
					{
						foreignKeyName: 'goal_consents_version_id_region_fk';
						columns: ['version_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'goal_versions';
						referencedColumns: ['id', 'region_id'];
					}
				];
			};
			goal_contributions: {
				Row: {
					commitment_text: string | null;
					commitment_value: number | null;
					created_at: string;
					goal_id: string;
					id: string;
					organisation_id: string;
					region_id: string;
					updated_at: string;
				};
				Insert: {
					commitment_text?: string | null;
					commitment_value?: number | null;
					created_at?: string;
					goal_id: string;
					id?: string;
					organisation_id: string;
					region_id: string;
					updated_at?: string;
				};
				Update: {
					commitment_text?: string | null;
					commitment_value?: number | null;
					created_at?: string;
					goal_id?: string;
					id?: string;
					organisation_id?: string;
					region_id?: string;
					updated_at?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'goal_contributions_goal_id_region_fk';
						columns: ['goal_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'goals';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'goal_contributions_organisation_id_region_fk';
						columns: ['organisation_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'goal_contributions_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
						referencedColumns: ['id'];
					}
				];
			};
			goal_milestones: {
				Row: {
					created_at: string;
					due_date: string;
					goal_id: string;
					id: string;
					region_id: string;
					target_value: number;
					updated_at: string;
				};
				Insert: {
					created_at?: string;
					due_date: string;
					goal_id: string;
					id?: string;
					region_id: string;
					target_value: number;
					updated_at?: string;
				};
				Update: {
					created_at?: string;
					due_date?: string;
					goal_id?: string;
					id?: string;
					region_id?: string;
					target_value?: number;
					updated_at?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'goal_milestones_goal_id_region_fk';
						columns: ['goal_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'goals';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'goal_milestones_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
						referencedColumns: ['id'];
					}
				];
			};
			goal_verdicts: {
				Row: {
					acting_as: string | null;
					acting_role: Database['public']['Enums']['membership_role'] | null;
					created_at: string;
					decision_date: string | null;
					decision_reference: string | null;
					explanation: string;
					goal_id: string;
					id: string;
					mandate_level: Database['public']['Enums']['mandate_level'];
					organisation_id: string;
					ratify_before: string | null;
					realisation: number;
					recorded_by: string | null;
					region_id: string;
					updated_at: string;
					verdict: Database['public']['Enums']['goal_verdict'];
					verdict_date: string;
				};
				Insert: {
					acting_as?: string | null;
					acting_role?: Database['public']['Enums']['membership_role'] | null;
					created_at?: string;
					decision_date?: string | null;
					decision_reference?: string | null;
					explanation: string;
					goal_id: string;
					id?: string;
					mandate_level: Database['public']['Enums']['mandate_level'];
					organisation_id: string;
					ratify_before?: string | null;
					realisation: number;
					recorded_by?: string | null;
					region_id: string;
					updated_at?: string;
					verdict: Database['public']['Enums']['goal_verdict'];
					verdict_date: string;
				};
				Update: {
					acting_as?: string | null;
					acting_role?: Database['public']['Enums']['membership_role'] | null;
					created_at?: string;
					decision_date?: string | null;
					decision_reference?: string | null;
					explanation?: string;
					goal_id?: string;
					id?: string;
					mandate_level?: Database['public']['Enums']['mandate_level'];
					organisation_id?: string;
					ratify_before?: string | null;
					realisation?: number;
					recorded_by?: string | null;
					region_id?: string;
					updated_at?: string;
					verdict?: Database['public']['Enums']['goal_verdict'];
					verdict_date?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'goal_verdicts_goal_id_region_fk';
						columns: ['goal_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'goals';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'goal_verdicts_organisation_id_region_fk';
						columns: ['organisation_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'goal_verdicts_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
						referencedColumns: ['id'];
					}
				];
			};
			goal_versions: {
				Row: {
					changes: Json | null;
					created_at: string;
					decided_at: string | null;
					goal_id: string;
					id: string;
					kind: Database['public']['Enums']['goal_version_kind'];
					proposed_by: string | null;
					reason: string | null;
					region_id: string;
					snapshot: Json;
					state: Database['public']['Enums']['goal_version_state'];
					updated_at: string;
					version: number;
				};
				Insert: {
					changes?: Json | null;
					created_at?: string;
					decided_at?: string | null;
					goal_id: string;
					id?: string;
					kind: Database['public']['Enums']['goal_version_kind'];
					proposed_by?: string | null;
					reason?: string | null;
					region_id: string;
					snapshot: Json;
					state?: Database['public']['Enums']['goal_version_state'];
					updated_at?: string;
					version: number;
				};
				Update: {
					changes?: Json | null;
					created_at?: string;
					decided_at?: string | null;
					goal_id?: string;
					id?: string;
					kind?: Database['public']['Enums']['goal_version_kind'];
					proposed_by?: string | null;
					reason?: string | null;
					region_id?: string;
					snapshot?: Json;
					state?: Database['public']['Enums']['goal_version_state'];
					updated_at?: string;
					version?: number;
				};
				Relationships: [
					{
						foreignKeyName: 'goal_versions_goal_id_region_fk';
						columns: ['goal_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'goals';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'goal_versions_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
						referencedColumns: ['id'];
					}
				];
			};
			goals: {
				Row: {
					agreed_at: string | null;
					baseline_date: string;
					baseline_value: number;
					closed_at: string | null;
					created_at: string;
					created_by: string | null;
					description: string | null;
					id: string;
					indicator: string;
					predecessor_id: string | null;
					region_id: string;
					source: Database['public']['Enums']['goal_source'];
					source_programme_id: string | null;
					source_sector: Database['public']['Enums']['job_sector'] | null;
					status: Database['public']['Enums']['goal_status'];
					target_date: string;
					target_value: number;
					title: string;
					toezichthouder_id: string | null;
					unit: string;
					updated_at: string;
					version: number;
				};
				Insert: {
					agreed_at?: string | null;
					baseline_date: string;
					baseline_value: number;
					closed_at?: string | null;
					created_at?: string;
					created_by?: string | null;
					description?: string | null;
					id?: string;
					indicator: string;
					predecessor_id?: string | null;
					region_id: string;
					source?: Database['public']['Enums']['goal_source'];
					source_programme_id?: string | null;
					source_sector?: Database['public']['Enums']['job_sector'] | null;
					status?: Database['public']['Enums']['goal_status'];
					target_date: string;
					target_value: number;
					title: string;
					toezichthouder_id?: string | null;
					unit: string;
					updated_at?: string;
					version?: number;
				};
				Update: {
					agreed_at?: string | null;
					baseline_date?: string;
					baseline_value?: number;
					closed_at?: string | null;
					created_at?: string;
					created_by?: string | null;
					description?: string | null;
					id?: string;
					indicator?: string;
					predecessor_id?: string | null;
					region_id?: string;
					source?: Database['public']['Enums']['goal_source'];
					source_programme_id?: string | null;
					source_sector?: Database['public']['Enums']['job_sector'] | null;
					status?: Database['public']['Enums']['goal_status'];
					target_date?: string;
					target_value?: number;
					title?: string;
					toezichthouder_id?: string | null;
					unit?: string;
					updated_at?: string;
					version?: number;
				};
				Relationships: [
					{
						foreignKeyName: 'goals_predecessor_id_region_fk';
						columns: ['predecessor_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'goals';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'goals_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
						referencedColumns: ['id'];
					},
					{
						foreignKeyName: 'goals_source_programme_id_region_fk';
						columns: ['source_programme_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'programmes';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'goals_toezichthouder_id_region_fk';
						columns: ['toezichthouder_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id', 'region_id'];
					}
				];
			};
			meeting_actions: {
				Row: {
					agenda_item_id: string;
					created_at: string;
					created_by: string | null;
					description: string;
					due_date: string;
					id: string;
					meeting_id: string;
					owner_organisation_id: string;
					region_id: string;
					status: string;
					updated_at: string;
				};
				Insert: {
					agenda_item_id: string;
					created_at?: string;
					created_by?: string | null;
					description: string;
					due_date: string;
					id?: string;
					meeting_id: string;
					owner_organisation_id: string;
					region_id: string;
					status?: string;
					updated_at?: string;
				};
				Update: {
					agenda_item_id?: string;
					created_at?: string;
					created_by?: string | null;
					description?: string;
					due_date?: string;
					id?: string;
					meeting_id?: string;
					owner_organisation_id?: string;
					region_id?: string;
					status?: string;
					updated_at?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'meeting_actions_agenda_item_id_region_fk';
						columns: ['agenda_item_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'meeting_agenda_items';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'meeting_actions_meeting_id_region_fk';
						columns: ['meeting_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'meetings';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'meeting_actions_owner_organisation_id_region_fk';
						columns: ['owner_organisation_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'meeting_actions_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
						referencedColumns: ['id'];
					}
				];
			};
			meeting_agenda_items: {
				Row: {
					carried_action_id: string | null;
					created_at: string;
					id: string;
					link_kind: string;
					link_target: string | null;
					meeting_id: string;
					position: number;
					region_id: string;
					title: string;
					updated_at: string;
				};
				Insert: {
					carried_action_id?: string | null;
					created_at?: string;
					id?: string;
					link_kind?: string;
					link_target?: string | null;
					meeting_id: string;
					position: number;
					region_id: string;
					title: string;
					updated_at?: string;
				};
				Update: {
					carried_action_id?: string | null;
					created_at?: string;
					id?: string;
					link_kind?: string;
					link_target?: string | null;
					meeting_id?: string;
					position?: number;
					region_id?: string;
					title?: string;
					updated_at?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'meeting_agenda_items_carried_action_region_fk';
						columns: ['carried_action_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'meeting_actions';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'meeting_agenda_items_meeting_id_region_fk';
						columns: ['meeting_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'meetings';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'meeting_agenda_items_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
						referencedColumns: ['id'];
					}
				];
			};
			meeting_attendance: {
				Row: {
					created_at: string;
					id: string;
					meeting_id: string;
					organisation_id: string;
					present: boolean;
					recorded_at: string;
					recorded_by: string | null;
					region_id: string;
					source: string;
					updated_at: string;
				};
				Insert: {
					created_at?: string;
					id?: string;
					meeting_id: string;
					organisation_id: string;
					present: boolean;
					recorded_at?: string;
					recorded_by?: string | null;
					region_id: string;
					source: string;
					updated_at?: string;
				};
				Update: {
					created_at?: string;
					id?: string;
					meeting_id?: string;
					organisation_id?: string;
					present?: boolean;
					recorded_at?: string;
					recorded_by?: string | null;
					region_id?: string;
					source?: string;
					updated_at?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'meeting_attendance_meeting_id_region_fk';
						columns: ['meeting_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'meetings';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'meeting_attendance_organisation_id_region_fk';
						columns: ['organisation_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'meeting_attendance_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
						referencedColumns: ['id'];
					}
				];
			};
			meeting_decisions: {
				Row: {
					agenda_item_id: string;
					body: string;
					created_at: string;
					created_by: string | null;
					id: string;
					meeting_id: string;
					region_id: string;
					updated_at: string;
				};
				Insert: {
					agenda_item_id: string;
					body: string;
					created_at?: string;
					created_by?: string | null;
					id?: string;
					meeting_id: string;
					region_id: string;
					updated_at?: string;
				};
				Update: {
					agenda_item_id?: string;
					body?: string;
					created_at?: string;
					created_by?: string | null;
					id?: string;
					meeting_id?: string;
					region_id?: string;
					updated_at?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'meeting_decisions_agenda_item_id_region_fk';
						columns: ['agenda_item_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'meeting_agenda_items';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'meeting_decisions_meeting_id_region_fk';
						columns: ['meeting_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'meetings';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'meeting_decisions_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
						referencedColumns: ['id'];
					}
				];
			};
			meeting_invitees: {
				Row: {
					created_at: string;
					id: string;
					meeting_id: string;
					organisation_id: string;
					region_id: string;
					updated_at: string;
				};
				Insert: {
					created_at?: string;
					id?: string;
					meeting_id: string;
					organisation_id: string;
					region_id: string;
					updated_at?: string;
				};
				Update: {
					created_at?: string;
					id?: string;
					meeting_id?: string;
					organisation_id?: string;
					region_id?: string;
					updated_at?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'meeting_invitees_meeting_id_region_fk';
						columns: ['meeting_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'meetings';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'meeting_invitees_organisation_id_region_fk';
						columns: ['organisation_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'meeting_invitees_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
						referencedColumns: ['id'];
					}
				];
			};
			meeting_room_presence: {
				Row: {
					created_at: string;
					entered_at: string;
					id: string;
					meeting_id: string;
					region_id: string;
					seen_at: string;
					updated_at: string;
					user_id: string;
				};
				Insert: {
					created_at?: string;
					entered_at?: string;
					id?: string;
					meeting_id: string;
					region_id: string;
					seen_at?: string;
					updated_at?: string;
					user_id: string;
				};
				Update: {
					created_at?: string;
					entered_at?: string;
					id?: string;
					meeting_id?: string;
					region_id?: string;
					seen_at?: string;
					updated_at?: string;
					user_id?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'meeting_room_presence_meeting_region_fk';
						columns: ['meeting_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'meetings';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'meeting_room_presence_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
						referencedColumns: ['id'];
					}
				];
			};
			meeting_room_state: {
				Row: {
					chair_user_id: string | null;
					closed_at: string | null;
					created_at: string;
					current_agenda_item_id: string | null;
					id: string;
					meeting_id: string;
					opened_at: string | null;
					presenting: boolean;
					region_id: string;
					updated_at: string;
				};
				Insert: {
					chair_user_id?: string | null;
					closed_at?: string | null;
					created_at?: string;
					current_agenda_item_id?: string | null;
					id?: string;
					meeting_id: string;
					opened_at?: string | null;
					presenting?: boolean;
					region_id: string;
					updated_at?: string;
				};
				Update: {
					chair_user_id?: string | null;
					closed_at?: string | null;
					created_at?: string;
					current_agenda_item_id?: string | null;
					id?: string;
					meeting_id?: string;
					opened_at?: string | null;
					presenting?: boolean;
					region_id?: string;
					updated_at?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'meeting_room_state_item_fk';
						columns: ['current_agenda_item_id', 'meeting_id'];
						isOneToOne: false;
						referencedRelation: 'meeting_agenda_items';
						referencedColumns: ['id', 'meeting_id'];
					},
					{
						foreignKeyName: 'meeting_room_state_meeting_region_fk';
						columns: ['meeting_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'meetings';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'meeting_room_state_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
						referencedColumns: ['id'];
					}
				];
			};
			meetings: {
				Row: {
					created_at: string;
					created_by: string | null;
					id: string;
					location: string | null;
					region_id: string;
					starts_at: string;
					title: string;
					updated_at: string;
				};
				Insert: {
					created_at?: string;
					created_by?: string | null;
					id?: string;
					location?: string | null;
					region_id: string;
					starts_at: string;
					title: string;
					updated_at?: string;
				};
				Update: {
					created_at?: string;
					created_by?: string | null;
					id?: string;
					location?: string | null;
					region_id?: string;
					starts_at?: string;
					title?: string;
					updated_at?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'meetings_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
						referencedColumns: ['id'];
					}
				];
			};
			membership_mandates: {
				Row: {
					created_at: string;
					granted_by: string | null;
					id: string;
					organisation_id: string;
					region_id: string;
					updated_at: string;
				};
				Insert: {
					created_at?: string;
					granted_by?: string | null;
					id?: string;
					organisation_id: string;
					region_id: string;
					updated_at?: string;
				};
				Update: {
					created_at?: string;
					granted_by?: string | null;
					id?: string;
					organisation_id?: string;
					region_id?: string;
					updated_at?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'membership_mandates_organisation_id_region_fk';
						columns: ['organisation_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'membership_mandates_region_id_fkey';
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
					granted_by: string | null;
					granted_via: Database['public']['Enums']['membership_grant'];
					id: string;
					organisation_id: string;
					role: Database['public']['Enums']['membership_role'];
					updated_at: string;
					user_id: string;
				};
				Insert: {
					created_at?: string;
					granted_by?: string | null;
					granted_via?: Database['public']['Enums']['membership_grant'];
					id?: string;
					organisation_id: string;
					role?: Database['public']['Enums']['membership_role'];
					updated_at?: string;
					user_id: string;
				};
				Update: {
					created_at?: string;
					granted_by?: string | null;
					granted_via?: Database['public']['Enums']['membership_grant'];
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
			official_standings: {
				Row: {
					created_at: string;
					doelgroepregister_persons: number | null;
					id: string;
					inleenverband: number;
					peildatum: string;
					region_id: string;
					regulier_markt: number;
					regulier_overheid: number;
					source: string;
					updated_at: string;
					working_persons: number | null;
				};
				Insert: {
					created_at?: string;
					doelgroepregister_persons?: number | null;
					id?: string;
					inleenverband: number;
					peildatum: string;
					region_id: string;
					regulier_markt: number;
					regulier_overheid: number;
					source: string;
					updated_at?: string;
					working_persons?: number | null;
				};
				Update: {
					created_at?: string;
					doelgroepregister_persons?: number | null;
					id?: string;
					inleenverband?: number;
					peildatum?: string;
					region_id?: string;
					regulier_markt?: number;
					regulier_overheid?: number;
					source?: string;
					updated_at?: string;
					working_persons?: number | null;
				};
				Relationships: [
					{
						foreignKeyName: 'official_standings_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
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
					reports_placements: boolean | null;
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
					reports_placements?: boolean | null;
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
					reports_placements?: boolean | null;
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
						foreignKeyName: 'partner_positions_organisation_id_region_fk';
						columns: ['organisation_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id', 'region_id'];
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
			placement_reports: {
				Row: {
					closed_by: string | null;
					created_at: string;
					id: string;
					organisation_id: string;
					quarter: number;
					region_id: string;
					updated_at: string;
					year: number;
				};
				Insert: {
					closed_by?: string | null;
					created_at?: string;
					id?: string;
					organisation_id: string;
					quarter: number;
					region_id: string;
					updated_at?: string;
					year: number;
				};
				Update: {
					closed_by?: string | null;
					created_at?: string;
					id?: string;
					organisation_id?: string;
					quarter?: number;
					region_id?: string;
					updated_at?: string;
					year?: number;
				};
				Relationships: [
					{
						foreignKeyName: 'placement_reports_organisation_id_region_fk';
						columns: ['organisation_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id', 'region_id'];
					}
				];
			};
			placements: {
				Row: {
					created_at: string;
					created_by: string | null;
					credited_organisation_id: string | null;
					dienstverband: Database['public']['Enums']['dienstverband'];
					employer_key: string | null;
					employer_kvk: string | null;
					employer_name: string;
					end_date: string | null;
					hours_checked: boolean;
					hours_per_week: number;
					id: string;
					import_id: string | null;
					in_doelgroepregister: boolean;
					instrument: Database['public']['Enums']['placement_instrument'] | null;
					klantgroep: Database['public']['Enums']['klantgroep'];
					mediated_by_organisation_id: string | null;
					note: string | null;
					organisation_id: string;
					person_key: string;
					region_id: string;
					sector: Database['public']['Enums']['job_sector'] | null;
					start_date: string;
					updated_at: string;
					woongemeente: string | null;
				};
				Insert: {
					created_at?: string;
					created_by?: string | null;
					credited_organisation_id?: string | null;
					dienstverband?: Database['public']['Enums']['dienstverband'];
					employer_key?: never;
					employer_kvk?: string | null;
					employer_name: string;
					end_date?: string | null;
					hours_checked?: boolean;
					hours_per_week: number;
					id?: string;
					import_id?: string | null;
					in_doelgroepregister: boolean;
					instrument?: Database['public']['Enums']['placement_instrument'] | null;
					klantgroep?: Database['public']['Enums']['klantgroep'];
					mediated_by_organisation_id?: string | null;
					note?: string | null;
					organisation_id: string;
					person_key: string;
					region_id: string;
					sector?: Database['public']['Enums']['job_sector'] | null;
					start_date: string;
					updated_at?: string;
					woongemeente?: string | null;
				};
				Update: {
					created_at?: string;
					created_by?: string | null;
					credited_organisation_id?: string | null;
					dienstverband?: Database['public']['Enums']['dienstverband'];
					employer_key?: never;
					employer_kvk?: string | null;
					employer_name?: string;
					end_date?: string | null;
					hours_checked?: boolean;
					hours_per_week?: number;
					id?: string;
					import_id?: string | null;
					in_doelgroepregister?: boolean;
					instrument?: Database['public']['Enums']['placement_instrument'] | null;
					klantgroep?: Database['public']['Enums']['klantgroep'];
					mediated_by_organisation_id?: string | null;
					note?: string | null;
					organisation_id?: string;
					person_key?: string;
					region_id?: string;
					sector?: Database['public']['Enums']['job_sector'] | null;
					start_date?: string;
					updated_at?: string;
					woongemeente?: string | null;
				};
				Relationships: [
					{
						foreignKeyName: 'placements_credited_region_fk';
						columns: ['credited_organisation_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'placements_mediated_by_region_fk';
						columns: ['mediated_by_organisation_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'placements_organisation_id_region_fk';
						columns: ['organisation_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'placements_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
						referencedColumns: ['id'];
					},
					{
						foreignKeyName: 'placements_woongemeente_fkey';
						columns: ['woongemeente'];
						isOneToOne: false;
						referencedRelation: 'gemeenten';
						referencedColumns: ['code'];
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
					created_at: string;
					id: string;
					region_id: string;
					sector: Database['public']['Enums']['job_sector'];
					source: string | null;
					target_jobs: number;
					updated_at: string;
					year: number;
				};
				Insert: {
					created_at?: string;
					id?: string;
					region_id: string;
					sector: Database['public']['Enums']['job_sector'];
					source?: string | null;
					target_jobs: number;
					updated_at?: string;
					year: number;
				};
				Update: {
					created_at?: string;
					id?: string;
					region_id?: string;
					sector?: Database['public']['Enums']['job_sector'];
					source?: string | null;
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
					demo_data: boolean;
					id: string;
					inleen_key_markt: number;
					lead_organisation_id: string | null;
					name: string;
					slug: string;
					updated_at: string;
					vision_statement: string | null;
				};
				Insert: {
					created_at?: string;
					demo_data?: boolean;
					id?: string;
					inleen_key_markt?: number;
					lead_organisation_id?: string | null;
					name: string;
					slug: string;
					updated_at?: string;
					vision_statement?: string | null;
				};
				Update: {
					created_at?: string;
					demo_data?: boolean;
					id?: string;
					inleen_key_markt?: number;
					lead_organisation_id?: string | null;
					name?: string;
					slug?: string;
					updated_at?: string;
					vision_statement?: string | null;
				};
				Relationships: [
					{
						foreignKeyName: 'regions_lead_organisation_fk';
						columns: ['lead_organisation_id', 'id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id', 'region_id'];
					}
				];
			};
			report_versions: {
				Row: {
					conclusion: string;
					created_at: string;
					created_by: string | null;
					id: string;
					introduction: string;
					organisation_id: string | null;
					period_quarter: number | null;
					period_year: number;
					published_at: string | null;
					published_by: string | null;
					publisher_name: string | null;
					reference_date: string;
					region_id: string;
					sections: string[];
					snapshot: Json;
					status: Database['public']['Enums']['report_status'];
					title: string;
					updated_at: string;
					version: number | null;
				};
				Insert: {
					conclusion?: string;
					created_at?: string;
					created_by?: string | null;
					id?: string;
					introduction?: string;
					organisation_id?: string | null;
					period_quarter?: number | null;
					period_year: number;
					published_at?: string | null;
					published_by?: string | null;
					publisher_name?: string | null;
					reference_date: string;
					region_id: string;
					sections: string[];
					snapshot: Json;
					status?: Database['public']['Enums']['report_status'];
					title: string;
					updated_at?: string;
					version?: number | null;
				};
				Update: {
					conclusion?: string;
					created_at?: string;
					created_by?: string | null;
					id?: string;
					introduction?: string;
					organisation_id?: string | null;
					period_quarter?: number | null;
					period_year?: number;
					published_at?: string | null;
					published_by?: string | null;
					publisher_name?: string | null;
					reference_date?: string;
					region_id?: string;
					sections?: string[];
					snapshot?: Json;
					status?: Database['public']['Enums']['report_status'];
					title?: string;
					updated_at?: string;
					version?: number | null;
				};
				Relationships: [
					{
						foreignKeyName: 'report_versions_organisation_id_region_fk';
						columns: ['organisation_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'report_versions_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
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
						foreignKeyName: 'survey_responses_rated_organisation_id_region_fk';
						columns: ['rated_organisation_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'survey_responses_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
						referencedColumns: ['id'];
					},
					{
						foreignKeyName: 'survey_responses_respondent_organisation_id_region_fk';
						columns: ['respondent_organisation_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'survey_responses_round_id_region_fk';
						columns: ['round_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'survey_rounds';
						referencedColumns: ['id', 'region_id'];
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
			survey_trekker_ratings: {
				Row: {
					created_at: string;
					equal_treatment: number;
					id: string;
					region_id: string;
					respondent_organisation_id: string;
					round_id: string;
					trekker_organisation_id: string;
					updated_at: string;
				};
				Insert: {
					created_at?: string;
					equal_treatment: number;
					id?: string;
					region_id: string;
					respondent_organisation_id: string;
					round_id: string;
					trekker_organisation_id: string;
					updated_at?: string;
				};
				Update: {
					created_at?: string;
					equal_treatment?: number;
					id?: string;
					region_id?: string;
					respondent_organisation_id?: string;
					round_id?: string;
					trekker_organisation_id?: string;
					updated_at?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'survey_trekker_ratings_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
						referencedColumns: ['id'];
					},
					{
						foreignKeyName: 'survey_trekker_ratings_respondent_organisation_id_region_fk';
						columns: ['respondent_organisation_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'survey_trekker_ratings_round_id_region_fk';
						columns: ['round_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'survey_rounds';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'survey_trekker_ratings_trekker_organisation_id_region_fk';
						columns: ['trekker_organisation_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id', 'region_id'];
					}
				];
			};
			trekker_mandate_ratifications: {
				Row: {
					acting_as: string | null;
					acting_role: Database['public']['Enums']['membership_role'] | null;
					created_at: string;
					decision_date: string | null;
					decision_reference: string | null;
					id: string;
					mandate_id: string;
					mandate_level: Database['public']['Enums']['mandate_level'];
					organisation_id: string;
					ratified_by: string | null;
					ratify_before: string | null;
					region_id: string;
					updated_at: string;
				};
				Insert: {
					acting_as?: string | null;
					acting_role?: Database['public']['Enums']['membership_role'] | null;
					created_at?: string;
					decision_date?: string | null;
					decision_reference?: string | null;
					id?: string;
					mandate_id: string;
					mandate_level: Database['public']['Enums']['mandate_level'];
					organisation_id: string;
					ratified_by?: string | null;
					ratify_before?: string | null;
					region_id: string;
					updated_at?: string;
				};
				Update: {
					acting_as?: string | null;
					acting_role?: Database['public']['Enums']['membership_role'] | null;
					created_at?: string;
					decision_date?: string | null;
					decision_reference?: string | null;
					id?: string;
					mandate_id?: string;
					mandate_level?: Database['public']['Enums']['mandate_level'];
					organisation_id?: string;
					ratified_by?: string | null;
					ratify_before?: string | null;
					region_id?: string;
					updated_at?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'trekker_mandate_ratifications_mandate_id_region_fk';
						columns: ['mandate_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'trekker_mandates';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'trekker_mandate_ratifications_organisation_id_region_fk';
						columns: ['organisation_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'trekker_mandate_ratifications_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
						referencedColumns: ['id'];
					}
				];
			};
			trekker_mandates: {
				Row: {
					created_at: string;
					created_by: string | null;
					decision_date: string;
					decision_reference: string;
					id: string;
					organisation_id: string;
					region_id: string;
					scope: string | null;
					updated_at: string;
					valid_until: string | null;
				};
				Insert: {
					created_at?: string;
					created_by?: string | null;
					decision_date: string;
					decision_reference: string;
					id?: string;
					organisation_id: string;
					region_id: string;
					scope?: string | null;
					updated_at?: string;
					valid_until?: string | null;
				};
				Update: {
					created_at?: string;
					created_by?: string | null;
					decision_date?: string;
					decision_reference?: string;
					id?: string;
					organisation_id?: string;
					region_id?: string;
					scope?: string | null;
					updated_at?: string;
					valid_until?: string | null;
				};
				Relationships: [
					{
						foreignKeyName: 'trekker_mandates_organisation_id_region_fk';
						columns: ['organisation_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'trekker_mandates_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
						referencedColumns: ['id'];
					}
				];
			};
			vision_endorsements: {
				Row: {
					acting_as: string | null;
					acting_role: Database['public']['Enums']['membership_role'] | null;
					created_at: string;
					decision_date: string | null;
					decision_reference: string | null;
					endorsed_by: string | null;
					id: string;
					mandate_level: Database['public']['Enums']['mandate_level'] | null;
					organisation_id: string;
					ratify_before: string | null;
					region_id: string;
					updated_at: string;
				};
				Insert: {
					acting_as?: string | null;
					acting_role?: Database['public']['Enums']['membership_role'] | null;
					created_at?: string;
					decision_date?: string | null;
					decision_reference?: string | null;
					endorsed_by?: string | null;
					id?: string;
					mandate_level?: Database['public']['Enums']['mandate_level'] | null;
					organisation_id: string;
					ratify_before?: string | null;
					region_id: string;
					updated_at?: string;
				};
				Update: {
					acting_as?: string | null;
					acting_role?: Database['public']['Enums']['membership_role'] | null;
					created_at?: string;
					decision_date?: string | null;
					decision_reference?: string | null;
					endorsed_by?: string | null;
					id?: string;
					mandate_level?: Database['public']['Enums']['mandate_level'] | null;
					organisation_id?: string;
					ratify_before?: string | null;
					region_id?: string;
					updated_at?: string;
				};
				Relationships: [
					{
						foreignKeyName: 'vision_endorsements_organisation_id_region_fk';
						columns: ['organisation_id', 'region_id'];
						isOneToOne: false;
						referencedRelation: 'organisations';
						referencedColumns: ['id', 'region_id'];
					},
					{
						foreignKeyName: 'vision_endorsements_region_id_fkey';
						columns: ['region_id'];
						isOneToOne: false;
						referencedRelation: 'regions';
						referencedColumns: ['id'];
					}
				];
			};
		};
		Views: {
			meeting_room_presence_now: {
				Row: {
					entered_at: string | null;
					meeting_id: string | null;
					seen_at: string | null;
					user_id: string | null;
				};
				Insert: {
					entered_at?: string | null;
					meeting_id?: string | null;
					seen_at?: string | null;
					user_id?: string | null;
				};
				Update: {
					entered_at?: string | null;
					meeting_id?: string | null;
					seen_at?: string | null;
					user_id?: string | null;
				};
				Relationships: [];
			};
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
			add_budget_commitments: { Args: { lines: Json; organisation: string }; Returns: string[] };
			banenafspraak_first_start: { Args: { region: string }; Returns: string };
			banenafspraak_gemeenten: {
				Args: { gemeente?: string; peildatum: string; region: string };
				Returns: {
					code: string;
					context_label: string;
					context_period_end: string;
					context_share: number;
					context_source: string;
					context_source_ref: string;
					context_status: string;
					context_value: number;
					jobs: number;
					jobs_share: number;
					name: string;
					organisation_id: string;
					placements: number;
					ratio: number;
				}[];
			};
			banenafspraak_partners: {
				Args: { peildatum: string; region: string };
				Returns: {
					credited_jobs: number;
					credited_markt: number;
					credited_overheid: number;
					credited_placements: number;
					credited_unknown_sector: number;
					organisation_id: string;
					registered_jobs: number;
					registered_placements: number;
					share: number;
				}[];
			};
			banenafspraak_peildatum: {
				Args: { as_of?: string; region: string };
				Returns: {
					last_ended: string;
					missing: Json;
					peildatum: string;
					reporting_partners: number;
				}[];
			};
			banenafspraak_registered: {
				Args: { peildata: string[]; region: string };
				Returns: {
					markt: number;
					overheid: number;
					peildatum: string;
					totaal: number;
				}[];
			};
			banenafspraak_report: { Args: { gemeente: string; peildatum: string; region: string }; Returns: Json };
			banenafspraak_series: {
				Args: { actuals_upto: string; from_date: string; region: string; to_date: string };
				Returns: {
					official: number;
					peildatum: string;
					registered: number;
					sector: string;
					target: number;
				}[];
			};
			banenafspraak_stand: {
				Args: { peildatum: string; region: string };
				Returns: {
					carried_over: number;
					difference: number;
					gap_from: number;
					gap_to: number;
					latest_official: string;
					official: number;
					official_source: string;
					previous_year_end: string;
					registered: number;
					registered_placements: number;
					sector: string;
					target: number;
					year_end_target: number;
				}[];
			};
			begin_goal_step: { Args: never; Returns: undefined };
			budget_overview: { Args: { budget_year: number; gemeente?: string; region: string }; Returns: Json };
			can_edit_organisation: { Args: { organisation: string }; Returns: boolean };
			check_goal_milestones: { Args: { goal: string }; Returns: undefined };
			close_meeting: { Args: { meeting: string }; Returns: undefined };
			consent_goal_version: {
				Args: {
					acting_as?: string;
					decision_date?: string;
					decision_reference?: string;
					mandate_level: Database['public']['Enums']['mandate_level'];
					organisation: string;
					proposal: string;
					ratify_before?: string;
				};
				Returns: Database['public']['Enums']['goal_status'];
			};
			contact_pair_points: {
				Args: { from_date: string; region: string; to_date: string };
				Returns: {
					contacts: number;
					in_contact: boolean;
					organisation_a: string;
					organisation_b: string;
					points: number;
				}[];
			};
			create_goal: { Args: { contributions?: Json; goal: Json; milestones?: Json }; Returns: string };
			end_goal_step: { Args: never; Returns: undefined };
			for_you: {
				Args: { region: string };
				Returns: {
					detail: string;
					due_date: string;
					goal_id: string;
					kind: string;
					meeting_id: string;
					organisation_id: string;
					round_id: string;
					since: string;
					title: string;
				}[];
			};
			goal_actual_points: {
				Args: { region: string; today?: string };
				Returns: {
					goal_id: string;
					point_date: string;
					value: number;
				}[];
			};
			goal_snapshot: { Args: { goal: string }; Returns: Json };
			goal_step_running: { Args: never; Returns: boolean };
			has_organisation_role: {
				Args: { minimum: Database['public']['Enums']['membership_role']; organisation: string };
				Returns: boolean;
			};
			is_region_coordinator: { Args: { region: string }; Returns: boolean };
			is_region_member: { Args: { region: string }; Returns: boolean };
			leave_meeting_room: { Args: { meeting: string }; Returns: undefined };
			network_health_inputs: { Args: { peildatum?: string; region: string }; Returns: Json };
			network_overview: {
				Args: { region: string };
				Returns: {
					isolated: number;
					pairs_in_contact: number;
					partners: number;
					trust: number;
				}[];
			};
			open_meeting: { Args: { meeting: string }; Returns: undefined };
			present_meeting_item: { Args: { item: string; meeting: string }; Returns: undefined };
			programme_realisations: {
				Args: { programmes: string[]; region: string };
				Returns: {
					programme_id: string;
					realised: number;
					year: number;
				}[];
			};
			propose_goal: { Args: { goal: string }; Returns: string };
			propose_goal_change: {
				Args: {
					goal: string;
					new_indicator: string;
					new_milestones?: Json;
					new_target_date: string;
					new_target_value: number;
					new_toezichthouder: string;
					new_unit: string;
					reason: string;
				};
				Returns: string;
			};
			propose_goal_stop: { Args: { goal: string; reason: string }; Returns: string };
			publish_report: {
				Args: {
					conclusion: string;
					gemeente: string;
					introduction: string;
					period_quarter: number;
					period_year: number;
					region: string;
					sections: string[];
					title: string;
				};
				Returns: {
					id: string;
					version: number;
				}[];
			};
			record_goal_verdict: {
				Args: {
					acting_as?: string;
					decision_date?: string;
					decision_reference?: string;
					explanation: string;
					goal: string;
					mandate_level: Database['public']['Enums']['mandate_level'];
					ratify_before?: string;
					realisation: number;
					verdict: Database['public']['Enums']['goal_verdict'];
					verdict_date: string;
				};
				Returns: undefined;
			};
			record_meeting_presence: { Args: { meeting: string }; Returns: undefined };
			region_access: { Args: { region_slug: string }; Returns: string };
			region_of_goal: { Args: { goal: string }; Returns: string };
			region_of_organisation: { Args: { organisation: string }; Returns: string };
			report_draft_snapshot: {
				Args: {
					gemeente: string;
					period_quarter: number;
					period_year: number;
					region: string;
					sections: string[];
				};
				Returns: Json;
			};
			report_sections_in_database: { Args: never; Returns: string[] };
			role_rank: { Args: { role: Database['public']['Enums']['membership_role'] }; Returns: number };
			service_status: { Args: never; Returns: Json };
			survey_round_equal_treatment: {
				Args: { round: string };
				Returns: {
					mean: number;
					min_respondents: number;
					respondents: number;
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
			sync_meeting_contact: { Args: { p_meeting_id: string }; Returns: undefined };
			withdraw_goal_version: { Args: { proposal: string }; Returns: undefined };
		};
		Enums: {
			budget_agreement_status: 'toegezegd' | 'onder_voorbehoud' | 'beeindigd';
			budget_decision_level: 'ambtelijk' | 'bestuurlijk' | 'politiek';
			contact_frequency: 'nooit' | 'jaarlijks' | 'kwartaal' | 'maandelijks' | 'wekelijks';
			contact_kind: 'overleg' | 'workshop' | 'gezamenlijk_project' | 'casusoverleg' | 'conferentie';
			dienstverband: 'regulier' | 'uitzend' | 'detachering';
			goal_source: 'handmatig' | 'baanafspraken' | 'budget';
			goal_status: 'concept' | 'voorgesteld' | 'vastgesteld' | 'afgerond' | 'gestopt';
			goal_verdict: 'behaald' | 'deels_behaald' | 'niet_behaald';
			goal_version_kind: 'vaststelling' | 'wijziging' | 'stopzetting';
			goal_version_state: 'open' | 'aanvaard' | 'ingetrokken';
			job_sector: 'markt' | 'overheid';
			klantgroep: 'gemeente' | 'uwv';
			mandate_level: 'ambtelijk' | 'bestuurlijk' | 'politiek';
			membership_grant: 'platform' | 'partner' | 'region';
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
			report_status: 'draft' | 'published';
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
			budget_agreement_status: ['toegezegd', 'onder_voorbehoud', 'beeindigd'],
			budget_decision_level: ['ambtelijk', 'bestuurlijk', 'politiek'],
			contact_frequency: ['nooit', 'jaarlijks', 'kwartaal', 'maandelijks', 'wekelijks'],
			contact_kind: ['overleg', 'workshop', 'gezamenlijk_project', 'casusoverleg', 'conferentie'],
			dienstverband: ['regulier', 'uitzend', 'detachering'],
			goal_source: ['handmatig', 'baanafspraken', 'budget'],
			goal_status: ['concept', 'voorgesteld', 'vastgesteld', 'afgerond', 'gestopt'],
			goal_verdict: ['behaald', 'deels_behaald', 'niet_behaald'],
			goal_version_kind: ['vaststelling', 'wijziging', 'stopzetting'],
			goal_version_state: ['open', 'aanvaard', 'ingetrokken'],
			job_sector: ['markt', 'overheid'],
			klantgroep: ['gemeente', 'uwv'],
			mandate_level: ['ambtelijk', 'bestuurlijk', 'politiek'],
			membership_grant: ['platform', 'partner', 'region'],
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
			report_status: ['draft', 'published'],
			survey_status: ['open', 'closed']
		}
	}
} as const;
