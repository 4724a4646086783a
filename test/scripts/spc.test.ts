import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../scripts/spc';

const UKP_HEADER =
	'month,municipality,ukp_stays,ukp_stays_zero_days,ukp_days,discharged_home,readmission_base,readmissions_30d\n';

/**
 * Returns a minimal data folder (the two contract CSV files only) for 2024: Trondheim's UKP-døgn
 * alternate 100 and 150 (mean 125, mR̄ 50, limits −8 and 258); Tydal's stays are all zero-day.
 */
function minimalFolder(): string {
	const dir = mkdtempSync(join(tmpdir(), 'spc-'));
	writeFileSync(
		join(dir, 'municipalities.csv'),
		'municipality,name,cluster,population_67plus,population_80plus\n5001,Trondheim,Trondheim,26000,8000\n5033,Tydal,Værnesregionen,200,60\n',
	);
	const rows = Array.from({ length: 12 }, (_, i) => {
		const month = `2024-${String(i + 1).padStart(2, '0')}`;
		return `${month},5001,40,10,${i % 2 === 0 ? 100 : 150},10,38,6\n${month},5033,1,1,0,1,1,0\n`;
	});
	writeFileSync(join(dir, 'ukp_monthly.csv'), UKP_HEADER + rows.join(''));
	return dir;
}

/** Runs the script in-process and returns its exit code and output; `errors` and `warnings` are stderr's lines of each kind. */
function run(argv: string[]) {
	let stdout = '';
	let stderr = '';
	const code = main(argv, {
		stdout: (text) => (stdout += text),
		stderr: (text) => (stderr += text),
	});
	const lines = stderr.split('\n').filter(Boolean);
	return {
		code,
		stdout,
		stderr,
		errors: lines.filter((l) => !l.startsWith('warning: ')),
		warnings: lines.filter((l) => l.startsWith('warning: ')),
	};
}

describe('main(argv, io): npm run spc -- --data DIR --format json|csv', () => {
	const dir = minimalFolder();

	it('prints one JSON object of points and series from a folder with only the contract CSV files', () => {
		const { code, stdout, warnings } = run(['--data', dir, '--format', 'json']);
		expect(code).toBe(0);
		expect(warnings).toContain(
			`warning: ${join(dir, 'targets.yaml')} not found; using data/targets.yaml`,
		);
		const { points, series, ...rest } = JSON.parse(stdout);
		expect(rest).toEqual({});
		const point = points.find(
			(p: any) => p.kpi === 'ukp_days' && p.area === 'all' && p.month === '2024-01',
		);
		expect(point).toEqual({
			kpi: 'ukp_days',
			area: 'all',
			month: '2024-01',
			value: 100,
			segment: 0,
			mean: 125,
			lpl: -8,
			upl: 258,
			rules: [],
		});
		const find = (kpi: string, area: string) =>
			series.find((s: any) => s.kpi === kpi && s.area === area);
		// 147,25 a month lies between the limits; Tydal's count has no target.
		expect(find('ukp_days', 'all')).toMatchObject({
			variation: 'common',
			assurance: 'hit_or_miss',
			target: 147.25,
		});
		expect(find('ukp_days', '5033')).toMatchObject({ variation: 'common', assurance: 'none' });
		// Without a short-term file there are no values: no points, nothing to judge.
		expect(find('short_term_los', 'all')).toMatchObject({
			variation: 'none',
			assurance: 'none',
			latest: null,
		});
		expect(points.some((p: any) => p.kpi === 'short_term_los')).toBe(false);
		expect(new Set(series.map((s: any) => s.area))).toEqual(
			new Set(['all', 'cluster:Trondheim', 'cluster:Værnesregionen', '5001', '5033']),
		);
	});

	it('prints the points as CSV with the series’ variation and assurance as extra columns', () => {
		const { code, stdout } = run(['--data', dir, '--format=csv']);
		expect(code).toBe(0);
		const lines = stdout.split('\n');
		expect(lines[0]).toBe('kpi,area,month,value,segment,mean,lpl,upl,rules,variation,assurance');
		expect(lines).toContain('ukp_days,all,2024-01,100,0,125,-8,258,,common,hit_or_miss');
	});

	it('reads spc.yaml in the folder: a rebase splits the series', () => {
		const rebased = minimalFolder();
		writeFileSync(
			join(rebased, 'spc.yaml'),
			'min_points: 6\nrebases:\n  - from: "2024-07"\n    areas: [all]\n    reason: Ny rutine\n',
		);
		const { series } = JSON.parse(run(['--data', rebased]).stdout);
		const days = series.find((s: any) => s.kpi === 'ukp_days' && s.area === 'all');
		expect(days.segments.map((s: any) => [s.from, s.to, s.mean, s.reason])).toEqual([
			['2024-01', '2024-06', 125, null],
			['2024-07', '2024-12', 125, 'Ny rutine'],
		]);
	});

	it('exits 1 with FILE:LINE: KEY: message for a bad spc.yaml, and prints nothing', () => {
		const bad = minimalFolder();
		writeFileSync(join(bad, 'spc.yaml'), 'rebases:\n  - from: "2023-05"\n    areas: ["5099"]\n');
		const { code, stdout, errors } = run(['--data', bad]);
		expect(code).toBe(1);
		expect(stdout).toBe('');
		expect(errors).toEqual([
			`${join(bad, 'spc.yaml')}:2: rebases.0.from: "2023-05" is outside the data (2024-01 … 2024-12)`,
			`${join(bad, 'spc.yaml')}:2: rebases.0.reason: is missing`,
			`${join(bad, 'spc.yaml')}:3: rebases.0.areas.0: "5099" is not an area of the data; use "all", a municipality code, "cluster:<name>" or a unit id`,
			'3 problems found; nothing was computed.',
		]);
	});

	it('exits 1 with the data problems of a bad CSV file', () => {
		const bad = minimalFolder();
		writeFileSync(join(bad, 'ukp_monthly.csv'), `${UKP_HEADER}2024-01,5001,10,8,-3,3,10,2\n`);
		const { code, errors } = run(['--data', bad]);
		expect(code).toBe(1);
		expect(errors[0]).toBe(
			`${join(bad, 'ukp_monthly.csv')}:2: ukp_days: "-3" must be a whole number ≥ 0`,
		);
	});

	it.each([
		[['--format', 'xml'], '--format must be json or csv, not "xml"'],
		[['--fromat', 'csv'], '--fromat: unknown option; use --data DIR and --format json|csv'],
		[['--data'], '--data: needs a value; use --data DIR and --format json|csv'],
		[['data'], '"data": unexpected argument; use --data DIR and --format json|csv'],
	])('exits 2 with one line naming the option for %j', (argv, message) => {
		const { code, stdout, stderr } = run(argv);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toBe(`${message}\n`);
	});

	it('runs as a script and stops quietly when the reader does (EPIPE)', () => {
		// The bundled data's CSV is far larger than a pipe's buffer, so head closes it mid-write.
		const result = spawnSync(
			'bash',
			['-c', 'npx tsx scripts/spc.ts --data data --format csv | head -n 1; exit ${PIPESTATUS[0]}'],
			{ encoding: 'utf8' },
		);
		expect(result.status).toBe(0);
		expect(result.stdout).toBe(
			'kpi,area,month,value,segment,mean,lpl,upl,rules,variation,assurance\n',
		);
		expect(result.stderr).not.toMatch(/EPIPE|Error/);
	});
});
