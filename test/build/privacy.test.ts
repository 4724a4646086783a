import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { smallCountDataDir } from '../helpers/small-counts';

describe('a public build of data full of small counts', () => {
	it('publishes no count from 1 to 4 and no derivable hidden cell (leak checker finds nothing)', () => {
		const data = smallCountDataDir();
		const site = mkdtempSync(join(tmpdir(), 'public-site-'));
		const env = { ...process.env, DATA_DIR: data, OUT_DIR: site, ASTRO_TELEMETRY_DISABLED: '1' };
		const build = spawnSync('npx', ['astro', 'build', '--silent'], { env, encoding: 'utf8' });
		expect(build.status, build.stderr).toBe(0);
		// The build really did hide things: Meråker's page marks hidden numbers.
		expect(readFileSync(join(site, 'omrader/5034/index.html'), 'utf8')).toContain('skjult<sup>*</sup>');
		const check = spawnSync('npx', ['tsx', 'scripts/check-leaks.ts', '--site', site, '--data', data], { encoding: 'utf8' });
		expect(check.stderr).toBe('');
		expect(check.stdout).toMatch(/^\d+ files checked, 0 small-count leaks \(threshold 4\)\.\n$/);
		expect(check.status).toBe(0);
	});
});
