import { describe, expect, it } from 'vitest';
import { DataError, DB_ERROR_CODES, dataError, type DbErrorCode } from '$lib/data/errors';
import { m } from '$lib/paraglide/messages';
import { errorMessage, errorStatus } from './errors';

describe('one message per database error code', () => {
	it('every code has its own sentence, never the code itself', () => {
		const codes = Object.keys(DB_ERROR_CODES) as DbErrorCode[];
		const messages = codes.map((code) => errorMessage(new DataError('invalid', code)));
		for (const [i, text] of messages.entries()) {
			expect(text, codes[i]).toMatch(/^[A-Z].+[.)]$/);
			expect(text, codes[i]).not.toContain(codes[i]);
		}
	});

	it('the codes with a value read it from the DETAIL', () => {
		expect(
			errorMessage(new DataError('invalid', 'goal_status_transition', '23514', 'afgerond -> gestopt'))
		).toBe('Een doel gaat niet van afgerond naar gestopt.');
		expect(errorMessage(new DataError('invalid', 'goal_consents_missing', '23514', '2'))).toBe(
			'Een doel is pas vastgesteld als alle bijdragende partners hebben ingestemd (2 ontbreken).'
		);
		expect(errorMessage(new DataError('invalid', 'goal_actual_linked', '23514', 'budget'))).toContain(
			'budgetafspraken'
		);
	});

	it('without a code: the form’s words for the kind, else the general ones', () => {
		const forbidden = new DataError('forbidden', null, '42501');
		expect(errorMessage(forbidden, { forbidden: m.goals_actual_forbidden })).toBe(m.goals_actual_forbidden());
		expect(errorMessage(forbidden)).toBe(m.db_forbidden());
		// The code wins over the form's words: it says exactly what was refused.
		expect(
			errorMessage(new DataError('forbidden', 'goal_verdict_toezichthouder_only'), {
				forbidden: m.goals_actual_forbidden
			})
		).toBe(
			'Alleen de toezichthouder van het doel geeft het oordeel, via een eigen invoerder of coördinator.'
		);
	});

	it('sorts PostgREST errors by SQLSTATE and keeps only known codes', () => {
		expect(dataError('x', { code: '23514', message: 'goal_closed' })).toMatchObject({
			kind: 'invalid',
			code: 'goal_closed'
		});
		expect(
			dataError('x', {
				code: '42501',
				message: 'new row violates row-level security policy for table "goals"'
			})
		).toMatchObject({ kind: 'forbidden', code: null });
		expect(dataError('x', { code: '23505', message: 'duplicate key' })).toMatchObject({ kind: 'duplicate' });
		expect(dataError('x', { code: 'P0002', message: 'goal_not_found' })).toMatchObject({ kind: 'missing' });
		expect(dataError('x', { code: '08006', message: 'connection failure' })).toMatchObject({
			kind: 'failed'
		});
	});

	it('a change proposal that leaves a milestone past the new target names it, in the goal’s direction', () => {
		expect(
			errorMessage(
				new DataError('invalid', 'goal_change_milestone_past_target', '23514', '2026-06-30|290.00|250|up')
			)
		).toBe(
			'Tussendoel 30 jun 2026 (290) ligt boven de nieuwe streefwaarde 250; pas de tussendoelen in hetzelfde voorstel aan.'
		);
		expect(
			errorMessage(
				new DataError('invalid', 'goal_change_milestone_past_target', '23514', '2026-06-30|12.5|20|down')
			)
		).toContain('ligt onder de nieuwe streefwaarde 20');
		expect(errorMessage(new DataError('invalid', 'goal_verdict_too_early', '23514', '2026-12-31'))).toContain(
			'(31 dec 2026)'
		);
	});

	it('answers with the HTTP status of the kind', () => {
		expect(errorStatus(new DataError('forbidden'))).toBe(403);
		expect(errorStatus(new DataError('invalid'))).toBe(400);
		expect(errorStatus(new DataError('duplicate'))).toBe(409);
		expect(errorStatus(new DataError('conflict'))).toBe(409);
		expect(errorStatus(new DataError('missing'))).toBe(404);
	});
});
