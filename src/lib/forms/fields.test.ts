import { describe, expect, it } from 'vitest';
import { rowMessages } from './fields';

describe('rowMessages', () => {
	it('reads a row as the server checked it and as the browser did', () => {
		expect(rowMessages({ 2: ['Vul een datum in.'] }, 2)).toEqual(['Vul een datum in.']);
		expect(rowMessages({ 2: { _errors: ['Vul een datum in.'] } }, 2)).toEqual(['Vul een datum in.']);
		expect(rowMessages({ 2: ['Vul een datum in.'] }, 1)).toBeUndefined();
		expect(rowMessages(undefined, 0)).toBeUndefined();
	});
	it('reads the messages of the list itself', () => {
		expect(rowMessages({ _errors: ['Kies minstens één partner.'] })).toEqual(['Kies minstens één partner.']);
		expect(rowMessages({ 0: ['rij'] })).toBeUndefined();
		expect(rowMessages({ _errors: [] })).toBeUndefined();
	});
});
