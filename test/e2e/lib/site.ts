// The built site the end-to-end checks run against: a fresh build into a temporary folder (or the
// folder named by E2E_DIST, to skip the ~30 s build while working on the checks), served on 127.0.0.1.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { serveStatic } from '../../../scripts/lib/static-server';

export interface ServedSite {
	root: string;
	url: string;
	close: () => void;
}

/** Returns the served site: E2E_DIST as it is, or a fresh `scripts/build.ts` build into a temp folder. */
export async function prepareSite(): Promise<ServedSite> {
	const reuse = process.env.E2E_DIST;
	let root: string;
	let owned: string | undefined;
	if (reuse) {
		root = resolve(reuse);
		if (!existsSync(join(root, 'index.html'))) throw new Error(`E2E_DIST=${reuse} has no index.html: build first (npm run build).`);
	} else {
		owned = mkdtempSync(join(tmpdir(), 'e2e-'));
		root = join(owned, 'dist');
		const build = spawnSync('npx', ['tsx', 'scripts/build.ts'], {
			env: { ...process.env, DIST_DIR: root, ASTRO_TELEMETRY_DISABLED: '1' },
			encoding: 'utf8',
		});
		if (build.status !== 0) throw new Error(`scripts/build.ts failed:\n${build.stdout}\n${build.stderr}`);
	}
	const { server, url } = await serveStatic(root);
	return {
		root,
		url,
		close: () => {
			closeServer(server);
			if (owned) rmSync(owned, { recursive: true, force: true });
		},
	};
}

function closeServer(server: Server): void {
	server.closeAllConnections();
	server.close();
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
