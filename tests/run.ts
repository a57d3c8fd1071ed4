// `npm test`: unit, integration and end-to-end tests, one after another, with one closing count.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './e2e/browser.ts';

interface Counts {
	passed: number;
	failed: number;
	skipped: number;
}

const results: { suite: string; counts: Counts; exitCode: number; failedTests: string[] }[] = [];
mkdirSync('test-results', { recursive: true });

function run(command: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): number {
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...extraEnv } });
	return result.status ?? 1;
}

function readJson<T>(file: string): T | null {
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null;
}

function vitestSuite(project: 'unit' | 'integration') {
	const outputFile = `test-results/${project}.json`;
	rmSync(outputFile, { force: true });
	const exitCode = run('npx', [
		'vitest',
		'run',
		'--project',
		project,
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${outputFile}`
	]);
	const report = readJson<{
		numPassedTests: number;
		numFailedTests: number;
		numPendingTests: number;
		numTodoTests: number;
		testResults: { name: string; assertionResults: { status: string; fullName: string }[] }[];
	}>(outputFile);
	const failedTests = (report?.testResults ?? []).flatMap(({ name, assertionResults }) =>
		assertionResults
			.filter(({ status }) => status === 'failed')
			.map(({ fullName }) => `${name.replace(`${process.cwd()}/`, '')}: ${fullName}`)
	);
	const counts = report
		? {
				passed: report.numPassedTests,
				failed: report.numFailedTests,
				skipped: report.numPendingTests + report.numTodoTests
			}
		: { passed: 0, failed: 1, skipped: 0 };
	results.push({ suite: project, counts, exitCode, failedTests });
}

function endToEndSuite() {
	const chromium = findChromium();
	if (!chromium) {
		console.log(
			'\nEnd-to-end tests OVERGESLAGEN: geen Chromium gevonden (CHROMIUM_PATH, /usr/bin/chromium of de cache van Playwright).\n' +
				'Installeer Chromium met `sudo apt-get install chromium` (Debian/Ubuntu) of zet CHROMIUM_PATH.\n'
		);
		const specs = spawnSync('npx', ['playwright', 'test', '--list', '--reporter=json'], { encoding: 'utf8' });
		const listed = (() => {
			try {
				return (JSON.parse(specs.stdout) as { stats?: { expected?: number } }).stats?.expected ?? 0;
			} catch {
				return 0;
			}
		})();
		results.push({
			suite: 'e2e',
			counts: { passed: 0, failed: 0, skipped: listed },
			exitCode: 0,
			failedTests: []
		});
		return;
	}
	console.log(`\nEnd-to-end tests met ${chromium}; eerst de productiebuild.`);
	const buildExit = run('npx', ['vite', 'build', '--logLevel', 'warn']);
	if (buildExit !== 0) {
		results.push({
			suite: 'e2e (build)',
			counts: { passed: 0, failed: 1, skipped: 0 },
			exitCode: buildExit,
			failedTests: ['de productiebuild']
		});
		return;
	}
	const outputFile = 'test-results/e2e.json';
	rmSync(outputFile, { force: true });
	const exitCode = run('npx', ['playwright', 'test'], { CI: process.env.CI ?? '1' });
	const report = readJson<{
		stats: { expected: number; unexpected: number; flaky: number; skipped: number };
		suites: PlaywrightSuite[];
	}>(outputFile);
	const failedTests = (report?.suites ?? []).flatMap((suite) => failedSpecs(suite, []));
	const counts = report
		? {
				passed: report.stats.expected + report.stats.flaky,
				failed: report.stats.unexpected,
				skipped: report.stats.skipped
			}
		: { passed: 0, failed: 1, skipped: 0 };
	results.push({ suite: 'e2e', counts, exitCode, failedTests });
}

interface PlaywrightSuite {
	title: string;
	specs?: { title: string; ok: boolean; file: string }[];
	suites?: PlaywrightSuite[];
}

/** The failed tests under a suite; `titles` are the describe blocks above it (a file's own suite adds none). */
function failedSpecs(suite: PlaywrightSuite, titles: string[]): string[] {
	return [
		...(suite.specs ?? [])
			.filter(({ ok }) => !ok)
			.map((spec) => `${spec.file}: ${[...titles, spec.title].join(' › ')}`),
		...(suite.suites ?? []).flatMap((child) => failedSpecs(child, [...titles, child.title]))
	];
}

const only = process.argv[2];
if (!only || only === 'unit') vitestSuite('unit');
if (!only || only === 'integration') vitestSuite('integration');
if (!only || only === 'e2e') endToEndSuite();

const total = results.reduce(
	(sum, { counts }) => ({
		passed: sum.passed + counts.passed,
		failed: sum.failed + counts.failed,
		skipped: sum.skipped + counts.skipped
	}),
	{ passed: 0, failed: 0, skipped: 0 }
);
console.log('\nSamenvatting');
for (const { suite, counts, exitCode } of results) {
	console.log(
		`  ${suite.padEnd(12)} ${counts.passed} geslaagd, ${counts.failed} mislukt, ${counts.skipped} overgeslagen${exitCode ? ` (exitcode ${exitCode})` : ''}`
	);
}
// CI shows only the end of the output: name what failed here, not only thousands of lines above.
const failedTests = results.flatMap(({ suite, failedTests }) =>
	failedTests.map((name) => `  ${suite}: ${name}`)
);
if (failedTests.length) console.log(`\nMislukt:\n${failedTests.join('\n')}`);
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(results.some((result) => result.exitCode !== 0) || total.failed > 0 ? 1 : 0);
