import { readFileSync } from 'node:fs';
import { expect, inject, it } from 'vitest';
import { DATABASE_TYPES_FILE, generateDatabaseTypes } from '../../supabase/local/types/generate.ts';

const stack = inject('stack');

it('the committed database.types.ts matches the migrated schema', async (context) => {
	if (!stack.dbUrl) context.skip('needs direct database access (SUPABASE_DB_URL for a hosted project)');
	const generated = await generateDatabaseTypes(stack.dbUrl!);
	const committed = readFileSync(DATABASE_TYPES_FILE, 'utf8');
	expect(committed, 'database.types.ts is verouderd: voer npm run db:types uit').toBe(generated);
});
