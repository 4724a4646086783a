// @ts-check
import { defineConfig } from 'astro/config';
import archivePdfs from './src/integrations/archive-pdfs.ts';
import chartFiles from './src/integrations/chart-files.ts';
import reportPdfs from './src/integrations/report-pdfs.ts';
import searchIndex from './src/integrations/search-index.ts';

// `astro build` is the build: the pages, then every chart as SVG and PNG, the search index and the
// report PDFs. The build script (scripts/build.ts) validates the data first, points OUT_DIR at a
// temporary folder and swaps it into dist/ only when everything succeeded.
export default defineConfig({
	site: process.env.SITE_URL ?? 'https://pasientflyt.example.no',
	output: 'static',
	outDir: process.env.OUT_DIR ?? './dist',
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'always' },
	devToolbar: { enabled: false },
	// After the pages: every chart also as <page>/<id>.svg and .png for slides, the search index,
	// the reports as PDF, and the frozen meeting packs' PDFs copied byte for byte from reports/arkiv/.
	integrations: [chartFiles(), searchIndex(), reportPdfs(), archivePdfs()],
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
