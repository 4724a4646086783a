// The search index of a build: Pagefind through its Node API, over the pages just written.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { timed } from './build-timings';

/** Returns the integration that indexes the built pages for search (into `<out>/pagefind/`). */
export default function searchIndex(): AstroIntegration {
	return {
		name: 'pasientflyt:search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const pages = await timed('search', () => indexSite(root));
				logger.info(`${pages} sider i søkeindeksen`);
			},
		},
	};
}

/** Indexes every page under `root` (Pagefind reads `lang` and `data-pagefind-*`) and returns how many it indexed. */
export async function indexSite(root: string): Promise<number> {
	try {
		const { index, errors } = await pagefind.createIndex({});
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		const added = await index.addDirectory({ path: root });
		if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
		const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
		if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
		return added.page_count;
	} finally {
		await pagefind.close();
	}
}
