import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, E2E_APP_PORT, findChromium } from './tests/e2e/browser';

const executablePath = findChromium() ?? undefined;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	globalSetup: './tests/e2e/global-setup.ts',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	timeout: 30_000,
	expect: { timeout: 10_000 },
	reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : 'list',
	outputDir: 'test-results/e2e-artifacts',
	use: {
		baseURL: `http://127.0.0.1:${E2E_APP_PORT}`,
		locale: 'nl-NL',
		timezoneId: 'Europe/Amsterdam',
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		launchOptions: { executablePath, args: CHROMIUM_ARGS }
	},
	projects: [{ name: 'chromium', use: { browserName: 'chromium', viewport: { width: 1280, height: 800 } } }]
});
