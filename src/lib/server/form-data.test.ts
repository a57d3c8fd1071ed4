import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { m } from '$lib/paraglide/messages';
import { readFormData } from './form-data';

const multipart = (body: string) =>
	new Request('http://x/p', {
		method: 'POST',
		headers: { 'content-type': 'multipart/form-data; boundary=zzz' },
		body
	});

describe('readFormData (attack finding E1)', () => {
	it('reads a form', async () => {
		const ok = multipart('--zzz\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--zzz--\r\n');
		expect((await readFormData(ok)).get('a')).toBe('1');
		const urlencoded = new Request('http://x/p', { method: 'POST', body: new URLSearchParams({ b: '2' }) });
		expect((await readFormData(urlencoded)).get('b')).toBe('2');
	});
	it('refuses a broken body with a Dutch 400 instead of a TypeError (a 500)', async () => {
		const broken = multipart(
			'--zzz\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nabc'
		);
		const json = new Request('http://x/p', {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: '{"id":1}'
		});
		for (const request of [broken, json]) {
			const failure: unknown = await readFormData(request).catch((e: unknown) => e);
			expect(isHttpError(failure, 400)).toBe(true);
			expect((failure as { body: { message: string } }).body.message).toBe(m.form_error_unreadable());
		}
	});
	it('is the only way an action reads a form body', () => {
		const bare: string[] = [];
		const walk = (dir: string) => {
			for (const entry of readdirSync(dir, { withFileTypes: true })) {
				const path = join(dir, entry.name);
				if (entry.isDirectory()) walk(path);
				else if (
					/\.server\.ts$|\+server\.ts$/.test(entry.name) &&
					/\.formData\(\)/.test(readFileSync(path, 'utf8'))
				)
					bare.push(path);
			}
		};
		walk('src/routes');
		expect(bare).toEqual([]);
	});
});
