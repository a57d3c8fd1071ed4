import type http from 'node:http';
import type { StackContext } from '../context.ts';

/** Placeholder until the local Supabase Realtime server is implemented. */
export function attachRealtime(_server: http.Server, _context: StackContext) {
	return {
		async schemaChanged() {},
		async close() {}
	};
}
