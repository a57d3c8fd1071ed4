// `npm run stack`: the local Supabase stack in the foreground. `npm run db:reset`: wipe and rebuild it.
import { parseArgs } from 'node:util';
import { createForwardingSecret } from './keys.ts';
import { startStack } from './stack.ts';

const { values } = parseArgs({
	options: {
		port: { type: 'string' },
		reset: { type: 'boolean', default: false },
		'reset-only': { type: 'boolean', default: false },
		'data-dir': { type: 'string' }
	}
});

const resetOnly = values['reset-only'];
const stack = await startStack({
	port: resetOnly ? 0 : Number(values.port ?? process.env.STACK_PORT ?? 54321),
	dataDir: values['data-dir'] ?? process.env.LOCAL_DATA_DIR,
	databaseUrl: process.env.DATABASE_URL || undefined,
	fresh: values.reset || resetOnly,
	jwtSecret: process.env.JWT_SECRET || undefined,
	// Printed below with the keys: the app (`node build`) needs the same AUTH_FORWARDING_SECRET.
	authForwardingSecret: process.env.AUTH_FORWARDING_SECRET || createForwardingSecret(),
	signupEnabled: process.env.ENABLE_SIGNUP === 'true',
	watchMigrations: !resetOnly
}).catch((error: Error) => {
	console.error(`De lokale stack kon niet starten: ${error.message}`);
	process.exit(1);
});

if (resetOnly) {
	await stack.stop();
	console.error('Database gewist; platform, migraties en seed opnieuw toegepast.');
	process.exit(0);
}

for (const [name, value] of Object.entries(stack.env)) console.log(`${name}=${value}`);
console.log('ready');

let stopping = false;
async function shutdown() {
	if (stopping) return;
	stopping = true;
	await stack.stop();
	process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
// Started by another process with a pipe as stdin: stop when that process goes away.
if (process.env.STACK_STOP_ON_STDIN_END === '1') process.stdin.on('end', () => void shutdown()).resume();
