import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { fixtureData } from '../helpers/build-fixtures';

describe('a public build of data full of small counts', () => {
	it('publishes no count from 1 to 4 and no derivable hidden cell (leak checker finds nothing)', () => {
		const site = inject('sites').small;
		// The build really did hide things: Meråker's page marks hidden numbers.
		expect(readFileSync(join(site, 'omrader/5034/index.html'), 'utf8')).toContain('skjult<sup>*</sup>');
		const check = spawnSync('npx', ['tsx', 'scripts/check-leaks.ts', '--site', site, '--data', fixtureData('small')], { encoding: 'utf8' });
		expect(check.stderr).toBe('');
		expect(check.stdout).toMatch(/^\d+ files checked, 0 small-count leaks \(threshold 4\)\.\n$/);
		expect(check.status).toBe(0);
	});
});
