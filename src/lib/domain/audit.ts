const BOOKKEEPING_FIELDS = new Set(['updated_at', 'created_at']);

/** The fields an audited update really changed (timestamps left out); for inserts and deletes none. */
export function changedFields(oldValues: unknown, newValues: unknown): string[] {
	if (!isRecord(oldValues) || !isRecord(newValues)) return [];
	return Object.keys(newValues)
		.filter(
			(key) =>
				!BOOKKEEPING_FIELDS.has(key) && JSON.stringify(oldValues[key]) !== JSON.stringify(newValues[key])
		)
		.sort();
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
