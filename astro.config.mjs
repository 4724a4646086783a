// @ts-check
import { defineConfig } from 'astro/config';
import chartFiles from './src/integrations/chart-files.ts';

// The build script (scripts/build.ts) points OUT_DIR at a temporary folder and swaps it into
// dist/ only when everything succeeded, so bad data never replaces the last good site.
export default defineConfig({
	site: process.env.SITE_URL ?? 'https://pasientflyt.example.no',
	output: 'static',
	outDir: process.env.OUT_DIR ?? './dist',
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'always' },
	devToolbar: { enabled: false },
	// Every chart on a page also as <page>/<id>.svg and .png for slides, written after the pages.
	integrations: [chartFiles()],
	experimental: {
		// A Content-Security-Policy <meta> on every page: Astro adds hashes of its own styles and
		// scripts; nothing may load from another host. 'wasm-unsafe-eval' is for Pagefind's search.
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
		},
	},
});
