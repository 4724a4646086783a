// The built site the end-to-end checks run against: the test run's shared public build (or the
// folder named by E2E_DIST), served on 127.0.0.1 by `astro preview`.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { inject } from 'vitest';
import { serveSite, type ServedSite } from '../../helpers/preview';

export type { ServedSite };

/** Returns the served site: E2E_DIST as it is, else the shared public build of the test run. */
export async function prepareSite(): Promise<ServedSite> {
	const root = process.env.E2E_DIST ? resolve(process.env.E2E_DIST) : inject('sites').public;
	if (!existsSync(join(root, 'index.html')))
		throw new Error(`${root} has no index.html: build first (npm run build).`);
	return serveSite(root);
}

/** Returns the URL path of every HTML page in a built site ("/", "/kpi/", …), sorted. */
export function htmlPages(root: string): string[] {
	const walk = (dir: string): string[] =>
		readdirSync(dir).flatMap((name) => {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) return walk(path);
			return name.endsWith('.html') ? [path] : [];
		});
	return walk(root)
		.map((file) => '/' + relative(root, file).split(sep).join('/'))
		.map((path) => (path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path))
		.sort();
}
