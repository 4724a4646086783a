import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { main } from '../../scripts/check-leaks';
import { fixtureData, type FixtureName } from '../helpers/build-fixtures';

// The leak checker is the attacker: it reads every number a built site publishes and solves for
// the hidden counts. Each public fixture must give it nothing; the partner build, which shows every
// number, must give it plenty (else the checker would not be looking).

async function check(
	name: FixtureName,
): Promise<{ status: number; stdout: string; stderr: string }> {
	let stdout = '';
	let stderr = '';
	const status = await main(['--site', inject('sites')[name], '--data', fixtureData(name)], {
		stdout: (t) => (stdout += t),
		stderr: (t) => (stderr += t),
	});
	return { status, stdout, stderr };
}

describe.each([
	['small', 'data full of small counts'],
	['public', 'the bundled data'],
] as const)('the leak checker on the %s fixture (%s)', (name, _data) => {
	it('reads every published number and finds no leak and no problem', async () => {
		const { status, stdout, stderr } = await check(name);
		expect(stderr).toBe('');
		expect(stdout).toMatch(
			/^\d+ files read: \d+ counts and \d+ other equations\. \d+ protected counts from 1 to 4 checked .* s: 0 leaks, 0 problems\.$/m,
		);
		expect(status).toBe(0);
	});
});

describe('the public build of data full of small counts', () => {
	it('really hides things: Meråker’s page marks hidden numbers', () => {
		expect(readFileSync(join(inject('sites').small, 'omrader/5034/index.html'), 'utf8')).toContain(
			'skjult<sup>*</sup>',
		);
	});
});

describe('the leak checker on the partner build (every number shown)', () => {
	it('finds the small counts a public build hides, with the numbers that show them', async () => {
		const { status, stdout, stderr } = await check('partner');
		expect(stderr).toMatch(
			/^leak: ukp_days Frøya \(5014\) 2022-10 = 2: an attacker can tell it is exactly 2, because\n {2}Frøya \(5014\) 2022-10 ukp_days = 2 \(published\)$/m,
		);
		expect(Number(/(\d+) leaks/.exec(stdout)?.[1])).toBeGreaterThan(500);
		expect(status).toBe(1);
	});
});
