import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, inject, it, onTestFinished } from 'vitest';

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [path];
	});
}

describe('npm run build, twice on the same input', () => {
	it('gives the same files, byte for byte (pages, CSV and Excel downloads, search index, images, PDFs)', () => {
		const a = inject('sites').public;
		const tmp = mkdtempSync(resolve('.build-tmp-repro-'));
		onTestFinished(() => rmSync(tmp, { recursive: true, force: true }));
		const b = join(tmp, 'dist');
		const result = spawnSync('npx', ['tsx', 'scripts/build.ts'], {
			env: { ...process.env, DIST_DIR: b },
			encoding: 'utf8',
		});
		expect(result.status, result.stderr).toBe(0);
		const list = (dir: string) =>
			files(dir)
				.map((f) => relative(dir, f))
				.sort();
		expect(list(b)).toEqual(list(a));
		const differing = list(a).filter(
			(f) => !readFileSync(join(a, f)).equals(readFileSync(join(b, f))),
		);
		expect(differing).toEqual([]);
		expect(list(a).length).toBeGreaterThan(100);
		// The workbooks are zips whose entries the library dates by the clock unless the writer fixes them.
		expect(list(a).filter((f) => f.endsWith('.xlsx')).length).toBeGreaterThanOrEqual(50);
	});
});
