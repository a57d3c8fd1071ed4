import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { fileURLToPath } from 'node:url';
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
	server: {
		// Transform what the first pages need (hooks, root layout, start page, sign-in) while the dev server starts;
		// supabase/local/dev.ts then requests them once before it says the app is ready.
		warmup: {
			ssrFiles: [
				'./src/hooks.server.ts',
				'./src/routes/+layout.*',
				'./src/routes/+page.*',
				'./src/routes/login/*'
			],
			clientFiles: [
				'./src/hooks.client.ts',
				'./src/routes/+layout.svelte',
				'./src/routes/+page.svelte',
				'./src/routes/login/+page.svelte'
			]
		}
	},
	build: {
		// Rolldown's plugin-timing note is about SvelteKit's and Paraglide's own build hooks, which we do not
		// control; every other bundler warning stays on.
		rolldownOptions: { checks: { bundlerTimings: false } }
	},
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
				// Without the SvelteKit plugin (no app, no $env); $lib resolves as it does in the app.
				resolve: { alias: { $lib: fileURLToPath(new URL('./src/lib', import.meta.url)) } },
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
