import { describe, expect, it } from 'vitest';
import { REPORT_SECTIONS, SECTION_REGISTRY } from '$lib/domain/report';
import { SECTION_RENDERERS } from '$lib/components/report/sections';
import { hasCollector } from './reports';

describe('report sections', () => {
	// A section is offered in the builder only when it can be collected and drawn; adding one means all three.
	it.each(REPORT_SECTIONS)('%s is available exactly when it has a collector and a renderer', (id) => {
		const available = SECTION_REGISTRY[id].available;
		expect(hasCollector(id)).toBe(available);
		expect(SECTION_RENDERERS[id] !== undefined).toBe(available);
	});
});
