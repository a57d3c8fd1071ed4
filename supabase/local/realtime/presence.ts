import { randomBytes } from 'node:crypto';
import type { ChannelMember, TopicMembers } from './member.ts';
import { isJsonObject, type JsonObject } from './types.ts';

type PresenceMeta = JsonObject & { phx_ref: string };
type PresenceList = Record<string, { metas: PresenceMeta[] }>;

interface PresenceDiff {
	joins: PresenceList;
	leaves: PresenceList;
}

interface TrackedPresence {
	key: string;
	meta: PresenceMeta;
	payload: JsonObject;
}

/** Phoenix Presence for one node: each channel member tracks at most one presence under its key. */
export class PresenceTracker {
	private byTopic = new Map<string, Map<ChannelMember, TrackedPresence>>();

	constructor(private readonly topics: TopicMembers) {}

	/** The full state, sent to a member when it joins with presence enabled. */
	sendState(member: ChannelMember): void {
		const state: PresenceList = {};
		for (const { key, meta } of this.byTopic.get(member.topicKey)?.values() ?? []) {
			(state[key] ??= { metas: [] }).metas.push(meta);
		}
		member.push('presence_state', state);
	}

	/** Handles the client's `presence` event; returns the reply status and response. */
	handleClientEvent(member: ChannelMember, payload: unknown): { ok: true } | { ok: false; reason: string } {
		const event = isJsonObject(payload) && typeof payload['event'] === 'string' ? payload['event'] : '';
		switch (event.toLowerCase()) {
			case 'track': {
				const tracked = isJsonObject(payload) ? (payload['payload'] ?? {}) : {};
				if (!isJsonObject(tracked)) return { ok: false, reason: 'Presence track payload must be a map' };
				this.track(member, tracked);
				return { ok: true };
			}
			case 'untrack':
				this.untrack(member);
				return { ok: true };
			default:
				return { ok: false, reason: `Unknown presence event: ${event}` };
		}
	}

	track(member: ChannelMember, payload: JsonObject): void {
		const topic = this.presencesOf(member.topicKey);
		const previous = topic.get(member);
		if (previous && JSON.stringify(previous.payload) === JSON.stringify(payload)) return;
		const meta: PresenceMeta = { ...payload, phx_ref: newPresenceRef() };
		if (previous) meta['phx_ref_prev'] = previous.meta.phx_ref;
		const key = member.options.presenceKey;
		topic.set(member, { key, meta, payload });
		const wasReceivingPresence = member.options.presenceEnabled;
		member.options.presenceEnabled = true;
		const diff: PresenceDiff = {
			joins: { [key]: { metas: [meta] } },
			leaves: previous ? { [key]: { metas: [previous.meta] } } : {}
		};
		// Tracking also turns presence on for a member that had it off; it gets the full state instead.
		this.broadcastDiff(member.topicKey, diff, wasReceivingPresence ? undefined : member);
		if (!wasReceivingPresence) this.sendState(member);
	}

	untrack(member: ChannelMember): void {
		const topic = this.byTopic.get(member.topicKey);
		const previous = topic?.get(member);
		if (!topic || !previous) return;
		topic.delete(member);
		if (topic.size === 0) this.byTopic.delete(member.topicKey);
		this.broadcastDiff(member.topicKey, {
			joins: {},
			leaves: { [previous.key]: { metas: [previous.meta] } }
		});
	}

	private presencesOf(topicKey: string): Map<ChannelMember, TrackedPresence> {
		let topic = this.byTopic.get(topicKey);
		if (!topic) this.byTopic.set(topicKey, (topic = new Map<ChannelMember, TrackedPresence>()));
		return topic;
	}

	private broadcastDiff(topicKey: string, diff: PresenceDiff, except?: ChannelMember): void {
		for (const recipient of this.topics.of(topicKey)) {
			if (recipient !== except && recipient.options.presenceEnabled) recipient.fanOut('presence_diff', diff);
		}
	}
}

function newPresenceRef(): string {
	return randomBytes(9).toString('base64url');
}
