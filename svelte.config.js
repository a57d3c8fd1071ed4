import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		alias: {
			// Only the zod 4 adapter of superforms (src/lib/forms/adapters.ts explains why).
			'$superforms-zod4': 'node_modules/sveltekit-superforms/dist/adapters/zod4'
		},
		// Content-Security-Policy (README, Beveiliging). Scripts only from the app itself and SvelteKit's own
		// inline hydration script (a nonce per response); no eval, no plugins, no framing, forms post only here.
		// Inline style attributes stay allowed: Svelte's style: directives render them on the server, and styles
		// cannot run code. connect-src is narrowed per response to the configured Supabase origin in
		// src/hooks.server.ts (that URL is known at runtime, not when this file is read).
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self', 'https:', 'wss:', 'http:', 'ws:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
