// 4. Client weight: the JavaScript a browser loads for a page (its modulepreload links and entry imports),
// gzipped; and where chart.js and d3 end up in the build (Vite's manifest plus the chunks' contents).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { RunningApp } from './app.ts';
import { round2, statusFor, type ResultRow } from './report.ts';

const TARGET_KB = 150;
const CLIENT_OUTPUT = path.resolve('.svelte-kit/output/client');
const MANIFEST = path.join(CLIENT_OUTPUT, '.vite/manifest.json');
const NODES_DIR = path.resolve('.svelte-kit/generated/client-optimized/nodes');
export const NETWORK_PAGE = 'src/routes/regio/[slug]/netwerk/+page.svelte';

interface ManifestChunk {
	file: string;
	imports?: string[];
	dynamicImports?: string[];
	isEntry?: boolean;
}
type Manifest = Record<string, ManifestChunk>;

/** Strings that survive minification, to find a library bundled into a chunk without a manifest key. */
const LIBRARIES: { name: string; packages: RegExp; markers: string[] }[] = [
	{ name: 'chart.js', packages: /^node_modules\/chart\.js\//, markers: ['Canvas is already in use'] },
	{ name: 'd3', packages: /^node_modules\/d3(-[a-z]+)?\//, markers: ['node not found: ', 'unknown type: '] }
];

/**
 * The JS URLs a rendered page makes the browser load: SvelteKit lists its modulepreloads in the `link`
 * response header (and as `<link rel="modulepreload">` / `rel="preload" as="script"` in prerendered or
 * other strategies' HTML); the inline start script imports the entries.
 */
export function initialScripts(html: string, linkHeader: string | null, pageUrl: string): string[] {
	const hrefs = new Set<string>();
	for (const match of (linkHeader ?? '').matchAll(/<([^>]+)>;\s*rel="?modulepreload"?/g)) {
		hrefs.add(new URL(match[1], pageUrl).href);
	}
	for (const match of html.matchAll(/<link\b[^>]*>/g)) {
		const tag = match[0];
		if (!/rel="modulepreload"/.test(tag) && !(/rel="preload"/.test(tag) && /as="script"/.test(tag))) continue;
		const href = /href="([^"]+)"/.exec(tag)?.[1];
		if (href) hrefs.add(new URL(href, pageUrl).href);
	}
	for (const match of html.matchAll(/import\("([^"]+\.js)"\)/g)) hrefs.add(new URL(match[1], pageUrl).href);
	return [...hrefs];
}

async function gzipKilobytes(urls: string[]): Promise<{ gzip: number; raw: number }> {
	let gzip = 0;
	let raw = 0;
	for (const url of urls) {
		const response = await fetch(url);
		if (!response.ok) throw new Error(`${url}: ${response.status}`);
		const bytes = Buffer.from(await response.arrayBuffer());
		raw += bytes.length;
		gzip += gzipSync(bytes).length;
	}
	return { gzip: gzip / 1024, raw: raw / 1024 };
}

async function pageWeight(app: RunningApp, pagePath: string, cookie: string) {
	const pageUrl = `${app.url}${pagePath}`;
	const response = await fetch(pageUrl, { headers: { cookie }, redirect: 'manual' });
	if (response.status !== 200) throw new Error(`${pagePath} gaf status ${response.status}`);
	const scripts = initialScripts(await response.text(), response.headers.get('link'), pageUrl);
	return { ...(await gzipKilobytes(scripts)), files: scripts.length };
}

/** Route component per client node, from SvelteKit's generated node files. */
function routeOfNodes(): Map<string, string> {
	const routes = new Map<string, string>();
	if (!existsSync(NODES_DIR)) return routes;
	for (const file of readdirSync(NODES_DIR)) {
		const source = readFileSync(path.join(NODES_DIR, file), 'utf8');
		const component = /from "(?:\.\.\/)+(src\/routes\/[^"]+)"/.exec(source)?.[1];
		if (component) routes.set(`.svelte-kit/generated/client-optimized/nodes/${file}`, component);
	}
	return routes;
}

function closure(
	manifest: Manifest,
	key: string,
	withDynamic: boolean,
	seen = new Set<string>()
): Set<string> {
	if (seen.has(key) || !manifest[key]) return seen;
	seen.add(key);
	for (const next of manifest[key].imports ?? []) closure(manifest, next, withDynamic, seen);
	if (withDynamic)
		for (const next of manifest[key].dynamicImports ?? []) closure(manifest, next, withDynamic, seen);
	return seen;
}

export interface LibraryPlacement {
	library: string;
	chunks: string[];
	/** Route components that load the library with their first JS (static imports). */
	staticOn: string[];
	/** Route components that load it only when needed (dynamic import). */
	lazyOn: string[];
	/** In the JS every page loads (the entries and the root layout). */
	inSharedEntry: boolean;
}

function readManifest(): Manifest {
	return JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
}

/** The chunks every page loads: SvelteKit's entries (start, app) and the root layout, with their imports. */
function sharedChunks(manifest: Manifest, routes: Map<string, string>): Set<string> {
	const shared = new Set<string>();
	for (const [key, chunk] of Object.entries(manifest)) {
		const rootLayout = routes.get(key) === 'src/routes/+layout.svelte';
		if ((chunk.isEntry && !routes.has(key)) || rootLayout) closure(manifest, key, false, shared);
	}
	return shared;
}

/** Gzipped size of the JS every page loads, from the build output: the floor under any page's weight. */
export function sharedKilobytes(): { gzip: number; files: number } {
	const manifest = readManifest();
	const files = [...sharedChunks(manifest, routeOfNodes())]
		.map((key) => manifest[key].file)
		.filter((file) => file.endsWith('.js'));
	const gzip = files.reduce(
		(sum, file) => sum + gzipSync(readFileSync(path.join(CLIENT_OUTPUT, file))).length,
		0
	);
	return { gzip: gzip / 1024, files: files.length };
}

export function libraryPlacement(): LibraryPlacement[] {
	const manifest = readManifest();
	const routes = routeOfNodes();
	const shared = sharedChunks(manifest, routes);
	return LIBRARIES.map((library) => {
		const keys = Object.entries(manifest)
			.filter(([key, chunk]) => {
				if (library.packages.test(key)) return true;
				const file = path.join(CLIENT_OUTPUT, chunk.file);
				if (!chunk.file.endsWith('.js') || !existsSync(file)) return false;
				const source = readFileSync(file, 'utf8');
				return library.markers.some((marker) => source.includes(marker));
			})
			.map(([key]) => key);
		const staticOn: string[] = [];
		const lazyOn: string[] = [];
		for (const [node, route] of routes) {
			const eager = closure(manifest, node, false);
			const all = closure(manifest, node, true);
			if (keys.some((key) => eager.has(key))) staticOn.push(route);
			else if (keys.some((key) => all.has(key))) lazyOn.push(route);
		}
		return {
			library: library.name,
			chunks: keys.map((key) => manifest[key].file),
			staticOn,
			lazyOn,
			inSharedEntry: keys.some((key) => shared.has(key))
		};
	});
}

export function networkPageBuilt(): boolean {
	return [...routeOfNodes().values()].includes(NETWORK_PAGE);
}

export async function measureClientWeight(
	app: RunningApp,
	slug: string,
	cookie: string
): Promise<ResultRow[]> {
	const baseline = sharedKilobytes();
	const overview = await pageWeight(app, `/regio/${slug}`, cookie);
	const placements = libraryPlacement();
	const overviewComponent = 'src/routes/regio/[slug]/+page.svelte';
	const baselineCell = { label: 'gedeelde JS van elke pagina', median: round2(baseline.gzip), p95: null };
	const rows: ResultRow[] = [
		{
			key: 'weight-overview',
			measurement: '4. JS regio-overzicht (gzip)',
			unit: 'KB',
			median: round2(overview.gzip),
			p95: null,
			samples: 1,
			baseline: baselineCell,
			ratio: round2(overview.gzip / baseline.gzip),
			target: `< ${TARGET_KB} KB`,
			status: statusFor(overview.gzip < TARGET_KB),
			notes: [
				`${overview.files} bestanden, ${overview.raw.toFixed(1)} KB ongecomprimeerd (modulepreloads uit de link-header en de entry-imports van de gerenderde pagina, gzip niveau 6); de basislijn is wat elke pagina laadt (SvelteKit-entries, Svelte-runtime, hoofdlayout: ${baseline.files} bestanden)`
			]
		}
	];
	if (!networkPageBuilt()) {
		rows.push({
			key: 'weight-network',
			measurement: '4b. JS netwerkpagina (gzip)',
			unit: 'KB',
			median: null,
			p95: null,
			samples: 0,
			valueText: 'netwerkpagina nog niet gebouwd',
			baseline: baselineCell,
			ratio: null,
			target: '–',
			status: 'niet beschikbaar',
			notes: [`${NETWORK_PAGE} zit niet in de build`]
		});
	} else {
		const network = await pageWeight(app, `/regio/${slug}/netwerk`, cookie);
		rows.push({
			key: 'weight-network',
			measurement: '4b. JS netwerkpagina (gzip)',
			unit: 'KB',
			median: round2(network.gzip),
			p95: null,
			samples: 1,
			baseline: baselineCell,
			ratio: round2(network.gzip / baseline.gzip),
			target: '–',
			status: 'info',
			notes: [`${network.files} bestanden, ${network.raw.toFixed(1)} KB ongecomprimeerd`]
		});
	}
	const problems: string[] = [];
	const notes: string[] = [];
	for (const placement of placements) {
		if (placement.chunks.length === 0) {
			notes.push(`${placement.library}: niet in de build`);
			continue;
		}
		notes.push(
			`${placement.library}: in ${placement.chunks.join(', ')}; direct geladen op ${placement.staticOn.join(', ') || 'geen pagina'}; pas bij gebruik (dynamische import) op ${placement.lazyOn.join(', ') || 'geen pagina'}`
		);
		if (placement.inSharedEntry) problems.push(`${placement.library} zit in de JS die elke pagina laadt`);
		if (placement.staticOn.includes(overviewComponent)) {
			problems.push(
				`${placement.library} wordt direct geladen op het regio-overzicht, dat geen grafiek tekent`
			);
		}
	}
	rows.push({
		key: 'libraries',
		measurement: "4c. chart.js en d3 alleen op pagina's die ze gebruiken",
		unit: 'KB',
		median: null,
		p95: null,
		samples: 0,
		valueText: problems.length ? 'nee' : 'ja',
		baseline: null,
		ratio: null,
		target: 'niet in gedeelde JS',
		status: statusFor(problems.length === 0),
		notes: [...problems, ...notes]
	});
	return rows;
}
