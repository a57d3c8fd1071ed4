import { describe, expect, it } from 'vitest';
import { readStoredSnapshot } from './stored';

const envelope = {
	schemaVersion: 1,
	region: { id: 'r', name: 'Zuid-Limburg' },
	scope: { kind: 'region' },
	period: { year: 2026, quarter: 3 },
	referenceDate: '2026-09-30',
	collectedAt: '2026-10-01T08:00:00Z'
};

const meetings = {
	asOf: '2026-09-30',
	gemeente: null,
	meetings: [
		{
			id: 'm1',
			title: 'Stuurgroep',
			startsAt: '2026-09-01T10:00:00Z',
			date: '2026-09-01',
			location: null,
			decisions: [{ item: 'Begroting', body: 'Vastgesteld' }],
			openActions: []
		}
	]
};

describe('readStoredSnapshot', () => {
	it('reads a snapshot as built by the database', () => {
		const stored = readStoredSnapshot({
			...envelope,
			builtBy: 'database',
			sections: { overleggen: meetings }
		});
		expect(stored).toMatchObject({ readable: true, unreadableSections: [] });
		expect(stored.readable && Object.keys(stored.snapshot.sections)).toEqual(['overleggen']);
	});

	it('refuses the envelope of the attack (finding 3) and other shapes that are no snapshot', () => {
		for (const raw of [
			{ made_up: true, baanafspraken: { total_jobs: 999999 } },
			null,
			'tekst',
			{ ...envelope, schemaVersion: 2, sections: {} },
			{ ...envelope, period: { year: 2026, quarter: 7 }, sections: {} }
		])
			expect(readStoredSnapshot(raw)).toEqual({ readable: false });
	});

	it('leaves out a section it cannot read and names it, keeping the others', () => {
		const stored = readStoredSnapshot({
			...envelope,
			sections: { overleggen: meetings, baanafspraken: { region: { current: { persons: 7 } } }, onbekend: 1 }
		});
		expect(stored).toMatchObject({ readable: true, unreadableSections: ['baanafspraken'] });
		expect(stored.readable && Object.keys(stored.snapshot.sections)).toEqual(['overleggen']);
	});
});
