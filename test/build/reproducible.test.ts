import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [path];
	});
}

function build(): string {
	const dist = join(mkdtempSync(join(tmpdir(), 'repro-')), 'dist');
	const result = spawnSync('npx', ['tsx', 'scripts/build.ts'], { env: { ...process.env, DIST_DIR: dist }, encoding: 'utf8' });
	if (result.status !== 0) throw new Error(result.stderr || result.stdout);
	return dist;
}

describe('npm run build, twice on the same input', () => {
	it('gives the same files, byte for byte (pages, CSV, search index, images, PDFs)', () => {
		const [a, b] = [build(), build()];
		const list = (dir: string) => files(dir).map((f) => relative(dir, f)).sort();
		expect(list(b)).toEqual(list(a));
		const differing = list(a).filter((f) => !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
		expect(differing).toEqual([]);
		expect(list(a).length).toBeGreaterThan(100);
	});
});
