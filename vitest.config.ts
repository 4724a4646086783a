/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
	test: {
		include: ['test/**/*.test.ts'],
		testTimeout: 300_000,
		hookTimeout: 600_000,
		// Several test files run whole Astro builds; Astro keeps build state in the project's .astro/,
		// so two builds at once can overwrite each other's files. One file at a time.
		fileParallelism: false,
	},
});
