import { spawn } from 'node:child_process';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 16, point 7: a build stopped half-way publishes nothing, stops what it started and leaves no
// temporary folder; the folders a crash left behind are removed by the next build.

/** The pids of this user's processes whose environment holds `entry` (Astro and what it started). */
function processesWith(entry: string): number[] {
	return readdirSync('/proc')
		.filter((name) => /^\d+$/.test(name))
		.filter((pid) => {
			try {
				return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes(entry);
			} catch {
				return false;
			}
		})
		.map(Number);
}

async function until(condition: () => boolean, seconds: number): Promise<boolean> {
	for (let waited = 0; waited < seconds * 10; waited++) {
		if (condition()) return true;
		await new Promise((done) => setTimeout(done, 100));
	}
	return condition();
}

describe('npm run build, interrupted', () => {
	it('on SIGINT stops Astro, removes its temporary folder, keeps the previous dist/ and exits 130; stale folders of a crash are gone', async () => {
		// Inside the project, as the fixtures: Astro keeps its intermediate files beside the out folder.
		mkdirSync(resolve('.build-tmp'), { recursive: true });
		const parent = mkdtempSync(resolve('.build-tmp', 'interrupted-'));
		const dist = join(parent, 'dist');
		mkdirSync(dist);
		writeFileSync(join(dist, 'index.html'), 'last good site');
		// What a crash (SIGKILL, power) leaves: a half-built site and a replaced one.
		mkdirSync(join(parent, 'dist.building-99999'));
		mkdirSync(join(parent, 'dist.old-99999'));
		const build = spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
			env: { ...process.env, DIST_DIR: dist },
			stdio: 'ignore',
		});
		const temp = `${dist}.building-${build.pid}`;
		const exited = new Promise<number | null>((done) => build.on('exit', (code) => done(code)));
		// Astro is at work once its output folder exists.
		expect(await until(() => existsSync(temp), 120)).toBe(true);
		expect(readdirSync(parent)).not.toContain('dist.building-99999');
		expect(processesWith(`OUT_DIR=${temp}`).length).toBeGreaterThan(0);
		build.kill('SIGINT');
		expect(await exited).toBe(130);
		expect(readdirSync(parent).sort()).toEqual(['dist']);
		expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('last good site');
		expect(await until(() => processesWith(`OUT_DIR=${temp}`).length === 0, 10)).toBe(true);
		rmSync(parent, { recursive: true, force: true });
	});
});
