import { describe, expect, it } from 'vitest';
import { safeRedirectPath } from './redirect';

describe('safeRedirectPath', () => {
	it('keeps a path on this site', () => {
		expect(safeRedirectPath('/regio/zuid-limburg?x=1')).toBe('/regio/zuid-limburg?x=1');
	});
	it.each([
		['https://evil.example/'],
		['//evil.example/'],
		['/\\evil.example'],
		['javascript:alert(1)'],
		['/ok\nSet-Cookie: x'],
		['']
	])('refuses %j', (candidate) => {
		expect(safeRedirectPath(candidate)).toBe('/');
	});
	it('uses the given fallback', () => {
		expect(safeRedirectPath(undefined, '/profiel')).toBe('/profiel');
	});
});
