import { describe, expect, it } from 'vitest';
import { changedFields } from './audit';

describe('changedFields', () => {
	it('lists fields whose value changed, without timestamps', () => {
		expect(
			changedFields(
				{ name: 'A', contact_name: null, updated_at: '1', tags: [1] },
				{ name: 'A', contact_name: 'Jan', updated_at: '2', tags: [1, 2] }
			)
		).toEqual(['contact_name', 'tags']);
	});
	it('has nothing for inserts and deletes', () => {
		expect(changedFields(null, { name: 'A' })).toEqual([]);
		expect(changedFields({ name: 'A' }, null)).toEqual([]);
		expect(changedFields([1], { name: 'A' })).toEqual([]);
	});
});
