// The one validation adapter the forms use: zod 4. Imported from its own file in sveltekit-superforms (the
// `$superforms-zod4` alias in svelte.config.js), because `sveltekit-superforms/adapters` re-exports every adapter
// (valibot, effect, vine, …): the build then bundles their dependencies and printed 147 "Circular dependency"
// warnings and a Node-module warning for code the app never runs. ESLint refuses the package path.
export { zod as zod4, zodClient as zod4Client } from '$superforms-zod4';
// A type only: erased at build time, so it bundles nothing.
export type { ClientValidationAdapter } from 'sveltekit-superforms/adapters';
