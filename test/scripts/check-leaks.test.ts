import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../scripts/check-leaks';

/** Runs the checker in-process, as `npm run check:leaks -- …` does. */
async function run(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
	let stdout = '';
	let stderr = '';
	const status = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
	return { status, stdout, stderr };
}

/** Returns a folder shaped like a built site: a front page with the given count cells, a chart and a PDF. */
function siteWith(cells: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'check-leaks-'));
	writeFileSync(
		join(dir, 'index.html'),
		`<html><body><table><tr>${cells}</tr></table></body></html>`,
	);
	mkdirSync(join(dir, 'rapporter'));
	writeFileSync(join(dir, 'rapporter/a.pdf'), '%PDF');
	writeFileSync(join(dir, 'chart.svg'), '<svg/>');
	return dir;
}

// The bundled data: the whole helsefellesskap had 9 162 UKP days in 2022, Frøya 2 in October 2022.
describe('npm run check:leaks -- --site DIR --data DIR', () => {
	it('finds nothing on a site that publishes a large total, and says what it read and left unread', async () => {
		const { status, stdout, stderr } = await run([
			'--site',
			siteWith('<td data-count="9162" data-sum="ukp_days|all|2022">9 162</td>'),
			'--data',
			'data',
		]);
		expect(stderr).toBe('');
		expect(stdout).toContain(
			'not read: 1 file: each PDF is printed from its /rapporter/ page, which is read\n',
		);
		expect(stdout).toMatch(
			/^1 files read: 1 counts and 0 other equations\. \d+ protected counts from 1 to 4 checked .* in \d+\.\d s: 0 leaks, 0 problems\.$/m,
		);
		expect(status).toBe(0);
	}, 60_000);

	it('names a small count and the number that gives it away, and exits 1', async () => {
		const { status, stderr } = await run([
			'--site',
			siteWith('<td data-count="2" data-sum="ukp_days|5014|2022-10">2</td>'),
			'--data',
			'data',
		]);
		expect(stderr).toBe(
			'leak: ukp_days Frøya (5014) 2022-10 = 2: an attacker can tell it is exactly 2, because\n  Frøya (5014) 2022-10 ukp_days = 2 (published)\n',
		);
		expect(status).toBe(1);
	}, 60_000);

	it.each([
		[['--site'], '--site: needs a value'],
		[['--sites', 'dist'], '--sites: unknown option'],
		[['--site', tmpdir()], `--site ${tmpdir()}: not a built site (no index.html)`],
	])('refuses %j with exit 2', async (args, message) => {
		const { status, stderr } = await run(args);
		expect(stderr.startsWith(message)).toBe(true);
		expect(status).toBe(2);
	});

	it('prints its usage on stdout with exit 0 for --help', async () => {
		const { status, stdout, stderr } = await run(['--help']);
		expect([status, stdout, stderr]).toEqual([
			0,
			'Use --site DIR (a built public site) and --data DIR (the data folder it was built from)\n',
			'',
		]);
	});
});
