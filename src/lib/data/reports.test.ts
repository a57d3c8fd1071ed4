import { describe, expect, it } from 'vitest';
import { REPORT_SECTIONS, SECTION_REGISTRY } from '$lib/domain/report';
import { SECTION_RENDERERS } from '$lib/components/report/sections';
import { COLLECTED_IN_APP } from './reports';

describe('report sections', () => {
	// A section is offered in the builder only when it can be drawn; the database builds it, or (for the draft
	// only, never published) the app collects it. tests/integration/rls-reports.test.ts checks that the two lists
	// together are every section.
	it.each(REPORT_SECTIONS)('%s is available exactly when it has a renderer', (id) => {
		expect(SECTION_RENDERERS[id] !== undefined).toBe(SECTION_REGISTRY[id].available);
	});

	it('the app collects only the network health check itself (the database builds the other sections)', () => {
		expect(COLLECTED_IN_APP).toEqual(['netwerk']);
	});
});
