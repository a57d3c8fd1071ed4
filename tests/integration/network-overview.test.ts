// The overview's network tile reads network_overview(): counts under the caller's own row-level security.
import { describe, expect, it } from 'vitest';
import { REGION, demoActors, service } from './rls-fixtures';
import { anonClient } from './helpers';

const actors = demoActors();

describe('network_overview(region)', () => {
	it('gives members the counts of their region, matching the contacts they can read', async () => {
		const { data, error } = await actors.editor
			.rpc('network_overview', { region: REGION.zuidLimburg })
			.single();
		expect(error).toBeNull();
		const { count: active } = await service
			.from('organisations')
			.select('id', { count: 'exact', head: true })
			.eq('region_id', REGION.zuidLimburg)
			.eq('active', true);
		expect(data).toMatchObject({ partners: active });
		const overview = data as { partners: number; pairs_in_contact: number; isolated: number; trust: number };
		expect(overview.pairs_in_contact).toBeGreaterThan(0);
		expect(overview.pairs_in_contact).toBeLessThanOrEqual((overview.partners * (overview.partners - 1)) / 2);
		// VISTA college has no contacts in the seed.
		expect(overview.isolated).toBeGreaterThanOrEqual(1);
		expect(Number(overview.trust)).toBeGreaterThanOrEqual(1);
		expect(Number(overview.trust)).toBeLessThanOrEqual(4);
	});

	it('shows another region nothing, and anon cannot call it', async () => {
		const { data, error } = await actors.tilburg
			.rpc('network_overview', { region: REGION.zuidLimburg })
			.single();
		expect(error).toBeNull();
		expect(data).toEqual({ partners: 0, pairs_in_contact: 0, isolated: 0, trust: null });
		const anon = await anonClient().rpc('network_overview', { region: REGION.zuidLimburg });
		expect(anon.error).not.toBeNull();
	});
});
