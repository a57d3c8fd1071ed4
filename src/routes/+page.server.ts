import { backendStatus } from '$lib/data/status';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ fetch }) => {
	return { status: await backendStatus(fetch) };
};
