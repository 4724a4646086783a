/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Three tiers (`npm test` runs them all; `npx vitest --project unit` one):
// - unit: pure functions, loaders, commands in-process, components rendered in a container; in parallel;
// - build: checks of built sites (pages, CSV, PDFs, privacy), on sites built once per run;
// - e2e: the built site in Chromium (links, search, axe, JavaScript off, phones), on the same site.
const UNIT = [
	'test/lib/**/*.test.ts',
	'test/loaders/**/*.test.ts',
	'test/scripts/**/*.test.ts',
	'test/corpus/**/*.test.ts',
	'test/downloads/**/*.test.ts',
	'test/integrations/**/*.test.ts',
	'test/pages/**/*.test.ts',
	'test/architecture.test.ts',
];

// Vitest watches by default in a terminal outside CI, unless told `run`.
const WATCHING =
	['watch', '--watch', '-w'].some((a) => process.argv.includes(a)) ||
	(!process.argv.includes('run') && !process.env.CI && process.stdin.isTTY === true);

export default getViteConfig({
	// No file watcher in a run (`vitest run`, CI): a run writes thousands of files (the shared builds
	// in .build-tmp/), and Astro's dev-server plugin re-scans src/pages on every one of them (EMFILE
	// on a fresh clone). `server.watch: null` in a config is skipped when Vite merges configs, so each
	// project's server would still start a real watcher; setting it on the resolved config is what
	// takes effect. Watch mode (`npx vitest`) keeps its watcher: it re-runs tests on its events.
	plugins: WATCHING
		? []
		: [
				{
					name: 'no-file-watcher',
					configResolved(config) {
						(config.server as { watch: unknown }).watch = null;
					},
				},
			],
	test: {
		coverage: {
			provider: 'v8',
			include: ['src/lib/**/*.ts'],
			reporter: ['text-summary'],
			thresholds: { lines: 90, statements: 90, functions: 90, branches: 85 },
		},
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: UNIT, testTimeout: 10_000, hookTimeout: 60_000 },
			},
			{
				extends: true,
				test: {
					name: 'build',
					include: ['test/build/**/*.test.ts'],
					globalSetup: ['test/helpers/fixtures-setup.ts'],
					testTimeout: 120_000,
					hookTimeout: 900_000,
				},
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['test/e2e/**/*.test.ts'],
					globalSetup: ['test/helpers/fixtures-setup.ts'],
					testTimeout: 300_000,
					hookTimeout: 900_000,
				},
			},
		],
	},
});
