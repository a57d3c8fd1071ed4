import { env } from '$env/dynamic/public';

/** Where the Supabase API lives and the public (anon) key; never the service-role key. */
export function supabaseConfig(): { url: string; anonKey: string } {
	const url = env.PUBLIC_SUPABASE_URL;
	const anonKey = env.PUBLIC_SUPABASE_ANON_KEY;
	if (!url || !anonKey) {
		throw new Error(
			'PUBLIC_SUPABASE_URL en PUBLIC_SUPABASE_ANON_KEY ontbreken. Start de app met `npm run dev`, of zet ze in .env.'
		);
	}
	return { url, anonKey };
}
