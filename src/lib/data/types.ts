import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database, Tables } from './database.types';

export type Supabase = SupabaseClient<Database>;
export type { Database, Tables };
