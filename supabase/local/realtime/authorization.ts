import type pg from 'pg';
import type { Claims } from './types.ts';

/** Asked on every join and on every token refresh of a channel. */
export interface ChannelAuthorizationRequest {
	/** The topic without the `realtime:` prefix, as the app named the channel. */
	subTopic: string;
	isPrivate: boolean;
	claims: Claims;
}

export type ChannelAuthorization = { allowed: true } | { allowed: false; reason: string };

/**
 * A per-topic rule (e.g. "meeting-room channels only for members of the region"). Reasons are shown
 * to the client as the join error or the `system` message that closes the channel.
 */
export type AuthorizeChannel = (
	request: ChannelAuthorizationRequest
) => ChannelAuthorization | Promise<ChannelAuthorization>;

const ALLOWED: ChannelAuthorization = { allowed: true };

/** A private channel needs a signed-in user (or the service role), whatever the policies say. */
export const privateChannelsNeedAUser: AuthorizeChannel = ({ subTopic, isPrivate, claims }) => {
	if (!isPrivate) return ALLOWED;
	const signedIn = claims.role === 'authenticated' && typeof claims.sub === 'string' && claims.sub !== '';
	if (signedIn || claims.role === 'service_role') return ALLOWED;
	return {
		allowed: false,
		reason: `Unauthorized: You do not have permissions to read from this Channel topic: ${subTopic}`
	};
};

/**
 * Hosted Supabase's model for private channels: the RLS policies on `realtime.messages` decide, with the
 * topic in `realtime.topic()` (see realtime_local.channel_readable). A topic no policy admits is refused.
 * The service role bypasses RLS. A database without `realtime.messages` leaves it to the rule above.
 */
export function privateChannelsFollowRls(pool: pg.Pool): AuthorizeChannel {
	return async ({ subTopic, isPrivate, claims }) => {
		if (!isPrivate || claims.role === 'service_role') return ALLOWED;
		let readable: boolean | null;
		try {
			const { rows } = await pool.query<{ readable: boolean | null }>(
				'select realtime_local.channel_readable($1, $2, $3) as readable',
				[subTopic, claims.role, JSON.stringify(claims)]
			);
			readable = rows[0]?.readable ?? false;
		} catch {
			readable = false;
		}
		if (readable !== false) return ALLOWED;
		return {
			allowed: false,
			reason: `Unauthorized: You do not have permissions to read from this Channel topic: ${subTopic}`
		};
	};
}

/** Every rule must allow; the first refusal wins. */
export function allOf(...rules: (AuthorizeChannel | undefined)[]): AuthorizeChannel {
	const active = rules.filter((rule): rule is AuthorizeChannel => rule !== undefined);
	return async (request) => {
		for (const rule of active) {
			const decision = await rule(request);
			if (!decision.allowed) return decision;
		}
		return ALLOWED;
	};
}

/** What a member may send on its channel. */
export interface ChannelWrites {
	broadcast: boolean;
	presence: boolean;
}

export const ALL_WRITES: Readonly<ChannelWrites> = { broadcast: true, presence: true };
const NO_WRITES: Readonly<ChannelWrites> = { broadcast: false, presence: false };

export type AuthorizeWrites = (request: ChannelAuthorizationRequest) => Promise<ChannelWrites>;

/**
 * Hosted Supabase's model for sending on private channels: broadcast and presence need an INSERT policy on
 * `realtime.messages` that admits a message of that extension on the topic (see
 * realtime_local.channel_writable). Public channels take anything from anyone joined; the service role
 * bypasses RLS. A database without `realtime.messages` lets members send, as before it had one.
 */
export function privateChannelWritesFollowRls(pool: pg.Pool): AuthorizeWrites {
	return async ({ subTopic, isPrivate, claims }) => {
		if (!isPrivate || claims.role === 'service_role') return ALL_WRITES;
		try {
			const { rows } = await pool.query<{ allowed: string[] | null }>(
				'select realtime_local.channel_writable($1, $2, $3) as allowed',
				[subTopic, claims.role, JSON.stringify(claims)]
			);
			const allowed = rows[0]?.allowed;
			if (allowed === null || allowed === undefined) return ALL_WRITES;
			return { broadcast: allowed.includes('broadcast'), presence: allowed.includes('presence') };
		} catch {
			return NO_WRITES;
		}
	};
}
