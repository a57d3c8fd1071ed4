// The request body limit of the production server (adapter-node's BODY_SIZE_LIMIT) fits what the import pages
// promise: a CSV of up to 1 MB, sent as a multipart form with a few fields. `npm start` and the end-to-end setup
// (which starts the build the same way) use the same limit.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_CSV_BYTES } from '$lib/forms/csv-import';

/** adapter-node's reading of BODY_SIZE_LIMIT: a number of bytes, or K, M or G (powers of 1024). */
function bytes(limit: string): number {
	const match = /^(\d+)([KMG]?)$/.exec(limit);
	if (!match) throw new Error(`not a size: ${limit}`);
	return Number(match[1]) * 1024 ** ' KMG'.indexOf(match[2] || ' ');
}

const startScript: string = JSON.parse(readFileSync('package.json', 'utf8')).scripts.start;
const e2eSetup = readFileSync('tests/e2e/app-server.ts', 'utf8');

describe('BODY_SIZE_LIMIT', () => {
	const fromStart = /BODY_SIZE_LIMIT \|\|= '(\w+)'/.exec(startScript)?.[1];
	const fromE2e = /BODY_SIZE_LIMIT: '(\w+)'/.exec(e2eSetup)?.[1];

	it('is set where production starts and where the end-to-end tests start the build, to the same value', () => {
		expect(fromStart).toBeDefined();
		expect(fromE2e).toBe(fromStart);
		expect(startScript).toContain("import('./build/index.js')");
	});

	it('leaves room for a 1 MB CSV plus the form around it, and is above the 512 KB default', () => {
		expect(bytes(fromStart!)).toBeGreaterThanOrEqual(MAX_CSV_BYTES + 64 * 1024);
		expect(bytes(fromStart!)).toBeGreaterThan(bytes('512K'));
		expect(MAX_CSV_BYTES).toBe(1024 * 1024);
	});
});
