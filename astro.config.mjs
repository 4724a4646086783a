// @ts-check
import { defineConfig } from 'astro/config';

// The build script (scripts/build.ts) points OUT_DIR at a temporary folder and swaps it into
// dist/ only when everything succeeded, so bad data never replaces the last good site.
export default defineConfig({
	site: process.env.SITE_URL ?? 'https://pasientflyt.example.no',
	output: 'static',
	outDir: process.env.OUT_DIR ?? './dist',
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'always' },
	devToolbar: { enabled: false },
});
