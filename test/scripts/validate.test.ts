import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../scripts/validate';

// `npm run validate -- --data DIR`: a clean folder says OK; a folder with 130 000 broken rows gets
// the first 200 problems, a count of the rest and exit 1 — quickly, and never a stack trace.

function run(args: string[]): { status: number; stdout: string; stderr: string } {
	let stdout = '';
	let stderr = '';
	const status = main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
	return { status, stdout, stderr };
}

describe('main(argv, io): npm run validate -- --data DIR', () => {
	it('says OK for the bundled data', () => {
		const { status, stdout } = run(['--data', 'data']);
		expect([status, stdout]).toEqual([0, 'data: OK\n']);
	});

	it('lists the first 200 of 130 000 problems, then how many more, and exits 1', () => {
		const dir = mkdtempSync(join(tmpdir(), 'validate-'));
		cpSync('data', dir, { recursive: true });
		const header = readFileSync(join(dir, 'ukp_monthly.csv'), 'utf8').split('\n')[0];
		// 130 000 rows with a negative count, each its own problem.
		const rows = Array.from({ length: 130_000 }, (_, i) => `2024-01,5001,-${i + 1},0,0,0,0,0`);
		writeFileSync(join(dir, 'ukp_monthly.csv'), [header, ...rows].join('\n') + '\n');
		const { status, stdout, stderr } = run(['--data', dir]);
		const lines = stderr.trimEnd().split('\n');
		expect(status).toBe(1);
		expect(stdout).toBe('');
		expect(lines[0]).toBe(`${dir}/ukp_monthly.csv:2: ukp_stays: "-1" must be a whole number ≥ 0`);
		expect(lines).toHaveLength(202);
		expect(lines[200]).toMatch(/^… and [\d ]+ more problems$/);
		expect(lines[201]).toMatch(/^\d+ problems found; fix them and run again\.$/);
		expect(Number(lines[201].split(' ')[0])).toBeGreaterThanOrEqual(130_000);
		expect(stderr).not.toMatch(/\n\s+at /);
	}, 60_000);
});
