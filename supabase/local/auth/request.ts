import type http from 'node:http';
import { presentedApiKey, sendJson } from '../http.ts';
import { AuthError, badRequest, TooManyRequests, unauthorized } from './errors.ts';

export const MAX_BODY_BYTES = 1024 * 1024;

export type JsonObject = Record<string, unknown>;

/** What every endpoint receives from the router. */
export interface AuthRequest {
	req: http.IncomingMessage;
	res: http.ServerResponse;
	url: URL;
	/** Path parameters, e.g. the user id in /admin/users/:id. */
	params: string[];
}

const tooLarge = () => new AuthError(413, 'request_too_large', 'Request body is too large');

/** Reads the whole body, refusing more than `limit` bytes without buffering the rest. */
export function readBody(req: http.IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
	const declared = Number(req.headers['content-length']);
	if (Number.isFinite(declared) && declared > limit) {
		req.resume();
		return Promise.reject(tooLarge());
	}
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		const onData = (chunk: Buffer) => {
			size += chunk.length;
			if (size > limit) {
				req.off('data', onData);
				req.resume();
				reject(tooLarge());
				return;
			}
			chunks.push(chunk);
		};
		req.on('data', onData);
		req.once('end', () => resolve(Buffer.concat(chunks)));
		req.once('error', reject);
		req.once('aborted', () => reject(badRequest('bad_json', 'Request body was aborted')));
	});
}

/** Parses a JSON object body the way GoTrue does: anything that is not a JSON object is `bad_json`. */
export async function readJsonObject(req: http.IncomingMessage): Promise<JsonObject> {
	return parseJsonObject((await readBody(req)).toString('utf8'));
}

/** Like readJsonObject, but an empty body counts as `{}` (GoTrue's DELETE /admin/users/:id). */
export async function readOptionalJsonObject(req: http.IncomingMessage): Promise<JsonObject> {
	const text = (await readBody(req)).toString('utf8');
	return text.trim() === '' ? {} : parseJsonObject(text);
}

function parseJsonObject(text: string): JsonObject {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch (error) {
		throw badJson(text.trim() === '' ? 'unexpected end of JSON input' : (error as Error).message);
	}
	if (!isJsonObject(parsed)) throw badJson(`cannot unmarshal ${jsonTypeName(parsed)} into an object`);
	return parsed;
}

function badJson(reason: string): AuthError {
	return badRequest('bad_json', `Could not parse request body as JSON: ${reason}`);
}

export function isJsonObject(value: unknown): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function jsonTypeName(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'array';
	return typeof value;
}

function wrongType(field: string, expected: string, value: unknown): AuthError {
	return badJson(`cannot unmarshal ${jsonTypeName(value)} into field ${field} of type ${expected}`);
}

/** A string field; absent or null gives undefined, any other type is `bad_json` like Go's decoder. */
export function stringField(body: JsonObject, field: string): string | undefined {
	const value = body[field];
	if (value === undefined || value === null) return undefined;
	if (typeof value !== 'string') throw wrongType(field, 'string', value);
	return value;
}

export function booleanField(body: JsonObject, field: string): boolean | undefined {
	const value = body[field];
	if (value === undefined || value === null) return undefined;
	if (typeof value !== 'boolean') throw wrongType(field, 'bool', value);
	return value;
}

export function objectField(body: JsonObject, field: string): JsonObject | undefined {
	const value = body[field];
	if (value === undefined || value === null) return undefined;
	if (!isJsonObject(value)) throw wrongType(field, 'object', value);
	return value;
}

/**
 * The bearer token as GoTrue sees it behind Supabase's API gateway, which sends the API key as bearer when
 * the client sent no Authorization header.
 */
export function bearerToken(req: http.IncomingMessage, url: URL): string {
	const header = req.headers['authorization'];
	if (header === undefined) {
		const apiKey = presentedApiKey(req, url);
		if (apiKey) return apiKey;
	}
	const match = /^bearer (\S+)$/i.exec(header ?? '');
	if (!match) throw unauthorized('no_authorization', 'This endpoint requires a Bearer token');
	return match[1];
}

export function sendAuthError(res: http.ServerResponse, error: AuthError): void {
	if (error instanceof TooManyRequests) res.setHeader('retry-after', String(error.retryAfterSeconds));
	sendJson(res, error.status, error.toJson());
}

/** Node writes no body for a 204; sendJson is used only for the gateway's CORS headers. */
export function sendNoContent(res: http.ServerResponse): void {
	sendJson(res, 204, null);
}

export function sendRedirect(res: http.ServerResponse, location: string): void {
	res.writeHead(303, { location, 'cache-control': 'no-store' });
	res.end();
}
