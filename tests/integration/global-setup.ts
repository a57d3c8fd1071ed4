import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createForwardingSecret } from '../../supabase/local/keys.ts';
import { startStack } from '../../supabase/local/stack.ts';

export interface StackUnderTest {
	apiUrl: string;
	anonKey: string;
	serviceRoleKey: string;
	/** Only for the local stack: tests that need the database directly skip with a reason elsewhere. */
	dbUrl: string | null;
	jwtSecret: string | null;
	local: boolean;
}

declare module 'vitest' {
	export interface ProvidedContext {
		stack: StackUnderTest;
	}
}

/**
 * Integration tests run against a real Supabase when SUPABASE_URL, SUPABASE_ANON_KEY and
 * SUPABASE_SERVICE_ROLE_KEY are set, and otherwise against a fresh local stack on a free port.
 */
export default async function setup(project: TestProject) {
	const { SUPABASE_URL, SUPABASE_ANON_KEY, SUPABASE_SERVICE_ROLE_KEY } = process.env;
	if (SUPABASE_URL && SUPABASE_ANON_KEY && SUPABASE_SERVICE_ROLE_KEY) {
		project.provide('stack', {
			apiUrl: SUPABASE_URL,
			anonKey: SUPABASE_ANON_KEY,
			serviceRoleKey: SUPABASE_SERVICE_ROLE_KEY,
			dbUrl: process.env.SUPABASE_DB_URL ?? null,
			jwtSecret: process.env.SUPABASE_JWT_SECRET ?? null,
			local: false
		});
		return;
	}
	const dataDir = mkdtempSync(path.join(tmpdir(), 'rnd-integration-'));
	// The shared stack's own log, for when a test fails: test-results/integration-stack.log.
	mkdirSync('test-results', { recursive: true });
	const logFile = path.resolve('test-results/integration-stack.log');
	writeFileSync(logFile, '');
	const stack = await startStack({
		port: 0,
		dataDir,
		databaseUrl: process.env.DATABASE_URL || undefined,
		fresh: true,
		authRateLimits: false,
		// As deployed; the limits per forwarded address are tested on servers of their own (auth-limits.test.ts).
		authForwardingSecret: createForwardingSecret(),
		log: (message) => appendFileSync(logFile, `${new Date().toISOString()} ${message}\n`)
	});
	project.provide('stack', {
		apiUrl: stack.apiUrl,
		anonKey: stack.anonKey,
		serviceRoleKey: stack.serviceRoleKey,
		dbUrl: stack.dbUrl,
		jwtSecret: stack.jwtSecret,
		local: true
	});
	return async () => {
		await stack.stop();
		rmSync(dataDir, { recursive: true, force: true });
	};
}
