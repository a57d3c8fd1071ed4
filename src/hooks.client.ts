import { z } from 'zod';
import { useFallbackMessages } from '$lib/forms/zod-messages';

// Zod compiles its object parsers with `new Function` when the page allows it, and finds out by trying. The
// Content-Security-Policy (svelte.config.js) forbids eval, so even the probe is a violation: parse without it.
z.config({ jitless: true });
useFallbackMessages();
