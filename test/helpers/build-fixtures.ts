// The built sites the build and e2e tiers check, each built once per test run (and reused by later
// runs while nothing they are built from has changed): a lock folder makes a second project wait
// for the first instead of building the same site again.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { smallCountDataDir } from './small-counts';

/** The fixtures: the bundled data as the public sees it, as partners see it, and data full of small counts. */
export const FIXTURES = ['public', 'partner', 'small'] as const;
export type FixtureName = (typeof FIXTURES)[number];

// Inside the project: Astro keeps its intermediate files beside an out folder there.
const ROOT = resolve('.build-tmp/fixtures');

/** Returns the built site folder of each fixture, building those that are missing or stale. */
export function ensureFixtures(
	names: readonly FixtureName[] = FIXTURES,
): Record<FixtureName, string> {
	mkdirSync(ROOT, { recursive: true });
	const key = inputsHash();
	return Object.fromEntries(names.map((name) => [name, ensureFixture(name, key)])) as Record<
		FixtureName,
		string
	>;
}

/** Returns the data folder a fixture is built from. */
export function fixtureData(name: FixtureName): string {
	if (name !== 'small') return resolve('data');
	// Inside the fixture's own folder, so it is made anew whenever the fixture is.
	const dir = join(ROOT, 'small', 'data');
	if (!existsSync(join(dir, 'ukp_monthly.csv'))) smallCountDataDir(dir);
	return dir;
}

function ensureFixture(name: FixtureName, key: string): string {
	const site = join(ROOT, name, 'dist');
	const stamp = join(ROOT, name, 'inputs.sha256');
	const lock = join(ROOT, `${name}.lock`);
	waitForLock(lock);
	try {
		if (
			existsSync(stamp) &&
			readFileSync(stamp, 'utf8') === key &&
			existsSync(join(site, 'index.html'))
		)
			return site;
		rmSync(join(ROOT, name), { recursive: true, force: true });
		mkdirSync(join(ROOT, name), { recursive: true });
		build(name, site);
		writeFileSync(stamp, key);
		return site;
	} finally {
		rmSync(lock, { recursive: true, force: true });
	}
}

function build(name: FixtureName, site: string): void {
	const env = {
		...process.env,
		DIST_DIR: site,
		DATA_DIR: fixtureData(name),
		AUDIENCE: name === 'partner' ? 'partner' : 'public',
		ASTRO_TELEMETRY_DISABLED: '1',
	};
	const result = spawnSync('npx', ['tsx', 'scripts/build.ts'], { env, encoding: 'utf8' });
	if (result.status !== 0)
		throw new Error(`the ${name} fixture did not build:\n${result.stdout}\n${result.stderr}`);
}

// mkdir is atomic: the first caller takes the lock, the others wait until it is gone (or stale).
function waitForLock(lock: string): void {
	for (let waited = 0; ; waited += 250) {
		try {
			mkdirSync(lock);
			return;
		} catch {
			if (waited > 600_000) throw new Error(`${lock} has been held for 10 minutes; remove it`);
			Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
		}
	}
}

// Everything a build reads: a change to any of them makes the fixtures stale.
function inputsHash(): string {
	const hash = createHash('sha256');
	for (const path of [
		'astro.config.mjs',
		'package-lock.json',
		...walk('src'),
		...walk('data'),
		...walk('reports'),
		...walk('public'),
		'scripts/build.ts',
		'test/helpers/small-counts.ts',
	]) {
		if (!existsSync(path)) continue;
		hash.update(path).update(readFileSync(path));
	}
	return hash.digest('hex');
}

function walk(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.sort()
		.flatMap((name) =>
			statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)],
		);
}
