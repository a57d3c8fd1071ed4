import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './src/lib/i18n/project.inlang',
			outdir: './src/lib/paraglide',
			strategy: ['cookie', 'baseLocale']
		}),
		sveltekit()
	],
	test: {
		// realtime-js leaves a 10 s timer after disconnect(); give teardown room to finish.
		teardownTimeout: 20_000,
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
					environment: 'node'
				}
			},
			{
				test: {
					name: 'integration',
					include: ['tests/integration/**/*.test.ts'],
					environment: 'node',
					globalSetup: ['tests/integration/global-setup.ts'],
					testTimeout: 20_000,
					hookTimeout: 60_000,
					// One stack serves every file; files run one after another to keep the 2-core machine calm.
					fileParallelism: false
				}
			}
		]
	}
});
