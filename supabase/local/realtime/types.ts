import type { JWTPayload } from 'jose';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** The verified JWT of a channel: who the subscriber is for RLS and authorization. */
export interface Claims extends JWTPayload {
	role: string;
	exp: number;
}

export function isJsonObject(value: unknown): value is JsonObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
