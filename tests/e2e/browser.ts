import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Debian's Chromium (or CHROMIUM_PATH, or Playwright's own download); null when none is installed. */
export function findChromium(): string | null {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', safePlaywrightChromium()];
	return candidates.find((candidate): candidate is string => !!candidate && existsSync(candidate)) ?? null;
}

function safePlaywrightChromium(): string | undefined {
	try {
		return chromium.executablePath();
	} catch {
		return undefined;
	}
}

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-dev-shm-usage'
];

export const E2E_APP_PORT = Number(process.env.E2E_APP_PORT ?? 4173);
export const E2E_STACK_PORT = Number(process.env.E2E_STACK_PORT ?? 54329);
