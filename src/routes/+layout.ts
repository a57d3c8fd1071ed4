import { createPageClient } from '$lib/data/clients';
import type { LayoutLoad } from './$types';

export const load: LayoutLoad = ({ data, depends, fetch }) => {
	// Invalidated when the browser client notices a sign-in, sign-out or token refresh.
	depends('supabase:auth');
	const supabase = createPageClient(fetch);
	return { supabase, sessionExpiresAt: data.sessionExpiresAt, user: data.user, largeText: data.largeText };
};
