import type http from 'node:http';
import type { StackContext } from '../context.ts';
import { sendJson } from '../gateway.ts';

/** Placeholder until the local Supabase Auth endpoints are implemented. */
export function createAuthHandler(_context: StackContext) {
	return async (_req: http.IncomingMessage, res: http.ServerResponse, _subPath: string, _url: URL) => {
		sendJson(res, 404, { code: 404, error_code: 'not_found', msg: 'Not implemented yet' });
	};
}
