import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/** In src/, code outside a file's own folder is imported through `$lib/…`, never `../`. */
const parentImports = {
	regex: '(^|/)\\.\\./',
	message: 'Importeer via $lib/… (zie README, Projectindeling), niet met ../.'
};
/** Only src/lib/data/ talks to Supabase. */
const supabaseImports = {
	group: ['@supabase/*'],
	message: 'Alleen src/lib/data/ praat met Supabase; gebruik daar een functie.'
};
const supabaseCalls = [
	{
		selector: 'CallExpression[callee.property.name=/^(rpc|channel|removeChannel)$/]',
		message: 'Alleen src/lib/data/ praat met Supabase; gebruik daar een functie.'
	},
	{
		selector:
			"CallExpression[callee.property.name='from']:not([callee.object.name=/^(Array|Buffer|Uint8Array)$/])",
		message: 'Alleen src/lib/data/ praat met Supabase (.from); gebruik daar een functie.'
	}
];
/** An action reads a posted form through readFormData, so a body that is not a form is a Dutch 400, not a 500. */
const bareFormData = {
	selector: "CallExpression[callee.property.name='formData'][arguments.length=0]",
	message:
		'Lees een formulier met readFormData(request) uit $lib/server/form-data (een kapotte body wordt een 400).'
};
/** src/lib/domain/ holds pure rules: no framework, no database client, no data or component modules. */
const domainImports = [
	{
		group: ['svelte', 'svelte/*', '*.svelte', '@sveltejs/*'],
		message: 'src/lib/domain/ is puur: geen Svelte.'
	},
	{ group: ['$app/*', '$env/*'], message: 'src/lib/domain/ is puur: geen $app of $env.' },
	{
		group: ['$lib/data/*', '!$lib/data/database.types', '$lib/components/*', '$lib/server/*'],
		message:
			'src/lib/domain/ is puur: geen data-, server- of componentmodules (alleen database.types voor de enums).'
	}
];

/** The rules about values typed `any` (and enum values compared with strings). */
const anyRulesOff = {
	'@typescript-eslint/no-unsafe-argument': 'off',
	'@typescript-eslint/no-unsafe-assignment': 'off',
	'@typescript-eslint/no-unsafe-call': 'off',
	'@typescript-eslint/no-unsafe-enum-comparison': 'off',
	'@typescript-eslint/no-unsafe-member-access': 'off',
	'@typescript-eslint/no-unsafe-return': 'off'
};

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'src/lib/paraglide/',
			'src/lib/data/database.types.ts',
			'test-results/',
			'playwright-report/',
			'.local-data/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommendedTypeChecked,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			parserOptions: {
				projectService: { allowDefaultProject: ['*.js'] },
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.svelte']
			}
		},
		rules: {
			'no-undef': 'off',
			// The app is served at the root; plain hrefs are correct without a base path.
			'svelte/no-navigation-without-resolve': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			'no-restricted-imports': [
				'error',
				{
					paths: [
						{
							name: 'sveltekit-superforms/adapters',
							message: 'Import zod4/zod4Client from $lib/forms/adapters (only the zod adapter is bundled).'
						}
					]
				}
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// typescript-eslint reads a component's `$props()` and the values derived from them as `any` (svelte-check
		// types them); the rules that judge a value by its type would only report that. The promise rules and
		// the rest apply.
		files: ['**/*.svelte'],
		rules: {
			...anyRulesOff,
			'@typescript-eslint/no-base-to-string': 'off',
			'@typescript-eslint/no-unnecessary-type-assertion': 'off',
			'@typescript-eslint/restrict-template-expressions': 'off'
		}
	},
	{
		// Tests read untyped JSON and use untyped clients on purpose (they send what the app never would), and
		// compare channel states with their string values.
		files: ['tests/**/*.ts', 'src/**/*.test.ts'],
		rules: anyRulesOff
	},
	{
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		rules: {
			'no-restricted-imports': ['error', { patterns: [parentImports, supabaseImports] }],
			'no-restricted-syntax': ['error', ...supabaseCalls, bareFormData]
		}
	},
	{
		files: ['src/lib/domain/**'],
		rules: {
			'no-restricted-imports': ['error', { patterns: [parentImports, supabaseImports, ...domainImports] }]
		}
	},
	{
		files: ['src/lib/data/**'],
		rules: {
			'no-restricted-imports': ['error', { patterns: [parentImports] }],
			'no-restricted-syntax': 'off'
		}
	},
	{
		// The app's ambient types name the session types of supabase-js.
		files: ['src/app.d.ts'],
		rules: { 'no-restricted-imports': 'off' }
	},
	{
		files: ['**/*.js'],
		...ts.configs.disableTypeChecked
	}
);
